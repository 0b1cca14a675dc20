import { z } from '@hono/zod-openapi'

export const IngestStatusSchema = z
  .object({
    id: z.string(),
    status: z
      .enum(['stored', 'queued', 'refused'])
      .describe(
        '`stored`: the article is stored (`GET /v1/articles/{id}`). `queued`: waiting for the ingest queue’s consumer (on Workers). `refused`: the consumer refused it; `detail` says why, and a new POST of the id replaces it.',
      ),
    detail: z.string().nullable(),
  })
  .meta({ id: 'IngestStatus', description: 'Where a POSTed article is: stored, queued or refused.' })
