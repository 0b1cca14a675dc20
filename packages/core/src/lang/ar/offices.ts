import { normalize } from '../../normalize/normalize.ts'
import { honorifics } from './name-parts.ts'

// Words of a person's title that are not the office itself, for telling titles that can both be true from titles
// that contradict each other. Dictionary spelling, compiled through `normalize` without the article.

/** Ranks under an office: نائب وزير الخارجية is not وزير الخارجية. */
export const officeRanks: readonly string[] = ['نائب', 'نائبة', 'مساعد', 'مساعدة', 'وكيل', 'وكيلة']

/** Words that relate a person to another instead of naming an office (نظيره: his counterpart). */
export const relationalTitleWords: readonly string[] = [
  'نظير',
  'نظيره',
  'نظيرها',
  'نظيرة',
  'زميل',
  'زميله',
  'ضيف',
  'ضيفه',
  'مضيف',
]

/**
 * Words that describe a person instead of naming an office (اللاعب، النجم الدولي، المهندس), and the honorifics of any
 * name (السيد): no title to set against.
 */
export const descriptorWords: readonly string[] = ['لاعب', 'نجم', 'مهندس', ...honorifics]

/**
 * The person's part in the event itself, not an office (the guideline, settled in round 36): a candidacy (المرشح،
 * مرشح حزب …، المترشح الحر), the winner, the accused, the victim, the scorer (الهداف). No title to set against another.
 */
export const eventPartWords: readonly string[] = [
  'مرشح',
  'مرشحة',
  'مترشح',
  'مترشحة',
  'فائز',
  'فائزة',
  'متهم',
  'متهمة',
  'ضحية',
  'هداف',
]

/**
 * Military ranks (العماد، العميد): a rank is set only against another rank; a rank beside an office (العماد / قائد
 * الجيش) gives no item. Read as a rank only when the title is the rank alone (نقيب المحامين is an office).
 */
export const militaryRanks: readonly string[] = [
  'مشير',
  'فريق',
  'عماد',
  'لواء',
  'عميد',
  'عقيد',
  'مقدم',
  'رائد',
  'نقيب',
  'ملازم',
]

/** General words for a grade (الجنرال، الضابط): a wording of any rank of it, no title to set against one. */
export const gradeWords: readonly string[] = ['جنرال', 'ضابط']

/**
 * Words that put a title at another moment of the person's life than the event: what the person was before it (وزير
 * الدفاع السابق، أستاذ القانون المتقاعد) or became after it (الرئيس المنتخب). Such a title is not set against one the
 * person holds at the event.
 */
export const otherMomentWords: readonly string[] = ['سابق', 'أسبق', 'متقاعد', 'منتخب', 'منتخبة']

/**
 * Nouns outlets use interchangeably for one public body (اللجنة العليا للانتخابات، الهيئة العليا للانتخابات: the same
 * electoral board in two translations): the body is told by the words after the noun, not by the noun.
 */
export const bodyNouns: readonly string[] = ['لجنة', 'هيئة', 'مفوضية', 'سلطة']

/** Words of when a person held an office, not of which office (رئيس الوزراء الأسبق، رئيس الحكومة الراحل). */
export const tenureWords: readonly string[] = ['سابق', 'أسبق', 'راحل', 'حالي', 'جديد']

/**
 * Nouns outlets use interchangeably for a government after its head: رئيس الحكومة، رئيس الوزراء، رئيس مجلس الوزراء
 * are one office.
 */
export const governmentNouns: readonly string[] = ['حكومة', 'وزراء']

const compile = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.map((word) => officeWord(word)))

/** A title's word in the form these lists are kept in: normalised, without a leading article or conjunction. */
export function officeWord(word: string): string {
  return normalize(word).replace(/^(وال|بال|لل|ال)/, '')
}

export const officeRankSet = compile(officeRanks)
export const relationalTitleSet = compile(relationalTitleWords)
export const descriptorWordSet = compile(descriptorWords)
export const bodyNounSet = compile(bodyNouns)
export const tenureWordSet = compile(tenureWords)
export const governmentNounSet = compile(governmentNouns)
export const eventPartWordSet = compile(eventPartWords)
export const militaryRankSet = compile(militaryRanks)
export const gradeWordSet = compile(gradeWords)
export const otherMomentWordSet = compile(otherMomentWords)
