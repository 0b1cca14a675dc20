import { readFileSync } from 'node:fs'

/** One of the pages in test/pages/, written for these tests (no third-party text). */
export function testPage(name: string): string {
  return readFileSync(new URL(`./pages/${name}.html`, import.meta.url), 'utf8')
}

/**
 * Bytes of `text` in a single-byte charset, computed from the runtime's own decoder table (runtimes ship decoders,
 * not encoders, for legacy charsets).
 */
export function encodeSingleByte(encoding: string, text: string): Uint8Array {
  const decoder = new TextDecoder(encoding)
  const table = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte)
  return Uint8Array.from(
    [...text].map((char) => {
      const byte = table.get(char)
      if (byte === undefined) throw new Error(`${char} has no byte in ${encoding}`)
      return byte
    }),
  )
}
