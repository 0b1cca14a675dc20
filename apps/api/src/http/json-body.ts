import type { MiddlewareHandler } from 'hono'
import { Problem } from './problem.ts'

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/i
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Reads a write request's body strictly, before route validation: `Content-Type` must be JSON (415 otherwise),
 * the bytes valid UTF-8 and the text valid JSON (400 otherwise, saying where). The parsed value is then what the
 * route's zod validator sees, so a body is decoded and parsed once.
 */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  const contentType = c.req.header('Content-Type') ?? ''
  const [mediaType = '', ...parameters] = contentType.split(';').map((p) => p.trim())
  if (!JSON_TYPE.test(mediaType)) {
    throw new Problem(
      'unsupported-media-type',
      contentType
        ? `Content-Type ${mediaType} is not accepted; send application/json`
        : 'Content-Type is missing; send application/json',
    )
  }
  const charset = parameters
    .find((p) => /^charset=/i.test(p))
    ?.slice(8)
    .replace(/"/g, '')
  if (charset && !/^utf-?8$/i.test(charset)) {
    throw new Problem('unsupported-media-type', `charset ${charset} is not accepted; send UTF-8`)
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  if (bytes.length === 0) throw new Problem('malformed-body', 'The request body is empty')
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new Problem('malformed-body', 'The request body is not valid UTF-8')
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Problem('malformed-body', `The request body is not valid JSON: ${(error as Error).message}`)
  }
  c.req.json = <T>() => Promise.resolve(value as T)
  await next()
}
