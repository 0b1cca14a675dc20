import { describe, expect, it } from 'vitest'
import { parseArticle } from '../structure/parse-article.ts'
import { compareCoverage } from './index.ts'
import { quantitiesIn } from './quantities.ts'

// Sentences of our own, each in a wording the rules before round 38 read wrong or paired nowhere.

const numbers = (a: string, b: string) =>
  compareCoverage([parseArticle({ id: 't-a', text: a }), parseArticle({ id: 't-b', text: b })])
    .differences.filter((d) => d.kind === 'number')
    .map((d) => d.values.map((value) => value.value))

const read = (text: string) => quantitiesIn(text).map((q) => [q.value, q.cue])

describe('a count given as an estimate', () => {
  it('sets an article’s first count, given with نحو، قرابة or حوالي and never exceeded, against another’s', () => {
    expect(
      numbers(
        'شب حريق في مستودع للأخشاب قرب الميناء مساء الأحد. وهرعت فرق الإطفاء إلى المكان وسط دخان كثيف. وقالت مديرية الصحة إن الحريق خلف نحو 40 جريحاً نقلوا إلى مستشفيات المدينة.',
        'أصيب 65 شخصاً في حريق مستودع الأخشاب قرب الميناء، وفق الدفاع المدني.',
      ),
    ).toEqual([['~40', '65']])
    expect(
      numbers(
        'انحرفت عربات قطار للركاب عن السكة في منطقة جبلية فجر الخميس. وتعمل الفرق على رفع العربات المنقلبة. وقال مسؤول في السكك إن الحادث أودى بحياة قرابة 25 راكباً.',
        'قتل 12 شخصاً في انحراف قطار ركاب في منطقة جبلية، بحسب الشرطة.',
      ),
    ).toEqual([['~25', '12']])
    expect(
      numbers(
        'انقلب مركب صيد قبالة السواحل الشمالية ليلة السبت. وتواصل زوارق خفر السواحل البحث في المنطقة. وذكرت السلطات أن حوالي 30 بحاراً ما زالوا في عداد المفقودين.',
        'فقد 18 بحاراً إثر انقلاب مركب صيد قبالة السواحل الشمالية، حسب خفر السواحل.',
      ),
    ).toEqual([['~30', '18']])
  })

  it('leaves out a toll of a verb joined by و to a relative clause: it still describes that clause’s noun', () => {
    expect(
      numbers(
        'ضرب زلزال بقوة 5 درجات المنطقة الجبلية صباح اليوم دون أن يسفر عن ضحايا. ويذكر ذلك بالهزة المدمرة قبل سنوات، والتي ضربت المنطقة نفسها، وأسفرت عن مقتل نحو 300 شخص.',
        'قتل 2 في زلزال ضرب المنطقة الجبلية صباح اليوم.',
      ),
    ).toEqual([])
  })
})

describe('what a count counts', () => {
  it('gives a number the verb before it, not a verb joined by و after it that counts the next number', () => {
    expect(read('قتل 3 وأصيب 7 في الانفجار.')).toEqual([
      ['3', 'dead'],
      ['7', 'injured'],
    ])
    expect(read('أصيب 12 ولقي 4 حتفهم في انهيار المنجم.')).toEqual([
      ['12', 'injured'],
      ['4', 'dead'],
    ])
    expect(read('جرح 20 وقتل 6 في التدافع.')).toEqual([
      ['20', 'injured'],
      ['6', 'dead'],
    ])
  })

  it('reads the dead by other words: استشهاد، المتوفين، أرواح، هلك، غريق', () => {
    expect(read('أسفرت الغارات عن استشهاد 12 مدنياً.')).toEqual([['12', 'dead']])
    expect(read('ذكرت الوزارة أن عدد المتوفين بلغ 19 شخصاً.')).toEqual([['19', 'dead']])
    expect(read('حصدت الحرب أرواح 300 مدني.')).toEqual([['300', 'dead']])
    expect(read('هلك 9 أشخاص في العاصفة.')).toEqual([['9', 'dead']])
    expect(read('انتشلت فرق البحث 14 غريقاً من النهر.')).toEqual([['14', 'dead']])
    // «غرق» is a boat's sinking too: the people it carried are not the dead.
    expect(read('غرق قارب يقل 100 مهاجر قبالة السواحل.').map(([, cue]) => cue)).not.toContain('dead')
  })
})
