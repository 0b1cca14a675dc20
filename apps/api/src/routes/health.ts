import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Deps } from '../deps.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { validationHook } from '../http/validation.ts'
import { problems } from '../schemas/common.ts'

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    articles: z.number().int(),
    stories: z.number().int(),
    entities: z.number().int(),
  })
  .meta({ id: 'Health' })

const UnhealthySchema = z
  .object({
    status: z.literal('unhealthy'),
    reason: z
      .string()
      .describe('What is wrong with the database, as its integrity check or a failed read said.'),
    database: z.string().optional().describe('The database file’s name.'),
  })
  .meta({ id: 'Unhealthy' })

const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Service'],
  security: [],
  summary: 'Health',
  description:
    'Answers 200 when the database answers, with what it holds; 503 `unhealthy` with the reason when it is damaged (found at start by `PRAGMA quick_check`, or by a failed read), while writes are refused. Takes no parameters.',
  middleware: [onlyParameters()] as const,
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
    503: { description: 'Unhealthy', content: { 'application/json': { schema: UnhealthySchema } } },
    ...problems(400),
  },
})

export function healthRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(health, async (c) => {
    const { damaged, name } = deps.health
    if (damaged !== undefined) {
      const body = { status: 'unhealthy' as const, reason: damaged, ...(name && { database: name }) }
      return c.json(body, 503, { 'Cache-Control': 'no-store' })
    }
    const counts = await deps.repo.counts()
    return c.json({ status: 'ok' as const, ...counts }, 200, { 'Cache-Control': 'no-store' })
  })
}
