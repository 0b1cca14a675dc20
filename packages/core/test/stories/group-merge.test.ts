import { describe, expect, it } from 'vitest'
import { clusterStories } from '../../src/cluster/index.ts'
import { loadCorpus } from './corpus.ts'
import { parseCorpus } from './evaluate.ts'

// The hand-written corpus without publication dates: three reports of the Ahly–Zamalek league derby, a week before
// the same club's continental final (a13).
const undated = parseCorpus(loadCorpus(), false)
const storyOf = (options: Parameters<typeof clusterStories>[1]) => {
  const story = new Map<string, string>()
  for (const { id, articleIds } of clusterStories(undated, options))
    for (const member of articleIds) story.set(member, id)
  return story
}

describe('the pass over whole groups (groupMerge)', () => {
  it('joins the derby report that average link leaves alone to the other two, and not to the final', () => {
    const story = storyOf({})
    expect(story.get('a11')).toBe(story.get('a10'))
    expect(story.get('a12')).toBe(story.get('a10'))
    expect(story.get('a13')).not.toBe(story.get('a10'))
  })

  it('leaves that report alone without the pass', () => {
    const story = storyOf({ groupMerge: null })
    expect(story.get('a12')).toBe(story.get('a10'))
    expect(story.get('a11')).not.toBe(story.get('a10'))
  })
})
