import type { Article } from '../model/article.ts'
import type { Story } from '../model/story.ts'
import { buildStory } from './build-story.ts'
import { bandKeys, isNearDuplicate, resemblance } from './fingerprint.ts'
import { type ArticleSignals, articleSignals } from './signals.ts'
import { TermTable } from './term-table.ts'

export interface StoryIndexOptions {
  /**
   * Weighted similarity (TF-IDF cosine to the story's centroid, times the time factor) an article needs to join a
   * story. Default 0.18.
   */
  threshold?: number
  /** Days apart within which time does not count against joining. Default 2. */
  graceDays?: number
  /** Beyond the grace, the similarity is multiplied by exp(−excess days / decayDays). Default 2. */
  decayDays?: number
  /** Factor for an article or story without a known time: no time evidence for or against. Default 0.7. */
  undated?: number
}

/** Where `add` put an article. */
export interface StoryAssignment {
  /** Position of the article's story in `stories()`; stable for the life of the index. */
  story: number
  /** Similarity that decided the assignment; 0 for an article that opened a new story. */
  similarity: number
  /** Id of an earlier article this one is a near-duplicate (wire copy) of, when the duplicate decided it. */
  duplicateOf?: string
}

export interface StoryIndex {
  /** Adds one article; an id already added returns its earlier assignment. */
  add(article: Article): StoryAssignment
  /** The stories so far, in order of their first article. */
  stories(): Story[]
  /** Number of articles added. */
  readonly size: number
}

interface Member {
  article: Article
  signals: ArticleSignals
  /** L2 norm of the raw weights: each member adds a unit vector to its story's centroid. */
  norm: number
  story: number
}

interface Cluster {
  members: number[]
  centroid: Map<number, number>
  start: number | null
  end: number | null
}

const DAY = 86_400_000
/**
 * Pseudo-documents added to the collection, in none of which a term occurs: smooths document frequencies so that in
 * a handful of articles a term two of them share is not outweighed by every word only one of them uses.
 */
const PRIOR_DOCUMENTS = 20
/** Query terms per article: its most distinctive terms by weight × idf. */
const QUERY_TERMS = 24
/** Most recent postings scanned per query term: bounds the work per article whatever the corpus size. */
const SCAN = 256
/** Stories scored exactly per article. */
const CANDIDATES = 12
/** Centroid terms kept for a story; beyond PRUNE_AT the weakest are dropped. */
const CENTROID_KEEP = 400
const PRUNE_AT = 600
/** Earlier articles checked per shared LSH band for a wire copy. */
const BAND_SCAN = 8
/** Wire copies join their original's story without scoring only when published this close. */
const DUPLICATE_DAYS = 2

/**
 * An incremental story clusterer for a stream of articles. Each article is compared, through an inverted index of
 * its most distinctive terms, with the few stories that share them, and joins the most similar story above the
 * threshold or opens a new one; a near-duplicate of an earlier article joins that article's story at once.
 * Document frequencies grow with the stream, so `clusterStories` over the same articles in the same order gives
 * exactly the same stories.
 */
export function createStoryIndex(options: StoryIndexOptions = {}): StoryIndex {
  const threshold = options.threshold ?? 0.18
  const grace = (options.graceDays ?? 2) * DAY
  const decay = (options.decayDays ?? 2) * DAY
  const undated = options.undated ?? 0.7

  const table = new TermTable()
  const df: number[] = []
  const members: Member[] = []
  const clusters: Cluster[] = []
  const byId = new Map<string, StoryAssignment>()
  const postings = new Map<number, number[]>()
  const bands = new Map<number, number[]>()
  const seen: number[] = []
  let stamp = 0

  const idf = (term: number): number =>
    Math.log(1 + (members.length + PRIOR_DOCUMENTS) / ((df[term] ?? 0) + 1))

  const timeFactor = (time: number | null, cluster: Cluster): number => {
    if (time === null || cluster.start === null || cluster.end === null) return undated
    const gap = Math.max(0, cluster.start - time, time - cluster.end)
    return gap <= grace ? 1 : Math.exp(-(gap - grace) / decay)
  }

  const findDuplicate = (signals: ArticleSignals, keys: number[]): number | null => {
    for (const key of keys) {
      const list = bands.get(key)
      if (list === undefined) continue
      for (let j = list.length - 1; j >= Math.max(0, list.length - BAND_SCAN); j--) {
        const other = members[list[j]!]!
        const apart =
          signals.time !== null && other.signals.time !== null
            ? Math.abs(signals.time - other.signals.time)
            : 0
        if (apart <= DUPLICATE_DAYS * DAY && isNearDuplicate(signals.print, other.signals.print))
          return list[j]!
      }
    }
    return null
  }

  const queryTerms = (signals: ArticleSignals): number[] => {
    const order = Array.from(signals.terms.keys())
    const score = order.map((i) => signals.weights[i]! * idf(signals.terms[i]!))
    order.sort((a, b) => score[b]! - score[a]! || signals.terms[a]! - signals.terms[b]!)
    return order.slice(0, QUERY_TERMS)
  }

  const candidates = (signals: ArticleSignals, query: number[]): number[] => {
    const accumulated = new Map<number, number>()
    for (const i of query) {
      const term = signals.terms[i]!
      const list = postings.get(term)
      if (list === undefined) continue
      const gain = signals.weights[i]! * idf(term)
      stamp++
      for (let j = list.length - 1; j >= Math.max(0, list.length - SCAN); j--) {
        const story = list[j]!
        if (seen[story] === stamp) continue
        seen[story] = stamp
        accumulated.set(story, (accumulated.get(story) ?? 0) + gain)
      }
    }
    return [...accumulated]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES)
      .map(([story]) => story)
  }

  const similarity = (signals: ArticleSignals, cluster: Cluster): number => {
    let dot = 0
    let articleNorm = 0
    for (let i = 0; i < signals.terms.length; i++) {
      const term = signals.terms[i]!
      const weight = idf(term)
      const value = signals.weights[i]! * weight
      articleNorm += value * value
      const centroid = cluster.centroid.get(term)
      if (centroid !== undefined) dot += value * centroid * weight
    }
    if (dot === 0) return 0
    let clusterNorm = 0
    for (const [term, value] of cluster.centroid) {
      const weighted = value * idf(term)
      clusterNorm += weighted * weighted
    }
    return (dot / Math.sqrt(articleNorm * clusterNorm)) * timeFactor(signals.time, cluster)
  }

  const join = (index: number, story: number, query: number[], keys: number[]): void => {
    const member = members[index]!
    const cluster = clusters[story]!
    cluster.members.push(index)
    const { terms, weights } = member.signals
    for (let i = 0; i < terms.length; i++) {
      cluster.centroid.set(terms[i]!, (cluster.centroid.get(terms[i]!) ?? 0) + weights[i]! / member.norm)
    }
    if (cluster.centroid.size > PRUNE_AT) prune(cluster)
    const time = member.signals.time
    if (time !== null) {
      cluster.start = cluster.start === null ? time : Math.min(cluster.start, time)
      cluster.end = cluster.end === null ? time : Math.max(cluster.end, time)
    }
    for (const i of query) {
      const term = terms[i]!
      const list = postings.get(term)
      if (list === undefined) postings.set(term, [story])
      else list.push(story)
    }
    for (const key of keys) {
      const list = bands.get(key)
      if (list === undefined) bands.set(key, [index])
      else list.push(index)
    }
  }

  const add = (article: Article): StoryAssignment => {
    const known = byId.get(article.id)
    if (known !== undefined) return known
    const signals = articleSignals(article, table)
    let norm = 0
    for (const weight of signals.weights) norm += weight * weight
    const index = members.length
    members.push({ article, signals, norm: Math.sqrt(norm) || 1, story: -1 })
    for (const term of signals.terms) df[term] = (df[term] ?? 0) + 1

    const keys = bandKeys(signals.print)
    const query = queryTerms(signals)
    let assignment: StoryAssignment
    const original = findDuplicate(signals, keys)
    if (original !== null) {
      const other = members[original]!
      assignment = {
        story: other.story,
        similarity: resemblance(signals.print, other.signals.print),
        duplicateOf: other.article.id,
      }
    } else {
      let best = -1
      let bestScore = 0
      for (const story of candidates(signals, query)) {
        const score = similarity(signals, clusters[story]!)
        if (score > bestScore) {
          best = story
          bestScore = score
        }
      }
      if (best >= 0 && bestScore >= threshold) assignment = { story: best, similarity: bestScore }
      else {
        clusters.push({ members: [], centroid: new Map(), start: null, end: null })
        assignment = { story: clusters.length - 1, similarity: 0 }
      }
    }
    members[index]!.story = assignment.story
    join(index, assignment.story, query, keys)
    byId.set(article.id, assignment)
    return assignment
  }

  const stories = (): Story[] =>
    clusters.map((cluster) =>
      buildStory(
        cluster.members.map((index) => {
          const member = members[index]!
          return {
            article: member.article,
            print: member.signals.print,
            time: member.signals.time,
            centrality: similarity(member.signals, cluster),
          }
        }),
      ),
    )

  return {
    add,
    stories,
    get size() {
      return members.length
    },
  }
}

function prune(cluster: Cluster): void {
  const kept = [...cluster.centroid].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CENTROID_KEEP)
  cluster.centroid = new Map(kept)
}
