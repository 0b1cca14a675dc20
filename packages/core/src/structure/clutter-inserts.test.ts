import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests.
const LEAD =
  'افتتح وزير الثقافة صباح اليوم الدورة الجديدة لمعرض الكتاب بمشاركة أكثر من ثلاثمئة دار نشر من عشرين بلداً.'
const MORE = 'وأضاف الوزير أن المعرض يستقبل زواره يومياً من العاشرة صباحاً حتى العاشرة مساءً طوال أيامه العشرة.'
const LAST = 'ويختتم المعرض أعماله بحفل توزيع جوائز الإبداع على الكتّاب الشباب في مساء اليوم الأخير من الدورة.'
// Other articles of the same site, on the same subject as the article (the words of the lead come back in them).
const LINKS = [
  'وزير الثقافة يعلن موعد معرض الكتاب للأطفال هذا الشهر',
  'دور نشر عربية تقاطع المعرض الدولي للكتاب في دورته المقبلة',
  'هل تعود جائزة الكتاب العربي إلى المعرض؟',
]
const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'

describe('headlines of other articles set inside the body', () => {
  it('reads three headlines in a row between two paragraphs as links, one ending with a question mark', () => {
    const kinds = kindsOf(`معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${LINKS.join('\n')}\n${MORE}\n${LAST}`)
    for (const link of LINKS) expect(kinds.get(link), link).toBe('navigation')
    expect(isContent(kinds.get(MORE))).toBe(true)
  })

  it('reads three headlines in a row under the title, one ending with a question mark, as links', () => {
    const kinds = kindsOf(
      `ثقافة\nمعرض الكتاب يفتح أبوابه للزوار\n${LINKS.join('\n')}\n![](/صور/معرض.jpg)\n${LEAD}\n${MORE}`,
    )
    expect(kinds.get(LINKS[2]!)).toBe('navigation')
  })

  it('keeps the article’s own points when a line ending in a colon introduces them, and two subheadings in a row', () => {
    const intro = 'ومن أبرز ما يقدمه المعرض في دورته الجديدة للزوار من كل الأعمار:'
    const points = [
      'جناح خاص لكتب الأطفال والناشئة في القاعة الكبرى',
      'ندوات يومية مع كتّاب من عشرين بلداً عربياً وأجنبياً',
      'ورشات للرسم والكتابة الإبداعية طوال أيام المعرض',
    ]
    const kinds = kindsOf(`معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${intro}\n${points.join('\n')}\n${MORE}`)
    for (const point of points) expect(isContent(kinds.get(point)), point).toBe(true)
    const headings = ['جوائز الدورة الجديدة للكتاب العربي', 'أسماء الفائزين في فئة الرواية الأولى']
    const two = kindsOf(`معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${headings.join('\n')}\n${MORE}\n${LAST}`)
    for (const heading of headings) expect(isContent(two.get(heading)), heading).toBe(true)
  })

  it('keeps lines with commas between paragraphs, two dots besides: a headline has none', () => {
    const lines = [
      'وشارك في الافتتاح وزراء وسفراء، وممثلون عن دور النشر',
      'وجال الوزير في أجنحة المعرض، واستمع إلى شرح عن الإصدارات',
      'وتفقد قاعة الأطفال، حيث تقام ورشات الرسم والقراءة',
    ]
    // `..` joins a headline's parts; beside a comma, the line is still prose.
    for (const variant of [lines, lines.map((line) => line.replace(' ', '.. '))]) {
      const kinds = kindsOf(
        `معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${variant.join('\n')}\n${MORE}\n${LAST}`,
      )
      for (const line of variant) expect(isContent(kinds.get(line)), line).toBe(true)
    }
  })

  it('reads three headlines at the foot of the page as links, joined by two dots and the last a question', () => {
    const foot = [
      'وزير الثقافة يعلن موعد معرض الكتاب للأطفال هذا الشهر',
      'في دورته العاشرة.. المعرض يستقبل ناشرين من آسيا',
      'بعد غياب عامين.. هل تعود جائزة الرواية إلى المعرض؟',
    ]
    const kinds = kindsOf(`معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${MORE}\n${LAST}\n${foot.join('\n')}`)
    for (const link of foot) expect(kinds.get(link), link).toBe('navigation')
    expect(isContent(kinds.get(LAST))).toBe(true)
    // With the article's text under them, they are its own sections, left to it.
    const resumed = kindsOf(`معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${foot.join('\n')}\n${MORE}`)
    expect(resumed.get(foot[0]!)).toBe('navigation')
    const answered = kindsOf(
      `معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${MORE}\nيسأل القراء عن أسئلة كثيرة ومنها:\n${foot.join('\n')}`,
    )
    for (const link of foot) expect(isContent(answered.get(link)), link).toBe(true)
  })

  it('keeps two headings at the foot of the article', () => {
    const two = ['جوائز الدورة الجديدة للكتاب العربي', 'بعد غياب عامين.. هل تعود جائزة الرواية؟']
    const kinds = kindsOf(`معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${MORE}\n${LAST}\n${two.join('\n')}`)
    for (const line of two) expect(isContent(kinds.get(line)), line).toBe(true)
  })
})
