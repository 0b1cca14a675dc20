import type { MiddlewareHandler } from 'hono'
import { Problem } from './problem.ts'

const encoder = new TextEncoder()

/**
 * Guards write routes with `Authorization: Bearer <token>`. The presented token is compared with the configured
 * one in constant time (both hashed to SHA-256 first, so neither the content nor the length leaks through timing).
 * With no token configured every write is refused: the API is never open for writing by default.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined
  return async (c, next) => {
    if (!expected) {
      throw new Problem('writes-disabled', 'This server has no write token configured; writes are disabled')
    }
    const header = c.req.header('Authorization')
    const challenge = { 'WWW-Authenticate': 'Bearer realm="marsad"' }
    if (!header) throw new Problem('unauthorized', 'Missing Authorization header', { headers: challenge })
    const match = /^Bearer ([\x21-\x7e]+)$/i.exec(header.trim())
    if (!match) {
      throw new Problem('unauthorized', 'Authorization header must be "Bearer <token>"', {
        headers: { 'WWW-Authenticate': 'Bearer realm="marsad", error="invalid_request"' },
      })
    }
    if (!equalBytes(await digest(match[1]!), await expected)) {
      throw new Problem('unauthorized', 'Invalid token', {
        headers: { 'WWW-Authenticate': 'Bearer realm="marsad", error="invalid_token"' },
      })
    }
    await next()
  }
}

async function digest(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(value)))
}

/** Compares every byte whatever the first difference, so the time taken says nothing about where it is. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!
  return difference === 0
}
