import { z } from '@hono/zod-openapi'

/** The media type of every error response (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

export const ProblemIssueSchema = z
  .object({
    detail: z.string().describe('What is wrong, in words.'),
    pointer: z.string().optional().describe('JSON Pointer (RFC 6901) into the request body, as `#/0/text`.'),
    parameter: z.string().optional().describe('The query or path parameter at fault.'),
    header: z.string().optional().describe('The request header at fault.'),
  })
  .meta({ id: 'ProblemIssue' })

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI naming the kind of problem; `GET` it for an explanation.'),
    title: z.string().describe('Short summary of the kind of problem.'),
    status: z.number().int().describe('The HTTP status code.'),
    detail: z.string().optional().describe('This occurrence, in words.'),
    instance: z.string().optional().describe('The request path.'),
    errors: z.array(ProblemIssueSchema).optional().describe('One entry per problem found in the request.'),
  })
  .meta({ id: 'Problem', description: 'An error, as RFC 9457 problem details.' })

export type ProblemIssue = z.infer<typeof ProblemIssueSchema>
export type ProblemBody = z.infer<typeof ProblemSchema>

/** The kinds of problem the API reports. Each `type` URI is `/problems/<slug>` and serves this text. */
export const PROBLEM_TYPES = {
  'invalid-request': {
    status: 400,
    title: 'Invalid request',
    about: 'A query or path parameter is invalid.',
  },
  'malformed-body': {
    status: 400,
    title: 'Malformed request body',
    about: 'The request body is not valid UTF-8 JSON.',
  },
  'bad-request': {
    status: 400,
    title: 'Bad request',
    about: 'The request is not valid HTTP: bytes not allowed in its path or headers, or a broken framing.',
  },
  'invalid-body': {
    status: 422,
    title: 'Invalid request body',
    about:
      'The request body is well-formed JSON but does not describe valid articles (or feeds); `errors` points at each fault.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    about: 'Writes need `Authorization: Bearer <token>` with the token the server was started with.',
  },
  'writes-disabled': {
    status: 403,
    title: 'Writes disabled',
    about: 'The server has no write token configured (MARSAD_API_TOKEN), so it refuses every write.',
  },
  'not-found': { status: 404, title: 'Not found', about: 'No resource has this path or id.' },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    about: 'The path exists but not with this method.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    about: 'An article with this id is already stored with different content. Delete it first to replace it.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    about: 'The request body is larger than the server accepts.',
  },
  'headers-too-large': {
    status: 431,
    title: 'Request header fields too large',
    about: 'The request headers are larger than the server reads (16 KiB on Node).',
  },
  'expectation-failed': {
    status: 417,
    title: 'Expectation failed',
    about:
      'The request has an `Expect` header other than `100-continue`, the only expectation the server meets.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    about: 'Write requests must send `Content-Type: application/json`.',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    about:
      'This client sent more writes than the server allows in a window; `Retry-After` says when to retry.',
  },
  busy: {
    status: 503,
    title: 'Busy',
    about: 'Too many searches are waiting for their turn on this server; `Retry-After` says when to retry.',
  },
  'write-contention': {
    status: 503,
    title: 'Write contention',
    about: 'Other writes kept changing the corpus while this one was prepared; nothing was stored. Retry.',
  },
  'database-damaged': {
    status: 503,
    title: 'Database damaged',
    about:
      'The database file failed its integrity check or a read found it damaged. The server serves what it can read and refuses every write until the file is restored from a backup; `/health` says why.',
  },
  'read-only': {
    status: 503,
    title: 'Database read-only',
    about: 'The database file or its folder cannot be written. Nothing was stored; reads go on.',
  },
  'storage-full': {
    status: 507,
    title: 'Insufficient storage',
    about:
      'The disk holding the database is full, or the database reached its configured size limit. Nothing was stored; reads go on.',
  },
  internal: { status: 500, title: 'Internal error', about: 'The server failed; the error is logged.' },
} as const satisfies Record<string, { status: number; title: string; about: string }>

export type ProblemType = keyof typeof PROBLEM_TYPES

/** Throw anywhere in a request; the app's error handler answers it as problem+json. */
export class Problem extends Error {
  readonly type: ProblemType
  readonly status: number
  readonly errors: ProblemIssue[] | undefined
  readonly headers: Record<string, string>

  constructor(
    type: ProblemType,
    detail?: string,
    options: { errors?: ProblemIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? PROBLEM_TYPES[type].title)
    this.name = 'Problem'
    this.type = type
    this.status = PROBLEM_TYPES[type].status
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }

  body(instance?: string): ProblemBody {
    return {
      type: `/problems/${this.type}`,
      title: PROBLEM_TYPES[this.type].title,
      status: this.status,
      detail: this.message,
      ...(instance !== undefined && { instance }),
      ...(this.errors && { errors: this.errors }),
    }
  }

  toResponse(instance?: string): Response {
    return new Response(JSON.stringify(this.body(instance)), {
      status: this.status,
      headers: { 'Content-Type': PROBLEM_MEDIA_TYPE, 'Cache-Control': 'no-store', ...this.headers },
    })
  }
}
