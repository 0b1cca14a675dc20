import { describe, expect, it } from 'vitest'
import { createStoryIndex, storyId } from '../../src/cluster/index.ts'
import type { Article } from '../../src/model/article.ts'
import { parseArticle } from '../../src/structure/parse-article.ts'
import { loadCorpus } from './corpus.ts'

const articles = loadCorpus().map((input) => parseArticle(input))
const byId = new Map(articles.map((article) => [article.id, article]))

function indexOf(list: readonly Article[] = articles) {
  const index = createStoryIndex()
  for (const article of list) index.add(article)
  return index
}

const membersOf = (index: ReturnType<typeof indexOf>) =>
  index
    .stories()
    .map((story) => story.articleIds)
    .sort()

describe('StoryIndex.remove', () => {
  it('takes a member out of a three-article story, which stays one story of the other two', () => {
    const index = indexOf()
    const before = index.stories()
    const story = before.find((s) => s.articleIds.length === 3 && !s.articleIds.includes('a28'))!
    const [gone, ...rest] = story.articleIds as [string, ...string[]]
    const formed = index.remove(gone)!
    expect(formed).toHaveLength(1)
    expect(index.story(formed[0]!)).toMatchObject({ id: storyId(rest), articleIds: rest })
    expect(index.stories().map((s) => s.id)).toEqual(before.map((s) => (s === story ? storyId(rest) : s.id)))
    expect(index.size).toBe(articles.length - 1)
  })

  it('splits a story the removed article bridged, keeping the story’s number for the first group', () => {
    // A roundup of two events the same morning links to the report of each, which share few words with each other:
    // with it, the three make one story under average link; without it, the two reports stand apart.
    const fire =
      'اندلع حريق كبير فجر الثلاثاء في سوق الخضر المركزي بمدينة صفاقس وأتى على عشرات المحلات التجارية، وسيطرت فرق الإطفاء على النيران بعد ساعات.'
    const flood =
      'غمرت مياه الأمطار الغزيرة الأحياء المنخفضة في نابل، وأغلقت السلطات الطرق وأجلت العائلات من المنازل.'
    const both =
      'يوم عصيب في صفاقس ونابل: حريق يأتي على محلات سوق الخضر المركزي وفرق الإطفاء تسيطر على النيران، وأمطار غزيرة تغمر الأحياء المنخفضة والسلطات تغلق الطرق وتجلي العائلات من المنازل.'
    const at = '2025-01-14T09:00:00Z'
    const index = createStoryIndex()
    const story = index.add(parseArticle({ id: 'fire', text: fire, publishedAt: at })).story
    index.add(parseArticle({ id: 'flood', text: flood, publishedAt: at }))
    expect(index.stories()).toHaveLength(2)
    const roundup = index.add(parseArticle({ id: 'roundup', text: both, publishedAt: at }))
    expect(index.story(roundup.story)!.articleIds).toEqual(['fire', 'flood', 'roundup'])
    expect(roundup.story).toBe(story)
    // The flood's story gave its member to the merged one.
    expect(roundup.regrouped).toHaveLength(1)
    expect(index.story(roundup.regrouped![0]!)).toBeUndefined()
    const formed = index.remove('roundup')!
    expect(formed[0]).toBe(story)
    expect(formed.map((n) => index.story(n)?.articleIds)).toEqual([['fire'], ['flood']])
  })

  it('keeps a story together when the members left still link to each other', () => {
    const index = indexOf()
    const story = index.add(byId.get('a22')!).story
    expect(index.story(story)!.articleIds).toEqual(['a22', 'a23', 'a24', 'a25'])
    expect(index.remove('a22')).toEqual([story])
    expect(index.story(story)!.articleIds).toEqual(['a23', 'a24', 'a25'])
  })

  it('drops a story with its last member, and forgets the id so that it can be added again', () => {
    const index = indexOf()
    const before = index.stories()
    const single = before.find((s) => s.articleIds.length === 1)
    const story = single ?? before[0]!
    for (const id of story.articleIds.slice(1)) index.remove(id)
    const last = story.articleIds[0]!
    const number = index.add(byId.get(last)!).story
    expect(index.remove(last)).toEqual([])
    expect(index.story(number)).toBeUndefined()
    expect(index.remove(last)).toBeUndefined()
    expect(index.stories().flatMap((s) => s.articleIds)).not.toContain(last)
    expect(index.add(byId.get(last)!).similarity).toBeGreaterThanOrEqual(0)
    expect(index.stories().flatMap((s) => s.articleIds)).toContain(last)
  })

  it('leaves every other story as it was and every remaining article in exactly one story, whichever is removed', () => {
    for (const article of articles.filter((_, i) => i % 3 === 0)) {
      const index = indexOf()
      const before = index.stories()
      index.remove(article.id)
      const after = new Set(index.stories().map((s) => s.id))
      for (const story of before)
        if (!story.articleIds.includes(article.id)) expect(after.has(story.id)).toBe(true)
      const placed = index.stories().flatMap((s) => s.articleIds)
      expect(placed.sort()).toEqual(
        articles
          .map((a) => a.id)
          .filter((id) => id !== article.id)
          .sort(),
      )
    }
  })
})

describe('StoryIndex placements', () => {
  it('rebuilds an index from stored stories that then clusters new articles exactly as the original', () => {
    const head = articles.slice(0, 40)
    const original = indexOf(head)
    original.remove(head[5]!.id)
    const storyOf = new Map(original.stories().flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)))
    const restored = createStoryIndex()
    const first = new Map<string, string>()
    for (const article of head) {
      const story = storyOf.get(article.id)
      if (story === undefined) continue
      restored.add(article, { join: first.get(story) ?? null })
      if (!first.has(story)) first.set(story, article.id)
    }
    expect(membersOf(restored)).toEqual(membersOf(original))
    for (const article of articles.slice(40)) original.add(article)
    for (const article of articles.slice(40)) restored.add(article)
    expect(membersOf(restored)).toEqual(membersOf(original))
  })

  it('refuses to place an article with one it does not hold', () => {
    expect(() => createStoryIndex().add(articles[0]!, { join: 'absent' })).toThrow(/absent/)
  })
})
