import {
  type Article,
  clusterStories,
  compareCoverage,
  parseArticle,
  storiesOf,
  storyOrder,
} from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { storyCorpus } from '../../test/story-corpus.ts'
import { coreStories } from './core-stories.ts'
import { Ingestor } from './ingestor.ts'

const corpus = storyCorpus()

describe('POST /v1/articles and stories', () => {
  it('stores the stories clustering the whole corpus batch by batch gives, after single and batch POSTs', async () => {
    const t = testApp()
    // Every third article of each event first, so that later POSTs join stories earlier ones opened.
    const order = [0, 1, 2].flatMap((phase) => corpus.filter((_, i) => i % 3 === phase))
    const batches = [order.slice(0, 1), order.slice(1, 9), order.slice(9, 10), order.slice(10, 11)]
    for (let at = 11; at < order.length; at += 8)
      batches.push(order.slice(at, at + 7), order.slice(at + 7, at + 8))
    for (const [i, batch] of batches.entries()) {
      if (batch.length === 0) continue
      if (i === 5) {
        // Another process (or isolate) writes: the app's ingestor carries on from what it stored.
        await new Ingestor(t.repo, { stories: coreStories }).ingest(batch)
        continue
      }
      const body = batch.length === 1 && i % 2 === 0 ? batch[0] : batch
      expect((await t.post('/v1/articles', body)).status).toBe(201)
    }
    expect((await t.post('/v1/articles', [order[3], order[12]])).status).toBe(200)

    const { articles } = await t.repo.snapshot()
    expect(articles.map((a) => a.id)).toEqual(order.map((a) => a.id))
    // Each batch is clustered in the core's corpus order.
    const byId = new Map(articles.map((a) => [a.id, JSON.parse(a.json) as Article]))
    const expected = clusterStories(
      batches.flatMap((batch) => storyOrder(batch.map((input) => byId.get(input.id)!))),
    )
    const list = await (await t.request('/v1/stories?limit=100')).json()
    const listedStories = list.items.map((s: { id: string; articleIds: string[] }) => [s.id, s.articleIds])
    expect(listedStories.sort()).toEqual(expected.map((s) => [s.id, s.articleIds]).sort())
    expect(expected.some((s) => s.articleIds.length > 2)).toBe(true)

    for (const story of expected) {
      const page = await (await t.request(`/v1/stories/${encodeURIComponent(story.id)}`)).json()
      const members = story.articleIds.map((id) => JSON.parse(articles.find((a) => a.id === id)!.json))
      expect(page.coverage).toEqual(JSON.parse(JSON.stringify(compareCoverage(members))))
    }
    const listed = await (await t.request('/v1/articles?limit=100')).json()
    for (const article of listed.items)
      expect(article.storyId).toBe(expected.find((s) => s.articleIds.includes(article.id))!.id)
  })

  it('gives the core’s storiesOf for one batch of a shuffled corpus, and again after single POSTs and a reindex', async () => {
    // Some articles undated, one of them dated only by its dateline, so that all three groups of the order meet.
    const inputs = corpus.map((input, i) => {
      if (i % 7 === 3) return { ...input, publishedAt: undefined }
      if (i % 7 === 5)
        return { ...input, publishedAt: undefined, text: `القاهرة - 9 مايو 2024\n${input.text}` }
      return input
    })
    const shuffled = [...inputs].sort((a, b) =>
      a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1,
    )
    const expected = storiesOf(inputs.map((input) => parseArticle(input))).map((s) => [s.id, s.articleIds])
    const storedStories = async (t: ReturnType<typeof testApp>) => {
      const list = await (await t.request('/v1/stories?limit=100')).json()
      return list.items.map((s: { id: string; articleIds: string[] }) => [s.id, s.articleIds]).sort()
    }

    const batch = testApp()
    expect((await batch.post('/v1/articles', shuffled)).status).toBe(201)
    expect(await storedStories(batch)).toEqual([...expected].sort())

    const single = testApp()
    for (const input of shuffled.reverse())
      expect((await single.post('/v1/articles', input)).status).toBe(201)
    await single.ingestor.reindex()
    expect(await storedStories(single)).toEqual([...expected].sort())
  })
})
