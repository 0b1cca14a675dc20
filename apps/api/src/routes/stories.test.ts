import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TOKEN, testApp } from '../../test/app.ts'
import { HARAKAT, TALKS, WATER } from '../../test/fixtures.ts'

const seed = (name: string) => ({
  id: name,
  text: readFileSync(new URL(`../../../../seeds/${name}.txt`, import.meta.url), 'utf8'),
})
const SEED_000 = seed('000_c46bd0adb6ed7856')
const SEED_003 = seed('003_52349cd9e965743e')

async function withSeeds() {
  const t = testApp()
  expect((await t.post('/v1/articles', [SEED_000, SEED_003, WATER, TALKS])).status).toBe(201)
  return t
}

describe('stories', () => {
  it('groups the two outlets’ reports of one call into one story, apart from unrelated articles', async () => {
    const t = await withSeeds()
    const page = await (await t.request('/v1/stories')).json()
    const seeds = page.items.filter((s: { articleIds: string[] }) => s.articleIds.includes(SEED_000.id))
    expect(seeds).toHaveLength(1)
    expect([...seeds[0].articleIds].sort()).toEqual([SEED_000.id, SEED_003.id])
    expect(page.items).toHaveLength(3)
    const multi = await (await t.request('/v1/stories?minArticles=2')).json()
    expect(multi.items.map((s: { id: string }) => s.id)).toEqual([seeds[0].id])
  })

  it('answers a story with its members and the coverage comparison', async () => {
    const t = await withSeeds()
    const [story] = (await (await t.request('/v1/stories?minArticles=2')).json()).items
    const res = await t.request(`/v1/stories/${encodeURIComponent(story.id)}`)
    expect(res.status).toBe(200)
    const detail = await res.json()
    expect(detail.story).toEqual(story)
    expect(detail.articles.map((a: { id: string }) => a.id)).toEqual([SEED_000.id, SEED_003.id])
    expect(detail.articles[0].storyId).toBe(story.id)
    const { coverage } = detail
    expect(coverage.articles).toEqual([SEED_000.id, SEED_003.id])
    expect(coverage.shared.length).toBeGreaterThan(0)
    for (const fact of coverage.shared) {
      expect(new Set(fact.sentences.map((s: { articleId: string }) => s.articleId)).size).toBe(2)
    }
    expect(Object.keys(coverage.unique).sort()).toEqual([SEED_000.id, SEED_003.id])
    const etag = res.headers.get('ETag')!
    expect(
      (await t.request(`/v1/stories/${encodeURIComponent(story.id)}`, { headers: { 'If-None-Match': etag } }))
        .status,
    ).toBe(304)
  })

  it('filters stories by entity, outlet, date range and words, and by all of them at once', async () => {
    const t = testApp()
    expect((await t.post('/v1/articles', [WATER, TALKS, HARAKAT])).status).toBe(201)
    const ids = async (query: string) => {
      const res = await t.request(`/v1/stories?${query}`)
      expect(res.status, query).toBe(200)
      const page = await res.json()
      return page.items.flatMap((s: { articleIds: string[] }) => s.articleIds).sort()
    }
    const [geneva] = (await (await t.request('/v1/entities?q=جنيف')).json()).items
    expect(await ids(`entity=${encodeURIComponent(geneva.id)}`)).toEqual([TALKS.id])
    expect(await ids('entity=person:nobody')).toEqual([])
    expect(await ids(`source=${encodeURIComponent('صحيفة الرصد')}`)).toEqual([HARAKAT.id, WATER.id])
    expect(await ids('from=2025-03-01&to=2025-03-02')).toEqual([WATER.id])
    expect(await ids('from=2025-03-03')).toEqual([TALKS.id])
    expect(await ids(`q=${encodeURIComponent('المياه')}`)).toEqual([WATER.id])
    expect(
      await ids(`q=${encodeURIComponent('"خطة طارئة"')}&source=${encodeURIComponent('صحيفة الرصد')}`),
    ).toEqual([WATER.id])
    expect(await ids(`q=${encodeURIComponent('المياه')}&from=2025-03-03`)).toEqual([])
    expect(await ids('q=%21%21')).toEqual([])
    expect((await t.request('/v1/stories?from=yesterday')).status).toBe(400)
  })

  it('lists a story’s articles through the article filter', async () => {
    const t = await withSeeds()
    const [story] = (await (await t.request('/v1/stories?minArticles=2')).json()).items
    const list = await (await t.request(`/v1/articles?story=${encodeURIComponent(story.id)}`)).json()
    expect(list.items.map((a: { id: string }) => a.id).sort()).toEqual([SEED_000.id, SEED_003.id])
  })

  it('answers everything a story page shows in one request with include=articles', async () => {
    const t = await withSeeds()
    const [story] = (await (await t.request('/v1/stories?minArticles=2')).json()).items
    const detail = await (
      await t.request(`/v1/stories/${encodeURIComponent(story.id)}?include=articles`)
    ).json()
    expect(detail.models.map((a: { id: string }) => a.id)).toEqual([SEED_000.id, SEED_003.id])
    const [fact] = detail.coverage.shared
    const ref = fact.sentences[0]
    const model = detail.models.find((a: { id: string }) => a.id === ref.articleId)
    expect(model.sentences[ref.index].text).toMatch(/بوتين|الشرع/)
    for (const variant of detail.coverage.quoteVariants) {
      for (const q of variant.quotes) {
        const m = detail.models.find((a: { id: string }) => a.id === q.articleId)
        expect(typeof m.quotes[q.index].text).toBe('string')
      }
    }
    expect((await t.request(`/v1/stories/${encodeURIComponent(story.id)}?include=other`)).status).toBe(400)
  })

  it('lists single reports, the story of an article, and the members of every listed story', async () => {
    const t = await withSeeds()
    const singles = await (await t.request('/v1/stories?maxArticles=1')).json()
    expect(singles.items).toHaveLength(2)
    expect(singles.items.every((s: { articleIds: string[] }) => s.articleIds.length === 1)).toBe(true)
    const of = await (await t.request(`/v1/stories?article=${SEED_003.id}`)).json()
    expect(of.items).toHaveLength(1)
    expect(of.items[0].articleIds).toContain(SEED_003.id)
    const listed = await (await t.request('/v1/stories?include=articles')).json()
    const ids = listed.items.flatMap((s: { articleIds: string[] }) => s.articleIds).sort()
    expect(Object.keys(listed.articles).sort()).toEqual(ids)
    expect(listed.articles[SEED_000.id].id).toBe(SEED_000.id)
    expect((await (await t.request('/v1/stories')).json()).articles).toBeUndefined()
  })

  it('recomputes the story when a member is deleted', async () => {
    const t = await withSeeds()
    const [story] = (await (await t.request('/v1/stories?minArticles=2')).json()).items
    const del = await t.request(`/v1/articles/${SEED_003.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TOKEN}` },
    })
    expect(del.status).toBe(204)
    expect((await t.request(`/v1/stories/${encodeURIComponent(story.id)}`)).status).toBe(404)
    const remaining = (await (await t.request(`/v1/articles/${SEED_000.id}`)).json()) as { id: string }
    expect(remaining.id).toBe(SEED_000.id)
    const list = await (await t.request('/v1/articles')).json()
    const storyOf = list.items.find((a: { id: string }) => a.id === SEED_000.id).storyId
    const single = await (await t.request(`/v1/stories/${encodeURIComponent(storyOf)}`)).json()
    expect(single.story.articleIds).toEqual([SEED_000.id])
  })

  it('pages with a cursor and refuses foreign cursors and unknown ids with problems', async () => {
    const t = await withSeeds()
    const first = await (await t.request('/v1/stories?limit=2')).json()
    expect(first.items).toHaveLength(2)
    const rest = await (await t.request(`/v1/stories?limit=2&cursor=${first.nextCursor}`)).json()
    expect(rest.items).toHaveLength(1)
    expect(rest.nextCursor).toBeNull()
    const articleCursor = (await (await t.request('/v1/articles?limit=1')).json()).nextCursor
    expect((await t.request(`/v1/stories?cursor=${articleCursor}`)).status).toBe(400)
    expect((await t.request('/v1/stories?minArticles=0')).status).toBe(400)
    const missing = await t.request('/v1/stories/story:none')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json')
  })
})
