import { describe, expect, it } from 'vitest'
import type { Article } from '../model/article.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { storiesOf } from './story-order.ts'

// Our own sentences, undated: three reports of a final's first leg in Cairo, and two of the second leg in Casablanca,
// one of which recalls the first leg's result and ground at length. That report links strongly to the first leg's,
// the other second-leg report hardly at all (its city is not theirs): the two groups' mean link clears the
// threshold on that one report's links alone.
const texts = {
  'first-1':
    'فاز الأهلي المصري على الوداد المغربي بهدفين نظيفين في ذهاب نهائي دوري أبطال أفريقيا على ستاد القاهرة الدولي.',
  'first-2':
    'تغلب النادي الأهلي على ضيفه الوداد البيضاوي بثنائية نظيفة في مباراة الذهاب لنهائي دوري أبطال أفريقيا في القاهرة.',
  'first-3':
    'حسم الأهلي مباراة الذهاب أمام الوداد بهدفين دون رد في نهائي دوري الأبطال الأفريقي على ستاد القاهرة.',
  'second-1':
    'توج الأهلي المصري بلقب دوري أبطال أفريقيا للمرة الحادية عشرة بتعادله مع الوداد بهدف لمثله في إياب النهائي بالدار البيضاء، بعد فوزه على الوداد بهدفين نظيفين في مباراة الذهاب على ستاد القاهرة.',
  'second-2':
    'توج الأهلي المصري بلقب دوري أبطال أفريقيا للمرة الحادية عشرة في تاريخه إثر تعادله مع الوداد البيضاوي بهدف لكل فريق في إياب النهائي بالدار البيضاء.',
}
const articles: Article[] = Object.entries(texts).map(([id, text]) => parseArticle({ id, text }))
const grouped = (cohesion?: number) =>
  storiesOf(articles, cohesion === undefined ? {} : { cohesion }).map((story) => [...story.articleIds].sort())
const bothLegs = [['first-1', 'first-2', 'first-3', 'second-1', 'second-2']]

describe('cohesion under average link', () => {
  it('keeps two legs of a final apart when only one report of the second links to the first', () => {
    expect(grouped(0.5)).toEqual([
      ['first-1', 'first-2', 'first-3'],
      ['second-1', 'second-2'],
    ])
  })

  it('merges them under plain average link, the default, where the bridging report carries its group', () => {
    expect(grouped(0)).toEqual(bothLegs)
    expect(grouped()).toEqual(bothLegs)
  })
})
