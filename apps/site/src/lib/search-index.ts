import { analyze } from '@marsad/core'
import { fnv1a } from './hash.ts'

/**
 * The static search index. Terms are the core's `analyze` output, the same keys the API's full-text index
 * stores, so both match the same spellings. The index is split so that a query fetches only what it needs:
 * term shards (`term → [doc, weight, doc, weight, …]`, docs ascending) chosen by a hash of the term, and
 * chunks of documents (title, link and sentences, for the result list and its snippets).
 */
export type SearchLayout = { docs: number; shards: number; chunk: number }

/** What a result shows. Sentences are kept whole so that the snippet is the sentence that matched. */
export type SearchDoc = {
  id: string
  href: string
  title: string
  /** The title was made from the first sentence (the article has none): shown, not searched, as in the API. */
  derivedTitle?: true
  /** The outlet's name; null when the corpus does not say (the page then shows the id). */
  outlet: string | null
  date?: string
  story?: { href: string; title: string }
  sentences: string[]
}

export type SearchShard = Record<string, number[]>

export type SearchIndex = { layout: SearchLayout; shards: SearchShard[]; chunks: SearchDoc[][] }

const DOCS_PER_SHARD = 64
const MAX_SHARDS = 256
const DOCS_PER_CHUNK = 16
const TITLE_WEIGHT = 3

/** How an index of `docs` documents is split: a power-of-two number of term shards and fixed-size chunks. */
export function searchLayout(docs: number): SearchLayout {
  let shards = 1
  while (shards < MAX_SHARDS && shards * DOCS_PER_SHARD < docs) shards *= 2
  return { docs, shards, chunk: DOCS_PER_CHUNK }
}

export const shardOf = (term: string, layout: SearchLayout) => fnv1a(term) % layout.shards
export const chunkOf = (doc: number, layout: SearchLayout) => Math.floor(doc / layout.chunk)

export const shardPath = (shard: number) => `/search/terms-${shard}.json`
export const chunkPath = (chunk: number) => `/search/docs-${chunk}.json`

/** Builds the index; a document's number is its position in `docs`. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const layout = searchLayout(docs.length)
  // Null-prototype shards: a term such as `constructor` must not meet Object.prototype.
  const shards: SearchShard[] = Array.from({ length: layout.shards }, () => Object.create(null))
  docs.forEach((doc, number) => {
    const weights = new Map<string, number>()
    const add = (text: string, weight: number) => {
      for (const { term } of analyze(text)) weights.set(term, (weights.get(term) ?? 0) + weight)
    }
    if (!doc.derivedTitle) add(doc.title, TITLE_WEIGHT)
    for (const sentence of doc.sentences) add(sentence, 1)
    for (const [term, weight] of weights) {
      const shard = shards[shardOf(term, layout)]!
      const postings = shard[term]
      if (postings) postings.push(number, weight)
      else shard[term] = [number, weight]
    }
  })
  const chunks: SearchDoc[][] = []
  for (let at = 0; at < docs.length; at += layout.chunk) chunks.push(docs.slice(at, at + layout.chunk))
  return { layout, shards, chunks }
}
