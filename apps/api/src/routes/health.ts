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

const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Service'],
  security: [],
  summary: 'Health',
  description: 'Answers 200 when the database answers, with what it holds. Takes no parameters.',
  middleware: [onlyParameters()] as const,
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
    ...problems(400),
  },
})

export function healthRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(health, async (c) => {
    const counts = await deps.repo.counts()
    return c.json({ status: 'ok' as const, ...counts }, 200, { 'Cache-Control': 'no-store' })
  })
}
