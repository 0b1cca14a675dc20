import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { MINISTER_REPORTS, WATER } from '../../test/fixtures.ts'

async function withReports() {
  const t = testApp()
  expect((await t.post('/v1/articles', [...MINISTER_REPORTS, WATER])).status).toBe(201)
  const stories = (await (await t.request('/v1/stories')).json()).items as {
    id: string
    articleIds: string[]
  }[]
  const storyOf = (articleId: string) => stories.find((s) => s.articleIds.includes(articleId))!.id
  return { t, storyOf }
}

describe('story timeline', () => {
  it('orders the members by publication and credits each shared fact to the first outlet', async () => {
    const { t, storyOf } = await withReports()
    const id = storyOf('solar-early')
    expect(storyOf('solar-late')).toBe(id)
    const res = await t.request(`/v1/stories/${encodeURIComponent(id)}/timeline`)
    expect(res.status).toBe(200)
    const { storyId, timeline } = await res.json()
    expect(storyId).toBe(id)
    expect(timeline.entries.map((e: { articleId: string }) => e.articleId)).toEqual([
      'solar-early',
      'solar-late',
    ])
    expect(timeline.outlets.map((o: { source: string }) => o.source)).toEqual([
      'وكالة الساحل',
      'صحيفة الوادي',
    ])
    const [early, late] = timeline.entries
    expect(early.newFacts.length).toBeGreaterThanOrEqual(2)
    expect(late.newFacts).toEqual([])
    expect(late.repeatedFacts).toEqual(early.newFacts)
    expect(late.unique).toBe(1)
    for (const fact of timeline.facts) expect(fact.firstArticleId).toBe('solar-early')
    const etag = res.headers.get('ETag')!
    const again = await t.request(`/v1/stories/${encodeURIComponent(id)}/timeline`, {
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('answers 404 for an unknown story and 400 for a parameter it does not take', async () => {
    const { t, storyOf } = await withReports()
    expect((await t.request('/v1/stories/story%3Anone/timeline')).status).toBe(404)
    const res = await t.request(`/v1/stories/${encodeURIComponent(storyOf('hydrogen'))}/timeline?limit=3`)
    expect(res.status).toBe(400)
    expect((await res.json()).detail).toContain('limit: unknown parameter')
  })
})

describe('related stories', () => {
  it('finds the stories naming the same minister, the closest in time first, and not an unrelated one', async () => {
    const { t, storyOf } = await withReports()
    const res = await t.request(`/v1/stories/${encodeURIComponent(storyOf('solar-early'))}/related`)
    expect(res.status).toBe(200)
    const { items } = await res.json()
    const ids = items.map((item: { story: { id: string } }) => item.story.id)
    expect(ids).toEqual([storyOf('hydrogen'), storyOf('grid-next-year')])
    expect(ids).not.toContain(storyOf('water-amman'))
    expect(items[0].score).toBeGreaterThan(items[1].score)
    expect(items[0].shared.map((e: { name: string }) => e.name)).toContain('سامر الحديدي')
    const one = await (
      await t.request(`/v1/stories/${encodeURIComponent(storyOf('solar-early'))}/related?limit=1`)
    ).json()
    expect(one.items).toHaveLength(1)
    expect(
      (await t.request(`/v1/stories/${encodeURIComponent(storyOf('solar-early'))}/related?limit=0`)).status,
    ).toBe(400)
    expect((await t.request('/v1/stories/story%3Anone/related')).status).toBe(404)
  })
  it("adds the same ranking to the story's answer with include=related", async () => {
    const { t, storyOf } = await withReports()
    const path = `/v1/stories/${encodeURIComponent(storyOf('solar-early'))}`
    const related = await (await t.request(`${path}/related?limit=1`)).json()
    expect(related.items).toHaveLength(1)
    const both = await (await t.request(`${path}?include=articles,related&relatedLimit=1`)).json()
    expect(both.related).toEqual(related.items)
    expect(both.models.map((a: { id: string }) => a.id)).toEqual(
      both.articles.map((a: { id: string }) => a.id),
    )
    const alone = await (await t.request(`${path}?include=related`)).json()
    expect(alone.related).toEqual((await (await t.request(`${path}/related`)).json()).items)
    expect(alone.models).toBeUndefined()
    expect((await (await t.request(path)).json()).related).toBeUndefined()
    expect((await t.request(`${path}?include=related&relatedLimit=0`)).status).toBe(400)
  })
})

describe('entities named together', () => {
  it('counts the entities named in the same articles, with their association', async () => {
    const { t } = await withReports()
    const people = (await (await t.request('/v1/entities?kind=person&q=الحديدي')).json()).items
    expect(people).toHaveLength(1)
    const minister = people[0]
    const res = await t.request(`/v1/entities/${encodeURIComponent(minister.id)}/related`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.entity.id).toBe(minister.id)
    expect(body.articlesRead).toBe(minister.articles)
    const names = body.items.map((e: { name: string }) => e.name)
    expect(names).toContain('معان')
    expect(names).not.toContain('عمّان')
    for (const item of body.items) {
      expect(item.together).toBeLessThanOrEqual(Math.min(item.articles, minister.articles))
      expect(item.association).toBeGreaterThan(0)
      expect(item.association).toBeLessThanOrEqual(1)
    }
    const places = await (
      await t.request(`/v1/entities/${encodeURIComponent(minister.id)}/related?kind=location&limit=2`)
    ).json()
    expect(places.items.length).toBeLessThanOrEqual(2)
    expect(places.items.every((e: { kind: string }) => e.kind === 'location')).toBe(true)
    expect((await t.request('/v1/entities/person%3Anone/related')).status).toBe(404)
    expect(
      (await t.request(`/v1/entities/${encodeURIComponent(minister.id)}/related?kind=planet`)).status,
    ).toBe(400)
  })
})
