import { describe, expect, it } from 'vitest'
import { parseArticle } from '../structure/parse-article.ts'
import { compareCoverage } from './index.ts'

/** The differences of two one-sentence articles: their values, and whether each is only tentative. */
const differencesOf = (a: string, b: string) =>
  compareCoverage([parseArticle({ id: 'a', text: a }), parseArticle({ id: 'b', text: b })]).differences.map(
    (difference) => ({
      values: difference.values.map((value) => value.value),
      tentative: difference.tentative === true,
    }),
  )

const votes = (count: string) =>
  `وحصل المرشح سالم الراشد على ${count} ألف صوت في الانتخابات الرئاسية التي جرت أمس، وفق اللجنة العليا.`

describe('differences shown, and differences listed as tentative', () => {
  it('shows a candidate’s votes counted differently by two outlets', () => {
    expect(differencesOf(votes('512'), votes('498'))).toEqual([
      { values: ['512000', '498000'], tentative: false },
    ])
  })

  it('shows a turnout given two ways', () => {
    const turnout = (share: string) =>
      `وبلغت نسبة المشاركة في الانتخابات البلدية ${share}% بحسب الهيئة المستقلة للانتخابات.`
    expect(differencesOf(turnout('41.2'), turnout('38.6'))).toEqual([
      { values: ['41.2', '38.6'], tentative: false },
    ])
  })

  it('lists as tentative two vote counts more than tenfold apart: two quantities read as one', () => {
    expect(differencesOf(votes('512'), votes('46'))).toEqual([
      { values: ['512000', '46000'], tentative: true },
    ])
  })

  it('lists as tentative a toll that may only be older, a goal’s minute and a match result', () => {
    const toll = (dead: string) => `قتل ${dead} شخصا في انفجار هز سوقا شعبية في مدينة الحلة صباح اليوم.`
    const minute = (at: string) => `وسجل المهاجم كريم الصالح هدف الفوز في الدقيقة ${at} من المباراة.`
    const result = (goals: string) => `فاز النادي الأهلي على الزمالك ${goals} في نهائي الكأس مساء الجمعة.`
    expect(differencesOf(toll('12'), toll('15'))).toEqual([{ values: ['12', '15'], tentative: true }])
    expect(differencesOf(minute('77'), minute('81'))).toEqual([{ values: ['77', '81'], tentative: true }])
    expect(differencesOf(result('2-1'), result('3-1'))).toEqual([{ values: ['2-1', '3-1'], tentative: true }])
  })
})
