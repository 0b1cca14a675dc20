import type { Article } from '../model/article.ts'
import type { Story } from '../model/story.ts'
import { bandKeys, isNearDuplicate, resemblance } from '../similarity/fingerprint.ts'
import { TermTable } from '../similarity/term-table.ts'
import { averageLinkGroups, type Edge, type SmallMerge } from './average-link.ts'
import { BandTable } from './band-table.ts'
import { buildStory } from './build-story.ts'
import { type GroupMerge, mergeGroups } from './group-merge.ts'
import {
  barsGroupMerge,
  conflictFactor,
  contains,
  FEATURE_COUNT,
  leadWeight,
  pairFeatures,
  SHARE_CONFLICT_FACTOR,
  type TermKind,
  termKind,
  timeFeatures,
} from './pair-features.ts'
import { type PairModel, pairCeiling, pairProbability } from './pair-model.ts'
import { PAIR_WEIGHTS } from './pair-weights.ts'
import { PostingList } from './posting-list.ts'
import { type ArticleSignals, articleSignals } from './signals.ts'
import { signalSlabs } from './slab.ts'

export interface StoryIndexOptions {
  /**
   * Mean weighted similarity (TF-IDF cosine of two articles, times the time factor) two groups of articles need to
   * merge into one story under average link. Default 0.16.
   */
  threshold?: number
  /**
   * Factor for a pair of articles of which each states in its first sentence a percentage the other never states:
   * two counts of one election, one round and the next. Default 0.3.
   */
  shareConflict?: number
  /**
   * Days from a story's mean time within which time does not count against joining. Default 2. Two articles whose
   * known times are more than this apart never share a story: average link does not merge their groups, nor does the
   * pass over whole groups.
   */
  graceDays?: number
  /** Beyond the grace, the similarity is multiplied by exp(−excess days / decayDays). Default 2. */
  decayDays?: number
  /** Factor for an article or story without a known time: no time evidence for or against. Default 0.7. */
  undated?: number
  /**
   * The learned link weight of two articles (a probability over `PAIR_FEATURES`) and its threshold, or `null` for
   * the hand-set one (cosine × time factor × conflict factors, at `threshold`). Default `PAIR_WEIGHTS`, learned from
   * the development corpora's event labels.
   */
  pairModel?: PairModel | null
  /**
   * Term counts of stored articles that this index does not hold (or holds through `restore`): an index that keeps
   * only recent stories in memory still weighs terms by the whole corpus.
   */
  prior?: TermCounts
  /**
   * A second pass for small groups after average link (`SmallMerge`), or none (the default). Articles linked at
   * `factor` × the threshold then count as neighbours of a story.
   */
  small?: SmallMerge
  /**
   * Under average link, two groups of two articles or more merge only when every article of the smaller one links to
   * the larger one at this share of the threshold or more, on average (`averageLinkGroups`); 0 for plain average
   * link (the default, `COHESION`).
   */
  cohesion?: number
  /**
   * The pass over whole groups after average link (`mergeGroups`), or `null` for none: two groups of the regrouped
   * neighbourhood merge when the cosine of their idf-weighted centroids (each member's unit vector summed) is at
   * `bar` or more and no pair of their members is barred (`barsGroupMerge`) or has known times more than `graceDays`
   * apart. Default `GROUP_MERGE`.
   */
  groupMerge?: GroupMerge | null
}

/**
 * The default `groupMerge`: reports of one event that each word it their own way (a toll as it grows, a title
 * reworded) link weakly pair by pair while their groups' summed words agree. Chosen leave-one-corpus-out
 * (docs/history/stories.md, "Stories, round 13").
 */
export const GROUP_MERGE: GroupMerge = { bar: 0.2 }

/**
 * The default `cohesion`: none. At 0.5 it gained leave-one-corpus-out, but neither 0.35 nor 0.65 did, and chosen
 * inside each fold it lost (docs/history/stories.md, "Stories, round 10").
 */
export const COHESION = 0

/**
 * Document frequencies: in how many of `documents` articles each term occurs (`StoryIndex.termsOf`). Terms in the
 * order they were first counted: the index numbers them in that order, and breaks ties by those numbers.
 */
export interface TermCounts {
  documents: number
  frequencies: Iterable<readonly [term: string, count: number]>
}

/** A stored article to hold again in the story the store has it in (see `StoryPlacement`). */
export interface StoredMember {
  article: Article
  join: string | null
}

/** Which stories `evict` keeps in memory. */
export interface StoryWindow {
  /** Stories with a dated member are kept when their latest member time (ms) is at or after this. */
  since: number
  /** Stories with no dated member are kept when one of the last `additions` articles added joined them. */
  additions: number
}

/** Where `add` put an article. */
export interface StoryAssignment {
  /**
   * The number of the article's story, stable for the life of the index: its position in `stories()` as long as no
   * story has lost its last member.
   */
  story: number
  /** Similarity that decided the assignment; 0 for an article that opened a new story or was placed. */
  similarity: number
  /** Id of an earlier article this one is a near-duplicate (wire copy) of, when the duplicate decided it. */
  duplicateOf?: string
  /**
   * The other stories whose members the article's arrival regrouped (some may have lost every member): its
   * neighbourhood is clustered again, so a bridging article can merge two stories or move members between them.
   */
  regrouped?: number[]
}

/**
 * Where to put an article instead of clustering it, to rebuild an index whose stories are stored: `join`, the id of an
 * article already added whose story it joins, or `null` for a story of its own.
 */
export interface StoryPlacement {
  join: string | null
}

export interface StoryIndex {
  /** Adds one article (or places it, see `StoryPlacement`); an id already in the index returns its assignment. */
  add(article: Article, placement?: StoryPlacement): StoryAssignment
  /**
   * Takes an article out of its story, whose remaining members are then grouped again among themselves, in their
   * order, by the rules `add` follows (with today's term statistics): usually they stay one story, but a story the
   * article bridged splits. Other stories are untouched. Answers the numbers of the stories the remaining members
   * now form, the first being the old story's (none when the article was alone), or `undefined` for an unknown id.
   * Work is proportional to the story's size, not the index's.
   */
  remove(id: string): number[] | undefined
  /** The story of that number, or `undefined` when it has no member (left). */
  story(story: number): Story | undefined
  /** The stories so far, in order of their first article. */
  stories(): Story[]
  /**
   * Holds stored articles again, in the stories given, when they are counted in the `prior` the index was made with
   * (after a restart, or to bring back an evicted story for a late article). Equals adding them with placements to
   * an index whose prior lacked them, so a store that restores every article gets the stories it would have had.
   */
  restore(members: readonly StoredMember[]): StoryAssignment[]
  /**
   * Drops from memory the stories outside the window, with their members; they stay counted in the term statistics.
   * Answers the ids of the articles dropped. A dropped story's number is never used again.
   */
  evict(window: StoryWindow): string[]
  /** The distinct terms an article held in the index counts in the document frequencies, in `TermCounts` order. */
  termsOf(id: string): string[] | undefined
  /** Earliest and latest event time (ms) of a story's members, `null` when none is dated or the story is gone. */
  span(story: number): { earliest: number; latest: number } | null
  /**
   * How far in time (ms) from an article the stories it can join lie: each has a member no earlier than the
   * article's time minus `reach`, and one no later than its time plus `reach`. A story that is undated may be
   * joined by any article.
   */
  readonly reach: number
  /** Number of articles in the index (held in memory). */
  readonly size: number
}

interface Member {
  article: Article
  signals: ArticleSignals
  /** L2 norm of the raw weights: each member adds a unit vector to its story's centroid. */
  norm: number
  story: number
  removed: boolean
}

interface Cluster {
  members: number[]
  /**
   * Sum of the members' unit vectors (raw weights): the first `size` entries of `terms` (ascending term ids) and of
   * `values`; the arrays have room to spare so that a join merges in place.
   */
  terms: Int32Array
  values: Float64Array
  size: number
  /** Sum and count of the members' known times: the story's time is their mean. */
  timeSum: number
  timed: number
  /** Per participant (family-name term), how many members name the person in their first sentence. */
  leads: Map<number, number>
  /** Idf-weighted centroid norm and the idf epoch it was computed in (-1: stale). */
  norm: number
  normEpoch: number
  /** Earliest and latest known member time (±Infinity when none), and the count of additions at its last join. */
  earliest: number
  latest: number
  joined: number
}

const DAY = 86_400_000
/**
 * Pseudo-documents added to the collection, in none of which a term occurs: smooths document frequencies so that in
 * a handful of articles a term two of them share is not outweighed by every word only one of them uses.
 */
const PRIOR_DOCUMENTS = 20
/**
 * Idf is taken from a snapshot of the document frequencies, renewed after every article while the collection is
 * small and then whenever it has grown by IDF_GROWTH: between renewals a story's idf-weighted norm is computed
 * once rather than at every comparison, and idf stays a pure function of the articles added so far.
 */
const EXACT_IDF_BELOW = 200
const IDF_GROWTH = 0.02
/** Query terms per article: its most distinctive terms by weight × idf. */
const QUERY_TERMS = 24
/** Most recent postings scanned per query term: bounds the work per article whatever the corpus size. */
const SCAN = 128
/**
 * A scan of a term's postings stops at a posting this many horizons older than the article (where the postings are
 * in time order, see PostingList): its story could still be within the horizon only if the story's mean time lay
 * more than a horizon after that member's, and the story's later members post their own terms. Without the stop, a
 * term of one event type in twenty keeps months of postings that the time test then rejects one by one, work per
 * article that grows as the index fills.
 */
const POSTING_REACH = 2
/** Stories scored exactly per article. */
const CANDIDATES = 8
/** Centroid terms kept for a story; beyond PRUNE_AT the weakest are dropped. */
const CENTROID_KEEP = 400
const PRUNE_AT = 600
/** Earlier articles checked per shared LSH band for a wire copy. */
const BAND_SCAN = 8
/**
 * Factor for an article whose first sentence names a person whose family name the story's words lack, while the
 * family name of a person the story's first sentences usually name is not among the article's words: the same kind
 * of event with other actors (a president's call with one leader, then with another, the same day). Presence is read
 * from the words, not from recognised entities, so a mention the extraction missed still counts. Only people:
 * outlets name organisations and places in too many ways (البرلمان / مجلس النواب) for absence to mean much.
 */
const PARTICIPANT_CONFLICT = 0.2
/**
 * Most members a neighbourhood is clustered again with (pairwise, so the work grows with its square). An article
 * near a larger story joins the story whose centroid is most similar, at CENTROID_THRESHOLD, as a one-pass stream
 * would, and leaves its members where they are.
 */
const REGROUP_LIMIT = 48
const CENTROID_THRESHOLD = 0.2
/** Rounding room for `pairCeiling`, whose sum runs in another order than `pairProbability`'s. */
const CEILING_MARGIN = 1e-9
/** Member indices below this pack two into one exact number (a pair's key). */
const PAIR_KEY = 2 ** 26
/** Wire copies join their original's story without scoring only when published this close. */
const DUPLICATE_DAYS = 2
/**
 * Values per story in the dense per-story array. Interleaved, a posting scanned costs one cache line instead of one
 * per array: the postings of a common term reach stories of the whole window, mostly out of cache once the index
 * holds tens of thousands. Four rather than three keep a story's slots within one line.
 */
const STORY_SLOTS = 4
const SEEN = 0
const MEAN_TIME = 1
const SCORE = 2
/** The mean time of an evicted story: never a candidate, not even for an undated article. */
const EVICTED = Number.POSITIVE_INFINITY
/** What an evicted member's slot holds: the band table may still name it. */
const EVICTED_MEMBER: Member = {
  article: undefined as unknown as Article,
  signals: undefined as unknown as ArticleSignals,
  norm: 1,
  story: -1,
  removed: true,
}

/**
 * An incremental story clusterer for a stream of articles. Each article is compared, through an inverted index of
 * its most distinctive terms, with the few stories that share them, and joins the most similar story above the
 * threshold or opens a new one; a near-duplicate of an earlier article joins that article's story at once.
 * Document frequencies grow with the stream, so `clusterStories` over the same articles in the same order gives
 * exactly the same stories.
 */
export function createStoryIndex(options: StoryIndexOptions = {}): StoryIndex {
  const threshold = options.threshold ?? 0.16
  const shareConflict = options.shareConflict ?? SHARE_CONFLICT_FACTOR
  const grace = (options.graceDays ?? 2) * DAY
  const decay = (options.decayDays ?? 2) * DAY
  const undated = options.undated ?? 0.7
  const model = options.pairModel === undefined ? PAIR_WEIGHTS : options.pairModel
  // The mean link two groups need under average link: the learned model's own, else the hand-set one.
  const linkThreshold = model === null ? threshold : model.threshold
  const small = options.small
  const cohesion = options.cohesion ?? COHESION
  const groupMerge = options.groupMerge === undefined ? GROUP_MERGE : options.groupMerge
  // The link an article needs to a member of a story for the story to be regrouped with it.
  const neighbourBar = small === undefined ? linkThreshold : linkThreshold * Math.min(1, small.factor)
  const features = new Float64Array(FEATURE_COUNT)

  const table = new TermTable()
  const slabs = signalSlabs()
  const members: Member[] = []
  const clusters: Cluster[] = []
  const byId = new Map<string, StoryAssignment>()
  const memberOf = new Map<string, number>()
  let live = 0
  // Articles counted in the document frequencies: those added, and the prior's.
  let documents = 0
  let additions = 0
  // Per term id: the stories that took the term as a query term, oldest first.
  const postings: (PostingList | undefined)[] = []
  const bands = new BandTable()
  // Per story, dense and interleaved (see STORY_SLOTS): the stamp of the last query term that reached it, its mean
  // time (NaN when undated) and the score accumulated for the article being placed.
  let perStory = storySlots(new Float64Array(0), 1024)
  let stamp = 0

  let df = new Int32Array(1024)
  let snapshot = new Int32Array(0)
  let epoch = 0
  let epochSize = 0
  let idfValue = new Float64Array(1024)
  let idfEpoch = new Int32Array(1024).fill(-1)

  const reserveTerms = (): void => {
    if (table.size > df.length) {
      const capacity = Math.max(table.size, df.length * 2)
      df = grow(df, capacity)
      idfValue = grow(idfValue, capacity)
      idfEpoch = grow(idfEpoch, capacity, -1)
    }
  }

  const renewIdf = (): void => {
    epoch++
    epochSize = documents
    snapshot = df.slice(0, table.size)
  }

  const countTerms = (terms: Int32Array): void => {
    reserveTerms()
    for (const term of terms) df[term]!++
    if (documents < EXACT_IDF_BELOW || documents > epochSize * (1 + IDF_GROWTH)) renewIdf()
  }

  if (options.prior !== undefined) {
    for (const [term, count] of options.prior.frequencies) {
      const id = table.intern(term)
      reserveTerms()
      df[id]! += count
    }
    documents = options.prior.documents
    renewIdf()
  }

  const idf = (term: number): number => {
    if (idfEpoch[term] === epoch) return idfValue[term]!
    const value = Math.log(1 + (epochSize + PRIOR_DOCUMENTS) / ((snapshot[term] ?? 0) + 1))
    idfValue[term] = value
    idfEpoch[term] = epoch
    return value
  }

  const centroidNorm = (cluster: Cluster): number => {
    if (cluster.normEpoch === epoch) return cluster.norm
    let norm = 0
    for (let i = 0; i < cluster.size; i++) {
      const weighted = cluster.values[i]! * idf(cluster.terms[i]!)
      norm += weighted * weighted
    }
    cluster.norm = Math.sqrt(norm)
    cluster.normEpoch = epoch
    return cluster.norm
  }

  /**
   * Time counts from the story's mean time, not from its first or last member: a story that keeps gaining similar
   * articles (a daily price report, a recurring briefing) does not stretch itself over weeks one day at a time.
   */
  const timeFactor = (time: number | null, cluster: Cluster): number => {
    if (time === null || cluster.timed === 0) return undated
    const gap = Math.abs(time - cluster.timeSum / cluster.timed)
    return gap <= grace ? 1 : Math.exp(-(gap - grace) / decay)
  }

  const findDuplicate = (signals: ArticleSignals, keys: number[]): number | null => {
    for (const key of keys) {
      let entry = bands.latest(key)
      for (let scanned = 0; entry !== -1 && scanned < BAND_SCAN; scanned++, entry = bands.previous(entry)) {
        const candidate = bands.article(entry)
        const other = members[candidate]!
        if (other.removed) continue
        const apart =
          signals.time !== null && other.signals.time !== null
            ? Math.abs(signals.time - other.signals.time)
            : 0
        if (apart > DUPLICATE_DAYS * DAY || conflicting(signals, clusters[other.story]!)) continue
        if (isNearDuplicate(signals.print, other.signals.print)) return candidate
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

  // Beyond this distance from a story's mean time even an identical article stays under the threshold.
  const horizon = grace + decay * Math.log(1 / Math.min(threshold, 1))
  const touched: number[] = []

  const candidates = (signals: ArticleSignals, query: number[]): number[] => {
    const time = signals.time ?? Number.NaN
    const earliest = time - POSTING_REACH * horizon
    for (const i of query) {
      const term = signals.terms[i]!
      const list = postings[term]
      if (list === undefined) continue
      const gain = signals.weights[i]! * idf(term)
      stamp++
      const { stories, times, orderedAbove } = list
      for (let j = stories.length - 1; j >= Math.max(0, stories.length - SCAN); j--) {
        if (j > orderedAbove && times[j]! < earliest) break
        const story = stories[j]!
        const slot = story * STORY_SLOTS
        if (perStory[slot + SEEN] === stamp) continue
        perStory[slot + SEEN] = stamp
        const mean = perStory[slot + MEAN_TIME]!
        if (mean === EVICTED || Math.abs(time - mean) > horizon) continue
        if (perStory[slot + SCORE] === 0) touched.push(story)
        perStory[slot + SCORE]! += gain
      }
    }
    const accumulated = (story: number): number => perStory[story * STORY_SLOTS + SCORE]!
    const best: number[] = []
    for (const story of touched) {
      const score = accumulated(story)
      if (best.length === CANDIDATES && score <= accumulated(best[CANDIDATES - 1]!)) continue
      let at = best.length < CANDIDATES ? best.length : CANDIDATES - 1
      while (
        at > 0 &&
        (score > accumulated(best[at - 1]!) ||
          (score === accumulated(best[at - 1]!) && story < best[at - 1]!))
      )
        at--
      if (best.length < CANDIDATES) best.push(0)
      best.copyWithin(at + 1, at, best.length - 1)
      best[at] = story
    }
    for (const story of touched) perStory[story * STORY_SLOTS + SCORE] = 0
    touched.length = 0
    return best
  }

  // The article being scored, spread over a dense vector indexed by term id (idf-weighted), so that scoring a
  // story is one pass over its centroid arrays.
  let scratch = new Float64Array(1024)
  let scratchNorm = 0

  const load = (signals: ArticleSignals): void => {
    if (scratch.length < table.size) scratch = grow(scratch, Math.max(table.size, scratch.length * 2))
    let norm = 0
    for (let i = 0; i < signals.terms.length; i++) {
      const value = signals.weights[i]! * idf(signals.terms[i]!)
      scratch[signals.terms[i]!] = value
      norm += value * value
    }
    scratchNorm = Math.sqrt(norm)
  }

  const unload = (signals: ArticleSignals): void => {
    for (const term of signals.terms) scratch[term] = 0
  }

  const conflicting = (signals: ArticleSignals, cluster: Cluster): boolean => {
    if (signals.participants.length === 0 || cluster.leads.size === 0) return false
    if (!signals.participants.some((term) => !contains(cluster.terms, cluster.size, term))) return false
    for (const [term, count] of cluster.leads) {
      if (2 * count >= cluster.members.length && !contains(signals.terms, signals.terms.length, term))
        return true
    }
    return false
  }

  /** Similarity of the loaded article to a story. */
  const similarity = (signals: ArticleSignals, cluster: Cluster): number => {
    const time = signals.time
    let dot = 0
    const { terms, values, size } = cluster
    for (let i = 0; i < size; i++) {
      const loaded = scratch[terms[i]!]!
      if (loaded !== 0) dot += loaded * values[i]! * idf(terms[i]!)
    }
    if (dot === 0) return 0
    const conflict = conflicting(signals, cluster) ? PARTICIPANT_CONFLICT : 1
    return (dot / (scratchNorm * centroidNorm(cluster))) * timeFactor(time, cluster) * conflict
  }

  /** Adds a member to a story's centroid, participants and time. */
  const place = (index: number, story: number): void => {
    const member = members[index]!
    const cluster = clusters[story]!
    member.story = story
    cluster.members.push(index)
    merge(cluster, member.signals, member.norm)
    if (cluster.size > PRUNE_AT) prune(cluster)
    cluster.normEpoch = -1
    for (const term of member.signals.participants)
      cluster.leads.set(term, (cluster.leads.get(term) ?? 0) + 1)
    cluster.joined = additions
    if (member.signals.time !== null) {
      cluster.timeSum += member.signals.time
      cluster.timed++
      cluster.earliest = Math.min(cluster.earliest, member.signals.time)
      cluster.latest = Math.max(cluster.latest, member.signals.time)
      perStory[story * STORY_SLOTS + MEAN_TIME] = cluster.timeSum / cluster.timed
    }
  }

  const post = (index: number, story: number, query: number[]): void => {
    const { terms, time } = members[index]!.signals
    for (const i of query) {
      const term = terms[i]!
      let list = postings[term]
      if (list === undefined) {
        list = new PostingList(SCAN)
        postings[term] = list
      }
      list.add(story, time ?? Number.NaN)
    }
  }

  const join = (index: number, story: number, query: number[], keys: number[]): void => {
    place(index, story)
    post(index, story, query)
    for (const key of keys) bands.add(key, index)
  }

  const openStory = (): number => {
    if (perStory.length <= clusters.length * STORY_SLOTS) perStory = storySlots(perStory, clusters.length * 2)
    clusters.push(emptyCluster())
    return clusters.length - 1
  }

  /** The story among `stories` whose centroid is most similar to the loaded article, at CENTROID_THRESHOLD, else -1. */
  const bestOf = (signals: ArticleSignals, stories: Iterable<number>): { story: number; score: number } => {
    let story = -1
    let score = 0
    for (const candidate of stories) {
      const value = similarity(signals, clusters[candidate]!)
      if (value > score) {
        story = candidate
        score = value
      }
    }
    return score >= CENTROID_THRESHOLD ? { story, score } : { story: -1, score }
  }

  const pairTime = (a: number | null, b: number | null): number => {
    if (a === null || b === null) return undated
    const gap = Math.abs(a - b)
    return gap <= grace ? 1 : Math.exp(-(gap - grace) / decay)
  }

  const kindOf: TermKind = termKind(table)
  // Pairwise links of the current idf epoch, by pair of member indices: a regrouped neighbourhood's members were
  // mostly linked when the article before joined them, and their links change only with the idf.
  const links = new Map<number, number>()
  // The pairs whose link was computed in full this epoch and that `barsGroupMerge` bars.
  const barred = new Set<number>()
  let cacheEpoch = -1

  /** Empties the links when the idf has changed since they were computed. */
  const fresh = (): void => {
    if (cacheEpoch === epoch) return
    links.clear()
    barred.clear()
    cacheEpoch = epoch
  }

  /** Link of two members (`from`'s signals loaded, unless the pair's link is cached): `linkOf`, computed once an epoch. */
  const link = (from: number, at: number): number => {
    fresh()
    const key = pairKey(from, at)
    const cached = links.get(key)
    if (cached !== undefined) return cached
    const weight = linkOf(from, at)
    links.set(key, weight)
    return weight
  }

  /** TF-IDF cosine of two members (`from`'s signals loaded). */
  const cosineOf = (at: number): number => {
    const { terms, weights } = members[at]!.signals
    let dot = 0
    for (let k = 0; k < terms.length; k++) {
      const loaded = scratch[terms[k]!]!
      if (loaded !== 0) dot += loaded * (weights[k]! * idf(terms[k]!))
    }
    return dot === 0 ? 0 : dot / (scratchNorm * idfNorm(at))
  }

  /**
   * Link of two members (`from`'s signals loaded): the learned weight, or the TF-IDF cosine times the time factor of
   * the pair, times the conflict factors (`conflictFactor`, `shareConflict` for a percentage).
   */
  const linkOf = (from: number, at: number, cosine = cosineOf(at)): number => {
    if (cosine === 0) return 0
    const signals = members[from]!.signals
    const other = members[at]!.signals
    pairFeatures(signals, other, cosine, kindOf, idf, [leadOf(from), leadOf(at)], features)
    const conflict = conflictFactor(features, shareConflict)
    if (barsGroupMerge(features)) barred.add(pairKey(from, at))
    if (model !== null) return pairProbability(model, features) * conflict
    return cosine * pairTime(signals.time, other.time) * conflict
  }

  /**
   * Whether two members (`from`'s signals loaded) link at the threshold. Most members of an article's candidate
   * stories share only a few terms with it: their cosine and times alone keep the learned weight under the threshold
   * (`pairCeiling`), and their other features are not read. The link is kept only when computed in full.
   */
  const reaches = (from: number, at: number, bar = linkThreshold): boolean => {
    if (model === null) return link(from, at) >= bar
    fresh()
    const key = pairKey(from, at)
    const cached = links.get(key)
    if (cached !== undefined) return cached >= bar
    const cosine = cosineOf(at)
    if (cosine === 0) {
      links.set(key, 0)
      return false
    }
    timeFeatures(members[from]!.signals, members[at]!.signals, cosine, features)
    if (pairCeiling(model, features) < bar * (1 - CEILING_MARGIN)) return false
    const weight = linkOf(from, at, cosine)
    links.set(key, weight)
    return weight >= bar
  }

  // Per member: its idf-weighted norm and the idf epoch it was computed in, as for a story's centroid.
  let memberNorm = new Float64Array(1024)
  let memberEpoch = new Int32Array(1024).fill(-1)
  let memberLead = new Float64Array(1024)
  const leadOf = (at: number): number => {
    idfNorm(at)
    return memberLead[at]!
  }
  const idfNorm = (at: number): number => {
    if (at >= memberNorm.length) {
      const capacity = Math.max(at + 1, memberNorm.length * 2)
      memberNorm = grow(memberNorm, capacity)
      memberLead = grow(memberLead, capacity)
      memberEpoch = grow(memberEpoch, capacity, -1)
    }
    if (memberEpoch[at] === epoch) return memberNorm[at]!
    memberLead[at] = leadWeight(members[at]!.signals, idf)
    const { terms, weights } = members[at]!.signals
    let norm = 0
    for (let k = 0; k < terms.length; k++) {
      const value = weights[k]! * idf(terms[k]!)
      norm += value * value
    }
    memberNorm[at] = Math.sqrt(norm)
    memberEpoch[at] = epoch
    return memberNorm[at]!
  }

  /**
   * The candidate stories the loaded article is linked to at the threshold, by one of their members (for a story too
   * large to cluster again, by its centroid): the neighbourhood its arrival may regroup.
   */
  const neighbours = (index: number, stories: readonly number[]): number[] =>
    stories.filter((story) => {
      const cluster = clusters[story]!
      if (cluster.members.length > REGROUP_LIMIT)
        return similarity(members[index]!.signals, cluster) >= CENTROID_THRESHOLD
      return cluster.members.some((other) => reaches(index, other, neighbourBar))
    })

  /** Cosine of the idf-weighted centroids of two groups of members, each member's unit vector summed. */
  const centroidCosine = (a: readonly number[], b: readonly number[]): number => {
    const sum = (group: readonly number[]): Map<number, number> => {
      const centroid = new Map<number, number>()
      for (const at of group) {
        const { terms, weights } = members[at]!.signals
        const norm = idfNorm(at) || 1
        for (let k = 0; k < terms.length; k++)
          centroid.set(terms[k]!, (centroid.get(terms[k]!) ?? 0) + (weights[k]! * idf(terms[k]!)) / norm)
      }
      return centroid
    }
    const [x, y] = [sum(a), sum(b)]
    let dot = 0
    let nx = 0
    let ny = 0
    for (const [term, value] of x) {
      nx += value * value
      const other = y.get(term)
      if (other !== undefined) dot += value * other
    }
    for (const value of y.values()) ny += value * value
    return dot === 0 ? 0 : dot / Math.sqrt(nx * ny)
  }

  /** Whether two members' known times are more than the grace apart: they never share a story. */
  const daysApart = (a: number, b: number): boolean => {
    const [x, y] = [members[a]!.signals.time, members[b]!.signals.time]
    return x !== null && y !== null && Math.abs(x - y) > grace
  }

  /** Whether `groupMerge` may put two members in one story: not barred, known times not days apart. */
  const mayJoin = (a: number, b: number): boolean => !barred.has(pairKey(a, b)) && !daysApart(a, b)

  /**
   * Clusters the members of `stories`, and the article `extra` (added but not placed; -1 for none), again by average
   * link over their pairwise similarities, and puts them back: each old story keeps the group of its first member
   * unless a lower-numbered story took it, and other groups open stories. A member that moves is posted under its new
   * story; its band keys stay where they are (they name the member, whose story is read when they are met). Answers
   * the stories formed (the old ones first, some maybe left empty) and `extra`'s story and mean link to its group.
   */
  const regroup = (
    stories: readonly number[],
    extra: number,
  ): { formed: number[]; story: number; similarity: number } => {
    const list = stories.flatMap((story) => clusters[story]!.members)
    if (extra >= 0) list.push(extra)
    list.sort((a, b) => a - b)
    const edges: Edge[] = []
    fresh()
    for (let x = 0; x < list.length; x++) {
      const own = members[list[x]!]!.signals
      let loaded = false
      for (let y = x + 1; y < list.length; y++) {
        if (!loaded && !links.has(pairKey(list[x]!, list[y]!))) {
          load(own)
          loaded = true
        }
        const weight = link(list[x]!, list[y]!)
        if (weight > 0) edges.push({ a: x, b: y, weight })
      }
      if (loaded) unload(own)
    }
    const linked = averageLinkGroups(list.length, edges, linkThreshold, small, cohesion, (x, y) =>
      daysApart(list[x]!, list[y]!),
    )
    const groups =
      groupMerge === null
        ? linked
        : mergeGroups(
            linked,
            (a, b) =>
              centroidCosine(
                a.map((x) => list[x]!),
                b.map((x) => list[x]!),
              ),
            (x, y) => mayJoin(list[x]!, list[y]!),
            groupMerge.bar,
          )
    const groupOf = new Int32Array(list.length)
    groups.forEach((group, g) => {
      for (const x of group) groupOf[x] = g
    })
    const position = new Map(list.map((member, x) => [member, x]))
    const old = [...stories].sort((a, b) => a - b)
    const storyOf = new Array<number>(groups.length).fill(-1)
    for (const story of old) {
      const g = groupOf[position.get(clusters[story]!.members[0]!)!]!
      if (storyOf[g] === -1) storyOf[g] = story
    }
    for (const story of old) {
      clusters[story] = emptyCluster()
      perStory[story * STORY_SLOTS + MEAN_TIME] = Number.NaN
    }
    const formed = [...old]
    groups.forEach((group, g) => {
      if (storyOf[g] === -1) {
        storyOf[g] = openStory()
        formed.push(storyOf[g]!)
      }
      const story = storyOf[g]!
      for (const x of group) {
        const at = list[x]!
        if (at === extra) continue
        const moved = members[at]!.story !== story
        place(at, story)
        if (!moved) continue
        post(at, story, queryTerms(members[at]!.signals))
        byId.set(members[at]!.article.id, { story, similarity: 0 })
      }
    })
    if (extra < 0) return { formed, story: -1, similarity: 0 }
    const own = groupOf[position.get(extra)!]!
    let sum = 0
    for (const { a, b, weight } of edges)
      if (groupOf[a] === own && groupOf[b] === own && (list[a] === extra || list[b] === extra)) sum += weight
    const size = groups[own]!.length
    return { formed, story: storyOf[own]!, similarity: size > 1 ? sum / (size - 1) : 0 }
  }

  const add = (
    article: Article,
    placement?: StoryPlacement,
    signals = articleSignals(article, table, slabs),
  ): StoryAssignment => {
    const known = byId.get(article.id)
    if (known !== undefined) return known
    const joined = placement?.join == null ? undefined : memberOf.get(placement.join)
    if (placement?.join != null && joined === undefined)
      throw new Error(`No article ${placement.join} to place ${article.id} with`)
    let norm = 0
    for (const weight of signals.weights) norm += weight * weight
    const index = members.length
    members.push({ article, signals, norm: Math.sqrt(norm) || 1, story: -1, removed: false })
    memberOf.set(article.id, index)
    live++
    documents++
    additions++
    countTerms(signals.terms)

    const keys = bandKeys(signals.print)
    const query = queryTerms(signals)
    let assignment: StoryAssignment
    const original = placement === undefined ? findDuplicate(signals, keys) : null
    if (placement !== undefined) {
      assignment = { story: joined === undefined ? openStory() : members[joined]!.story, similarity: 0 }
    } else if (original !== null) {
      const other = members[original]!
      assignment = {
        story: other.story,
        similarity: resemblance(signals.print, other.signals.print),
        duplicateOf: other.article.id,
      }
    } else {
      load(signals)
      const stories = candidates(signals, query)
      const near = neighbours(index, stories)
      const size = near.reduce((sum, story) => sum + clusters[story]!.members.length, 1)
      const best = near.length > 0 && size > REGROUP_LIMIT ? bestOf(signals, stories) : undefined
      unload(signals)
      if (near.length === 0) assignment = { story: openStory(), similarity: 0 }
      else if (best !== undefined)
        assignment =
          best.story >= 0
            ? { story: best.story, similarity: best.score }
            : { story: openStory(), similarity: 0 }
      else {
        const { formed, story, similarity } = regroup(near, index)
        const regrouped = formed.filter((other) => other !== story)
        assignment = { story, similarity, ...(regrouped.length > 0 && { regrouped }) }
      }
    }
    join(index, assignment.story, query, keys)
    byId.set(article.id, assignment)
    return assignment
  }

  /** Clusters the remaining members of the article's story again among themselves (`regroup`). */
  const remove = (id: string): number[] | undefined => {
    const index = memberOf.get(id)
    if (index === undefined) return undefined
    memberOf.delete(id)
    byId.delete(id)
    const gone = members[index]!
    gone.removed = true
    live--
    documents--
    for (const term of gone.signals.terms) df[term]!--
    const story = gone.story
    const rest = clusters[story]!.members.filter((other) => other !== index)
    if (rest.length === 0) {
      clusters[story] = emptyCluster()
      perStory[story * STORY_SLOTS + MEAN_TIME] = Number.NaN
      return []
    }
    clusters[story]!.members = rest
    const { formed } = regroup([story], -1)
    for (const at of rest) {
      const { article } = members[at]!
      if (members[at]!.story === story) byId.set(article.id, { story, similarity: 0 })
    }
    return formed
  }

  const build = (cluster: Cluster): Story =>
    buildStory(
      cluster.members.map((index) => {
        const member = members[index]!
        load(member.signals)
        const centrality = similarity(member.signals, cluster)
        unload(member.signals)
        return {
          article: member.article,
          print: member.signals.print,
          time: member.signals.time,
          centrality,
        }
      }),
    )

  const story = (number: number): Story | undefined => {
    const cluster = clusters[number]
    return cluster === undefined || cluster.members.length === 0 ? undefined : build(cluster)
  }

  const stories = (): Story[] => clusters.filter((cluster) => cluster.members.length > 0).map(build)

  const restore = (stored: readonly StoredMember[]): StoryAssignment[] => {
    for (const { article } of stored) {
      if (memberOf.has(article.id)) throw new Error(`Article ${article.id} is already in the index`)
    }
    const signals = stored.map(({ article }) => articleSignals(article, table, slabs))
    reserveTerms()
    for (const { terms } of signals) {
      for (const term of terms) {
        if (--df[term]! < 0) throw new Error('Restored articles must be counted in the index’s prior')
      }
    }
    documents -= stored.length
    return stored.map(({ article, join }, i) => add(article, { join }, signals[i]))
  }

  // Shared by every evicted story: it has no member, so nothing ever places into it.
  const evictedCluster = emptyCluster()
  const evict = (window: StoryWindow): string[] => {
    const dropped: string[] = []
    for (const [story, cluster] of clusters.entries()) {
      if (cluster.members.length === 0) continue
      const kept =
        cluster.timed > 0 ? cluster.latest >= window.since : additions - cluster.joined < window.additions
      if (kept) continue
      for (const index of cluster.members) {
        const { article } = members[index]!
        memberOf.delete(article.id)
        byId.delete(article.id)
        // The band table still names the slot: a removed placeholder, which duplicate detection skips.
        members[index] = EVICTED_MEMBER
        dropped.push(article.id)
      }
      live -= cluster.members.length
      clusters[story] = evictedCluster
      perStory[story * STORY_SLOTS + MEAN_TIME] = EVICTED
    }
    return dropped
  }

  const termsOf = (id: string): string[] | undefined => {
    const index = memberOf.get(id)
    if (index === undefined) return undefined
    return Array.from(members[index]!.signals.terms, (term) => table.name(term))
  }

  const span = (story: number): { earliest: number; latest: number } | null => {
    const cluster = clusters[story]
    if (cluster === undefined || cluster.timed === 0 || cluster.members.length === 0) return null
    return { earliest: cluster.earliest, latest: cluster.latest }
  }

  return {
    add: (article, placement) => add(article, placement),
    span,
    // A scored join needs the story's mean time within the horizon, and its mean lies between its members' times;
    // a wire copy joins within DUPLICATE_DAYS of its original.
    reach: Math.max(horizon, DUPLICATE_DAYS * DAY),
    remove,
    story,
    stories,
    restore,
    evict,
    termsOf,
    get size() {
      return live
    },
  }
}

/** The per-story array with room for `stories`, the new stories undated. */
function storySlots(array: Float64Array, stories: number): Float64Array {
  const larger = new Float64Array(stories * STORY_SLOTS)
  larger.set(array)
  for (let slot = array.length; slot < larger.length; slot += STORY_SLOTS)
    larger[slot + MEAN_TIME] = Number.NaN
  return larger
}

/** One exact number for an unordered pair of member indices (each below PAIR_KEY). */
function pairKey(a: number, b: number): number {
  return Math.min(a, b) * PAIR_KEY + Math.max(a, b)
}

function emptyCluster(): Cluster {
  return {
    members: [],
    terms: new Int32Array(0),
    values: new Float64Array(0),
    size: 0,
    leads: new Map(),
    timeSum: 0,
    timed: 0,
    norm: 0,
    normEpoch: -1,
    earliest: Number.POSITIVE_INFINITY,
    latest: Number.NEGATIVE_INFINITY,
    joined: 0,
  }
}

function grow<T extends Int32Array | Float64Array>(array: T, capacity: number, fill = 0): T {
  const larger = new (array.constructor as new (length: number) => T)(capacity)
  larger.fill(fill as never)
  larger.set(array as never)
  return larger
}

/**
 * Adds a member's unit vector to the story's centroid: a merge of two ascending term lists, done from the end so that
 * it runs in place whenever the centroid's arrays have room.
 */
function merge(cluster: Cluster, signals: ArticleSignals, norm: number): void {
  const { terms: b, weights: y } = signals
  const a = cluster.size
  let n = a + b.length
  for (let i = 0, j = 0; i < a && j < b.length; ) {
    const difference = cluster.terms[i]! - b[j]!
    if (difference === 0) n--
    if (difference <= 0) i++
    if (difference >= 0) j++
  }
  if (n > cluster.terms.length) {
    const capacity = Math.max(n, Math.min(2 * cluster.terms.length, PRUNE_AT + b.length))
    const terms = new Int32Array(capacity)
    const values = new Float64Array(capacity)
    terms.set(cluster.terms.subarray(0, a))
    values.set(cluster.values.subarray(0, a))
    cluster.terms = terms
    cluster.values = values
  }
  const { terms, values } = cluster
  let i = a - 1
  let j = b.length - 1
  for (let k = n - 1; k >= 0; k--) {
    if (j < 0 || (i >= 0 && terms[i]! > b[j]!)) {
      terms[k] = terms[i]!
      values[k] = values[i--]!
    } else if (i < 0 || b[j]! > terms[i]!) {
      terms[k] = b[j]!
      values[k] = y[j--]! / norm
    } else {
      terms[k] = terms[i]!
      values[k] = values[i--]! + y[j--]! / norm
    }
  }
  cluster.size = n
}

/** Keeps the CENTROID_KEEP heaviest centroid terms (ties to the lower id), in ascending term order. */
function prune(cluster: Cluster): void {
  const { terms, values } = cluster
  const order = Array.from({ length: cluster.size }, (_, k) => k)
    .sort((p, q) => values[q]! - values[p]! || terms[p]! - terms[q]!)
    .slice(0, CENTROID_KEEP)
    .sort((p, q) => p - q)
  // Ascending positions: each kept entry moves down or stays, never over one still to be read.
  order.forEach((from, to) => {
    terms[to] = terms[from]!
    values[to] = values[from]!
  })
  cluster.size = order.length
}
