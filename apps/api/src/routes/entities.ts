import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Article, Story } from '@marsad/core'
import type { Deps } from '../deps.ts'
import { cacheable } from '../http/cache.ts'
import { decodeCursor } from '../http/cursor.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { cursorOf } from '../http/respond.ts'
import { validationHook } from '../http/validation.ts'
import { entitiesOf, quotesOf } from '../ingest/extraction.ts'
import { sourceKey } from '../ingest/prepare.ts'
import { NOT_MODIFIED, problems } from '../schemas/common.ts'
import {
  EntityDetailQuerySchema,
  EntityDetailSchema,
  EntityIdParamSchema,
  EntityListQuerySchema,
  EntityPageSchema,
} from '../schemas/entity.ts'

const TAGS = ['Entities']
const CACHE = 'public, max-age=30'

const listEntities = createRoute({
  method: 'get',
  path: '/entities',
  operationId: 'listEntities',
  tags: TAGS,
  security: [],
  summary: 'List entities',
  description: 'People, organisations, places and media named in the articles, most widely named first.',
  middleware: [onlyParameters(EntityListQuerySchema), cacheable(CACHE)] as const,
  request: { query: EntityListQuerySchema },
  responses: {
    200: { description: 'A page of entities', content: { 'application/json': { schema: EntityPageSchema } } },
    304: NOT_MODIFIED,
    ...problems(400),
  },
})

const getEntity = createRoute({
  method: 'get',
  path: '/entities/{id}',
  operationId: 'getEntity',
  tags: TAGS,
  security: [],
  summary: 'Get an entity',
  description:
    'The entity with the roles and other names the articles give it, and, page by page, every article naming it: where it is mentioned and everything it was quoted saying.',
  middleware: [onlyParameters(EntityDetailQuerySchema), cacheable(CACHE)] as const,
  request: { params: EntityIdParamSchema, query: EntityDetailQuerySchema },
  responses: {
    200: { description: 'The entity', content: { 'application/json': { schema: EntityDetailSchema } } },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

export function entityRoutes(deps: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listEntities, async (c) => {
      const query = c.req.valid('query')
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, ['number', 'string'])
      const filter = {
        ...(query.kind !== undefined && { kind: query.kind }),
        ...(query.q !== undefined && { name: sourceKey(query.q) }),
      }
      const page = await deps.repo.entities(filter, { limit: query.limit, ...(after && { after }) })
      return c.json({ items: page.items, nextCursor: cursorOf(page.next) }, 200)
    })
    .openapi(getEntity, async (c) => {
      const { id } = c.req.valid('param')
      const query = c.req.valid('query')
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, ['number'])
      const entity = await deps.repo.entity(id)
      if (!entity) throw new Problem('not-found', `No entity has the id ${JSON.stringify(id)}`)
      const [labels, page] = await Promise.all([
        deps.repo.entityLabels(id),
        deps.repo.entityArticles(id, { limit: query.limit, ...(after && { after }) }),
      ])
      const articles = page.items.map(({ row, json }) => {
        const article = JSON.parse(json) as Article
        const named = entitiesOf(article).filter((e) => e.id === id)
        const first = Math.min(...named.flatMap((e) => e.mentions.map((m) => m.start)))
        const contextSentence = article.sentences.findIndex((s) => s.start <= first && first < s.end)
        return {
          article: row,
          mentions: named.flatMap((e) => e.mentions.map(({ start, end, text }) => ({ start, end, text }))),
          roles: [...new Set(named.flatMap((e) => e.roles ?? []))],
          quotes: quotesOf(article)
            .filter((q) => q.speaker?.entity === id)
            .map(({ kind, text, start, end, sentence, verb }) => ({
              kind,
              text,
              start,
              end,
              sentence,
              ...(verb !== undefined && { verb }),
            })),
          context: article.sentences[contextSentence]?.text ?? null,
          contextSentence: contextSentence >= 0 ? contextSentence : null,
        }
      })
      const storyIds = [...new Set(articles.flatMap(({ article }) => article.storyId ?? []))]
      const stories = (await Promise.all(storyIds.map((storyId) => deps.repo.story(storyId)))).flatMap(
        (record) => {
          if (!record) return []
          const story = JSON.parse(record.json) as Story
          return [{ id: story.id, title: story.title, size: story.articleIds.length }]
        },
      )
      return c.json({ entity, ...labels, articles, stories, nextCursor: cursorOf(page.next) }, 200)
    })
}
