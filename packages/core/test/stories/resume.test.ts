import { describe, expect, it } from 'vitest'
import { createStoryIndex, type StoredMember, type StoryIndex, storyOrder } from '../../src/cluster/index.ts'
import type { Article } from '../../src/model/article.ts'
import { parseArticle } from '../../src/structure/parse-article.ts'
import { loadCorpus } from './corpus.ts'

const articles = storyOrder(loadCorpus().map((input) => parseArticle(input)))

const membersOf = (index: StoryIndex) => index.stories().map((story) => [story.id, story.articleIds])

/** What a store keeps of an index's articles: their term counts in order of first use, and their stories. */
function stored(index: StoryIndex, added: readonly Article[]) {
  const frequencies = new Map<string, number>()
  for (const article of added) {
    for (const term of index.termsOf(article.id)!) frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
  }
  const storyOf = new Map(index.stories().flatMap((story) => story.articleIds.map((id) => [id, story.id])))
  const first = new Map<string, string>()
  const members: StoredMember[] = added.map((article) => {
    const story = storyOf.get(article.id)!
    const join = first.get(story) ?? null
    if (join === null) first.set(story, article.id)
    return { article, join }
  })
  return { prior: { documents: added.length, frequencies }, members }
}

describe('StoryIndex state across a restart', () => {
  const whole = createStoryIndex()
  for (const article of articles) whole.add(article)

  it.each([1, 7, Math.floor(articles.length / 2), articles.length - 1])(
    'gives the stories of one uninterrupted index when restored from its term counts and stories after %i articles',
    (cut) => {
      const before = createStoryIndex()
      for (const article of articles.slice(0, cut)) before.add(article)
      const { prior, members } = stored(before, articles.slice(0, cut))
      const after = createStoryIndex({ prior })
      after.restore(members)
      for (const article of articles.slice(cut)) after.add(article)
      expect(membersOf(after)).toEqual(membersOf(whole))
    },
  )

  it('refuses to restore an article the prior does not count, or one already held', () => {
    const index = createStoryIndex()
    expect(() => index.restore([{ article: articles[0]!, join: null }])).toThrow(/prior/)
    index.add(articles[0]!)
    expect(() => index.restore([{ article: articles[0]!, join: null }])).toThrow(/already/)
  })
})

describe('StoryIndex.evict', () => {
  const times = articles.map((a) => Date.parse(a.publishedAt!))
  const story = (index: StoryIndex, id: string) => index.stories().find((s) => s.articleIds.includes(id))

  it('drops the stories whose latest member is older than the window, and keeps the others as they were', () => {
    const index = createStoryIndex()
    for (const article of articles) index.add(article)
    const since = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!
    const kept = index.stories().filter((s) => Date.parse(s.timeSpan!.end) >= since)
    const dropped = index.evict({ since, additions: 0 })
    expect(membersOf(index)).toEqual(kept.map((s) => [s.id, s.articleIds]))
    expect(dropped.length + index.size).toBe(articles.length)
    expect(index.termsOf(dropped[0]!)).toBeUndefined()
    expect(index.remove(dropped[0]!)).toBeUndefined()
  })

  it('keeps an evicted story from being joined until it is restored, and a restored story is the same story', () => {
    const target = createStoryIndex()
    for (const article of articles) target.add(article)
    const large = target.stories().find((s) => s.articleIds.length >= 3)!
    const model = articles.find((a) => a.id === large.articleIds[1])!
    const late = { ...model, id: 'late-rewrite' }

    const evicted = createStoryIndex()
    for (const article of articles) evicted.add(article)
    expect(evicted.evict({ since: Number.POSITIVE_INFINITY, additions: 0 })).toHaveLength(articles.length)
    evicted.add(late)
    expect(story(evicted, 'late-rewrite')!.articleIds).toEqual(['late-rewrite'])

    const restored = createStoryIndex()
    for (const article of articles) restored.add(article)
    restored.evict({ since: Number.POSITIVE_INFINITY, additions: 0 })
    const members = large.articleIds.map((id, i) => ({
      article: articles.find((a) => a.id === id)!,
      join: i === 0 ? null : large.articleIds[0]!,
    }))
    restored.restore(members)
    expect(membersOf(restored)).toEqual([[large.id, large.articleIds]])
    restored.add(late)
    expect(story(restored, 'late-rewrite')!.articleIds).toEqual([...large.articleIds, 'late-rewrite'])
  })

  it('keeps undated stories joined by the latest additions', () => {
    const undated = [
      'افتتحت البلدية مكتبة عامة جديدة في الحي القديم تضم آلاف الكتب للأطفال والكبار.',
      'أعلن نادي الصيد البحري عن مسابقة سنوية للصيادين الهواة على الشاطئ الشمالي.',
      'قررت وزارة الزراعة توزيع بذور القمح المحسنة على الفلاحين في المناطق الجافة.',
    ].map((text, i) => parseArticle({ id: `undated-${i}`, text }))
    const index = createStoryIndex()
    for (const article of undated) index.add(article)
    expect(index.stories()).toHaveLength(3)
    index.evict({ since: Number.POSITIVE_INFINITY, additions: 2 })
    expect(index.stories().map((s) => s.articleIds)).toEqual([['undated-1'], ['undated-2']])
  })
})
