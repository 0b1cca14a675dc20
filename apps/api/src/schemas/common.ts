import { z } from '@hono/zod-openapi'
import { PROBLEM_MEDIA_TYPE, ProblemSchema } from '../http/problem.ts'

export const LimitSchema = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(fallback)
    .openapi({ description: `Items per page, 1 to ${max}.`, example: fallback })

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
    429: 'Too many writes from this client; see Retry-After',
    503: 'Write contention; retry',
  }
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: described[status] ?? 'Problem',
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  )
}
