import { stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import { ALEF, isArabicMark, TANWIN_FATH, TATWEEL } from './arabic-letters.ts'
import { normalize, normalizeWithOffsets } from './normalize.ts'
import { stemNormalized } from './stem.ts'
import { tokenize } from './tokenize.ts'

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
  // Normalising the whole text once is far cheaper than word by word; offsets lead back to the source.
  const { text: normal, offsets } = normalizeWithOffsets(text)
  const terms: Term[] = []
  for (const token of tokenize(normal)) {
    const start = offsets[token.start]!
    const end = sourceEnd(text, offsets, token.end)
    let term: string
    if (token.kind === 'number') term = normalize(token.text, NUMBER_OPTIONS)
    else {
      const word = hasTanwinAlef(text, end) ? token.text.slice(0, -1) : token.text
      term = stemNormalized(word)
    }
    if (term.length === 0) continue
    if (options?.dropStopwords && stopwordStems.has(term)) continue
    terms.push({ term, start, end })
  }
  return terms
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
  return analyze(text, options)
    .map((t) => t.term)
    .join(' ')
}
