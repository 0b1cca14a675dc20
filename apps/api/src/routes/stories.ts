import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Deps } from '../deps.ts'
import { cacheable } from '../http/cache.ts'
import { decodeCursor } from '../http/cursor.ts'
import { Problem } from '../http/problem.ts'
import { JSON_UTF8, rawPage } from '../http/respond.ts'
import { validationHook } from '../http/validation.ts'
import { problems } from '../schemas/common.ts'
import {
  StoryDetailSchema,
  StoryIdParamSchema,
  StoryListQuerySchema,
  StoryPageSchema,
} from '../schemas/story.ts'

const TAGS = ['Stories']
const CACHE = 'public, max-age=30'

const listStories = createRoute({
  method: 'get',
  path: '/stories',
  tags: TAGS,
  summary: 'List stories',
  description: 'Events as reported by one or more outlets, most recent first (stories without dates last).',
  middleware: [cacheable(CACHE)] as const,
  request: { query: StoryListQuerySchema },
  responses: {
    200: { description: 'A page of stories', content: { 'application/json': { schema: StoryPageSchema } } },
    ...problems(400),
  },
})

const getStory = createRoute({
  method: 'get',
  path: '/stories/{id}',
  tags: TAGS,
  summary: 'Get a story',
  description:
    'The story, its member articles and the coverage comparison: facts the outlets share, what each adds alone, the same statement quoted differently, and details they disagree on.',
  middleware: [cacheable(CACHE)] as const,
  request: { params: StoryIdParamSchema },
  responses: {
    200: { description: 'The story', content: { 'application/json': { schema: StoryDetailSchema } } },
    304: { description: 'Not modified (`If-None-Match`)' },
    ...problems(400, 404),
  },
})

export function storyRoutes(deps: Deps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook })

  app.openapi(listStories, async (c) => {
    const query = c.req.valid('query')
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, ['string', 'string'])
    const filter = query.minArticles === undefined ? {} : { minArticles: query.minArticles }
    const page = await deps.repo.stories(filter, { limit: query.limit, ...(after && { after }) })
    const body = rawPage(
      page.items.map((s) => s.json),
      page.next,
    )
    return c.body(body, 200, { 'Content-Type': JSON_UTF8 }) as never
  })

  app.openapi(getStory, async (c) => {
    const { id } = c.req.valid('param')
    const [story, coverage, members] = await Promise.all([
      deps.repo.story(id),
      deps.repo.storyCoverage(id),
      deps.repo.storyMembers(id),
    ])
    if (!story || coverage === undefined)
      throw new Problem('not-found', `No story has the id ${JSON.stringify(id)}`)
    const body = `{"story":${story.json},"articles":${JSON.stringify(members)},"coverage":${coverage}}`
    return c.body(body, 200, { 'Content-Type': JSON_UTF8 }) as never
  })

  return app
}
