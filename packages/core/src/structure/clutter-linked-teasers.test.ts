import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests.
const TITLE = 'المنتخب الوطني يفوز على ضيفه بثلاثة أهداف'
const LEAD =
  'فاز المنتخب الوطني لكرة القدم مساء أمس على ضيفه بثلاثة أهداف مقابل هدف واحد في المباراة الودية التي أقيمت على الملعب الأولمبي.'
const MORE = 'وسجل أهداف المنتخب المهاجم الشاب في الشوط الأول ولاعب الوسط في الشوط الثاني من ركلة جزاء.'
const LINK = 'وزارة الزراعة تعلن خطة جديدة لدعم مزارعي القمح في الجنوب'
const TEASER = [
  'أعلنت وزارة الزراعة اليوم خطة جديدة لدعم مزارعي القمح في محافظات الجنوب تشمل توزيع البذور والأسمدة بأسعار مخفضة.',
  'وأوضح بيان الوزارة أن الخطة تشمل أكثر من عشرة آلاف مزارع وتمتد على ثلاثة مواسم زراعية متتالية.',
]
const RESUMED =
  'وأشاد مدرب المنتخب بأداء اللاعبين في المباراة الودية وقال إن الفوز بثلاثة أهداف يمنح الفريق ثقة كبيرة قبل التصفيات.'
const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'

describe('the teaser of a linked story under a header', () => {
  it('reads the paragraphs that go on with the link’s story, to the page’s end, as navigation', () => {
    const kinds = kindsOf([TITLE, LEAD, MORE, 'اقرأ أيضاً:', LINK, ...TEASER].join('\n'))
    for (const line of TEASER) expect(kinds.get(line), line).toBe('navigation')
    expect(isContent(kinds.get(MORE))).toBe(true)
  })

  it('keeps the article resumed under a link to another story, and what follows it', () => {
    const kinds = kindsOf([TITLE, LEAD, 'اقرأ أيضاً:', LINK, RESUMED, MORE].join('\n'))
    expect(kinds.get(LINK)).toBe('navigation')
    expect(isContent(kinds.get(RESUMED))).toBe(true)
    expect(isContent(kinds.get(MORE))).toBe(true)
  })

  it('stops at the article when it comes back after the teaser', () => {
    const kinds = kindsOf([TITLE, LEAD, 'اقرأ أيضاً:', LINK, TEASER[0]!, RESUMED, MORE].join('\n'))
    expect(kinds.get(TEASER[0]!)).toBe('navigation')
    expect(isContent(kinds.get(RESUMED))).toBe(true)
    expect(isContent(kinds.get(MORE))).toBe(true)
  })

  it('keeps an article under a box of the latest news at the page’s top, however alike its words', () => {
    const lead = TEASER[0]!
    const kinds = kindsOf(['أحدث الأخبار', LINK, 'المنتخب يستعد للتصفيات', lead, TEASER[1]!].join('\n'))
    expect(isContent(kinds.get(lead))).toBe(true)
    expect(isContent(kinds.get(TEASER[1]!))).toBe(true)
  })
})
