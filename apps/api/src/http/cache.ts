import type { MiddlewareHandler } from 'hono'
import { modelFingerprint } from '../ingest/fingerprint.ts'

/**
 * Conditional GET for read routes: sets `Cache-Control`, and an `ETag` when the handler did not set one (a SHA-1
 * of the body), and answers `If-None-Match` with 304 (keeping the validators, caching and CORS headers).
 */
export function cacheable(cacheControl: string): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', cacheControl)
    let etag = c.res.headers.get('ETag')
    if (!etag) {
      etag = `"${await bodyDigest(c.res)}"`
      c.res.headers.set('ETag', etag)
    }
    if (matchesEtag(c.req.header('If-None-Match'), etag)) {
      await c.res.body?.cancel()
      c.res = new Response(null, { status: 304 })
    }
  }
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const wanted = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === wanted)
}

async function bodyDigest(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.clone().arrayBuffer())
  if (nodeCrypto) return nodeCrypto.createHash('sha1').update(bytes).digest('base64url')
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes))
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

interface NodeCrypto {
  createHash(algorithm: 'sha1'): { update(bytes: Uint8Array): { digest(encoding: 'base64url'): string } }
}

/**
 * `node:crypto` where the runtime has it (Node), found at run time so that Workers build without it: its hash is
 * computed in the call, where WebCrypto's `subtle.digest` queues a job and a promise per response, which cost a
 * list answer more than its query.
 */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined

/**
 * A strong ETag for a stored article: its content hash with the fingerprint of the core that parsed it, since the
 * same input gives other bytes once the core changes (and the store is re-parsed).
 */
export function etagOf(hash: string): string {
  return `"${hash.slice(0, 24)}-${modelFingerprint()}"`
}
