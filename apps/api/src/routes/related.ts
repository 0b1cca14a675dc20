import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { type Article, type Coverage, type Story, storyTimeline } from '@marsad/core'
import type { Deps } from '../deps.ts'
import { cacheable } from '../http/cache.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { jsonText } from '../http/respond.ts'
import { validationHook } from '../http/validation.ts'
import { NOT_MODIFIED, problems } from '../schemas/common.ts'
import { EntityIdParamSchema } from '../schemas/entity.ts'
import {
  CoEntitiesQuerySchema,
  CoEntitiesSchema,
  RelatedStoriesQuerySchema,
  RelatedStoriesSchema,
  StoryTimelineDetailSchema,
} from '../schemas/related.ts'
import { StoryIdParamSchema } from '../schemas/story.ts'
import { relatedByTime } from './related-score.ts'

const CACHE = 'public, max-age=30'

const getStoryTimeline = createRoute({
  method: 'get',
  path: '/stories/{id}/timeline',
  operationId: 'getStoryTimeline',
  tags: ['Stories'],
  security: [],
  summary: "A story's timeline",
  description:
    'How the coverage grew: the members in order of publication (the date the text gives itself when no publication date was given), each outlet at its first article, and each shared fact at the article that first reported it.',
  middleware: [onlyParameters(), cacheable(CACHE)] as const,
  request: { params: StoryIdParamSchema },
  responses: {
    200: {
      description: 'The timeline',
      content: { 'application/json': { schema: StoryTimelineDetailSchema } },
    },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

const getRelatedStories = createRoute({
  method: 'get',
  path: '/stories/{id}/related',
  operationId: 'getRelatedStories',
  tags: ['Stories'],
  security: [],
  summary: 'Stories related to a story',
  description:
    'Other stories that name the same people, bodies and places, the rarest names counting most, close in time first.',
  middleware: [onlyParameters(RelatedStoriesQuerySchema), cacheable(CACHE)] as const,
  request: { params: StoryIdParamSchema, query: RelatedStoriesQuerySchema },
  responses: {
    200: {
      description: 'Related stories, best first',
      content: { 'application/json': { schema: RelatedStoriesSchema } },
    },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

const getCoEntities = createRoute({
  method: 'get',
  path: '/entities/{id}/related',
  operationId: 'getRelatedEntities',
  tags: ['Entities'],
  security: [],
  summary: 'Entities named with an entity',
  description:
    'The people, bodies, places and media named in the same articles as the entity, most often together first, with how strongly the two go together.',
  middleware: [onlyParameters(CoEntitiesQuerySchema), cacheable(CACHE)] as const,
  request: { params: EntityIdParamSchema, query: CoEntitiesQuerySchema },
  responses: {
    200: {
      description: 'Entities named with it',
      content: { 'application/json': { schema: CoEntitiesSchema } },
    },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

const notFound = (id: string) => new Problem('not-found', `No story has the id ${JSON.stringify(id)}`)

export function relatedRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(getStoryTimeline, async (c) => {
      const { id } = c.req.valid('param')
      const [coverage, members] = await Promise.all([deps.repo.storyCoverage(id), deps.repo.storyMembers(id)])
      if (coverage === undefined) throw notFound(id)
      const models = await Promise.all(members.map((member) => deps.repo.article(member.id)))
      const articles = models.flatMap((stored) => {
        if (!stored) return []
        const { id, source, publishedAt, date } = JSON.parse(jsonText(stored.json)) as Article
        return [{ id, source, publishedAt, date }]
      })
      const timeline = storyTimeline(articles, JSON.parse(coverage) as Coverage)
      return c.json({ storyId: id, timeline }, 200)
    })
    .openapi(getRelatedStories, async (c) => {
      const { id } = c.req.valid('param')
      const { limit } = c.req.valid('query')
      const story = await deps.repo.story(id)
      if (!story) throw notFound(id)
      return c.json({ storyId: id, items: await relatedStories(deps, story, limit) }, 200)
    })
    .openapi(getCoEntities, async (c) => {
      const { id } = c.req.valid('param')
      const { limit, kind } = c.req.valid('query')
      const entity = await deps.repo.entity(id)
      if (!entity) throw new Problem('not-found', `No entity has the id ${JSON.stringify(id)}`)
      const rows = await deps.repo.coEntities(id, { limit, ...(kind !== undefined && { kind }) })
      const read = Math.min(entity.articles, 5_000)
      const items = rows.map((row) => ({
        ...row,
        association: Math.min(1, row.together / Math.sqrt(read * row.articles)),
      }))
      return c.json({ entity, items, articlesRead: read }, 200)
    })
}

/** The stories related to `story`, best first (`GET /v1/stories/{id}/related`, and a story's `include=related`). */
export async function relatedStories(deps: Deps, story: { id: string; json: string }, limit: number) {
  const own = JSON.parse(story.json) as Story
  const ranked = relatedByTime(own.timeSpan?.end, await deps.repo.relatedStories(story.id)).slice(0, limit)
  const entityIds = [...new Set(ranked.flatMap((row) => row.shared))]
  const entities = new Map(
    (await Promise.all(entityIds.map((entityId) => deps.repo.entity(entityId)))).flatMap((row) =>
      row ? [[row.id, row] as const] : [],
    ),
  )
  return ranked.map((row) => ({
    story: JSON.parse(row.json) as Story,
    score: row.score,
    shared: row.shared
      .flatMap((entityId) => {
        const entity = entities.get(entityId)
        return entity ? [entity] : []
      })
      .sort((a, b) => a.articles - b.articles || a.id.localeCompare(b.id))
      .map(({ id, kind, name }) => ({ id, kind, name })),
  }))
}
