import { describe, expect, it } from 'vitest'
import { parseArticle } from '../structure/parse-article.ts'
import { compareCoverage } from './index.ts'

// Our own match reports: both give the first two goals' minutes alike; the third goal is where they differ.
const report = (id: string, text: string) => parseArticle({ id, text })
const first = report(
  'a',
  'فاز النادي الأهلي على ضيفه بثلاثة أهداف. سجل سالم الكعبي الهدف الأول في الدقيقة 12. وأضاف فهد الراشد الهدف الثاني في الدقيقة 55. ثم أحرز البديل الهدف الثالث في الدقيقة 70.',
)
const numbers = (...articles: Parameters<typeof compareCoverage>[0]) =>
  compareCoverage(articles)
    .differences.filter((difference) => difference.kind === 'number')
    .map((difference) => difference.values.map((value) => `${value.articleId}:${value.text}`).join(' / '))

describe('the same quantity paired by elimination', () => {
  it('pairs the one minute each report gives that the other never does, when the two are close', () => {
    const second = report(
      'b',
      'حقق النادي الأهلي فوزا كبيرا على ضيفه. افتتح سالم الكعبي التسجيل في الدقيقة 12. وعزز فهد الراشد التقدم في الدقيقة 55. واختتم الفريق الثلاثية في الدقيقة 72 بتسديدة قوية.',
    )
    expect(numbers(first, second)).toEqual(['a:70 / b:72'])
  })

  it('pairs two minutes of added time by the minute of it, whichever half each names', () => {
    const second = report(
      'b',
      'افتتح سالم الكعبي التسجيل في الدقيقة 12. وعزز فهد الراشد التقدم في الدقيقة 55. واختتم البديل الثلاثية في الدقيقة الرابعة من الوقت بدل الضائع.',
    )
    const third = report(
      'c',
      'سجل سالم الكعبي في الدقيقة 12 وفهد الراشد في الدقيقة 55، ثم أضاف البديل الهدف الثالث في الدقيقة 90+3.',
    )
    expect(numbers(second, third)).toEqual(['b:الرابعة / c:90+3'])
  })

  it('pairs the minutes each the other’s nearest close one, whatever other minutes either report alone gives', () => {
    const more = report(
      'b',
      'افتتح سالم الكعبي التسجيل في الدقيقة 12 قبل أن يهدر فرصة محققة في الدقيقة 30. وعزز فهد الراشد التقدم في الدقيقة 55. وأضاف البديل الثالث في الدقيقة 71. وأحرز الضيف هدف الشرف في الدقيقة 73.',
    )
    expect(numbers(first, more)).toEqual(['a:70 / b:71'])
  })

  it('reads a minute counted from the second half and pairs it with a minute of the match', () => {
    const half = report(
      'b',
      'افتتح سالم الكعبي التسجيل في الدقيقة 12. وعزز فهد الراشد التقدم في الدقيقة الثامنة من الشوط الثاني. واختتم البديل الثلاثية في الدقيقة 70.',
    )
    expect(numbers(first, half)).toEqual(['a:55 / b:الثامنة'])
  })

  it('never pairs a minute of added time of no half named with a plain minute far from every half', () => {
    const added = report(
      'b',
      'افتتح سالم الكعبي التسجيل في الدقيقة 12. وعزز فهد الراشد التقدم في الدقيقة 55. واختتم البديل الثلاثية في الدقيقة الأولى من الوقت بدل الضائع.',
    )
    const chance = report(
      'c',
      'سجل سالم الكعبي في الدقيقة 12 وفهد الراشد في الدقيقة 55. وجاءت أخطر الفرص للضيوف في الدقيقة 81.',
    )
    expect(numbers(added, chance)).toEqual([])
  })

  it('leaves two minutes far apart, and a report left with two minutes, unpaired', () => {
    const far = report(
      'b',
      'افتتح سالم الكعبي التسجيل في الدقيقة 12. وعزز فهد الراشد التقدم في الدقيقة 55. واختتم الفريق الثلاثية في الدقيقة 88.',
    )
    expect(numbers(first, far)).toEqual([])
    const two = report(
      'b',
      'افتتح سالم الكعبي التسجيل في الدقيقة 12. وعزز فهد الراشد التقدم في الدقيقة 55. وأهدر الضيف ركلة جزاء في الدقيقة 68، ثم سجل الأهلي الثالث في الدقيقة 72.',
    )
    expect(numbers(first, two)).toEqual([])
  })

  it("never pairs two people's figures, nor tolls outside a shared fact", () => {
    const votes = (id: string, text: string) => report(id, text)
    const x = votes('x', 'حصل سالم الكعبي على 41200 صوت. وحصل فهد الراشد على 30100 صوت.')
    const y = votes('y', 'نال سالم الكعبي 41200 صوت في الانتخابات. أما خالد الزعابي فقد نال 30500 صوت.')
    expect(numbers(x, y)).toEqual([])
    const dead = (id: string, text: string) => report(id, text)
    expect(
      numbers(
        // Past the articles' openings, where two articles' single tolls are compared as the count at two hours, and
        // one of them a group's part (40 من السكان), which no article leads with as its count past its opening.
        dead(
          'p',
          'ضربت العاصفة الساحل مساء الأحد. وانقطعت الكهرباء عن المدن. وقال الدفاع المدني إن 40 من السكان قتلوا في القرى الجبلية.',
        ),
        dead(
          'q',
          'تواصل فرق الإنقاذ البحث عن ناجين بعد العاصفة. وأغلقت المدارس أبوابها. وارتفعت حصيلة القتلى إلى 42 قتيلا صباح الاثنين.',
        ),
      ),
    ).toEqual([])
  })
})
