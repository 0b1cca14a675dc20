import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Deps } from '../deps.ts'
import { cacheable } from '../http/cache.ts'
import { decodeCursor } from '../http/cursor.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { JSON_UTF8, jsonText, rawPage } from '../http/respond.ts'
import { validationHook } from '../http/validation.ts'
import { NOT_MODIFIED, problems } from '../schemas/common.ts'
import {
  StoryDetailQuerySchema,
  StoryDetailSchema,
  StoryIdParamSchema,
  StoryListQuerySchema,
  StoryPageSchema,
} from '../schemas/story.ts'
import { buildSearchQuery } from '../search/query.ts'
import { articleFilter } from './filters.ts'
import { relatedStories } from './related.ts'

const TAGS = ['Stories']
const CACHE = 'public, max-age=30'

const listStories = createRoute({
  method: 'get',
  path: '/stories',
  operationId: 'listStories',
  tags: TAGS,
  security: [],
  summary: 'List stories',
  description:
    "Events as reported by one or more outlets, most recent first (stories without dates last). `entity`, `source`, `from`, `to` and `q` keep the stories with an article that they all select, as `GET /v1/articles` and `GET /v1/search` read them. `include=articles` adds every listed story's members (outlet, title, date) in the same answer.",
  middleware: [onlyParameters(StoryListQuerySchema), cacheable(CACHE)] as const,
  request: { query: StoryListQuerySchema },
  responses: {
    200: { description: 'A page of stories', content: { 'application/json': { schema: StoryPageSchema } } },
    304: NOT_MODIFIED,
    ...problems(400),
  },
})

const getStory = createRoute({
  method: 'get',
  path: '/stories/{id}',
  operationId: 'getStory',
  tags: TAGS,
  security: [],
  summary: 'Get a story',
  description:
    "The story, its member articles and the coverage comparison: facts the outlets share, what each adds alone, the same statement quoted differently, and details they disagree on. `include=articles` adds the members' full models and `include=related` the related stories; `include=articles,related` both, so that one request holds everything a story page shows.",
  middleware: [onlyParameters(StoryDetailQuerySchema), cacheable(CACHE)] as const,
  request: { params: StoryIdParamSchema, query: StoryDetailQuerySchema },
  responses: {
    200: { description: 'The story', content: { 'application/json': { schema: StoryDetailSchema } } },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

export function storyRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listStories, async (c) => {
      const query = c.req.valid('query')
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, ['string', 'string'])
      const built = query.q === undefined ? undefined : buildSearchQuery(query.q)
      const filter = {
        ...(query.minArticles !== undefined && { minArticles: query.minArticles }),
        ...(query.maxArticles !== undefined && { maxArticles: query.maxArticles }),
        ...(query.article !== undefined && { article: query.article }),
        members: { ...articleFilter(query), ...(built && { match: built.match }) },
      }
      // A query with nothing searchable in it (only punctuation, say) finds no article, so no story.
      const page =
        built === null
          ? { items: [], next: undefined }
          : await deps.repo.stories(filter, { limit: query.limit, ...(after && { after }) })
      const body = rawPage(
        page.items.map((s) => s.json),
        page.next,
      )
      if (query.include !== 'articles') return c.body(body, 200, { 'Content-Type': JSON_UTF8 }) as never
      const members = await Promise.all(page.items.map((s) => deps.repo.storyMembers(s.id)))
      const byId = Object.fromEntries(members.flat().map((row) => [row.id, row]))
      return c.body(`${body.slice(0, -1)},"articles":${JSON.stringify(byId)}}`, 200, {
        'Content-Type': JSON_UTF8,
      }) as never
    })
    .openapi(getStory, async (c) => {
      const { id } = c.req.valid('param')
      const { include, relatedLimit } = c.req.valid('query')
      const [story, coverage, members] = await Promise.all([
        deps.repo.story(id),
        deps.repo.storyCoverage(id),
        deps.repo.storyMembers(id),
      ])
      if (!story || coverage === undefined)
        throw new Problem('not-found', `No story has the id ${JSON.stringify(id)}`)
      let body = `{"story":${story.json},"articles":${JSON.stringify(members)},"coverage":${coverage}`
      if (include === 'articles' || include === 'articles,related') {
        const models = await Promise.all(members.map((member) => deps.repo.article(member.id)))
        body += `,"models":[${models.flatMap((m) => (m ? [jsonText(m.json)] : [])).join(',')}]`
      }
      if (include === 'related' || include === 'articles,related')
        body += `,"related":${JSON.stringify(await relatedStories(deps, story, relatedLimit))}`
      body += '}'
      return c.body(body, 200, { 'Content-Type': JSON_UTF8 }) as never
    })
}
