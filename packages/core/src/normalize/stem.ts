import { properNames } from '../lexicon/proper-names.ts'
import { rootInitialWords } from '../lexicon/root-initial-words.ts'
import { normalize } from './normalize.ts'

// Prefix and suffix lists after Larkey, Ballesteros and Connell's light10 stemmer, with its guards (a stem keeps at
// least two letters after the article, three after a lone conjunction), plus the combinations news text writes
// (ولل فلل وبال فبال وكال). Single-letter prepositions (ب ك ل) are removed only from known names, where they are
// certain: لروسيا → روسيا, while بريطانيا and كتاب keep their first letter.
const ARTICLE_PREFIXES = [
  'وبال',
  'فبال',
  'وكال',
  'فكال',
  'ولل',
  'فلل',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ال',
]
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي']
const CONJUNCTIONS = ['و', 'ف']
const PREPOSITIONS = ['ب', 'ك', 'ل']

// Words whose first letters spell the article but belong to the word itself.
const INNER_ARTICLE = new Set([
  'الله',
  'الياس',
  'اليس',
  'البانيا',
  'الاسكا',
  'الكسندر',
  'الفريد',
  'الما',
  'الهام',
])

function isProtected(word: string): boolean {
  return properNames.has(word) || rootInitialWords.has(word)
}

// Names as they stand after a preposition: لروسيا → روسيا, and للعراق's core عراق from العراق.
const namesAfterPreposition = new Set<string>()
for (const name of properNames) {
  namesAfterPreposition.add(name)
  if (name.startsWith('ال')) namesAfterPreposition.add(name.slice(2))
}

function isKnownName(word: string): boolean {
  return namesAfterPreposition.has(word)
}

// Words never to strip a prefix from: root-initial words, and names that start with the letters of the article.
const keepWhole = new Set([...rootInitialWords, ...INNER_ARTICLE])

// Article prefixes grouped by their first letter, longest first, so a word is tried only against its own.
const ARTICLE_PREFIXES_BY_FIRST = new Map<string, string[]>()
for (const prefix of ARTICLE_PREFIXES) {
  const group = ARTICLE_PREFIXES_BY_FIRST.get(prefix[0]!) ?? []
  group.push(prefix)
  ARTICLE_PREFIXES_BY_FIRST.set(prefix[0]!, group)
}

/** Removes attached particles and the article. Returns the word itself when nothing is safely removable. */
export function stripPrefixes(word: string): string {
  if (word.length <= 2) return word
  const first = word[0]!
  if (!ARTICLE_PREFIXES_BY_FIRST.has(first) || keepWhole.has(word)) return word
  for (const prefix of ARTICLE_PREFIXES_BY_FIRST.get(first) ?? []) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) return word.slice(prefix.length)
  }
  let rest = word
  if (CONJUNCTIONS.includes(first) && rest.length - 1 >= 3 && !isProtected(rest)) {
    rest = rest.slice(1)
    if (isProtected(rest)) return rest
  }
  const preposition = rest[0]!
  if (PREPOSITIONS.includes(preposition) && rest.length - 1 >= 2 && isKnownName(rest.slice(1)))
    return rest.slice(1)
  return rest
}

/** Removes light10's suffixes in order, each at most once, keeping at least two letters. Names are left whole. */
export function stripSuffixes(word: string): string {
  if (properNames.has(word)) return word
  let rest = word
  for (const suffix of SUFFIXES) {
    if (rest.length - suffix.length >= 2 && rest.endsWith(suffix)) rest = rest.slice(0, -suffix.length)
  }
  return rest
}

/**
 * Light stem of one word for search and matching: normalised (alef and yeh forms, diacritics), with attached
 * particles, the article and inflectional suffixes removed, and ة folded to ه. Names and words whose first letters
 * belong to the root (وزير, فلسطين, بوتين) are kept whole. Words of other scripts are lower-cased.
 */
export function stem(word: string): string {
  return stemNormalized(normalize(withoutTanwinAlef(word)))
}

/** `stem` for a word already in `normalize`'s default form (and without a tanwin alef): the analyzer's fast path. */
export function stemNormalized(normal: string): string {
  if (!isArabicWord(normal)) return normal.toLowerCase()
  const withoutPrefixes = stripPrefixes(normal)
  const stemmed = withoutPrefixes.length <= 3 ? withoutPrefixes : stripSuffixes(withoutPrefixes)
  return stemmed.includes('ة') ? stemmed.replaceAll('ة', 'ه') : stemmed
}

/** اتصالاً and وفقاً carry an alef only for the tanwin; without it they meet اتصال and وفق. */
export function endsWithTanwinAlef(word: string): boolean {
  return word.endsWith('\u0627\u064b') || word.endsWith('\u064b\u0627')
}

function withoutTanwinAlef(word: string): string {
  return endsWithTanwinAlef(word) ? word.slice(0, -2) : word
}

function isArabicWord(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 0x0600 && code <= 0x06ff
}
