import type { Coverage, Difference } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { differencesView } from './differences-view.ts'

const value = (articleId: string, text: string, number?: string) => ({
  articleId,
  text,
  start: 0,
  end: text.length,
  ...(number !== undefined && { value: number }),
})

const votes: Difference = {
  kind: 'number',
  subject: 'صوت',
  values: [
    value('a', '512 ألف', '512000'),
    value('b', '498 ألفا', '498000'),
    value('c', '512 ألف صوت', '512000'),
  ],
}
const minute: Difference = {
  kind: 'number',
  subject: 'الدقيقة',
  tentative: true,
  values: [value('a', '77', '77'), value('b', '81', '81')],
}

const coverage = (differences: Difference[]): Coverage => ({
  articles: ['a', 'b', 'c'],
  shared: [],
  unique: {},
  quoteVariants: [],
  differences,
  titles: [],
  duplicates: [],
  stats: {},
})

describe('differencesView', () => {
  it('lists tentative differences apart from those shown, each in its own order', () => {
    const view = differencesView(coverage([minute, votes]), 5)
    expect(view.shown.map((item) => item.subject)).toEqual(['صوت'])
    expect(view.tentative.map((item) => item.subject)).toEqual(['الدقيقة'])
  })

  it('groups the outlets that wrote one value, the most written first', () => {
    const [item] = differencesView(coverage([votes]), 5).shown
    expect(item?.wordings.map((wording) => [wording.value, wording.by.map((v) => v.articleId)])).toEqual([
      ['512000', ['a', 'c']],
      ['498000', ['b']],
    ])
    expect(item?.more).toBe(0)
  })

  it('counts the wordings beyond the most it lists', () => {
    const [item] = differencesView(coverage([votes]), 1).shown
    expect(item?.wordings).toHaveLength(1)
    expect(item?.more).toBe(1)
  })
})
