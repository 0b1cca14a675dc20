import {
  articleInitialWordSet as innerArticle,
  properNameSet as properNames,
  rootInitialWordSet as rootInitialWords,
} from '../lang/ar/compiled-analysis.ts'
import { normalize } from './normalize.ts'

// Prefix and suffix lists after Larkey, Ballesteros and Connell's light10 stemmer, plus the combinations news text
// writes (ولل فلل وبال فبال وكال). Guards, in light10's spirit: the article leaves at least two letters, a lone و or ف
// at least three, a lone preposition (ب ك ل) at least four, so that verbs like بدأت and لعبت keep their first letter;
// a two-letter suffix leaves at least three letters (بيان, سكان stay whole), a one-letter suffix at least two, and
// a second suffix at least three.
// Where guards cannot tell, lexicons do: names keep every letter (فلسطين, بوتين), and words whose first letter
// belongs to the root keep it (وزير, فريق, كتاب). From a known name a preposition comes off whatever its length
// (لروسيا → روسيا).
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
const MIN_AFTER_ARTICLE = 2
const MIN_AFTER_CONJUNCTION = 3
const MIN_AFTER_PREPOSITION = 4
const MIN_AFTER_SECOND_SUFFIX = 3

// Names as they stand with and without the article: للعراق's core عراق is known from العراق.
const knownNames = new Set<string>()
for (const name of properNames) {
  knownNames.add(name)
  if (name.startsWith('ال')) knownNames.add(name.slice(2))
}

// Words never to strip a prefix from. Names that start with the article lose it like any word (الكرملين and
// للكرملين both give كرملين), and are then protected from suffix stripping as known names.
const keepWhole = new Set([
  ...rootInitialWords,
  ...innerArticle,
  ...[...properNames].filter((name) => !name.startsWith('ال')),
])

// Root-initial words are listed in one form; their inflections (وزارتي, وكالتها) are recognised by their suffix-less
// form, where a ت before a pronoun stands for the ة of the listed word.
const rootInitialStems = new Set([...rootInitialWords].map((word) => stripSuffixes(word)))

function isRootInitial(word: string): boolean {
  if (keepWhole.has(word)) return true
  const bare = stripSuffixes(word)
  return rootInitialStems.has(bare) || (bare.endsWith('ت') && rootInitialStems.has(bare.slice(0, -1)))
}

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
  for (const prefix of ARTICLE_PREFIXES_BY_FIRST.get(first)!) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_AFTER_ARTICLE)
      return word.slice(prefix.length)
  }
  let rest = word
  if (CONJUNCTIONS.includes(first) && rest.length - 1 >= MIN_AFTER_CONJUNCTION && !isRootInitial(rest)) {
    rest = rest.slice(1)
    if (keepWhole.has(rest)) return rest
  }
  if (!PREPOSITIONS.includes(rest[0]!)) return rest
  const afterPreposition = rest.slice(1)
  if (afterPreposition.length >= 2 && knownNames.has(afterPreposition)) return afterPreposition
  if (afterPreposition.length >= MIN_AFTER_PREPOSITION && !isRootInitial(rest)) return afterPreposition
  return rest
}

/** Removes light10's suffixes in order, each at most once, within the guards. Names are left whole. */
export function stripSuffixes(word: string): string {
  if (knownNames.has(word)) return word
  let rest = word
  for (const suffix of SUFFIXES) {
    // A suffix after another one must leave three letters: بنية → بني, not بن (which meets hundreds of words).
    const least = rest === word ? suffix.length + 1 : MIN_AFTER_SECOND_SUFFIX
    if (rest.length - suffix.length >= least && rest.endsWith(suffix)) {
      rest = rest.slice(0, -suffix.length)
    }
  }
  return rest
}

/**
 * Light stem of one word for search and matching: normalised (alef and yeh forms, diacritics), with attached
 * particles, the article and inflectional suffixes removed, ة folded to ه and ؤ ئ to ء. Names and words whose first letters
 * belong to the root (وزير, فلسطين, بوتين) are kept whole. Words of other scripts are lower-cased.
 */
export function stem(word: string): string {
  return stemNormalized(normalize(withoutTanwinAlef(word)))
}

/** `stem` for a word already in `normalize`'s default form (and without a tanwin alef): the analyzer's fast path. */
export function stemNormalized(normal: string): string {
  if (!isArabicWord(normal)) return normal.toLowerCase()
  if (innerArticle.has(normal)) return normal
  const withoutPrefixes = stripPrefixes(normal)
  const stemmed = withoutPrefixes.length <= 3 ? withoutPrefixes : stripSuffixes(withoutPrefixes)
  return FOLDED_AFTER_STEMMING.test(stemmed)
    ? stemmed.replace(ANY_FOLDED_AFTER_STEMMING, foldAfterStemming)
    : stemmed
}

// Folded only in the stem, after the affixes are read: ة to ه, and a hamza on waw or yeh to a bare hamza, since
// outlets seat one hamza differently (مسؤول / مسئول, شؤون / شئون, يتساءل / يتسائل).
const FOLDED_AFTER_STEMMING = /[ةؤئ]/
const ANY_FOLDED_AFTER_STEMMING = /[ةؤئ]/g
const foldAfterStemming = (letter: string): string => (letter === 'ة' ? 'ه' : 'ء')

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
