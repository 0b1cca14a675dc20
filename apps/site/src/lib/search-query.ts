import { analyze, parseSearchQuery, type SearchQuery } from '@marsad/core'
import { type SearchLayout, type SearchShard, shardOf } from './search-index.ts'

export type Hit = { doc: number; score: number }

/** The postings of a term in a fetched shard; own keys only, as parsed JSON inherits from Object.prototype. */
export function postingsIn(shard: SearchShard | undefined, term: string): number[] | undefined {
  return shard && Object.hasOwn(shard, term) ? shard[term] : undefined
}

/**
 * What the page looks up for what a reader typed: the core's reading of it (the API reads queries with the same
 * function) and the shards holding its terms. No terms when nothing searchable is left.
 */
export function lookupOf(text: string, layout: SearchLayout): { query: SearchQuery; shards: number[] } {
  const query = parseSearchQuery(text)
  return { query, shards: [...new Set(query.terms.map((term) => shardOf(term, layout)))] }
}

// Terms without a letter or digit are no words to FTS5 or to the core's query reading: they break no phrase.
const SEARCHABLE = /[\p{L}\p{N}]/u

const termsOf = (text: string) =>
  analyze(text)
    .map((term) => term.term)
    .filter((term) => SEARCHABLE.test(term))

/** Whether `terms` holds `phrase` as consecutive terms. */
function holdsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= terms.length; at++) {
    if (phrase.every((term, offset) => terms[at + offset] === term)) return true
  }
  return false
}

/**
 * Whether a document holds every phrase of the query, in its title or its text, as the API's FTS5 phrases
 * match within one column. The text's terms run on across sentences, as the API's analysed body does.
 */
export function matchesPhrases(
  doc: { title: string; derivedTitle?: true; sentences: readonly string[] },
  query: SearchQuery,
): boolean {
  if (query.phrases.length === 0) return true
  const title = doc.derivedTitle ? [] : termsOf(doc.title)
  const body = doc.sentences.flatMap((sentence) => termsOf(sentence))
  return query.phrases.every((phrase) => holdsPhrase(title, phrase) || holdsPhrase(body, phrase))
}

/**
 * Documents holding every query term (the API's full-text search also joins its parts with AND), best first:
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
