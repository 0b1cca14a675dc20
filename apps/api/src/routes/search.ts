import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Deps } from '../deps.ts'
import { cacheable } from '../http/cache.ts'
import { decodeCursor } from '../http/cursor.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { cursorOf } from '../http/respond.ts'
import { Turns } from '../http/turns.ts'
import { validationHook } from '../http/validation.ts'
import { NOT_MODIFIED, problems } from '../schemas/common.ts'
import { SearchQuerySchema, SearchResultSchema } from '../schemas/search.ts'
import { leadPassage, PASSAGE_LENGTH, type Passage } from '../search/passage.ts'
import { buildSearchQuery } from '../search/query.ts'
import { highlight, SNIPPET_LENGTH, snippet, toHtml } from '../search/snippet.ts'
import { articleFilter } from './filters.ts'

/** How deep a reader may page into one result list. */
const MAX_OFFSET = 1000

/**
 * Characters of passages a search analyses for its snippets, at most (eight full passages); later matches show
 * their lead sentence.
 */
const SNIPPET_BUDGET = 8 * PASSAGE_LENGTH

const search = createRoute({
  method: 'get',
  path: '/search',
  operationId: 'searchArticles',
  tags: ['Search'],
  security: [],
  summary: 'Search articles',
  description:
    'Full-text search over titles and texts, best matches first, with the passage that matched and its words highlighted. Query and texts go through the same Arabic analyser: alef forms, diacritics, tatweel and attached prefixes and suffixes do not matter (`الاسد` finds `الأسد`, `مفاوضات` finds `والمفاوضات`). Every word must match; "quoted words" must appear together. Takes the article filters too.',
  middleware: [onlyParameters(SearchQuerySchema), cacheable('public, max-age=30')] as const,
  request: { query: SearchQuerySchema },
  responses: {
    200: {
      description: 'Matching articles',
      content: { 'application/json': { schema: SearchResultSchema } },
    },
    304: NOT_MODIFIED,
    ...problems(400),
  },
})

export function searchRoutes(deps: Deps) {
  const turns = new Turns()
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(search, async (c) => {
    const query = c.req.valid('query')
    const offset =
      query.cursor === undefined ? 0 : Number(decodeCursor(query.cursor, ['number'], MAX_OFFSET - 1)[0])
    const built = buildSearchQuery(query.q)
    if (!built) {
      return c.json({ query: query.q, terms: [], items: [], nextCursor: null }, 200)
    }
    const limit = Math.min(query.limit, MAX_OFFSET - offset)
    return turns.run(async () => {
      const rows = await deps.repo.search({
        ...articleFilter(query),
        match: built.match,
        limit: limit + 1,
        offset,
      })
      let budget = SNIPPET_BUDGET
      const items = rows.slice(0, limit).map(({ score, json, ...row }) => {
        const passage = JSON.parse(json) as Passage
        // Past the request's budget, snippets are lead sentences: the request's work stays bounded.
        const body = snippet(budget > 0 ? passage : leadPassage(passage, 2 * SNIPPET_LENGTH), built.terms)
        budget -= passage.text.length
        return {
          article: row,
          // FTS5's bm25() is lower for better matches.
          score: -score,
          title: row.title === null ? null : highlight(row.title, built.terms),
          snippet: body,
          snippetHtml: toHtml(body),
        }
      })
      const next = rows.length > limit && offset + limit < MAX_OFFSET ? [offset + limit] : undefined
      return c.json({ query: query.q, terms: [...built.terms], items, nextCursor: cursorOf(next) }, 200)
    })
  })
}
