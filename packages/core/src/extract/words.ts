import type { Block, BlockKind, Sentence } from '../model/article.ts'
import { isArabicMark, isInvisible, TATWEEL } from '../normalize/arabic-letters.ts'
import { normalize } from '../normalize/normalize.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'
import { norm, type VerbForm } from './lexicon.ts'
import { hashOf, wordFlags } from './word-flags.ts'

/** A word of the article with what the extractor asks of it, computed once. */
export interface Word {
  index: number
  start: number
  end: number
  raw: string
  /** `norm(raw)`. */
  norm: string
  number: boolean
  /** ASCII digits of a number token ('' for words). */
  digits: string
  sentence: number
  block: number
  /** The text between the previous word (or the block start) and this one. */
  gap: string
  /** Punctuation or a quote mark (not just spaces or tatweel) separates this word from the previous one. */
  breakBefore: boolean
  bases: readonly Base[]
  /** The flags of all its readings together (see word-flags.ts). */
  flags: number
  /** The word normalised with ى kept (see `strictNorm`), computed when first asked for. */
  strict?: string
  // Answers of `word-classes.ts`, kept once computed: the rules ask them of the same words many times.
  functionWord?: boolean
  verb?: boolean
  reportingVerb?: VerbForm | null
  titleHead?: TitleHead | null
}

/** A reading that is a title opening a role, and the length of the possessive pronoun it carries (0 for none). */
export interface TitleHead {
  base: Base
  possessive: number
}

/**
 * A reading of a word with its attached particles removed: و ف (conjunctions), ب ك ل (prepositions) and the article
 * after ل (للشرق = ل + الشرق). `cut` counts the letters removed from the front of the written word.
 */
export interface Base {
  base: string
  cut: number
  /** `hashOf(base)`: lets per-article tables of words skip most readings without hashing strings again. */
  hash: number
  /** `wordFlags(base)`: what this reading may be. */
  flags: number
}

const DIGITS = { digits: true } as const

/**
 * Splits the article into words with their sentence and block, in one pass over each list. Words of blocks that
 * `reads` refuses (page clutter) are left out: the extractor never sees them.
 */
export function readWords(
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  reads: (kind: BlockKind) => boolean = () => true,
): Word[] {
  const tokens = splitAtBoundaries(tokenize(text), sentences)
  const words: Word[] = []
  let sentence = 0
  let block = 0
  let previousEnd = 0
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!
    while (sentence + 1 < sentences.length && sentences[sentence]!.end <= token.start) sentence++
    while (block + 1 < blocks.length && blocks[block]!.end <= token.start) block++
    if (blocks[block] !== undefined && !reads(blocks[block]!.kind)) {
      previousEnd = token.end
      continue
    }
    const i = words.length
    const gap = text.slice(previousEnd, token.start)
    const wordNorm = norm(token.text)
    const number = token.kind === 'number'
    const bases = number ? [reading(wordNorm, 0)] : cliticBases(wordNorm)
    let flags = 0
    for (let b = 0; b < bases.length; b++) flags |= bases[b]!.flags
    words.push({
      index: i,
      start: token.start,
      end: token.end,
      raw: token.text,
      norm: wordNorm,
      number,
      digits: number ? normalize(token.text, DIGITS) : '',
      sentence,
      block,
      gap,
      breakBefore: i > 0 && hasBreak(gap),
      bases,
      flags,
      // Present from the start, so that every word keeps one shape and property reads stay monomorphic.
      strict: undefined,
      functionWord: undefined,
      verb: undefined,
      reportingVerb: undefined,
      titleHead: undefined,
    })
    previousEnd = token.end
  }
  return words
}

/**
 * Cuts tokens that run over a sentence end: a subheading fused to its paragraph (`المهاموقال`) is one token to the
 * tokenizer but two words of two blocks to the structure.
 */
function splitAtBoundaries(tokens: Token[], sentences: readonly Sentence[]): Token[] {
  if (!crossesSentenceEnd(tokens, sentences)) return tokens
  const out: Token[] = []
  let s = 0
  for (const token of tokens) {
    let current = token
    while (s < sentences.length && sentences[s]!.end <= current.start) s++
    while (s < sentences.length && sentences[s]!.end > current.start && sentences[s]!.end < current.end) {
      const cut = sentences[s]!.end
      const next = sentences[s + 1]?.start ?? cut
      out.push({ ...current, text: current.text.slice(0, cut - current.start), end: cut })
      const rest = Math.max(cut, next)
      current = { ...current, text: current.text.slice(rest - current.start), start: rest }
      s++
    }
    if (current.end > current.start) out.push(current)
  }
  return out
}

/** Some token runs over a sentence end: most articles have none, and their tokens are the words as they are. */
function crossesSentenceEnd(tokens: readonly Token[], sentences: readonly Sentence[]): boolean {
  let t = 0
  for (const { end } of sentences) {
    while (t < tokens.length && tokens[t]!.end <= end) t++
    if (t < tokens.length && tokens[t]!.start < end) return true
  }
  return false
}

function hasBreak(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i)
    if (
      code === 0x20 ||
      code === TATWEEL ||
      code === 0xa0 ||
      (code >= 0x09 && code <= 0x0d) ||
      isInvisible(code)
    )
      continue
    return true
  }
  return false
}

const WAW = 0x0648 // و
const FEH = 0x0641 // ف
const BEH = 0x0628 // ب
const KAF = 0x0643 // ك
const LAM = 0x0644 // ل

// Particles by code unit: a letter cut from a word with `word[0]` would be a new string each time (V8 keeps strings
// of one code unit only for Latin-1).
function isConjunction(code: number): boolean {
  return code === WAW || code === FEH
}

function isPreposition(code: number): boolean {
  return code === BEH || code === KAF || code === LAM
}

/** The readings of a normalised word, the word itself first, then with fewer particles removed before more. */
function cliticBases(word: string): Base[] {
  const bases: Base[] = [reading(word, 0)]
  let rest = word
  let cut = 0
  if (rest.length >= 4 && isConjunction(rest.charCodeAt(0))) {
    rest = rest.slice(1)
    cut = 1
    bases.push(reading(rest, cut))
  }
  if (rest.length >= 4 && rest.charCodeAt(0) === LAM && rest.charCodeAt(1) === LAM) {
    bases.push(reading(`ا${rest.slice(1)}`, cut + 1))
  } else if (rest.length >= 3 && isPreposition(rest.charCodeAt(0))) {
    bases.push(reading(rest.slice(1), cut + 1))
  }
  return bases
}

function reading(base: string, cut: number): Base {
  const hash = hashOf(base)
  return { base, cut, hash, flags: wordFlags(base, hash) }
}

/** Offset in `raw` of the letter after the first `cut` letters, skipping the marks that ride on them. */
export function rawCut(raw: string, cut: number): number {
  let letters = 0
  let i = 0
  while (i < raw.length && letters < cut) {
    if (!isIgnorable(raw.charCodeAt(i))) letters++
    i++
  }
  while (i < raw.length && isIgnorable(raw.charCodeAt(i))) i++
  return i
}

function isIgnorable(code: number): boolean {
  return isArabicMark(code) || code === TATWEEL || isInvisible(code)
}

/** The sentence a text offset falls in (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  let found = 0
  while (low <= high) {
    const mid = (low + high) >> 1
    if (sentences[mid]!.start <= offset) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

/** Index of the first word starting at or after `offset`. */
export function wordAtOrAfter(words: readonly Word[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (words[mid]!.start < offset) low = mid + 1
    else high = mid
  }
  return low
}
