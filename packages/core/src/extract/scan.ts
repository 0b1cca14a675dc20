import type { EntityKind, MentionForm } from '../model/extraction.ts'
import { displayForm, type Target } from './lexicon.ts'
import type { QuotedSpan } from './quote-marks.ts'
import { type Base, rawCut, type Word, wordAtOrAfter } from './words.ts'

/** A name found in the text, before mentions are grouped into entities. Word indices are inclusive. */
export interface Found {
  kind: EntityKind
  name: string
  first: number
  last: number
  start: number
  end: number
  form: MentionForm
  gloss?: string
  /** Titles and roles that introduce a person, outermost first. */
  roles?: string[]
  /** The name comes from the gazetteer, so `name` is canonical. */
  known: boolean
  /** The head noun before the name, when one announced it (موقع in موقع "ستاندرد", وكالة in وكالة سبوتنيك). */
  head?: number
  /** The name as written, particles removed: a candidate alias. */
  surface: string
  /** Id of the entity, once grouped. */
  entity?: string
  /** Other written forms of the name here (وكالة رويترز for رويترز, محافظة المفرق for المفرق): more aliases. */
  alternates?: string[]
  /**
   * Its context or form vouches for a name as a title would (a scorer listed after سجل للضيوف،, an agency's dotted
   * initials و.م.ع): the learned check leaves it.
   */
  vouched?: boolean
  /** Names inside this one, found with it (the city of السفارة الأردنية في موسكو). */
  nested?: Found[]
}

/** A role that stands without a name (وتمنى الرئيس الروسي …), to be resolved to the person who holds it. */
export interface RoleSpan {
  role: string
  first: number
  last: number
  start: number
  end: number
  /** The person the role introduces, when a name follows it. */
  person?: Found
}

/** What the recognisers share: the words, and the quoted spans by the words they open before and close after. */
export interface Scan {
  text: string
  words: readonly Word[]
  /** 1 for words inside quote marks. */
  quoted: ArrayLike<number>
  /** 1 for words of a credit line (a byline, a date line): read for names and dates, never for reported speech. */
  credit: ArrayLike<number>
  /** The block that is the article's headline, the first of several (-1: none, as in a lone sentence). */
  headline: number
  quoteOpeningAt: ReadonlyMap<number, QuotedSpan>
  quoteClosingAt: ReadonlyMap<number, QuotedSpan>
  /** By sentence: the flags of all its words together (see word-flags.ts), for passes to skip sentences that lack a class. */
  sentenceFlags: readonly number[]
  /** By sentence: the index after its last word (its words are consecutive). */
  sentenceEnd: readonly number[]
}

// Lent to each article in turn; an article of more words than this gets marks of its own, not kept after it.
const KEPT_MARKS = 1 << 16
let marks = new Uint8Array(1024)

/**
 * A 0 for each of `length` words, for a pass to mark words in (the words a name or a role claims): good until the next
 * article's marks are asked for. A typed array has its own buffer outside the heap, dearer to make for each article
 * than to clear.
 */
export function wordMarks(length: number): Uint8Array {
  if (length > KEPT_MARKS) return new Uint8Array(length)
  if (marks.length < length) marks = new Uint8Array(Math.max(length, marks.length * 2))
  return marks.subarray(0, length).fill(0)
}

export function createScan(
  text: string,
  words: readonly Word[],
  quotes: readonly QuotedSpan[],
  creditBlocks?: ArrayLike<number>,
  headline = -1,
): Scan {
  const quoteOpeningAt = new Map<number, QuotedSpan>()
  const quoteClosingAt = new Map<number, QuotedSpan>()
  // Plain arrays of small integers: a typed array per article (its own buffer outside the heap) costs several times
  // more to make than a short array on the heap costs to fill.
  const quoted: number[] = new Array(words.length).fill(0)
  for (const quote of quotes) {
    const first = wordAtOrAfter(words, quote.open + 1)
    const after = wordAtOrAfter(words, quote.close)
    if (first >= after) continue
    if (!quoteOpeningAt.has(first)) quoteOpeningAt.set(first, quote)
    quoteClosingAt.set(after - 1, quote)
    quoted.fill(1, first, after)
  }
  const credit: number[] = new Array(words.length).fill(0)
  if (creditBlocks) for (let i = 0; i < words.length; i++) credit[i] = creditBlocks[words[i]!.block] ?? 0
  const sentences = words.length > 0 ? words[words.length - 1]!.sentence + 1 : 0
  const sentenceFlags: number[] = new Array(sentences).fill(0)
  const sentenceEnd: number[] = new Array(sentences).fill(0)
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    sentenceFlags[word.sentence] = sentenceFlags[word.sentence]! | word.flags
    sentenceEnd[word.sentence] = i + 1
  }
  return {
    text,
    words,
    quoted,
    credit,
    headline,
    quoteOpeningAt,
    quoteClosingAt,
    sentenceFlags,
    sentenceEnd,
  }
}

/** The first word at or after `from` whose sentence holds a word with a flag of `mask` (`words.length`: none). */
export function nextSentenceWith(scan: Scan, from: number, mask: number): number {
  const { words, sentenceFlags, sentenceEnd } = scan
  let i = from
  while (i < words.length) {
    const sentence = words[i]!.sentence
    if ((sentenceFlags[sentence]! & mask) !== 0) return i
    i = sentenceEnd[sentence]!
  }
  return words.length
}

/**
 * The first word at or after `from` with any flag of `mask` (`words.length`: none), a sentence at a time where its
 * words together have none: most rules look for a class of word that most sentences do not hold.
 */
export function nextWordWith(scan: Scan, from: number, mask: number): number {
  const { words, sentenceFlags, sentenceEnd } = scan
  let i = from
  while (i < words.length) {
    const word = words[i]!
    if ((sentenceFlags[word.sentence]! & mask) === 0) i = sentenceEnd[word.sentence]!
    else if ((word.flags & mask) !== 0) return i
    else i++
  }
  return words.length
}

/** Word `j` follows a quoted name that ends at word `j - 1`, with only the closing mark between: موقع "ستاندرد" البريطاني. */
export function afterQuotedName(scan: Scan, j: number): boolean {
  const word = scan.words[j]
  const previous = scan.words[j - 1]
  if (!word || !previous || word.sentence !== previous.sentence) return false
  const quote = scan.quoteClosingAt.get(j - 1)
  return quote !== undefined && scan.text.slice(previous.end, word.start).trim().length === 1
}

/** Word `j` continues the phrase of word `j - 1`: no punctuation between them, same sentence and block. */
export function joined(words: readonly Word[], j: number): boolean {
  const word = words[j]
  // Never `words[-1]`: a negative key is a property name to V8, and one such read makes the load megamorphic in every
  // rule this function is inlined into.
  const previous = j > 0 ? words[j - 1] : undefined
  return (
    word !== undefined &&
    previous !== undefined &&
    !word.breakBefore &&
    word.sentence === previous.sentence &&
    word.block === previous.block
  )
}

/** Only a comma, with or without spaces, stands between this word and the one before it (`وزير الداخلية، NAME`). */
export function commaGap(word: Word): boolean {
  // Most gaps are one space: no regex for them.
  return word.gap !== ' ' && COMMA_GAP.test(word.gap)
}

const COMMA_GAP = /^\s*[،,]\s*$/

/** Text offset of the first letter of a word's reading (after its particles). */
export function baseStart(word: Word, cut: number): number {
  return cut === 0 ? word.start : word.start + rawCut(word.raw, cut)
}

/** The words `first..last` as shown to people, the first without its particles (للشرق الأوسط → الشرق الأوسط). */
export function displaySpan(scan: Scan, first: number, last: number, base: Base): string {
  const word = scan.words[first]!
  if (first === last) return wordDisplay(word, base)
  let text = scan.text.slice(baseStart(word, base.cut), scan.words[last]!.end)
  if (restoresArticle(base) && !text.startsWith('ال') && text.startsWith('ل')) text = `ا${text}`
  // #وزارة_الزراعة: a hashtag's underscores are the spaces of its name. They stand between words (no token holds
  // one), so a word alone is not searched for them.
  if (last > first && text.includes('_')) text = text.replace(UNDERSCORES, ' ')
  return displayForm(text)
}

/**
 * ل + الشرق is written للشرق: the article's alef comes back when the preposition goes, for a reading behind particles
 * that has the article.
 */
function restoresArticle(base: Base): boolean {
  return base.cut > 0 && base.base.startsWith('ال')
}

/**
 * `displaySpan` of one word: a function of its spelling, the reading's cut and whether the article's alef comes back,
 * so kept on the spelling (`Spelling.displays`) for every word of every article written so; most names and most
 * of `displaySpan`'s calls are of one word.
 */
function wordDisplay(word: Word, base: Base): string {
  const alef = restoresArticle(base)
  const key = 2 * base.cut + (alef ? 1 : 0)
  const { spelling } = word
  const kept = spelling.displays?.[key]
  if (kept !== undefined) return kept
  let text = base.cut === 0 ? word.raw : word.raw.slice(rawCut(word.raw, base.cut))
  if (alef && !text.startsWith('ال') && text.startsWith('ل')) text = `ا${text}`
  const display = displayForm(text)
  if (spelling.displays === undefined) spelling.displays = []
  spelling.displays[key] = display
  return display
}

/** The words `first..last` as `displaySpan` shows them, without quote marks (`"أيمن خنفر"` → أيمن خنفر). */
export function unquotedSpan(scan: Scan, first: number, last: number, base: Base): string {
  return displaySpan(scan, first, last, base).replace(QUOTE_MARKS, '').trim()
}

const QUOTE_MARKS = /["«»“”]/g
const UNDERSCORES = /_+/g

/** `surface`: the span's `displaySpan`, where the caller has made it already (as a new name's target). */
export function foundFrom(
  scan: Scan,
  first: number,
  last: number,
  base: Base,
  target: Target,
  form: MentionForm,
  known: boolean,
  surface = displaySpan(scan, first, last, base),
): Found {
  return {
    kind: target.kind,
    name: target.name,
    first,
    last,
    start: baseStart(scan.words[first]!, base.cut),
    end: scan.words[last]!.end,
    form,
    known,
    surface,
    // Every field present from the start: one shape for every mention.
    gloss: target.gloss,
    roles: undefined,
    head: undefined,
    entity: undefined,
    alternates: undefined,
    nested: undefined,
  }
}

/** Records another written form of a found name. */
export function addAlternate(found: Found, surface: string): void {
  if (surface === found.surface) return
  if (found.alternates) found.alternates.push(surface)
  else found.alternates = [surface]
}
