import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests: a page about a water plant whose headline a narrow column broke over short lines.
const LEAD =
  'افتتح وزير الموارد المائية صباح اليوم محطة تحلية المياه الجديدة في المدينة الساحلية بطاقة إنتاجية تبلغ مئة ألف متر مكعب يومياً.'
const SECOND =
  'وقال الوزير إن المحطة ستغطي حاجة أكثر من نصف مليون نسمة، وإن العمل جار لإنشاء محطتين أخريين في الجنوب قبل نهاية العام.'
const BROKEN = ['وزير الموارد المائية يفتتح', 'محطة تحلية المياه الجديدة', 'في المدينة الساحلية']
const CONTENT = /^(?:paragraph|heading)$/

describe('a headline broken over several short lines', () => {
  it('keeps every line of it under a menu, where they read as its items', () => {
    const kinds = kindsOf(`الرئيسية\nأخبار محلية\n${BROKEN.join('\n')}\n${LEAD}\n${SECOND}`)
    for (const line of BROKEN) expect(kinds.get(line)).toMatch(CONTENT)
    expect(kinds.get('الرئيسية')).toBe('navigation')
  })

  it('keeps its last line over a date line, where it reads as a credit', () => {
    const kinds = kindsOf(`${BROKEN.join('\n')}\nالأحد 12 مايو 2024\n${LEAD}\n${SECOND}`)
    for (const line of BROKEN) expect(kinds.get(line)).toMatch(CONTENT)
    expect(kinds.get('الأحد 12 مايو 2024')).toBe('dateline')
  })

  it('keeps a headline broken in two where its first line ends on a function word', () => {
    const two = ['افتتاح محطة تحلية المياه في', 'المدينة الساحلية اليوم']
    const kinds = kindsOf(`الرئيسية\nأخبار محلية\n${two.join('\n')}\n${LEAD}\n${SECOND}`)
    for (const line of two) expect(kinds.get(line)).toMatch(CONTENT)
  })

  it('reads a first part that ends in a colon as the headline’s', () => {
    const colon = ['المدينة الساحلية تستقبل:', 'محطة تحلية المياه الجديدة', 'بحضور وزير الموارد']
    const kinds = kindsOf(`الرئيسية\nأخبار محلية\n${colon.join('\n')}\n${LEAD}\n${SECOND}`)
    for (const line of colon) expect(kinds.get(line)).toMatch(CONTENT)
  })
})

describe('a headline printed a word a line', () => {
  const WORDS = 'وزير الموارد المائية يفتتح محطة تحلية المياه الجديدة'.split(' ')

  it('keeps every word of it, under a line that introduces the page with a colon', () => {
    const intro = 'نقدم لكم اليوم أهم الأخبار في هذا المقال:'
    const kinds = kindsOf(`${intro}\n${WORDS.join('\n')}\n${LEAD}\n${SECOND}`)
    for (const word of WORDS) expect(kinds.get(word)).toMatch(CONTENT)
  })

  it('reads a colon after the headline’s first three words as its first part’s end', () => {
    const words = ['الوزير', 'يفتتح', 'المحطة:', 'تحلية', 'المياه', 'في', 'المدينة', 'الساحلية']
    const kinds = kindsOf(`${words.join('\n')}\n${LEAD}\n${SECOND}`)
    // `في` joins its line to the next one: blocks are read by their text.
    const clutter = [...kinds].filter(([, kind]) => !CONTENT.test(kind)).map(([text]) => text)
    expect(clutter.filter((text) => words.some((word) => text.includes(word)))).toEqual([])
    expect(kinds.get('المحطة:')).toMatch(CONTENT)
  })

  it('leaves a section’s name of two words over it to the menu', () => {
    const kinds = kindsOf(`أخبار محلية\n${WORDS.join('\n')}\n${LEAD}\n${SECOND}`)
    expect(kinds.get('أخبار محلية')).not.toMatch(CONTENT)
    for (const word of WORDS) expect(kinds.get(word)).toMatch(CONTENT)
  })
})

describe('short lines above the body that are no broken headline', () => {
  it('leaves a menu’s items that name the story’s words to the menu: the next item would have fitted on the line', () => {
    const kinds = kindsOf(`الرئيسية\nمحلية\nمحطة تحلية المياه\nالمدينة الساحلية\n${LEAD}\n${SECOND}`)
    expect(kinds.get('محطة تحلية المياه')).toBe('navigation')
    expect(kinds.get('المدينة الساحلية')).toBe('navigation')
  })

  it('leaves a credit under the headline’s last line to the credit', () => {
    const credit = 'الساحل: سامي الخطيب'
    const kinds = kindsOf(`${BROKEN.join('\n')}\n${credit}\n${LEAD}\n${SECOND}`)
    expect(kinds.get(credit)).not.toMatch(CONTENT)
  })
})

describe('a headline broken after a line of a title’s length', () => {
  const HEAD = 'وزير الموارد المائية يفتتح محطة تحلية'

  it('keeps its last words, which the lead says again, under a breadcrumb that ends in the whole headline', () => {
    const head = 'وزير الموارد المائية يفتتح محطة تحلية المياه الجديدة'
    const tail = 'بالمدينة الساحلية'
    const crumb = `الرئيسية / محليات / ${head} ${tail}`
    const kinds = kindsOf(`${crumb}\n${head}\n${tail}\n${LEAD}\n${SECOND}`)
    expect(kinds.get(crumb)).toBe('navigation')
    expect(kinds.get(head)).toMatch(CONTENT)
    expect(kinds.get(tail)).toMatch(CONTENT)
  })

  it('leaves a writer’s name under the headline a credit: the lead does not name the writer', () => {
    const kinds = kindsOf(`${HEAD} المياه الجديدة\nسامر الخطيب\nالأحد 12 مايو 2024\n${LEAD}\n${SECOND}`)
    expect(kinds.get('سامر الخطيب')).toBe('byline')
  })

  it('leaves a caption that repeats the headline’s words a caption, once or printed twice in a row', () => {
    const once = kindsOf(`${HEAD} المياه الجديدة\nمحطة تحلية المياه\n${LEAD}\n${SECOND}`)
    expect(once.get('محطة تحلية المياه')).toBe('caption')
    const twice = kindsOf(`${HEAD} المياه الجديدة\nمحطة تحلية المياه\nمحطة تحلية المياه\n${LEAD}\n${SECOND}`)
    expect(twice.get('محطة تحلية المياه')).toBe('caption')
  })
})
