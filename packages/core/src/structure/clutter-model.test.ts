import { describe, expect, it } from 'vitest'
import { splitLines } from '../segment/lines.ts'
import { ruleVerdicts } from './clutter.ts'
import { CLUTTER_FEATURES, clutterFeatures } from './clutter-features.ts'
import { CLUTTER_MODEL_CLASSES, type ClutterModel, checkClutterModel } from './clutter-model.ts'
import { clutterWeights } from './clutter-weights.ts'
import { readStructure } from './parse-article.ts'

// A short page written for these tests: title, byline, two paragraphs, a subheading, a share button.
const TITLE = 'افتتاح مستشفى جديد في المدينة بعد عامين من العمل'
const BYLINE = 'كتب: سامر العمري'
const LEAD =
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، وقالت إنه سيستقبل المرضى ابتداء من الشهر المقبل بعد اكتمال تجهيزه بالمعدات الطبية الحديثة.'
const SECOND =
  'وأوضح الوزير في مؤتمر صحفي أن المستشفى يضم مئتي سرير وقسما للطوارئ يعمل على مدار الساعة، وأن الحكومة خصصت له ميزانية سنوية كبيرة.'
const LAST = 'الأقسام الجديدة'

/** A model as sure as can be that every line is of one class: only the guards decide what it may do. */
function sureOf(name: (typeof CLUTTER_MODEL_CLASSES)[number]): ClutterModel {
  return {
    features: CLUTTER_FEATURES.join(' '),
    clutter: CLUTTER_FEATURES.map((_, k) => (k > 0 ? 0 : name === 'content' ? -20 : 20)),
    classes: CLUTTER_MODEL_CLASSES,
    weights: CLUTTER_MODEL_CLASSES.map((c) =>
      CLUTTER_FEATURES.map((_, k) => (k === 0 && c === name ? 20 : 0)),
    ),
    threshold: 0.5,
  }
}

const kindsOf = (text: string, model?: ClutterModel | null) =>
  readStructure(text, { model }).blocks.map((block) => [block.text, block.kind])

describe('the learned clutter model', () => {
  it('takes by default a credit line the rules leave to the article, which `model: null` leaves to them', () => {
    const credit = 'متابعات : الوطن 24'
    const text = [TITLE, credit, LEAD, SECOND, LAST].join('\n')
    const kind = (model?: ClutterModel | null) =>
      new Map(kindsOf(text, model) as [string, string][]).get(credit)
    expect(kind(null)).toBe('heading')
    expect(kind()).not.toMatch(/heading|paragraph/)
    expect(kindsOf(text, clutterWeights)).toEqual(kindsOf(text))
  })

  it('leaves the title, the body, a short subheading and the last line to the article', () => {
    const text = [TITLE, LEAD, 'موعد الافتتاح', SECOND, 'قسم الطوارئ', LAST].join('\n')
    expect(kindsOf(text).every(([, kind]) => kind === 'heading' || kind === 'paragraph')).toBe(true)
  })

  it('never takes back a verdict of the rules, however sure the line is the article', () => {
    const text = [TITLE, BYLINE, LEAD, SECOND, 'شارك', LAST].join('\n')
    const rules = kindsOf(text, null)
    expect(rules).toContainEqual([BYLINE, 'byline'])
    expect(kindsOf(text, sureOf('content'))).toEqual(rules)
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
      'قسم الطوارئ',
      LAST,
    ].join('\n')
    const kinds = new Map(kindsOf(text, sureOf('navigation')) as [string, string][])
    for (const line of [TITLE, '- عيادات خارجية للأطفال', '"hospital-example.org".', LAST])
      expect(kinds.get(line)).toMatch(/heading|paragraph/)
    // A short line below the body that is none of these is what the model may take.
    expect(kinds.get('قسم الطوارئ')).toBe('navigation')
  })

  it('never takes a line over 100 characters that ends a sentence, even one the rules had to read', () => {
    // Cut off with …, the line is read by the rules (it might be a teaser of another article) and left to the article.
    const long =
      'تفاصيل الخطة كاملة في تقرير الوزارة https://example.org/health/hospitals/new-hospital-opening-2025-plan…'
    expect(long.length).toBeGreaterThan(100)
    const text = [TITLE, LEAD, SECOND, LAST, long, 'قسم الطوارئ', 'نهاية الصفحة'].join('\n')
    const rules = new Map(kindsOf(text, null) as [string, string][])
    const learned = new Map(kindsOf(text, sureOf('boilerplate')) as [string, string][])
    expect(rules.get(long)).toBe('paragraph')
    expect(learned.get(long)).toBe('paragraph')
    expect(learned.get('قسم الطوارئ')).toBe('boilerplate')
  })

  it("reads the rules' verdict and kind of a line as features", () => {
    const text = [TITLE, BYLINE, LEAD, SECOND, LAST].join('\n')
    const context = ruleVerdicts(text, splitLines(text))
    const features = clutterFeatures(context, 1, false)
    const title = clutterFeatures(context, 0, false)
    const at = (name: string) => features[CLUTTER_FEATURES.indexOf(name)]
    expect(at('ruleClutter')).toBe(1)
    expect(at('rule:byline')).toBe(1)
    expect(at('rule:dateline')).toBe(0)
    expect(features).toHaveLength(CLUTTER_FEATURES.length)
    expect(title[CLUTTER_FEATURES.indexOf('ruleClutter')]).toBe(0)
    expect(title[CLUTTER_FEATURES.indexOf('rule:byline')]).toBe(0)
  })

  it('ships weights of the features and classes this code computes, a few kilobytes of them', () => {
    expect(() => checkClutterModel(clutterWeights)).not.toThrow()
    expect([...clutterWeights.clutter, ...clutterWeights.weights.flat()].every(Number.isFinite)).toBe(true)
    expect(clutterWeights.threshold).toBeGreaterThanOrEqual(0.5)
    expect(JSON.stringify(clutterWeights).length).toBeLessThan(8_000)
  })

  it('refuses a model trained on other features', () => {
    const other = { ...sureOf('content'), features: [...CLUTTER_FEATURES].reverse().join(' ') }
    expect(() => checkClutterModel(other)).toThrow(/features or classes/)
    expect(() => checkClutterModel(sureOf('content'))).not.toThrow()
  })
})
