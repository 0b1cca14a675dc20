import { describe, expect, it } from 'vitest'
import { ALL, HARAKAT, TALKS, UNDATED, WATER } from '../fixtures.ts'
import { workerClient } from './client.ts'
import { SEED_000, SEED_003 } from './seeds.ts'

// Articles, stories and entities through the Worker over D1, as the Node suite tests them through the app.

const { auth, call, post } = workerClient('198.51.100.1')

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id)
const list = async (path: string) => ids(await (await call(path)).json())

async function seeded() {
  const res = await post([...ALL, SEED_000, SEED_003])
  expect([200, 201]).toContain(res.status)
}

async function multiStory() {
  const [story] = (await (await call('/v1/stories?minArticles=2')).json()).items
  expect(story.articleIds.sort()).toEqual([SEED_000.id, SEED_003.id])
  return story as { id: string; articleIds: string[] }
}

describe('articles in workerd', () => {
  it('ingests one article: 201 with its Location, then 200 unchanged', async () => {
    const res = await post(WATER)
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe(`/v1/articles/${WATER.id}`)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect((await res.json()).articles).toEqual([
      { id: WATER.id, status: 'created', storyId: expect.stringMatching(/^story:/) },
    ])
    const again = await post(WATER)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ created: 0, unchanged: 1 })
  })

  it('lists newest first, undated last, and filters by outlet, date range, story and entity', async () => {
    await seeded()
    // Undated articles last, the most recently ingested first.
    expect(await list('/v1/articles')).toEqual([
      TALKS.id,
      WATER.id,
      HARAKAT.id,
      SEED_003.id,
      SEED_000.id,
      UNDATED.id,
    ])
    expect(await list(`/v1/articles?source=${encodeURIComponent('صحيفة  الرَّصد')}`)).toEqual([
      WATER.id,
      HARAKAT.id,
    ])
    expect(await list('/v1/articles?from=2025-03-01')).toEqual([TALKS.id, WATER.id])
    expect(await list('/v1/articles?to=2025-03-02')).toEqual([WATER.id, HARAKAT.id])
    expect(await list('/v1/articles?from=2025-03-05T06:00:00Z&to=2025-03-05')).toEqual([TALKS.id])

    const story = await multiStory()
    expect((await list(`/v1/articles?story=${encodeURIComponent(story.id)}`)).sort()).toEqual([
      SEED_000.id,
      SEED_003.id,
    ])
    const places = (await (await call('/v1/entities?kind=location&limit=100')).json()).items
    const moscow = places.find((e: { name: string }) => e.name.includes('موسكو'))
    expect(moscow).toBeDefined()
    expect((await list(`/v1/articles?entity=${encodeURIComponent(moscow.id)}`)).length).toBe(moscow.articles)
  })

  it('finds ids with spaces, slashes and Arabic once URL-encoded; refuses over-long ids with 400', async () => {
    const id = 'تقارير/2025 03 مارس'
    const text = 'نشرت الوزارة تقريرها الشهري عن أسعار المواد الغذائية في الأسواق.'
    expect((await post({ id, text })).status).toBe(201)
    const res = await call(`/v1/articles/${encodeURIComponent(id)}`)
    expect(res.status).toBe(200)
    expect((await res.json()).id).toBe(id)
    const long = await call(`/v1/articles/${'ب'.repeat(201)}`)
    expect(long.status).toBe(400)
    expect((await long.json()).errors).toEqual([{ detail: expect.stringMatching(/^id: /), parameter: 'id' }])
    expect((await call('/v1/articles/none')).status).toBe(404)
  })

  it('answers bad parameters with a 400 problem naming each', async () => {
    for (const query of ['limit=0', 'limit=101', 'from=yesterday', 'cursor=%25%25']) {
      const res = await call(`/v1/articles?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
      expect((await res.json()).errors[0].parameter).toBe(query.split('=')[0])
    }
  })
})

describe('stories in workerd', () => {
  it('groups the two outlets’ reports of one call into one story, apart from unrelated articles', async () => {
    await seeded()
    const stories = (await (await call('/v1/stories')).json()).items
    const story = await multiStory()
    expect(stories.filter((s: { articleIds: string[] }) => s.articleIds.includes(SEED_000.id))).toEqual([
      story,
    ])
    expect(await list('/v1/stories?minArticles=2')).toEqual([story.id])
  })

  it('answers a story with its members and the coverage comparison, and revalidates', async () => {
    await seeded()
    const story = await multiStory()
    const res = await call(`/v1/stories/${encodeURIComponent(story.id)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+$/)
    const { articles, coverage } = await res.json()
    expect(ids({ items: articles }).sort()).toEqual([SEED_000.id, SEED_003.id])
    expect(coverage.articles.sort()).toEqual([SEED_000.id, SEED_003.id])
    expect(coverage.shared.length).toBeGreaterThan(0)
    for (const fact of coverage.shared) {
      expect(new Set(fact.sentences.map((s: { articleId: string }) => s.articleId)).size).toBe(2)
    }
    const etag = res.headers.get('ETag')!
    const again = await call(`/v1/stories/${encodeURIComponent(story.id)}`, {
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('recomputes the story when a member is deleted, and answers unknown stories with 404', async () => {
    await seeded()
    const story = await multiStory()
    expect((await call(`/v1/articles/${SEED_003.id}`, { method: 'DELETE', headers: auth })).status).toBe(204)
    expect((await call(`/v1/stories/${encodeURIComponent(story.id)}`)).status).toBe(404)
    const summary = (await (await call('/v1/articles')).json()).items.find(
      (a: { id: string }) => a.id === SEED_000.id,
    )
    const single = await (await call(`/v1/stories/${encodeURIComponent(summary.storyId)}`)).json()
    expect(single.story.articleIds).toEqual([SEED_000.id])
    const missing = await call('/v1/stories/story:none')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json')
  })
})

describe('entities in workerd', () => {
  it('names Putin in both reports, with his title, where, and what each quoted him saying', async () => {
    await post([SEED_000, SEED_003])
    const people = (await (await call('/v1/entities?kind=person&limit=100')).json()).items
    const putin = people.find((e: { name: string }) => e.name.includes('بوتين'))
    expect(putin).toMatchObject({ kind: 'person', articles: 2 })
    expect(await list(`/v1/entities?q=${encodeURIComponent('بوتين')}`)).toContain(putin.id)

    const res = await call(`/v1/entities/${encodeURIComponent(putin.id)}`)
    expect(res.status).toBe(200)
    const detail = await res.json()
    expect(detail.entity).toMatchObject({ id: putin.id, articles: 2 })
    expect(detail.roles.map((r: { value: string }) => r.value)).toContain('الرئيس الروسي')
    expect(detail.articles).toHaveLength(2)
    for (const { mentions } of detail.articles) expect(mentions.length).toBeGreaterThan(0)
    const quoted = detail.articles.flatMap((a: { quotes: { text: string }[] }) => a.quotes.map((q) => q.text))
    expect(quoted.length).toBeGreaterThan(0)

    const first = await (await call(`/v1/entities/${encodeURIComponent(putin.id)}?limit=1`)).json()
    const rest = await (
      await call(`/v1/entities/${encodeURIComponent(putin.id)}?limit=1&cursor=${first.nextCursor}`)
    ).json()
    expect([first.articles[0].article.id, rest.articles[0].article.id].sort()).toEqual([
      SEED_000.id,
      SEED_003.id,
    ])
  })

  it('answers unknown entities with 404 and bad filters with 400', async () => {
    const missing = await call('/v1/entities/person:nobody')
    expect(missing.status).toBe(404)
    expect((await missing.json()).type).toBe('/problems/not-found')
    expect((await call('/v1/entities?kind=planet')).status).toBe(400)
  })
})
