import { hc } from 'hono/client'
import { expectTypeOf } from 'vitest'
import type { paths } from '../../client/openapi.d.ts'
import type { AppType } from '../../src/app.ts'

type Fetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>

/** Calls through Hono's typed client: parameters and answers are typed from the routes themselves. */
export async function honoClientCalls(baseUrl: string, fetch: Fetch) {
  const client = hc<AppType>(baseUrl, { fetch })
  const stories = await client.v1.stories.$get({ query: { minArticles: '2', include: 'articles' } })
  if (stories.status !== 200) throw new Error(`stories: ${stories.status}`)
  const page = await stories.json()
  expectTypeOf(page.items[0]!.articleIds).toEqualTypeOf<string[]>()
  expectTypeOf(page.nextCursor).toEqualTypeOf<string | null>()

  const found = await client.v1.search.$get({ query: { q: 'الأسد' } })
  if (found.status !== 200) throw new Error(`search: ${found.status}`)
  const result = await found.json()
  expectTypeOf(result.items[0]!.snippet.highlights).toEqualTypeOf<{ start: number; end: number }[]>()

  const health = await client.health.$get()
  if (health.status !== 200) throw new Error(`health: ${health.status}`)
  const counts = await health.json()
  expectTypeOf(counts.status).toEqualTypeOf<'ok'>()
  return { page, result, counts }
}

type StoryPage = paths['/v1/stories']['get']['responses'][200]['content']['application/json']
type SearchResult = paths['/v1/search']['get']['responses'][200]['content']['application/json']
type SearchQuery = NonNullable<paths['/v1/search']['get']['parameters']['query']>

/** Calls typed by the types openapi-typescript generates from the document (`client/openapi.d.ts`). */
export async function openApiClientCalls(baseUrl: string, fetch: Fetch) {
  const query: SearchQuery = { q: 'الأسد', limit: 5 }
  const search = new URLSearchParams({ q: query.q, limit: String(query.limit) })
  const result = (await (await fetch(`${baseUrl}/v1/search?${search}`)).json()) as SearchResult
  expectTypeOf(result.items[0]!.article.id).toEqualTypeOf<string>()
  const page = (await (await fetch(`${baseUrl}/v1/stories?limit=1`)).json()) as StoryPage
  expectTypeOf(page.items[0]!.articleIds).toEqualTypeOf<string[]>()
  return { result, page }
}
