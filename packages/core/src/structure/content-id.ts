import { ARTICLE_UNITS } from '../normalize/code-units.ts'

/**
 * A stable 64-bit content hash of a text as 16 hex digits: two independent 32-bit multiply-xorshift lanes over the
 * UTF-16 code units (the cyrb53 construction widened to 64 bits). Synchronous and runtime-agnostic; not cryptographic.
 */
export function contentId(text: string): string {
  lane1 = 0xdeadbeef ^ text.length
  lane2 = 0x41c6ce57 ^ text.length
  // In slices: called once per article, a loop over the whole text only ever ran as on-stack-replaced code, which
  // V8 threw away at the end of every call (its code after the loop had no type feedback) and compiled again.
  const units = ARTICLE_UNITS.copy(text)
  for (let from = 0; from < text.length; from += SLICE) mix(units, from, Math.min(text.length, from + SLICE))
  let h1 = lane1
  let h2 = lane2
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return hex32(h1) + hex32(h2)
}

const SLICE = 256
let lane1 = 0
let lane2 = 0

function mix(units: Uint16Array, from: number, to: number): void {
  let h1 = lane1
  let h2 = lane2
  for (let i = from; i < to; i++) {
    const code = units[i]!
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  lane1 = h1
  lane2 = h2
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}
