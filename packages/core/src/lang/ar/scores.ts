import { norm } from './spelling.ts'

// How news writes a match's result: in digits (2-1، 1-صفر، (3-0)) or in words after ب (بهدفين مقابل هدف، بهدف نظيف،
// بثلاثية لهدفين). Dictionary spelling; every word is compiled through `norm`.

/** A side's goals in words, after ب or ل: بهدفين، لهدف، بثلاثية. */
export const goalCounts: readonly { value: number; words: readonly string[] }[] = [
  { value: 1, words: ['هدف'] },
  { value: 2, words: ['هدفين', 'هدفان', 'ثنائية'] },
  { value: 3, words: ['ثلاثية'] },
  { value: 4, words: ['رباعية'] },
  { value: 5, words: ['خماسية'] },
  { value: 6, words: ['سداسية'] },
]

/** Goals counted with a number word before it: بثلاثة أهداف، بأربعة أهداف. */
export const goalsNoun = 'أهداف'

/** Words after a side's goals that give the other side none: بهدف نظيف، بهدفين دون رد، بهدف للاشيء. */
export const nilWords: readonly string[] = ['نظيف', 'نظيفة', 'نظيفين', 'دون', 'للاشيء', 'لصفر', 'صفر']

/**
 * A draw with no goal, in words: the adjective after a word of the draw (تعادل سلبي، بالتعادل السلبي، تعادلا سلبيا) and
 * the words before «أهداف» that give neither side one (بدون أهداف، دون أهداف، بلا أهداف): a result of 0-0.
 */
export const goallessWords: { afterDraw: readonly string[]; beforeGoals: readonly string[] } = {
  afterDraw: ['سلبي', 'السلبي', 'سلبيا', 'سلبياً'],
  beforeGoals: ['دون', 'بدون', 'بلا'],
}

/**
 * A draw with goals, in words after a side's goals: the other side's as many (بهدف لمثله، بهدفين لمثلهما) or one
 * count for each (بهدف في كل شبكة، بهدف لكل فريق، بهدفين لكل منهما). `after` is the word right after the goals, and
 * the words of `each` follow «كل» after it.
 */
export const evenWords: { after: readonly string[]; each: readonly string[] } = {
  after: ['لمثله', 'لمثلها', 'لمثلهما', 'مثله', 'مثلها'],
  each: ['شبكة', 'فريق', 'منهما', 'طرف', 'جانب'],
}

/**
 * Words of a match still to be played: a verb of meeting or playing in the future (سيواجه، ستجمع، ستقام) and the
 * adjective of a match awaited (المرتقبة). With a weekday before a word of the future (يوم الأحد المقبل), a lead that
 * states no result but holds one announces a match (`announcesMatch`).
 */
export const upcomingMatchWords: readonly string[] = [
  'سيواجه',
  'ستواجه',
  'سيلاقي',
  'ستلاقي',
  'سيلتقي',
  'ستلتقي',
  'سيخوض',
  'ستخوض',
  'سيستضيف',
  'ستستضيف',
  'سيحل',
  'ستجمع',
  'ستقام',
  'ستجرى',
  'سيلعب',
  'ستلعب',
  'مرتقب',
  'مرتقبة',
  'المرتقب',
  'المرتقبة',
]

/** The word between two sides' goals: بهدفين مقابل هدف. */
export const againstWords: readonly string[] = ['مقابل']

/** Zero written as a word in a score: 1-صفر، صفر-2. */
export const zeroWords: readonly string[] = ['صفر']

/** Words of the result a score is read beside (فاز … 2-1، بنتيجة 1-0), by the start of their folded spelling. */
export const resultStems: readonly string[] = [
  'فوز',
  'فاز',
  'بفوز',
  'تغلب',
  'انتصار',
  'انتصر',
  'أسقط',
  'خسر',
  'خسارة',
  'هزيمة',
  'هزم',
  'تعادل',
  'بنتيجة',
  'النتيجة',
  'تفوق',
  'اكتسح',
]

/** Words a few before a score that make it a penalty shootout's: بركلات الترجيح 3-0. */
export const shootoutWords: readonly string[] = ['الترجيح', 'الترجيحية', 'ترجيح']

/**
 * Kicks (plural) and the word after them that make a score near them a shootout's: بركلات الجزاء 3-0، بضربات الحظ.
 * One kick (ركلة جزاء) is a penalty of the match.
 */
export const shootoutKicks: { kicks: readonly string[]; of: readonly string[] } = {
  kicks: ['ركلات', 'ضربات'],
  of: ['الجزاء', 'الحظ'],
}

/** Words a few before a score that make it a half's: انتهى الشوط الأول 1-1، بين الشوطين. */
export const halfWords: readonly string[] = ['الشوط', 'الشوطين', 'استراحة']

/** Words near a score that make it the sum of two legs' results: في مجموع المباراتين، بمجموع الذهاب والإياب. */
export const aggregateWords: readonly string[] = ['مجموع', 'مجموعهما', 'إجمالي']

/** Words near a score that name the leg it is the result of: لقاء الذهاب، مباراة الإياب، ذهاباً. */
export const legWords: readonly { leg: 'first' | 'second'; words: readonly string[] }[] = [
  { leg: 'first', words: ['ذهاب', 'الذهاب', 'ذهابا', 'ذهاباً'] },
  { leg: 'second', words: ['إياب', 'الإياب', 'إيابا', 'إياباً'] },
]

/** Words before a score that make it a result a side needs, not one it got: يحتاج الفريق للفوز بهدف نظيف. */
export const needWords: readonly string[] = [
  'يحتاج',
  'تحتاج',
  'يكفي',
  'يكفيه',
  'تكفي',
  'يتعين',
  'يلزم',
  'يلزمه',
]

/**
 * «وكان الوداد قد انهزم … بنتيجة 1-2»: كان then قد before a score tells a result from before the news (the last
 * leg's, the last round's), not the match reported.
 */
export const earlierWords: { was: readonly string[]; already: string } = {
  was: ['كان', 'وكان', 'كانت', 'وكانت'],
  already: 'قد',
}

export const goalCountByWord: ReadonlyMap<string, number> = new Map(
  goalCounts.flatMap(({ value, words }) => words.map((word) => [norm(word), value] as const)),
)
export const nilWordSet: ReadonlySet<string> = new Set(nilWords.map(norm))
export const againstWordSet: ReadonlySet<string> = new Set(againstWords.map(norm))
export const zeroWordSet: ReadonlySet<string> = new Set(zeroWords.map(norm))
export const resultStemList: readonly string[] = resultStems.map(norm)
export const shootoutWordSet: ReadonlySet<string> = new Set(shootoutWords.map(norm))
export const halfWordSet: ReadonlySet<string> = new Set(halfWords.map(norm))
export const earlierWasSet: ReadonlySet<string> = new Set(earlierWords.was.map(norm))
export const earlierAlready = norm(earlierWords.already)
export const needWordSet: ReadonlySet<string> = new Set(needWords.map(norm))
export const shootoutKickSet: ReadonlySet<string> = new Set(shootoutKicks.kicks.map(norm))
export const shootoutKickOfSet: ReadonlySet<string> = new Set(shootoutKicks.of.map(norm))
export const aggregateWordSet: ReadonlySet<string> = new Set(aggregateWords.map(norm))
export const legByWord: ReadonlyMap<string, 'first' | 'second'> = new Map(
  legWords.flatMap(({ leg, words }) => words.map((word) => [norm(word), leg] as const)),
)
export const goalsNounKey = norm(goalsNoun)
export const goallessAfterDrawSet: ReadonlySet<string> = new Set(goallessWords.afterDraw.map(norm))
export const goallessBeforeGoalsSet: ReadonlySet<string> = new Set(goallessWords.beforeGoals.map(norm))
export const upcomingMatchWordSet: ReadonlySet<string> = new Set(upcomingMatchWords.map(norm))
export const evenAfterSet: ReadonlySet<string> = new Set(evenWords.after.map(norm))
export const evenEachSet: ReadonlySet<string> = new Set(evenWords.each.map(norm))

// A conjunction, a preposition and the article before a word of goals: والهدفين، بهدف، للأهداف.
const GOAL_WORD_PREFIX = /^(?:[وف])?(?:[بل])?(?:ال)?/
const goalWordSet: ReadonlySet<string> = new Set([...goalCountByWord.keys(), goalsNounKey])

/** The word of one goal, with its prefixes (الهدف، بهدف، والهدف): the noun an ordinal ranks (الهدف الثاني). */
export function isOneGoalWord(word: string): boolean {
  return goalCountByWord.get(norm(word).replace(GOAL_WORD_PREFIX, '')) === 1
}

/** A word of goals (هدف، الهدفين، بثلاثية، أهداف), which makes a sentence speak of a match's goals. */
export function isGoalWord(word: string): boolean {
  const key = norm(word)
  return goalWordSet.has(key) || goalWordSet.has(key.replace(GOAL_WORD_PREFIX, ''))
}
