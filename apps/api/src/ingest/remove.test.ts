import { readFileSync } from 'node:fs'
import type { ArticleInput } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { TOKEN, testApp } from '../../test/app.ts'
import { TALKS, WATER } from '../../test/fixtures.ts'
import { coreStories } from './core-stories.ts'
import { Ingestor } from './ingestor.ts'

// Outlets on one earthquake, from the core's story evaluation corpus.
const quake = (id: string) => {
  const file = `../../../../packages/core/test/stories/corpus/morocco-earthquake-2023-09/${id}.txt`
  const [head, ...body] = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n\n')
  const field = (name: string) => head!.match(new RegExp(`^${name}: (.*)$`, 'm'))![1]!
  return {
    id,
    text: body.join('\n\n'),
    title: field('title'),
    source: { name: field('source') },
    publishedAt: field('publishedAt'),
  }
}

// A fire and a flood in two cities the same morning, and a roundup of both that links them into one story.
const at = '2025-01-14T09:00:00Z'
const bridge = [
  {
    id: 'fire',
    text: 'اندلع حريق كبير فجر الثلاثاء في سوق الخضر المركزي بمدينة صفاقس وأتى على عشرات المحلات التجارية، وسيطرت فرق الإطفاء على النيران بعد ساعات.',
  },
  {
    id: 'flood',
    text: 'غمرت مياه الأمطار الغزيرة الأحياء المنخفضة في نابل، وأغلقت السلطات الطرق وأجلت العائلات من المنازل.',
  },
  {
    id: 'roundup',
    text: 'يوم عصيب في صفاقس ونابل: حريق يأتي على محلات سوق الخضر المركزي وفرق الإطفاء تسيطر على النيران، وأمطار غزيرة تغمر الأحياء المنخفضة والسلطات تغلق الطرق وتجلي العائلات من المنازل.',
  },
].map((input) => ({ ...input, publishedAt: at }))

const sorted = (stories: string[][]) => stories.sort()

const withBridge = () => withArticles([], bridge)

async function withArticles(ids: string[], more: ArticleInput[] = []) {
  const t = testApp()
  expect((await t.post('/v1/articles', [...ids.map(quake), ...more, WATER])).status).toBe(201)
  const remove = (id: string) =>
    t.request(`/v1/articles/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } })
  const stories = async (): Promise<string[][]> => {
    const list = await (await t.request('/v1/stories?limit=100')).json()
    return list.items.map((s: { articleIds: string[] }) => s.articleIds).sort()
  }
  const storyOf = async (id: string): Promise<string> =>
    (await (await t.request('/v1/articles?limit=100')).json()).items.find((a: { id: string }) => a.id === id)
      .storyId
  return { t, remove, stories, storyOf }
}

describe('DELETE /v1/articles/{id} and stories', () => {
  it('takes a member out of a three-article story, which stays one story; other stories keep their ids', async () => {
    const { t, remove, stories, storyOf } = await withArticles(['a22', 'a23', 'a25'])
    expect(await stories()).toEqual([['a22', 'a23', 'a25'], [WATER.id]])
    const quakeStory = await storyOf('a22')
    const water = await storyOf(WATER.id!)
    expect((await remove('a25')).status).toBe(204)
    expect(await stories()).toEqual([['a22', 'a23'], [WATER.id]])
    expect(await storyOf(WATER.id!)).toBe(water)
    expect((await t.request(`/v1/stories/${encodeURIComponent(quakeStory)}`)).status).toBe(404)
    const remaining = await (
      await t.request(`/v1/stories/${encodeURIComponent(await storyOf('a22'))}`)
    ).json()
    expect(remaining.story.articleIds).toEqual(['a22', 'a23'])
    expect(remaining.coverage.articles).toEqual(['a22', 'a23'])
  })

  it('splits the story a deleted member bridged, and drops a story with its last member', async () => {
    const { t, remove, stories, storyOf } = await withBridge()
    expect(await stories()).toEqual(sorted([['fire', 'flood', 'roundup'], [WATER.id!]]))
    const water = await storyOf(WATER.id!)
    expect((await remove('roundup')).status).toBe(204)
    expect(await stories()).toEqual(sorted([['fire'], ['flood'], [WATER.id!]]))
    const lone = await storyOf('flood')
    expect((await remove('flood')).status).toBe(204)
    expect((await t.request(`/v1/stories/${encodeURIComponent(lone)}`)).status).toBe(404)
    expect(await stories()).toEqual(sorted([['fire'], [WATER.id!]]))
    expect(await storyOf(WATER.id!)).toBe(water)
    expect((await remove('flood')).status).toBe(404)
  })

  it('carries on from the stored stories in a process that did not make them', async () => {
    const { t, remove, stories } = await withBridge()
    expect((await remove('roundup')).status).toBe(204)
    // A fresh ingestor over the same store has no clusterer in memory: it restores it from the stored stories.
    const other = new Ingestor(t.repo, { stories: coreStories })
    await other.ingest([TALKS])
    expect(await stories()).toEqual(sorted([['fire'], ['flood'], [TALKS.id!], [WATER.id!]]))
    expect(await other.remove('flood')).toBe(true)
    expect(await stories()).toEqual(sorted([['fire'], [TALKS.id!], [WATER.id!]]))
  })
})
