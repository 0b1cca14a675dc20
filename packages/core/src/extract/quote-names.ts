import { auxiliaryVerbs } from '../lang/ar/function-words.ts'
import { normSet } from '../lang/ar/spelling.ts'
import { kanaSet, verbParticleSet } from './lexicon.ts'
import { joined, type Scan } from './scan.ts'
import { isRoleWord, isVerb, looksVerbal, reportingVerb } from './word-classes.ts'
import type { Word } from './words.ts'

/**
 * The quoted span whose first word is `first` follows a head noun of `heads` (`حملة "…"`, `الفيلم التونسي "…"`): only
 * spaces, a tatweel or one adjective stand between the head and the opening mark.
 */
export function namedByHead(scan: Scan, first: number, heads: ReadonlySet<string>): boolean {
  const { words, text } = scan
  const quote = scan.quoteOpeningAt.get(first)
  if (!quote) return false
  let k = first - 1
  let word = k >= 0 ? words[k] : undefined
  if (!word || word.sentence !== words[first]!.sentence) return false
  const between = text.slice(word.end, quote.open).trim()
  if (between !== '' && between !== 'ـ') return false
  // ما تسمى بـ"…": the head, then ب written apart before the quote.
  if (word.norm === 'ب' && k > 0 && words[k - 1]!.sentence === word.sentence && !word.breakBefore)
    word = words[--k]!
  // حملة "…": the head itself is indefinite; `العملية "محدودة"` is a subject and what is said of it, and so is
  // `المؤسسة "تواجه صعوبات"`, a definite head before a verb, even where the head is listed with its article.
  if (word.norm.startsWith('ال') && opensPredicate(scan, first, quote.close)) return false
  // وأعلنت المحكمة "ثبوت قيام المتهمين بتدبير …": a definite head right after a verb of saying is its subject, and
  // a quote of several words after it is what was said.
  if (word.norm.startsWith('ال') && saidBy(scan, k, first, quote.close)) return false
  if (isHead(word.bases, heads, false)) return true
  // One nisba may stand between, and then the head may be definite: الفيلم الفلسطيني "…".
  if (!NISBA_SHAPED.test(word.norm) || isRoleWord(word) || k === 0 || word.breakBefore) return false
  k--
  word = words[k]!
  return isHead(word.bases, heads, true)
}

const MIN_SAID_WORDS = 4

/** Word `k` is the subject right after a verb of saying, and the quote from `first` holds several words. */
function saidBy(scan: Scan, k: number, first: number, close: number): boolean {
  const { words } = scan
  const verb = words[k - 1]
  if (!verb || !joined(words, k) || !reportingVerb(verb)) return false
  const last = first + MIN_SAID_WORDS - 1
  return words[last] !== undefined && words[last]!.end <= close
}

/** Quoted words, two or more, that open with a verb or a verb's particle (تواجه، ستواصل، لم تتمكن، كانت، جرت). */
export function opensPredicate(scan: Scan, first: number, close: number): boolean {
  const word = scan.words[first]!
  const second = scan.words[first + 1]
  if (!second || second.end > close) return false
  return (
    isVerb(word) ||
    looksVerbal(word) ||
    verbParticleSet.has(word.norm) ||
    kanaSet.has(word.norm) ||
    AUXILIARIES.has(word.norm) ||
    word.norm.startsWith('ست')
  )
}

const AUXILIARIES: ReadonlySet<string> = normSet(auxiliaryVerbs)

/** A definite word in ي or ية: a nisba's shape (الفلسطيني، الإيطالية). */
export const NISBA_SHAPED = /^ال.{2,}(?:ي|ية)$/

function isHead(bases: readonly { base: string }[], heads: ReadonlySet<string>, definite: boolean): boolean {
  for (let n = 0; n < bases.length; n++) {
    const { base } = bases[n]!
    if (heads.has(base) || (definite && base.startsWith('ال') && heads.has(base.slice(2)))) return true
  }
  return false
}

/**
 * `وقال في كلمته بافتتاح "…": …`، `في حوار لـ«…»: …`: a short quoted span that a preposition governs (بـ، لـ, or a
 * noun with ب or ل), closing right before a colon that words follow in its sentence, names where or to whom the
 * words were said; what was said follows the colon. Returns the first word after the colon, or undefined.
 */
export function colonAfterQuotedName(scan: Scan, first: number): number | undefined {
  const { words } = scan
  const quote = scan.quoteOpeningAt.get(first)
  const before = first > 0 ? words[first - 1] : undefined
  if (!quote || !before || before.sentence !== words[first]!.sentence) return undefined
  if (!governedByPreposition(before)) return undefined
  for (let k = first; k < words.length && k - first < MAX_QUOTED_NAME_WORDS; k++) {
    if (scan.quoteClosingAt.get(k) !== quote) continue
    const after = words[k + 1]
    const said = after !== undefined && after.sentence === before.sentence && after.gap.includes(':')
    return said ? k + 1 : undefined
  }
  return undefined
}

const MAX_QUOTED_NAME_WORDS = 5

/** لـ، بـ alone, or a noun in ب or ل (بافتتاح، لبرنامج): a word whose object the quoted span is. */
function governedByPreposition(word: Word): boolean {
  if (word.norm === 'ل' || word.norm === 'ب') return true
  if (isVerb(word) || (word.norm[0] !== 'ب' && word.norm[0] !== 'ل')) return false
  return word.bases.some((base) => base.cut === 1 && base.base.length > 2)
}
