import { describe, expect, it } from 'vitest'
import { splitLines } from '../segment/lines.ts'
import { ruleVerdicts } from './clutter.ts'
import { CLUTTER_FEATURES, clutterFeatures } from './clutter-features.ts'
import { ABOVE_BODY, type ClutterModel, checkClutterModel, DATE_OR_TIME } from './clutter-model.ts'
import { clutterFeatureNames, clutterWeights } from './clutter-weights.ts'
import { readStructure } from './parse-article.ts'

// A short page written for these tests: title, byline, two paragraphs, a subheading, a share button.
const TITLE = 'افتتاح مستشفى جديد في المدينة بعد عامين من العمل'
const BYLINE = 'كتب: سامر العمري'
const LEAD =
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، وقالت إنه سيستقبل المرضى ابتداء من الشهر المقبل بعد اكتمال تجهيزه بالمعدات الطبية الحديثة.'
const SECOND =
  'وأوضح الوزير في مؤتمر صحفي أن المستشفى يضم مئتي سرير وقسما للطوارئ يعمل على مدار الساعة، وأن الحكومة خصصت له ميزانية سنوية كبيرة.'
const LAST = 'الأقسام الجديدة'

/** A model as sure as can be that every line is clutter (or none is): only the guards decide what it may do. */
function sure(clutter: boolean): ClutterModel {
  return { clutter: CLUTTER_FEATURES.map((_, k) => (k > 0 ? 0 : clutter ? 20 : -20)), threshold: 0.5 }
}

const kindsOf = (text: string, model?: ClutterModel | null) =>
  readStructure(text, { model }).blocks.map((block) => [block.text, block.kind])
const kindOf = (text: string, line: string, model?: ClutterModel | null) =>
  new Map(kindsOf(text, model) as [string, string][]).get(line)

describe('the learned clutter model', () => {
  it('takes by default a credit line under a date line, which `model: null` leaves to the article', () => {
    const credit = 'متابعات : الوطن 24'
    const text = [TITLE, 'الخميس 12 مارس 2024', credit, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(text, credit, null)).toBe('heading')
    expect(kindOf(text, credit)).toBe('byline')
    expect(kindsOf(text, clutterWeights)).toEqual(kindsOf(text))
    // Alone under the title, the same line is not clutter enough for the model.
    expect(kindOf([TITLE, credit, LEAD, SECOND, LAST].join('\n'), credit)).toBe('heading')
  })

  it('takes a line whose date is glued to a view counter above the body as a date line', () => {
    const stamp = 'أخبار محليةمارس 12, 2024 10:15 م 250 مشاهدة'
    const text = [TITLE, stamp, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(text, stamp, null)).toBe('heading')
    expect(kindOf(text, stamp)).toBe('dateline')
  })

  it('gives a date only at a long line’s start or end its leave to take it: a date in its middle is a sentence’s', () => {
    const stamp = 'آخر تحديث للخبر كان يوم الخميس 12 مارس 2024 الساعة 10:15 صباحا بتوقيت المدينة'
    const sentence =
      'نظمت البلدية في المدينة يوم الخميس 12/03/2024 لقاء مع سكان الأحياء الشرقية حول شبكة المياه'
    const text = [TITLE, stamp, sentence, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(text, stamp, sure(true))).toBe('dateline')
    expect(kindOf(text, sentence, sure(true))).not.toBe('dateline')
  })

  it('names what it adds below the body navigation, above it a byline that extraction still reads', () => {
    const text = [
      TITLE,
      'تصوير وتحرير فريق الموقع في المدينة',
      LEAD,
      SECOND,
      'قسم الطوارئ في المستشفى',
      LAST,
    ].join('\n')
    expect(kindOf(text, 'تصوير وتحرير فريق الموقع في المدينة', sure(true))).toBe('byline')
    expect(kindOf(text, 'قسم الطوارئ في المستشفى', sure(true))).toBe('navigation')
  })

  it('never takes a sentence ending in a full stop, nor a few words of a name or heading with no clutter beside', () => {
    const text = [
      TITLE,
      'خطة النقل البديلة الجديدة',
      LEAD,
      SECOND,
      'شارك مئات الطلاب في الحملة.',
      'الأسئلة الشائعة',
      LAST,
    ].join('\n')
    for (const line of ['خطة النقل البديلة الجديدة', 'شارك مئات الطلاب في الحملة.', 'الأسئلة الشائعة'])
      expect(kindOf(text, line, sure(true))).toMatch(/heading|paragraph/)
    // Beside a line the rules found clutter, the same few words may be a byline.
    const byline = [TITLE, 'الخميس 12 مارس 2024', 'خطة النقل البديلة الجديدة', LEAD, SECOND, LAST].join('\n')
    expect(kindOf(byline, 'خطة النقل البديلة الجديدة', sure(true))).toBe('byline')
  })

  it('leaves the title, the body, a short subheading and the last line to the article', () => {
    const text = [TITLE, LEAD, 'موعد الافتتاح', SECOND, 'قسم الطوارئ', LAST].join('\n')
    expect(kindsOf(text).every(([, kind]) => kind === 'heading' || kind === 'paragraph')).toBe(true)
  })

  it('never takes back a verdict of the rules, however sure the line is the article', () => {
    const text = [TITLE, BYLINE, LEAD, SECOND, 'شارك', LAST].join('\n')
    const rules = kindsOf(text, null)
    expect(rules).toContainEqual([BYLINE, 'byline'])
    expect(kindsOf(text, sure(false))).toEqual(rules)
  })

  it('never takes the title, an item of a list, the rest of a broken sentence or the last line, however sure', () => {
    const text = [
      TITLE,
      LEAD,
      '- عيادات خارجية للأطفال',
      '- مختبر للتحاليل',
      SECOND,
      'تابع الوزير أن الأقسام ستعمل بكامل طاقتها قبل نهاية العام الحالي على موقع',
      '"hospital-example.org".',
      'قسم الطوارئ في المستشفى',
      LAST,
    ].join('\n')
    const kinds = new Map(kindsOf(text, sure(true)) as [string, string][])
    for (const line of [TITLE, '- عيادات خارجية للأطفال', '"hospital-example.org".', LAST])
      expect(kinds.get(line)).toMatch(/heading|paragraph/)
    // A short line below the body that is none of these is what the model may take.
    expect(kinds.get('قسم الطوارئ في المستشفى')).toBe('navigation')
  })

  it('on a page the body opens, guards its first line as the title, not a short line found below it', () => {
    // No title: the lead is the page's first line, and the first short line the rules read stands below it.
    const credit = 'مكتب الإعلام في المحافظة'
    const text = [LEAD, SECOND, credit, 'قسم الطوارئ في المستشفى', LAST].join('\n')
    const context = ruleVerdicts(text, splitLines(text))
    expect(context.body?.first).toBe(0)
    expect(context.firstOpen).toBe(0)
    expect(kindOf(text, credit, sure(true))).toBe('navigation')
    expect(kindOf(text, LEAD, sure(true))).toBe('paragraph')
    // With a title above the lead, that title is the line guarded.
    const titled = [TITLE, LEAD, SECOND, credit, LAST].join('\n')
    expect(ruleVerdicts(titled, splitLines(titled)).firstOpen).toBe(0)
    expect(kindOf(titled, TITLE, sure(true))).toBe('heading')
  })

  it('never takes a line over 100 characters that ends a sentence, even one the rules had to read', () => {
    // Cut off with …, the line is read by the rules (it might be a teaser of another article) and left to the article.
    const long =
      'تفاصيل الخطة كاملة في تقرير الوزارة https://example.org/health/hospitals/new-hospital-opening-2025-plan…'
    expect(long.length).toBeGreaterThan(100)
    const text = [TITLE, LEAD, SECOND, LAST, long, 'قسم الطوارئ في المستشفى', 'نهاية الصفحة'].join('\n')
    expect(kindOf(text, long, null)).toBe('paragraph')
    expect(kindOf(text, long, sure(true))).toBe('paragraph')
    expect(kindOf(text, 'قسم الطوارئ في المستشفى', sure(true))).toBe('navigation')
  })

  it('never takes running text of 25 words or more, though an agency tag after its full stop hides the end', () => {
    const closed =
      'وتستهدف الحملة الثانية جميع الأطفال من ستة أشهر إلى خمس سنوات في المدارس والمراكز الصحية والمستوصفات المحلية بجميع المحافظات خلال الفترة الممتدة من منتصف الشهر الجاري إلى نهايته.(وكالة الأنباء)'
    expect(closed.split(' ').length).toBeGreaterThanOrEqual(25)
    const credit = 'وزارة الصحة العمومية'
    const text = [TITLE, LEAD, SECOND, credit, closed, credit, 'مشاركة', LAST].join('\n')
    expect(kindOf(text, closed, null)).toBe('paragraph')
    expect(kindOf(text, closed, sure(true))).toBe('paragraph')
  })

  it('never takes a line of a sentence’s length whose commas set clauses apart', () => {
    const clauses = 'وافق المجلس البلدي، في جلسته الأخيرة، على خطة لتوسيع الحديقة العامة في الحي الشرقي'
    const text = [TITLE, BYLINE, clauses, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(text, clauses, null)).toMatch(/heading|paragraph/)
    expect(kindOf(text, clauses, sure(true))).toMatch(/heading|paragraph/)
    // One comma is a caption's or a credit's as often as a clause's.
    const caption = 'الوزير، خلال افتتاح المستشفى الجديد في المدينة'
    const captioned = [TITLE, BYLINE, caption, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(captioned, caption, null)).toMatch(/heading|paragraph/)
    expect(kindOf(captioned, caption, sure(true))).toBe('byline')
  })

  it('never takes a title printed again on the page, though menus above it leave it no first place', () => {
    // A menu that names the body's subject (الصحة): no rule reads it as another story's, so it stands first.
    const menu = 'عرض كل المقالات في قسم الصحة العامة'
    const title = 'البرلمان يقر ميزانية 2025 ويبدأ مراجعة قانون الانتخابات'
    const text = [menu, menu, 'الخميس 12 مارس 2024', title, title, LEAD, SECOND, LAST].join('\n')
    const kinds = kindsOf(text, sure(true)).filter(([line]) => line === title)
    expect(kinds).toEqual([
      [title, 'heading'],
      [title, 'heading'],
    ])
    // Printed once, the same line in the same place is the model's to take.
    const once = [menu, 'الخميس 12 مارس 2024', title, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(once, title, sure(true))).toBe('dateline')
  })

  it('reads where a line stands against the title and the body, its neighbours and a field glued to the next', () => {
    const glued = 'الرئيسيةالأخبار2024'
    const text = [TITLE, BYLINE, glued, LEAD, SECOND, LAST].join('\n')
    const context = ruleVerdicts(text, splitLines(text))
    const at = (i: number, name: string) => clutterFeatures(context, i)[CLUTTER_FEATURES.indexOf(name)]
    expect(clutterFeatures(context, 2)).toHaveLength(CLUTTER_FEATURES.length)
    expect(at(2, 'previousClutter')).toBe(1)
    expect(at(2, 'nextBody')).toBe(1)
    expect(at(2, 'aboveBody')).toBe(1)
    expect(at(2, 'afterTitle')).toBe(0.5)
    expect(at(2, 'gluedWord')).toBe(1)
    expect(at(2, 'dateOrTime')).toBe(1)
    expect(at(5, 'belowBody')).toBe(1)
    expect(at(5, 'gluedWord')).toBe(0)
  })

  it('ships weights of the features this code computes, one decimal each, with the indices it reads by name', () => {
    expect(() => checkClutterModel(clutterWeights, clutterFeatureNames)).not.toThrow()
    expect(clutterWeights.clutter.every((w) => Number.isFinite(w) && Math.round(w * 10) === w * 10)).toBe(
      true,
    )
    expect(clutterWeights.threshold).toBeGreaterThanOrEqual(0.5)
    expect(CLUTTER_FEATURES[DATE_OR_TIME]).toBe('dateOrTime')
    expect(CLUTTER_FEATURES[ABOVE_BODY]).toBe('aboveBody')
  })

  it('refuses a model trained on other features', () => {
    const reversed = [...CLUTTER_FEATURES].reverse().join(' ')
    expect(() => checkClutterModel(clutterWeights, reversed)).toThrow(/features/)
    expect(() => checkClutterModel({ ...clutterWeights, clutter: [1] }, clutterFeatureNames)).toThrow(
      /features/,
    )
  })
})

describe('the model on a page whose paragraphs have no comma and no full stop', () => {
  it('never takes a title of a headline’s length for a credit, however sure', () => {
    const title =
      'محافظ الساحل يعلن موافقة وزارة الإسكان على توصيل شبكة الصرف الصحي إلى عشرين قرية قبل نهاية الصيف المقبل'
    const lead =
      `أعلن محافظ الساحل اليوم موافقة وزارة الإسكان على توصيل شبكة الصرف الصحي إلى عشرين قرية في مركزين ${'وتبدأ الأعمال في القرى الواقعة على الطريق الساحلي قبل غيرها '.repeat(3)}`.trim()
    const more =
      `وأضاف المحافظ أن نسبة تغطية القرى بالصرف الصحي ترتفع بذلك إلى ثمانين في المائة ${'بعد أن كانت لا تتجاوز نصف القرى قبل خمس سنوات '.repeat(3)}`.trim()
    const text = [
      'الخميس 9 أكتوبر 2025',
      'أخبار عاجلة',
      title,
      'كتب / سامي الخطيب',
      lead,
      more,
      'اترك تعليقاً',
    ].join('\n')
    expect(kindOf(text, title, sure(true))).toBe('paragraph')
  })
})
