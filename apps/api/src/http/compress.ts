import type { MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'

/**
 * Hono's `compress`, run only for requests that accept gzip or deflate. The middleware reads every response's
 * headers after the handler, which on Node turns the server's lightweight response into a full `Response` (its
 * body copied, its headers sorted): for a client that accepts neither, that cost the article read a third of its
 * CPU time for nothing.
 */
export function compressWhenAccepted(): MiddlewareHandler {
  const gzip = compress()
  return (c, next) =>
    ACCEPTS_COMPRESSION.test(c.req.header('Accept-Encoding') ?? '') ? gzip(c, next) : next()
}

/** An `Accept-Encoding` that takes gzip or deflate (or any coding). */
export const ACCEPTS_COMPRESSION = /gzip|deflate|\*/i
