import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Deps } from '../deps.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { validationHook } from '../http/validation.ts'
import { ArticleIdParamSchema } from '../schemas/article.ts'
import { problems } from '../schemas/common.ts'
import { IngestStatusSchema } from '../schemas/ingest.ts'

const getIngestStatus = createRoute({
  method: 'get',
  path: '/ingest/{id}',
  operationId: 'getIngestStatus',
  tags: ['Articles'],
  security: [],
  summary: 'Where a POSTed article is',
  description:
    'Whether an article POSTed under this id is stored, still queued (on Workers, where POSTs answer 202) or refused by the queue’s consumer, with the reason. Not cached: it changes as the queue drains.',
  middleware: [onlyParameters()] as const,
  request: { params: ArticleIdParamSchema },
  responses: {
    200: { description: 'Its status', content: { 'application/json': { schema: IngestStatusSchema } } },
    ...problems(400, 404),
  },
})

export function ingestStatusRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(getIngestStatus, async (c) => {
    const { id } = c.req.valid('param')
    const status = await deps.repo.ingestStatus(id)
    if (!status)
      throw new Problem('not-found', `No article has been POSTed under the id ${JSON.stringify(id)}`)
    return c.json({ id, ...status }, 200, { 'Cache-Control': 'no-store' })
  })
}
