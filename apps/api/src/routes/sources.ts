import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Deps } from '../deps.ts'
import { cacheable } from '../http/cache.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { validationHook } from '../http/validation.ts'
import { NOT_MODIFIED, problems } from '../schemas/common.ts'
import {
  SourceDetailSchema,
  SourceIdParamSchema,
  SourceListQuerySchema,
  SourceListSchema,
} from '../schemas/source.ts'
import { sourceDetail, sourceKeyOf, sourceOf } from './source-view.ts'

const TAGS = ['Sources']
const CACHE = 'public, max-age=30'

const listSources = createRoute({
  method: 'get',
  path: '/sources',
  operationId: 'listSources',
  tags: TAGS,
  security: [],
  summary: 'List outlets',
  description:
    'The outlets of the stored articles, most articles first, then outlets with feeds registered and no article yet, with what the core knows of them (name, normalised forms, domain, country and kind) and their feeds.',
  middleware: [onlyParameters(SourceListQuerySchema), cacheable(CACHE)] as const,
  request: { query: SourceListQuerySchema },
  responses: {
    200: { description: 'Outlets', content: { 'application/json': { schema: SourceListSchema } } },
    304: NOT_MODIFIED,
    ...problems(400),
  },
})

const getSource = createRoute({
  method: 'get',
  path: '/sources/{id}',
  operationId: 'getSource',
  tags: TAGS,
  security: [],
  summary: 'Get an outlet',
  description:
    'One outlet by its id, or by any of its names (`الجزيرة نت` and `الجزيره` are both الجزيرة), with each registered feed and what the poller made of it: last success, last error, items seen and ingested. Its articles are `GET /v1/articles?source={id}`.',
  middleware: [onlyParameters(), cacheable(CACHE)] as const,
  request: { params: SourceIdParamSchema },
  responses: {
    200: { description: 'The outlet', content: { 'application/json': { schema: SourceDetailSchema } } },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

export function sourceRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listSources, async (c) => {
      const { limit } = c.req.valid('query')
      const rows = await deps.repo.sources(limit)
      const feeds = await deps.repo.feedUrls(rows.map((row) => row.id))
      return c.json({ items: rows.map((row) => sourceOf(row, feeds.get(row.id) ?? [])) }, 200)
    })
    .openapi(getSource, async (c) => {
      const { id } = c.req.valid('param')
      const detail = await sourceDetail(deps.repo, sourceKeyOf(id))
      if (!detail) {
        throw new Problem(
          'not-found',
          `No stored article comes from ${JSON.stringify(id)}, and no feed is registered for it`,
        )
      }
      return c.json(detail, 200)
    })
}
