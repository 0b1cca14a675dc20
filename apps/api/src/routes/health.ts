import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Deps } from '../deps.ts'

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
  tags: ['Service'],
  summary: 'Health',
  description: 'Answers 200 when the database answers, with what it holds.',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
  },
})

export function healthRoutes(deps: Deps): OpenAPIHono {
  const app = new OpenAPIHono()
  app.openapi(health, async (c) => {
    const counts = await deps.repo.counts()
    return c.json({ status: 'ok' as const, ...counts }, 200, { 'Cache-Control': 'no-store' })
  })
  return app
}
