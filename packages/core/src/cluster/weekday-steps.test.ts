import { describe, expect, it } from 'vitest'
import { parseArticle } from '../structure/parse-article.ts'
import { storiesOf } from './story-order.ts'

// Two steps of one file between the same two states, undated, told by two outlets each: an agreement to restore
// relations and reopen embassies, then a delegation arriving a month later to prepare the reopening. The second
// step's reports recall the first at length; only the weekday each lead names tells them apart.
const texts = {
  'agreement-1':
    'اتفقت مملكة الشمال وجمهورية الجنوب، يوم الجمعة، على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح سفارتيهما خلال شهرين، في بيان مشترك صدر بعد محادثات استضافتها عاصمة ثالثة.',
  'agreement-2':
    'أعلنت مملكة الشمال وجمهورية الجنوب الجمعة استئناف علاقاتهما الدبلوماسية وإعادة فتح سفارتيهما خلال شهرين، في بيان مشترك صدر بعد محادثات في عاصمة ثالثة.',
  'delegation-1':
    'وصل وفد فني من مملكة الشمال، يوم السبت، إلى جمهورية الجنوب لبحث إعادة فتح السفارة، بعد اتفاق البلدين على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح سفارتيهما خلال شهرين، في بيان مشترك صدر بعد محادثات استضافتها عاصمة ثالثة.',
  'delegation-2':
    'أعلنت مملكة الشمال السبت وصول وفد فني إلى جمهورية الجنوب لبحث إعادة فتح السفارة، بعد أن أعلن البلدان استئناف علاقاتهما الدبلوماسية وإعادة فتح سفارتيهما خلال شهرين، في بيان مشترك صدر بعد محادثات في عاصمة ثالثة.',
}

describe('the weekday conflict', () => {
  it('keeps an agreement and the next step of its parties apart by the weekdays their undated leads name', () => {
    const story = new Map<string, string>()
    for (const s of storiesOf(Object.entries(texts).map(([id, text]) => parseArticle({ id, text }))))
      for (const id of s.articleIds) story.set(id, s.id)
    expect(story.get('agreement-1')).toBe(story.get('agreement-2'))
    expect(story.get('delegation-1')).toBe(story.get('delegation-2'))
    expect(story.get('agreement-1')).not.toBe(story.get('delegation-1'))
  })
})
