import type { Article } from '../model/article.ts'
import { bandKeys, isNearDuplicate } from '../similarity/fingerprint.ts'
import { TermTable } from '../similarity/term-table.ts'
import type { Edge } from './average-link.ts'
import { BandTable } from './band-table.ts'
import { PostingList } from './posting-list.ts'
import { type ArticleSignals, articleSignals } from './signals.ts'
import { signalSlabs } from './slab.ts'

export interface ArticleGraphOptions {
  /** Days apart within which time does not count against a pair of dated articles. Default 2. */
  graceDays?: number
  /** Beyond the grace, the similarity is multiplied by exp(−excess days / decayDays). Default 2. */
  decayDays?: number
  /** Factor for a pair of which an article has no known time: no time evidence for or against. Default 0.7. */
  undated?: number
  /** Pairs below this weighted similarity are left out of the graph. Default 0.04. */
  floor?: number
  /**
   * Factor for a pair of which each states in its first sentence a percentage the other never states: two results of
   * one election, one round and the next. Default 0.3.
   */
  shareConflict?: number
}

/** The articles' signals and their similarity graph: an edge for each pair of candidates similar enough. */
export interface ArticleGraph {
  signals: ArticleSignals[]
  edges: Edge[]
}

const DAY = 86_400_000
/** Pseudo-documents in none of which a term occurs (see the story index): smooths idf in small corpora. */
const PRIOR_DOCUMENTS = 20
/** Query terms per article: its most distinctive terms by weight × idf. */
const QUERY_TERMS = 24
/** Most recent postings read per query term: bounds the work per article whatever the corpus size. */
const SCAN = 128
/** Earlier articles scored exactly per article, those that gather most query weight. */
const CANDIDATES = 24
/** Earlier articles checked per shared LSH band for a wire copy. */
const BAND_SCAN = 8
/** A wire copy is the same report: the strongest edge there is. */
const COPY_WEIGHT = 1
/** Wire copies count as copies only when published this close. */
const DUPLICATE_DAYS = 2

/**
 * The similarity graph of a corpus, the articles taken in the order given (`storyOrder`): each article is compared,
 * through an inverted index of its most distinctive terms, with the earlier articles that share the most of them,
 * and is linked to each by TF-IDF cosine (idf of the whole corpus) times a time factor, and times `shareConflict`
 * when both lead with percentages the other lacks. Wire copies (MinHash) are
 * linked at full weight. Work per article is bounded: at most SCAN postings per query term, CANDIDATES scored pairs.
 */
export function articleGraph(articles: readonly Article[], options: ArticleGraphOptions = {}): ArticleGraph {
  const grace = (options.graceDays ?? 2) * DAY
  const decay = (options.decayDays ?? 2) * DAY
  const undated = options.undated ?? 0.7
  const floor = options.floor ?? 0.04
  const shareConflict = options.shareConflict ?? 0.3

  const table = new TermTable()
  const slabs = signalSlabs()
  const signals = articles.map((article) => articleSignals(article, table, slabs))
  const df = new Int32Array(table.size)
  for (const { terms } of signals) for (const term of terms) df[term]!++
  const idf = Float64Array.from(df, (count) => Math.log(1 + (articles.length + PRIOR_DOCUMENTS) / (count + 1)))

  // Unit idf-weighted vectors, parallel to each article's ascending terms.
  const vectors = signals.map(({ terms, weights }) => {
    const vector = Float64Array.from(terms, (term, i) => weights[i]! * idf[term]!)
    let norm = 0
    for (const value of vector) norm += value * value
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < vector.length; i++) vector[i]! /= norm
    return vector
  })

  const timeFactor = (a: number | null, b: number | null): number => {
    if (a === null || b === null) return undated
    const gap = Math.abs(a - b)
    return gap <= grace ? 1 : Math.exp(-(gap - grace) / decay)
  }
  // Beyond this gap even identical articles stay under the floor.
  const horizon = grace + decay * Math.log(1 / Math.min(floor, 1))

  // People and states are left out: outlets name the actors of one event too differently for absence to mean much
  // between two articles (it did not help on the development corpora), while a vote share is written alike.
  const share = (term: number): boolean => table.name(term).startsWith('%')
  const lacksShare = (a: ArticleSignals, b: ArticleSignals): boolean =>
    a.participants.some((term) => share(term) && !contains(b.terms, term))
  const conflictFactor = (a: ArticleSignals, b: ArticleSignals): number =>
    lacksShare(a, b) && lacksShare(b, a) ? shareConflict : 1

  const postings: (PostingList | undefined)[] = []
  const bands = new BandTable()
  const score = new Float64Array(articles.length)
  const touched: number[] = []
  const edges: Edge[] = []

  for (let i = 0; i < signals.length; i++) {
    const { terms, weights, time, print } = signals[i]!
    const linked = new Set<number>()
    const keys = bandKeys(print)
    for (const key of keys) {
      let entry = bands.latest(key)
      for (let scanned = 0; entry !== -1 && scanned < BAND_SCAN; scanned++, entry = bands.previous(entry)) {
        const j = bands.article(entry)
        const other = signals[j]!.time
        const apart = time !== null && other !== null ? Math.abs(time - other) : 0
        if (linked.has(j) || apart > DUPLICATE_DAYS * DAY || !isNearDuplicate(print, signals[j]!.print)) continue
        linked.add(j)
        edges.push({ a: j, b: i, weight: COPY_WEIGHT })
      }
    }
    for (const key of keys) bands.add(key, i)

    const query = queryTerms(terms, weights, idf)
    for (const k of query) {
      const list = postings[terms[k]!]
      if (list === undefined) continue
      const gain = weights[k]! * idf[terms[k]!]!
      const { stories: earlier, times, orderedAbove } = list
      for (let at = earlier.length - 1, read = 0; at >= 0 && read < SCAN; at--, read++) {
        const j = earlier[at]!
        const then = times[at]!
        if (time !== null && !Number.isNaN(then) && Math.abs(time - then) > horizon) {
          if (at > orderedAbove && then < time) break
          continue
        }
        if (score[j] === 0) touched.push(j)
        score[j]! += gain
      }
    }
    const best = touched
      .filter((j) => !linked.has(j))
      .sort((a, b) => score[b]! - score[a]! || a - b)
      .slice(0, CANDIDATES)
    for (const j of touched) score[j] = 0
    touched.length = 0
    for (const j of best) {
      const weight =
        cosine(signals[i]!.terms, vectors[i]!, signals[j]!.terms, vectors[j]!) *
        timeFactor(time, signals[j]!.time) *
        conflictFactor(signals[i]!, signals[j]!)
      if (weight >= floor) edges.push({ a: j, b: i, weight })
    }

    for (const k of query) {
      let list = postings[terms[k]!]
      if (list === undefined) {
        list = new PostingList(SCAN)
        postings[terms[k]!] = list
      }
      list.add(i, time ?? Number.NaN)
    }
  }
  return { signals, edges }
}

/** Positions of an article's most distinctive terms, by weight × idf (ties to the lower term id). */
function queryTerms(terms: Int32Array, weights: Float64Array, idf: Float64Array): number[] {
  const order = Array.from(terms.keys())
  const score = order.map((i) => weights[i]! * idf[terms[i]!]!)
  order.sort((a, b) => score[b]! - score[a]! || terms[a]! - terms[b]!)
  return order.slice(0, QUERY_TERMS)
}

/** Dot product of two unit vectors over ascending term lists. */
function cosine(a: Int32Array, x: Float64Array, b: Int32Array, y: Float64Array): number {
  let dot = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) dot += x[i++]! * y[j++]!
    else if (a[i]! < b[j]!) i++
    else j++
  }
  return dot
}

function contains(terms: Int32Array, term: number): boolean {
  let low = 0
  let high = terms.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (terms[middle] === term) return true
    if (terms[middle]! < term) low = middle + 1
    else high = middle - 1
  }
  return false
}
