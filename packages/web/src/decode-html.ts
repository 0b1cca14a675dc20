// TextDecoder is in every runtime this package runs in (Node, Workers, browsers); typed here because the build
// declares no runtime's globals.
interface Decoder {
  readonly encoding: string
  decode(bytes: Uint8Array): string
}
const { TextDecoder: Decoders } = globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder
}

/** Thrown when a page names a charset this runtime's TextDecoder cannot decode. */
export class HtmlDecodeError extends Error {
  override name = 'HtmlDecodeError'
}

// The WHATWG prescan looks at the first 1024 bytes; pages with long heads put the meta further down, so we read more.
const PRESCAN_BYTES = 4096

/** Where the charset was found, in the order of trust the HTML standard gives them. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'default'

/** The charset of an HTML page's bytes and where it was found; `encoding` is the decoder's canonical name. */
export function sniffCharset(
  bytes: Uint8Array,
  contentType?: string,
): { encoding: string; source: CharsetSource } {
  const bom = bomEncoding(bytes)
  if (bom) return { encoding: bom, source: 'bom' }
  const header = contentType === undefined ? undefined : supported(charsetParameter(contentType))
  if (header) return { encoding: header, source: 'header' }
  const meta = supported(metaCharset(bytes))
  if (meta) {
    // A page cannot declare itself UTF-16 in ASCII bytes: the standard reads that declaration as UTF-8.
    return { encoding: meta.startsWith('utf-16') ? 'utf-8' : meta, source: 'meta' }
  }
  return { encoding: 'utf-8', source: 'default' }
}

/**
 * An HTML page's bytes as text: the charset from a byte-order mark, else the Content-Type header's `charset`, else
 * the page's own `<meta charset>` or `http-equiv` declaration, else UTF-8. Bytes the charset cannot decode become
 * U+FFFD, as browsers show them. Throws `HtmlDecodeError` when the runtime has no decoder for a charset it knows by name.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const { encoding } = sniffCharset(bytes, contentType)
  return decoderFor(encoding).decode(bytes)
}

function decoderFor(encoding: string): Decoder {
  try {
    return new Decoders(encoding)
  } catch {
    throw new HtmlDecodeError(`this runtime's TextDecoder cannot decode ${encoding}`)
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function charsetParameter(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1]
}

// The label's canonical name when this runtime can decode it, so that an unknown or unsupported label falls through
// to the next source instead of failing the page.
function supported(label: string | undefined): string | undefined {
  if (!label) return undefined
  try {
    return new Decoders(label.trim()).encoding
  } catch {
    return undefined
  }
}

function metaCharset(bytes: Uint8Array): string | undefined {
  // Markup is ASCII in every charset a page can declare in a meta, so reading the bytes as Latin-1 is exact enough.
  let head = ''
  const length = Math.min(bytes.length, PRESCAN_BYTES)
  for (let i = 0; i < length; i++) head += String.fromCharCode(bytes[i]!)
  head = head.replace(/<!--[\s\S]*?-->/g, '')
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag)?.[1]
    if (charset === undefined) continue
    // `http-equiv` carries the charset inside `content`; a bare `charset` attribute stands on its own. Both match.
    return charset
  }
  return undefined
}
