import type { Block, Sentence } from '../model/article.ts'
import { isArabicMark, isInvisible, TATWEEL } from '../normalize/arabic-letters.ts'
import { ARTICLE_UNITS } from '../normalize/code-units.ts'
import { TokenCursor, unitsHash } from '../normalize/tokenize.ts'
import { type Spelling, WrittenSpellings } from './spellings.ts'

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
  /** The token as written, with the answers of `word-classes.ts` about it, kept across words and articles. */
  spelling: Spelling
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

// One for the process: a spelling serves every article that holds it.
const SPELLINGS = new WrittenSpellings()

/**
 * Splits the article into words with their sentence and block, in one pass over each list. Words of blocks that
 * `reads` refuses (page clutter) are left out: the extractor never sees them.
 */
export function readWords(
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  reads: (block: Block) => boolean = () => true,
): Word[] {
  // Read by the token cursor and compared with the kept spellings.
  const units = ARTICLE_UNITS.copy(text)
  const reader = new WordReader(text, units, blocks, reads)
  const tokens = new TokenCursor(text, units)
  // A token that runs over a sentence end is cut there: a subheading fused to its paragraph (`المهاموقال`) is one
  // token to the tokenizer but two words of two blocks to the structure.
  let s = 0
  while (tokens.next()) {
    let start = tokens.start
    const { end, number } = tokens
    while (s < sentences.length && sentences[s]!.end <= start) s++
    if (s < sentences.length && sentences[s]!.end > start && sentences[s]!.end < end) {
      while (s < sentences.length && sentences[s]!.end > start && sentences[s]!.end < end) {
        const cut = sentences[s]!.end
        reader.add(start, cut, number, sentences, unitsHash(units, start, cut))
        start = Math.max(cut, sentences[s + 1]?.start ?? cut)
        s++
      }
      if (end > start) reader.add(start, end, number, sentences, unitsHash(units, start, end))
    } else if (end > start) reader.add(start, end, number, sentences, tokens.hash)
  }
  return reader.words
}

/** The words of one article as its tokens come, with the sentence and block each falls in. */
class WordReader {
  readonly words: Word[] = []
  private sentence = 0
  private block = 0
  private previousEnd = 0
  private readonly text: string
  private readonly units: Uint16Array
  private readonly blocks: readonly Block[]
  private readonly reads: (block: Block) => boolean
  /** `reads` of the current block, asked once per block rather than once per word. */
  private readsBlock: boolean

  constructor(text: string, units: Uint16Array, blocks: readonly Block[], reads: (block: Block) => boolean) {
    this.text = text
    this.units = units
    this.blocks = blocks
    this.reads = reads
    this.readsBlock = blocks.length === 0 || reads(blocks[0]!)
  }

  /** `hash`: `hashOf` of the word's code units. */
  add(start: number, end: number, number: boolean, sentences: readonly Sentence[], hash: number): void {
    const { blocks, words } = this
    while (this.sentence + 1 < sentences.length && sentences[this.sentence]!.end <= start) this.sentence++
    if (this.block + 1 < blocks.length && blocks[this.block]!.end <= start) {
      while (this.block + 1 < blocks.length && blocks[this.block]!.end <= start) this.block++
      this.readsBlock = this.reads(blocks[this.block]!)
    }
    if (!this.readsBlock) {
      this.previousEnd = end
      return
    }
    const i = words.length
    // Most words follow one space: a constant, not a slice, and no break to look for in it.
    const space = start === this.previousEnd + 1 && this.units[this.previousEnd] === SPACE
    const gap = space ? ' ' : this.text.slice(this.previousEnd, start)
    const spelling = SPELLINGS.at(this.units, this.text, start, end, number, hash)
    // An indexed store, which the compiler grows the array for inline, where `push` was a call of its builtin.
    words[i] = {
      index: i,
      start,
      end,
      raw: spelling.raw,
      norm: spelling.norm,
      number,
      digits: spelling.digits,
      sentence: this.sentence,
      block: this.block,
      gap,
      breakBefore: i > 0 && !space && hasBreak(gap),
      bases: spelling.bases,
      flags: spelling.flags,
      spelling,
    }
    this.previousEnd = end
  }
}

function hasBreak(gap: string): boolean {
  // #وزارة_الزراعة: underscores alone between two words join a hashtag's words as spaces do.
  if (gap.charCodeAt(0) === UNDERSCORE && onlyUnderscores(gap)) return false
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

const SPACE = 0x20
const UNDERSCORE = 0x5f

function onlyUnderscores(gap: string): boolean {
  for (let i = 1; i < gap.length; i++) if (gap.charCodeAt(i) !== UNDERSCORE) return false
  return true
}
/**
 * The reading of `word` with `cut` letters removed, if it has one. A loop rather than `bases.find` with a closure over
 * `cut`: such a closure gives every call of its function a context to allocate, taken or not.
 */
export function readingWithCut(word: Word, cut: number): Base | undefined {
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (base.cut === cut) return base
  }
  return undefined
}

/**
 * The first reading of `word`, as written or behind one particle, that `set` holds. A loop for the rules' many
 * `bases.find` with a closure: the closure was made at each call, and most calls find none.
 */
export function readingIn(word: Word, set: { has(base: string): boolean }): Base | undefined {
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (base.cut <= 1 && set.has(base.base)) return base
  }
  return undefined
}

/**
 * `base` is the word as written or the word behind its conjunction و (وسامي، والرياض), not behind a preposition: the
 * readings a name, a town or a verb keeps its place in the sentence with. `orFa` also lets ف (فقال).
 */
export function bareOrConjoined(word: Word, base: Base, orFa = false): boolean {
  if (base.cut === 0) return true
  const first = word.norm[0]
  return base.cut === 1 && (first === 'و' || (orFa && first === 'ف'))
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
