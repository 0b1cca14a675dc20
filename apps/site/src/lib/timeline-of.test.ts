import { join } from 'node:path'
import { startServer } from '@marsad/api/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StoryDetail } from '../api/types.ts'
import { timelineOf } from './timeline-of.ts'

const corpus = join(import.meta.dirname, '../../test/fixtures/corpus')

describe('timelineOf', () => {
  let api: Awaited<ReturnType<typeof startServer>>
  beforeAll(async () => {
    api = await startServer({
      port: 0,
      dbPath: ':memory:',
      writeRate: false,
      corpus: [corpus],
      log: () => {},
    })
  })
  afterAll(() => api.close())

  const get = async (path: string) => (await fetch(api.url + path)).json()

  it("answers every story's timeline as the API's /timeline does, from the story answer alone", async () => {
    const stories = (await get('/v1/stories?limit=50')).items as { id: string; articleIds: string[] }[]
    expect(stories.some((story) => story.articleIds.length > 1)).toBe(true)
    for (const { id } of stories) {
      const path = `/v1/stories/${encodeURIComponent(id)}`
      const detail = (await get(`${path}?include=articles`)) as StoryDetail
      expect(timelineOf(detail)).toEqual((await get(`${path}/timeline`)).timeline)
    }
  })

  it('computes it once for an answer the client hands back unchanged', async () => {
    const [story] = (await get('/v1/stories?minArticles=2')).items as { id: string }[]
    const detail = (await get(`/v1/stories/${encodeURIComponent(story!.id)}?include=articles`)) as StoryDetail
    expect(timelineOf(detail)).toBe(timelineOf(detail))
  })
})
