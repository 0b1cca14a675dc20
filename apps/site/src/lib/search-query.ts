import { analyze } from '@marsad/core'
import type { SearchShard } from './search-index.ts'

export type Hit = { doc: number; score: number }

/** The postings of a term in a fetched shard; own keys only, as parsed JSON inherits from Object.prototype. */
export function postingsIn(shard: SearchShard | undefined, term: string): number[] | undefined {
  return shard && Object.hasOwn(shard, term) ? shard[term] : undefined
}

/** A query's distinct search terms, in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(analyze(query).map((term) => term.term))]
}

/**
 * Documents holding every query term (the API's full-text search also joins terms with AND), best first:
 * the sum over terms of weight × idf, ties in corpus order.
 */
export function rank(
  terms: readonly string[],
  postingsOf: (term: string) => number[] | undefined,
  docs: number,
): Hit[] {
  if (terms.length === 0) return []
  const lists: number[][] = []
  for (const term of terms) {
    const postings = postingsOf(term)
    if (!postings) return []
    lists.push(postings)
  }
  lists.sort((a, b) => a.length - b.length)
  let scores = new Map<number, number>()
  lists.forEach((postings, index) => {
    const idf = Math.log(1 + docs / (postings.length / 2))
    const next = new Map<number, number>()
    for (let i = 0; i < postings.length; i += 2) {
      const doc = postings[i]!
      const before = index === 0 ? 0 : scores.get(doc)
      if (before !== undefined) next.set(doc, before + postings[i + 1]! * idf)
    }
    scores = next
  })
  return [...scores]
    .map(([doc, score]) => ({ doc, score }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
}

/** A text cut into parts, the parts whose analysed term is a query term flagged as hits. */
export function highlight(text: string, terms: ReadonlySet<string>): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = []
  let at = 0
  for (const term of analyze(text)) {
    if (!terms.has(term.term)) continue
    if (term.start > at) parts.push({ text: text.slice(at, term.start), hit: false })
    parts.push({ text: text.slice(term.start, term.end), hit: true })
    at = term.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false })
  return parts
}

/** The sentence that holds the most distinct query terms (the first on a tie), or -1 when none holds any. */
export function bestSentence(sentences: readonly string[], terms: ReadonlySet<string>): number {
  let best = -1
  let bestCount = 0
  sentences.forEach((sentence, index) => {
    const found = new Set(
      analyze(sentence)
        .filter((term) => terms.has(term.term))
        .map((term) => term.term),
    )
    if (found.size > bestCount) {
      best = index
      bestCount = found.size
    }
  })
  return best
}
