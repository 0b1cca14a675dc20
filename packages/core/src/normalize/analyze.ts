import { stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import { scanTerms, type TermSink } from './analyze-scan.ts'
import { ALEF, isArabicMark, TANWIN_FATH, TATWEEL } from './arabic-letters.ts'
import { normalize, normalizeWithOffsets } from './normalize.ts'
import { stemNormalized } from './stem.ts'
import { stemNormalizedCached } from './stem-cache.ts'
import { tokenize } from './tokenize.ts'

export type { TermSink }

export interface Term {
  /** The search key: a light stem for words, ASCII digits for numbers. */
  term: string
  /** Offsets of the source word in the analysed text. */
  start: number
  end: number
}

export interface AnalyzeOptions {
  /** Leave out function words (في، من، التي …). Default false: search keeps them for phrases. */
  dropStopwords?: boolean
}

const NUMBER_OPTIONS = { digits: true } as const

// Function words as the stemmer leaves them, so that التي (stem تي) is dropped like any other.
const stopwordStems: ReadonlySet<string> = new Set([...stopwords].map((word) => stemNormalized(word)))

/**
 * The analyzer shared by search indexing, queries and matching: tokenize, then reduce each word to its light stem
 * and each number to ASCII digits. Index and query go through the same function, so every spelling the
 * normaliser and stemmer fold together matches. Offsets point into `text` as given.
 */
export function analyze(text: string, options?: AnalyzeOptions): Term[] {
  collected = 0
  analyzeInto(text, collect, options)
  return termsCollected()
}

// `analyze` gathers each term and its offsets into buffers kept from call to call, then makes its array at its final
// length and each `Term` in one loop: pushing each as it came grew the array a dozen times for a page and cost the
// public path a sixth of the analyzer's time. One sink function for every call (and one for `analyzeToString`), so
// that the scanner's call of its sink meets the same few functions, which the engine inlines. A sink never calls the
// analyzer, so one call's buffers cannot be overwritten by another's.
const KEPT_TERMS = 65_536
let termWords: string[] = []
let termStarts = new Int32Array(256)
let termEnds = new Int32Array(256)
let collected = 0
const collect: TermSink = (term, start, end) => {
  if (collected === termStarts.length) growTermBuffers()
  termWords[collected] = term
  termStarts[collected] = start
  termEnds[collected++] = end
}

function growTermBuffers(): void {
  const starts = new Int32Array(termStarts.length * 2)
  const ends = new Int32Array(termEnds.length * 2)
  starts.set(termStarts)
  ends.set(termEnds)
  termStarts = starts
  termEnds = ends
}

function termsCollected(): Term[] {
  const count = collected
  // Sized up front below V8's limit for a fast (not dictionary) array made with a length.
  const terms: Term[] = count <= KEPT_TERMS ? new Array<Term>(count) : []
  for (let i = 0; i < count; i++) terms[i] = { term: termWords[i]!, start: termStarts[i]!, end: termEnds[i]! }
  collected = 0
  // A text of more terms than are kept gets its buffers back at their first size, holding none of its words.
  if (count > KEPT_TERMS) {
    termWords = []
    termStarts = new Int32Array(256)
    termEnds = new Int32Array(256)
  }
  return terms
}

let joined = ''
const join: TermSink = (term) => {
  joined = joined === '' ? term : `${joined} ${term}`
}

/**
 * `analyze` without a `Term` per word: each term and its source offsets go to `sink`, in order. For indexing and
 * matching large volumes, where the objects would be made only to be read once.
 */
export function analyzeInto(text: string, sink: TermSink, options?: AnalyzeOptions): void {
  const skip = options?.dropStopwords ? stopwordStems : undefined
  if (!scanTerms(text, skip, sink)) analyzeNormalized(text, skip, sink)
}

/**
 * The analyzer over the whole normalised text and its offset map: what `scanTerms` does in one pass, for the texts
 * it leaves aside (combining hamza or madda, presentation forms), and its reference in tests.
 */
export function analyzeNormalized(text: string, skip: ReadonlySet<string> | undefined, sink: TermSink): void {
  // Normalising the whole text once is far cheaper than word by word; offsets lead back to the source.
  const { text: normal, offsets } = normalizeWithOffsets(text)
  for (const token of tokenize(normal)) {
    const start = offsets[token.start]!
    const end = sourceEnd(text, offsets, token.end)
    let term: string
    if (token.kind === 'number') term = normalize(token.text, NUMBER_OPTIONS)
    else {
      const word = hasTanwinAlef(text, end) ? token.text.slice(0, -1) : token.text
      term = stemNormalizedCached(word)
    }
    if (term.length === 0 || skip?.has(term)) continue
    sink(term, start, end)
  }
}

/** The source word ends in a tanwin alef (اً or ًا), which normalising has reduced to a bare ا. */
function hasTanwinAlef(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1)
  const before = text.charCodeAt(end - 2)
  return (last === TANWIN_FATH && before === ALEF) || (last === ALEF && before === TANWIN_FATH)
}

/** Where the source word ends: after its last letter and the marks riding on it, before any space or control. */
function sourceEnd(text: string, offsets: Uint32Array, normalEnd: number): number {
  let end = offsets[normalEnd - 1]! + 1
  const limit = offsets[normalEnd]!
  while (end < limit && (isArabicMark(text.charCodeAt(end)) || text.charCodeAt(end) === TATWEEL)) end++
  return end
}

/** The analysed terms of `text` joined by spaces: the form to store in a full-text index such as SQLite FTS5. */
export function analyzeToString(text: string, options?: AnalyzeOptions): string {
  joined = ''
  analyzeInto(text, join, options)
  const result = joined
  joined = ''
  return result
}
