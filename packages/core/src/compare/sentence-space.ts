import type { Article } from '../model/article.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { type ExtractionView, extractionOf } from '../similarity/extraction-view.ts'
import { TermTable } from '../similarity/term-table.ts'

/** A sentence as a bag of weighted terms: light stems, numbers and the ids of entities it mentions. */
export interface SentenceVector {
  /** Term id → tf × idf weight. */
  weights: Map<number, number>
  norm: number
  /** Sum of the weights: the denominator of the weighted overlap coefficient. */
  mass: number
}

/** The compared articles in one term space, with idf computed over all their sentences. */
export interface SentenceSpace {
  articles: readonly Article[]
  extractions: readonly ExtractionView[]
  table: TermTable
  /** Per article, per sentence: its vector, or null for a heading or a sentence without content words. */
  vectors: (SentenceVector | null)[][]
  /** Idf of a term over the sentences of all articles. */
  idf(term: number): number
  /** Content term ids of a piece of text (a quote, a role), each once. */
  terms(text: string): number[]
}

/** Pseudo-sentences in which no term occurs: keeps two articles' idf from overrating every one-off word. */
const PRIOR_SENTENCES = 20

export function sentenceSpace(articles: readonly Article[]): SentenceSpace {
  const table = new TermTable()
  const extractions = articles.map(extractionOf)
  const counts = articles.map((article, a) =>
    article.sentences.map((sentence) => {
      if (article.blocks[sentence.block]?.kind === 'heading') return null
      const bag = new Map<number, number>()
      for (const token of tokenize(sentence.text)) {
        const info = table.word(token)
        if (info.content) bag.set(info.term, (bag.get(info.term) ?? 0) + 1)
      }
      for (const entity of extractions[a]!.entities) {
        for (const mention of entity.mentions ?? []) {
          if (mention.start >= sentence.start && mention.start < sentence.end) {
            const term = table.intern(`@${entity.id}`)
            bag.set(term, (bag.get(term) ?? 0) + 1)
          }
        }
      }
      return bag.size === 0 ? null : bag
    }),
  )

  const df = new Map<number, number>()
  let sentences = 0
  for (const article of counts) {
    for (const bag of article) {
      if (bag === null) continue
      sentences++
      for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1)
    }
  }
  const idf = (term: number): number =>
    Math.log(1 + (sentences + PRIOR_SENTENCES) / ((df.get(term) ?? 0) + 1))

  const vectors = counts.map((article) =>
    article.map((bag): SentenceVector | null => {
      if (bag === null) return null
      const weights = new Map<number, number>()
      let norm = 0
      let mass = 0
      for (const [term, count] of bag) {
        const weight = (1 + Math.log(count)) * idf(term)
        weights.set(term, weight)
        norm += weight * weight
        mass += weight
      }
      return { weights, norm: Math.sqrt(norm), mass }
    }),
  )

  const terms = (text: string): number[] => {
    const ids = new Set<number>()
    for (const token of tokenize(text)) {
      const info = table.word(token)
      if (info.content) ids.add(info.term)
    }
    return [...ids]
  }

  return { articles, extractions, table, vectors, idf, terms }
}

/** Cosine of two sentence vectors, with the number of content terms they share. */
export function cosine(a: SentenceVector, b: SentenceVector): { similarity: number; shared: number } {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let dot = 0
  let shared = 0
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term)
    if (other === undefined) continue
    dot += weight * other
    shared++
  }
  return { similarity: dot === 0 ? 0 : dot / (a.norm * b.norm), shared }
}
