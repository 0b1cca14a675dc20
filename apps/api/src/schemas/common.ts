import { z } from '@hono/zod-openapi'
import { PROBLEM_MEDIA_TYPE, ProblemSchema } from '../http/problem.ts'

/**
 * A whole number in a query string, written in plain digits: `z.coerce.number()` would also take `0x10`, `1e2`
 * and ` 5`, which no client means.
 */
export const CountParamSchema = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/, 'must be a whole number written in digits')
    .transform(Number)
    .pipe(z.number().min(min).max(max))

export const LimitSchema = (fallback: number, max: number) =>
  CountParamSchema(1, max)
    .optional()
    .transform((limit) => limit ?? fallback)
    .openapi({
      type: 'integer',
      minimum: 1,
      maximum: max,
      default: fallback,
      description: `Items per page, 1 to ${max}.`,
      example: fallback,
    })

export const CursorSchema = z
  .string()
  .max(2000)
  .optional()
  .openapi({ description: '`nextCursor` of the previous page.' })

export const NextCursorSchema = z
  .string()
  .nullable()
  .openapi({ description: 'Cursor of the next page; null on the last page.' })

/** An ISO 8601 date or date-time, as articles carry in `publishedAt`. */
export const DateParamSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })])

/** The IETF rate-limit fields a write answers with when the server limits writes (`src/http/rate-limit.ts`). */
export const RATE_LIMIT_HEADERS = {
  'RateLimit-Policy': {
    description: 'The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`.',
    schema: { type: 'string' as const },
  },
  RateLimit: {
    description:
      'Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding).',
    schema: { type: 'string' as const },
  },
}

/** The problem responses a route may answer, for its OpenAPI description. */
export function problems(...statuses: number[]) {
  const described: Record<number, string> = {
    400: 'Invalid parameter or malformed body',
    401: 'Missing or wrong bearer token',
    403: 'Writes are disabled on this server',
    404: 'Not found',
    409: 'Conflicting article',
    413: 'Body too large',
    415: 'Body is not JSON',
    422: 'Body fails validation',
    429: 'Too many writes from this client; see Retry-After and RateLimit',
    503: 'Write contention; retry',
  }
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: described[status] ?? 'Problem',
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
        ...(status === 429
          ? {
              headers: {
                'Retry-After': {
                  description: 'Seconds until the window ends.',
                  schema: { type: 'integer' as const },
                },
                ...RATE_LIMIT_HEADERS,
              },
            }
          : {}),
      },
    ]),
  )
}

/** The answer of a read to `If-None-Match` with its current `ETag`. */
export const NOT_MODIFIED = {
  description: 'Not modified: the `ETag` given in `If-None-Match` is still current',
  headers: { ETag: { schema: { type: 'string' as const } } },
}
