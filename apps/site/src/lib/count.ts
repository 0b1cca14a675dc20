import { formatNumber } from './format.ts'

/**
 * An Arabic noun in the forms its count takes (`Intl.PluralRules('ar')`): `one` and `two` are whole phrases that
 * carry no number (مقالة واحدة، مقالتان); `few` is the plural after 3–10; `many` the accusative singular after
 * 11–99 (مصدراً); `other` the genitive singular after 100, 1000 … (100 مصدر), where it differs from `many`.
 */
export type Noun = { one: string; two: string; few: string; many: string; other?: string }

export const nouns = {
  article: { one: 'مقالة واحدة', two: 'مقالتان', few: 'مقالات', many: 'مقالة' },
  outlet: { one: 'مصدر واحد', two: 'مصدران', few: 'مصادر', many: 'مصدراً', other: 'مصدر' },
  independent: {
    one: 'مصدر مستقل واحد',
    two: 'مصدران مستقلان',
    few: 'مصادر مستقلة',
    many: 'مصدراً مستقلاً',
    other: 'مصدر مستقل',
  },
  paragraph: { one: 'فقرة واحدة', two: 'فقرتان', few: 'فقرات', many: 'فقرة' },
  subheading: {
    one: 'عنوان فرعي واحد',
    two: 'عنوانان فرعيان',
    few: 'عناوين فرعية',
    many: 'عنواناً فرعياً',
    other: 'عنوان فرعي',
  },
  sentence: { one: 'جملة واحدة', two: 'جملتان', few: 'جمل', many: 'جملة' },
  quote: { one: 'تصريح واحد', two: 'تصريحان', few: 'تصريحات', many: 'تصريحاً', other: 'تصريح' },
  mention: { one: 'إشارة واحدة', two: 'إشارتان', few: 'إشارات', many: 'إشارة' },
  story: { one: 'قصة واحدة', two: 'قصتان', few: 'قصص', many: 'قصة' },
  result: { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' },
  fact: { one: 'واقعة واحدة', two: 'واقعتان', few: 'وقائع', many: 'واقعة' },
  wording: { one: 'صيغة واحدة', two: 'صيغتان', few: 'صيغ', many: 'صيغة' },
} satisfies Record<string, Noun>

const rules = new Intl.PluralRules('ar')

/**
 * A count with its noun as Arabic says it: «لا مقالات», «مقالة واحدة», «مقالتان», «3 مقالات», «11 مقالة»,
 * «100 مقالة». One text node, so that templates cannot lose the space between number and noun.
 */
export function counted(value: number, noun: Noun): string {
  const n = formatNumber(value)
  switch (rules.select(value)) {
    case 'zero':
      return `لا ${noun.few}`
    case 'one':
      return noun.one
    case 'two':
      return noun.two
    case 'few':
      return `${n} ${noun.few}`
    case 'many':
      return `${n} ${noun.many}`
    default:
      return `${n} ${noun.other ?? noun.many}`
  }
}
