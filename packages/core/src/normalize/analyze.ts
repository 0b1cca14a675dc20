import { stopwords } from '../lexicon/stopwords.ts'
import { normalize } from './normalize.ts'
import { stem } from './stem.ts'
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

/**
 * The analyzer shared by search indexing, queries and matching: tokenize, then reduce each word to its light stem
 * and each number to ASCII digits. Index and query go through the same function, so every spelling the
 * normaliser and stemmer fold together matches.
 */
export function analyze(text: string, options?: AnalyzeOptions): Term[] {
  const terms: Term[] = []
  for (const token of tokenize(text)) {
    const term = token.kind === 'number' ? normalize(token.text, NUMBER_OPTIONS) : stem(token.text)
    if (term.length === 0) continue
    if (options?.dropStopwords && stopwords.has(term)) continue
    terms.push({ term, start: token.start, end: token.end })
  }
  return terms
}

/** The analysed terms of `text` joined by spaces: the form to store in a full-text index such as SQLite FTS5. */
export function analyzeToString(text: string, options?: AnalyzeOptions): string {
  return analyze(text, options)
    .map((t) => t.term)
    .join(' ')
}
