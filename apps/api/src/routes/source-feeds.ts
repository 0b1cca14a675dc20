import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { resolveOutlet } from '@marsad/core'
import type { Deps } from '../deps.ts'
import { requireToken } from '../http/auth.ts'
import { jsonBody } from '../http/json-body.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { validationHook } from '../http/validation.ts'
import { problems, RATE_LIMIT_HEADERS } from '../schemas/common.ts'
import {
  AddFeedsSchema,
  FeedUrlQuerySchema,
  MAX_FEEDS_PER_REQUEST,
  SourceDetailSchema,
  SourceIdParamSchema,
} from '../schemas/source.ts'
import { sourceDetail } from './source-view.ts'

const TAGS = ['Sources']
const SECURITY = [{ bearerAuth: [] }]

const addFeeds = createRoute({
  method: 'post',
  path: '/sources/{id}/feeds',
  operationId: 'addSourceFeeds',
  tags: TAGS,
  summary: 'Register feeds for an outlet',
  description: `Registers up to ${MAX_FEEDS_PER_REQUEST} RSS, Atom or RDF feeds for the outlet \`{id}\` (any of its names; an outlet the core does not know is created under this name, or \`name\`). When polling is on, the poller reads them on its schedule and ingests each new item's page as an article of this outlet. A feed registered before moves to this outlet and keeps its history. Idempotent.`,
  security: SECURITY,
  middleware: [jsonBody] as const,
  request: {
    params: SourceIdParamSchema,
    body: { required: true, content: { 'application/json': { schema: AddFeedsSchema } } },
  },
  responses: {
    200: {
      description: 'Every feed was registered already',
      content: { 'application/json': { schema: SourceDetailSchema } },
      headers: RATE_LIMIT_HEADERS,
    },
    201: {
      description: 'Registered',
      content: { 'application/json': { schema: SourceDetailSchema } },
      headers: RATE_LIMIT_HEADERS,
    },
    ...problems(400, 401, 403, 415, 422, 429, 503),
  },
})

const removeFeed = createRoute({
  method: 'delete',
  path: '/sources/{id}/feeds',
  operationId: 'removeSourceFeed',
  tags: TAGS,
  summary: 'Unregister a feed',
  description:
    'Stops polling the feed `url` of the outlet `{id}` and forgets its records. Articles it brought stay.',
  security: SECURITY,
  middleware: [onlyParameters(FeedUrlQuerySchema)] as const,
  request: { params: SourceIdParamSchema, query: FeedUrlQuerySchema },
  responses: {
    204: { description: 'Unregistered', headers: RATE_LIMIT_HEADERS },
    ...problems(400, 401, 403, 404, 429, 503),
  },
})

/** The source registry's writes: feeds registered and unregistered, behind the write token. */
export function sourceFeedRoutes(deps: Deps) {
  const auth = requireToken(deps.token)
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi({ ...addFeeds, middleware: [auth, jsonBody] as const }, async (c) => {
      const { id } = c.req.valid('param')
      const body = c.req.valid('json')
      const outlet = resolveOutlet({ name: body.name ?? id, ...(body.url && { url: body.url }) })
      if (!outlet) throw new Problem('not-found', `${JSON.stringify(id)} names no outlet`)
      const urls = [...new Set(body.feeds.map((url) => new URL(url).href))]
      const before = new Set((await deps.repo.feeds.of(outlet.key)).map((f) => f.url))
      const source = { key: outlet.key, name: outlet.outletName, ...(body.url && { url: body.url }) }
      await deps.repo.feeds.add(source, urls, new Date().toISOString())
      const detail = await sourceDetail(deps.repo, outlet.key)
      const status = urls.some((url) => !before.has(url)) ? 201 : 200
      return c.json(detail!, status, { 'Cache-Control': 'no-store' })
    })
    .openapi(
      { ...removeFeed, middleware: [auth, onlyParameters(FeedUrlQuerySchema)] as const },
      async (c) => {
        const { id } = c.req.valid('param')
        const { url } = c.req.valid('query')
        const outlet = resolveOutlet({ name: id })
        const registered = outlet && (await deps.repo.feeds.of(outlet.key)).some((f) => f.url === url)
        if (!registered || !(await deps.repo.feeds.remove(url))) {
          throw new Problem('not-found', `${JSON.stringify(id)} has no feed ${JSON.stringify(url)}`)
        }
        return c.body(null, 204)
      },
    )
}
