// Helpers other packages test against, kept out of the main entry point so no bundle carries them.

/**
 * Bytes of `text` in a single-byte charset (windows-1256, ISO-8859-6 …), computed from the runtime's own decoder
 * table: runtimes ship decoders, not encoders, for legacy charsets. Throws for a character the charset lacks.
 */
export function encodeSingleByte(encoding: string, text: string): Uint8Array {
  const { TextDecoder: Decoder } = globalThis as unknown as {
    TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string }
  }
  const decoder = new Decoder(encoding)
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
