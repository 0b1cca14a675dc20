import { describe, expect, it } from 'vitest'
import { parseArticle } from '../structure/parse-article.ts'
import { storiesOf } from './story-order.ts'

// Two steps of one file between the same two states, undated, told by two outlets each: an agreement to restore
// relations and reopen embassies, then a delegation arriving a month later to prepare the reopening. The second
// step's reports recall the first at length; only the weekday each lead names tells them apart.
const texts = {
  'agreement-1':
    'اتفقت مملكة الشمال وجمهورية الجنوب، يوم الجمعة، على إعادة الروابط الدبلوماسية بين البلدين وتشغيل السفارتين من جديد قبل نهاية الصيف، في إعلان مشترك تلا مفاوضات استضافتها عاصمة ثالثة.',
  'agreement-2':
    'أعلنت مملكة الشمال وجمهورية الجنوب الجمعة إعادة روابطهما الدبلوماسية وتشغيل السفارتين من جديد قبل نهاية الصيف، في إعلان مشترك تلا مفاوضات في عاصمة ثالثة.',
  'delegation-1':
    'وصل وفد فني من مملكة الشمال، يوم السبت، إلى جمهورية الجنوب لبحث تشغيل السفارة، بعد اتفاق البلدين على إعادة الروابط الدبلوماسية بين البلدين وتشغيل السفارتين من جديد قبل نهاية الصيف، في إعلان مشترك تلا مفاوضات استضافتها عاصمة ثالثة.',
  'delegation-2':
    'أعلنت مملكة الشمال السبت وصول وفد فني إلى جمهورية الجنوب لبحث تشغيل السفارة، بعد أن أعلن البلدان إعادة روابطهما الدبلوماسية وتشغيل السفارتين من جديد قبل نهاية الصيف، في إعلان مشترك تلا مفاوضات في عاصمة ثالثة.',
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
