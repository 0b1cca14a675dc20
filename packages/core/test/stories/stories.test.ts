import { describe, expect, it } from 'vitest'
import { clusterStories, createStoryIndex } from '../../src/cluster/index.ts'
import { parseArticle } from '../../src/structure/parse-article.ts'
import { loadCorpus } from './corpus.ts'
import { parseCorpus, scoreClustering, shuffled } from './evaluate.ts'

// Hand-written evaluation corpus: events told by several outlets, with distractors that share actors, place or
// topic (a call and a visit of the same presidents, two matches of one team, preliminary and final results of one
// election, a quake and its reconstruction plan, two airline orders at one air show, two calls of one president
// on the same day). Defaults only: nothing here is tuned per corpus. Floors sit just under the measured figures
// reported in the core's README; a drop below them fails.
const corpus = loadCorpus()
const articles = parseCorpus(corpus)

describe('story clustering on the evaluation corpus (B-cubed)', () => {
  it('reaches the measured precision, recall and F1 in publication order', () => {
    const score = scoreClustering(articles, corpus)
    expect(score.f1).toBeGreaterThanOrEqual(0.99)
    expect(score.precision).toBeGreaterThanOrEqual(0.99)
    expect(score.recall).toBeGreaterThanOrEqual(0.99)
  })

  it('keeps apart events that share actors, place or topic', () => {
    const storyOf = new Map<string, string>()
    for (const story of clusterStories(articles)) for (const id of story.articleIds) storyOf.set(id, story.id)
    const apart = (a: string, b: string) => expect(storyOf.get(a)).not.toBe(storyOf.get(b))
    apart('a01', 'a05') // Sisi's calls with Macron and with Scholz, the same evening
    apart('a01', 'a07') // Sisi and Macron: a phone call, then a visit a year later
    apart('000_c46bd0adb6ed7856', 'a49') // Putin and al-Sharaa: a phone call, then a visit in Moscow
    apart('a10', 'a13') // Al Ahly: a league derby, then a continental final a week later
    apart('a16', 'a19') // Algeria: preliminary results, then the final ones six days later
    apart('a22', 'a26') // Morocco: the earthquake, then the reconstruction plan
    apart('a43', 'a46') // Lebanon: a failed session, then the election of a president
    apart('a28', 'a31') // Egypt's central bank: a hike, then a hold
  })

  it('works from sentences and light stems alone, when extraction finds nothing', () => {
    const plain = corpus.map(({ story: _story, ...input }) => ({
      ...parseArticle(input),
      quotes: [],
      entities: [],
      dates: [],
      sources: [],
    }))
    expect(scoreClustering(plain, corpus).f1).toBeGreaterThanOrEqual(0.99)
  })

  it('keeps its F1 when the stream arrives in shuffled orders', () => {
    const scores = [1, 2, 3, 4, 5].map((seed) => scoreClustering(shuffled(articles, seed), corpus).f1)
    expect(scores.reduce((sum, f1) => sum + f1, 0) / scores.length).toBeGreaterThanOrEqual(0.96)
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.95)
  })

  it('still separates most events without publication dates', () => {
    // 0.845 with the weights trained on eight corpora (0.854 on six): see docs/history/stories.md, round 9.
    expect(scoreClustering(parseCorpus(corpus, false), corpus).f1).toBeGreaterThanOrEqual(0.84)
  })

  it('gives the batch result when the corpus is streamed through an index', () => {
    const index = createStoryIndex()
    for (const article of articles) index.add(article)
    expect(index.stories()).toEqual(clusterStories(articles))
  })

  it('puts the two seeds in one story and flags the corpus wire copy', () => {
    const stories = clusterStories(articles)
    const seeds = stories.find((story) => story.articleIds.includes('000_c46bd0adb6ed7856'))!
    expect([...seeds.articleIds].sort()).toEqual(['000_c46bd0adb6ed7856', '003_52349cd9e965743e'])
    expect(seeds.duplicates).toEqual([])
    const call = stories.find((story) => story.articleIds.includes('a03'))!
    expect(call.duplicates).toEqual([['a03', 'a04']])
    expect(stories.flatMap((story) => story.duplicates)).toHaveLength(1)
  })
})
