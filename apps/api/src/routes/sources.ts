import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { outletKey, resolveOutlet } from '@marsad/core'
import type { Deps } from '../deps.ts'
import { cacheable } from '../http/cache.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { validationHook } from '../http/validation.ts'
import { NOT_MODIFIED, problems } from '../schemas/common.ts'
import {
  SourceIdParamSchema,
  SourceListQuerySchema,
  SourceListSchema,
  SourceSchema,
} from '../schemas/source.ts'
import type { SourceRow } from '../storage/repository.ts'

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
    'The outlets of the stored articles, most articles first, with what the core knows of them: name, normalised forms, domain, country and kind.',
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
    'One outlet by its id, or by any of its names (`الجزيرة نت` and `الجزيره` are both الجزيرة); its articles are `GET /v1/articles?source={id}`.',
  middleware: [onlyParameters(), cacheable(CACHE)] as const,
  request: { params: SourceIdParamSchema },
  responses: {
    200: { description: 'The outlet', content: { 'application/json': { schema: SourceSchema } } },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

/** A stored outlet with what the core's table of outlets says of it. */
function sourceOf(row: SourceRow) {
  const outlet = resolveOutlet({ name: row.name, ...(row.url !== null && { url: row.url }) })
  const forms = new Set([row.id, ...(outlet?.forms ?? [])])
  return {
    id: row.id,
    name: outlet?.outletName ?? row.name,
    forms: [...forms],
    domain: outlet?.domain ?? null,
    country: outlet?.country ?? null,
    kind: outlet?.kind ?? null,
    known: outlet?.known ?? false,
    articles: row.articles,
    latest: row.latest,
  }
}

export function sourceRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listSources, async (c) => {
      const { limit } = c.req.valid('query')
      const rows = await deps.repo.sources(limit)
      return c.json({ items: rows.map(sourceOf) }, 200)
    })
    .openapi(getSource, async (c) => {
      const { id } = c.req.valid('param')
      const key = resolveOutlet({ name: id })?.key ?? outletKey(id)
      const row = await deps.repo.source(key)
      if (!row) throw new Problem('not-found', `No stored article comes from ${JSON.stringify(id)}`)
      return c.json(sourceOf(row), 200)
    })
}
