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
  it('joins the three derby reports, and not the final', () => {
    const story = storyOf({})
    expect(story.get('a11')).toBe(story.get('a10'))
    expect(story.get('a12')).toBe(story.get('a10'))
    expect(story.get('a13')).not.toBe(story.get('a10'))
  })

  // Before round 17 average link left a11 alone: it alone carried a place read from the penalty area (منطقة الجزاء),
  // which is no place now, and the three reports meet without the pass.
  it('joins the three derby reports without the pass as well, and keeps the final apart', () => {
    const story = storyOf({ groupMerge: null })
    expect(story.get('a12')).toBe(story.get('a10'))
    expect(story.get('a11')).toBe(story.get('a10'))
    expect(story.get('a13')).not.toBe(story.get('a10'))
  })
})
