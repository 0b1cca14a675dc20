/**
 * A stable 64-bit content hash of a text as 16 hex digits: two independent 32-bit multiply-xorshift lanes over the
 * UTF-16 code units (the cyrb53 construction widened to 64 bits). Synchronous and runtime-agnostic; not cryptographic.
 */
export function contentId(text: string): string {
  let h1 = 0xdeadbeef ^ text.length
  let h2 = 0x41c6ce57 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return hex32(h1) + hex32(h2)
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}
