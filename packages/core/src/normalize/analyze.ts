import { stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import { scannable, scanTerms, type TermSink } from './analyze-scan.ts'
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
  const terms: Term[] = []
  collected = terms
  const skip = skipped(options)
  if (!scanTerms(text, skip, collect)) {
    terms.length = 0
    analyzeNormalized(text, skip, collect)
  }
  collected = NONE
  return terms
}

// One sink function for every call of `analyze` (and one for `analyzeToString`), writing where the call says: the
// scanner's call of its sink then meets the same few functions, which the engine inlines, rather than a new closure
// per text. A sink never calls the analyzer, so one call's target cannot be overwritten by another's.
const NONE: Term[] = []
let collected: Term[] = NONE
const collect: TermSink = (term, start, end) => {
  collected.push({ term, start, end })
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
  const skip = skipped(options)
  // A sink of the caller's cannot take back what the scanner gave it before finding a code unit it leaves aside.
  if (scannable(text)) scanTerms(text, skip, sink)
  else analyzeNormalized(text, skip, sink)
}

function skipped(options: AnalyzeOptions | undefined): ReadonlySet<string> | undefined {
  return options?.dropStopwords ? stopwordStems : undefined
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
  const skip = skipped(options)
  if (!scanTerms(text, skip, join)) {
    joined = ''
    analyzeNormalized(text, skip, join)
  }
  const result = joined
  joined = ''
  return result
}
