import { FeedError } from './feed-error.ts'

const XML_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i

/**
 * A feed's text from its bytes, in the order RFC 7303 (section 3.2) gives for XML: a byte-order mark, then the
 * `charset` of the Content-Type, then the XML declaration's `encoding`, else UTF-8. So a feed served as
 * windows-1256 reads as Arabic, not as mojibake.
 */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  const label =
    bomEncoding(bytes) ?? CHARSET.exec(contentType ?? '')?.[1] ?? declaredEncoding(bytes) ?? 'utf-8'
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    throw new FeedError(`the feed is in an encoding this server cannot read (${JSON.stringify(label)})`)
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return undefined
}

/** The declaration is ASCII in every encoding a feed may declare, so its first bytes are read as Latin-1. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  return XML_DECLARATION.exec(head)?.[1]
}
