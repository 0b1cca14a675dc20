/**
 * The offset of the first byte of `bytes[from, to)` that starts no valid UTF-8 sequence (overlong forms, encoded
 * surrogates, code points over U+10FFFF and cut sequences included, as the WHATWG decoder refuses them), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let i = from
  while (i < to) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k < length; k++) {
      const byte = i + k < to ? bytes[i + k]! : -1
      if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i
    }
    i += length
  }
  return -1
}

// The core's lib is ECMAScript only; Node, Workers and browsers all have the WHATWG TextDecoder.
const { TextDecoder: Decoder } = globalThis as unknown as {
  TextDecoder: new (
    label: string,
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string }
}
const utf8 = new Decoder('utf-8', { fatal: true, ignoreBOM: true })

/** The text of bytes that are UTF-8 (`firstInvalidUtf8` is -1), a byte-order mark kept as U+FEFF. */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes)
}
