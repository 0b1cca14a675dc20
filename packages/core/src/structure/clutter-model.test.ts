import { describe, expect, it } from 'vitest'
import { CLUTTER_FEATURES } from './clutter-features.ts'
import { CLUTTER_MODEL_CLASSES, type ClutterModel, checkClutterModel } from './clutter-model.ts'
import { clutterWeights } from './clutter-weights.ts'
import { readStructure } from './parse-article.ts'

// A short page written for these tests: title, two paragraphs, a subheading, a bulleted list of the article's own.
const TITLE = 'افتتاح مستشفى جديد في المدينة بعد عامين من العمل'
const LEAD =
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، وقالت إنه سيستقبل المرضى ابتداء من الشهر المقبل بعد اكتمال تجهيزه بالمعدات الطبية الحديثة.'
const SECOND =
  'وأوضح الوزير في مؤتمر صحفي أن المستشفى يضم مئتي سرير وقسما للطوارئ يعمل على مدار الساعة، وأن الحكومة خصصت له ميزانية سنوية كبيرة.'
const LAST = 'الأقسام الجديدة'

function kindOf(text: string, line: string, model?: ClutterModel | null): string | undefined {
  return readStructure(text, { model }).blocks.find((block) => block.text === line)?.kind
}

/** A model that reads every line as navigation, as sure as can be: only the guards keep article lines. */
const ALL_NAVIGATION: ClutterModel = {
  features: CLUTTER_FEATURES,
  classes: CLUTTER_MODEL_CLASSES,
  weights: CLUTTER_MODEL_CLASSES.map((name) =>
    CLUTTER_FEATURES.map((_, k) => (k === 0 && name === 'navigation' ? 20 : 0)),
  ),
  threshold: 0.5,
}

describe('the learned clutter model', () => {
  it('reads a date with a view counter under the title as clutter, which no rule does', () => {
    const line = 'مارس 12, 2024 10:15, 245 مشاهدات'
    const text = [TITLE, line, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(text, line, null)).toBe('heading')
    expect(kindOf(text, line)).toBe('dateline')
  })

  it('reads a rule drawn with tatweel under the title as clutter', () => {
    const line = 'ــــــــــ'
    const text = [TITLE, line, LEAD, SECOND, LAST].join('\n')
    expect(kindOf(text, line, null)).toBe('heading')
    expect(kindOf(text, line)).not.toMatch(/heading|paragraph/)
  })

  it('leaves the title, the body, its list, a short subheading and the last line to the article', () => {
    const text = [
      TITLE,
      LEAD,
      'وتشمل الخدمات:',
      '- عيادات خارجية للأطفال',
      '- مختبر للتحاليل',
      SECOND,
      'موعد الافتتاح',
      `${SECOND.slice(0, -1)} على موقع`,
      '"hospital-example.org".',
      LAST,
    ].join('\n')
    const kinds = readStructure(text).blocks.map((block) => block.kind)
    expect(kinds.every((kind) => kind === 'heading' || kind === 'paragraph')).toBe(true)
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
    for (const line of [TITLE, '- عيادات خارجية للأطفال', '"hospital-example.org".', LAST])
      expect(kindOf(text, line, ALL_NAVIGATION)).toMatch(/heading|paragraph/)
    // A short line below the body that is none of these is what the model may take.
    expect(kindOf(text, 'قسم الطوارئ', ALL_NAVIGATION)).toBe('navigation')
  })
})

describe('the weights file', () => {
  it('holds one finite weight per feature and class, in the order this code computes them', () => {
    expect(() => checkClutterModel(clutterWeights)).not.toThrow()
    expect(clutterWeights.features).toEqual([...CLUTTER_FEATURES])
    expect(clutterWeights.weights.flat().every(Number.isFinite)).toBe(true)
    expect(clutterWeights.threshold).toBeGreaterThanOrEqual(0.5)
    expect(clutterWeights.threshold).toBeLessThanOrEqual(1)
  })

  it('is a few kilobytes of numbers', () => {
    expect(JSON.stringify(clutterWeights).length).toBeLessThan(8_000)
  })

  it('refuses a model trained on other features', () => {
    const other = { ...clutterWeights, features: [...clutterWeights.features].reverse() }
    expect(() => checkClutterModel(other)).toThrow(/features or classes/)
  })
})
