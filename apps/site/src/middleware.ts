import { defineMiddleware, sequence } from 'astro:middleware'
import { conditional } from './lib/http/conditional.ts'
import { gzip } from './lib/http/gzip.ts'
import { unavailable } from './lib/http/unavailable.ts'

/** Compression outside, so that the ETag is computed on the page's own bytes. */
export const onRequest = sequence(
  defineMiddleware((context, next) => gzip(context.request, next)),
  defineMiddleware((context, next) => conditional(context.request, next)),
  defineMiddleware((_context, next) => unavailable(next)),
)
