import { createHash } from 'node:crypto'

/**
 * SHA-1 of a page's bytes, base64url, for its ETag. On Node, `node:crypto` hashes in the same call: WebCrypto's
 * `subtle.digest` queues a job and a promise per page, which cost the server more than the rest of the middleware.
 */
export function digest(bytes: Uint8Array): Promise<string> {
  return Promise.resolve(createHash('sha1').update(bytes).digest('base64url'))
}
