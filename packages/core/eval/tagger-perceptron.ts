import { wordAtOrAfter } from '../src/extract/words.ts'
import type { EntityKind } from '../src/model/extraction.ts'
import { isInside, KINDS, kindOf, readingOf, TAGS, type TaggedArticle } from './tagger-training.ts'

// An averaged perceptron over the tags, decoded greedily left to right with the two previous tags as features and
// the BIO order enforced (an I only after its kind's B or I).

export interface Tagger {
  /** `weights[feature * TAGS + tag]`, averaged. */
  weights: Float32Array
  /** Weights of the previous tag (`[previous * TAGS + tag]`) and of the one before it. */
  previous: Float32Array
  previous2: Float32Array
}

const START = TAGS // the tag before the first word
/** How far under O's score a kind may be and still open a span (see `tagSpans`); the lowest threshold tried. */
const SLACK = 20

export function trainTagger(
  articles: readonly Pick<TaggedArticle, 'features' | 'tags'>[],
  features: number,
  epochs = 6,
  seed = 7,
): Tagger {
  const size = features * TAGS
  const w = new Float32Array(size)
  const u = new Float64Array(size)
  const pw = new Float32Array((TAGS + 1) * TAGS)
  const pu = new Float64Array((TAGS + 1) * TAGS)
  const p2w = new Float32Array((TAGS + 1) * TAGS)
  const p2u = new Float64Array((TAGS + 1) * TAGS)
  const scores = new Float64Array(TAGS)
  let c = 1
  const order = articles.map((_, i) => i)
  let state = seed
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 2 ** 32
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const a of order) {
      const article = articles[a]!
      let prev = START
      let prev2 = START
      for (let t = 0; t < article.tags.length; t++) {
        const row = article.features[t]!
        scoreRow(w, pw, p2w, row, prev, prev2, scores)
        const guess = bestAllowed(scores, prev)
        const truth = article.tags[t]!
        if (guess !== truth) {
          for (let f = 0; f < row.length; f++) {
            const base = row[f]! * TAGS
            w[base + truth]! += 1
            u[base + truth]! += c
            w[base + guess]! -= 1
            u[base + guess]! -= c
          }
          pw[prev * TAGS + truth]! += 1
          pu[prev * TAGS + truth]! += c
          pw[prev * TAGS + guess]! -= 1
          pu[prev * TAGS + guess]! -= c
          p2w[prev2 * TAGS + truth]! += 1
          p2u[prev2 * TAGS + truth]! += c
          p2w[prev2 * TAGS + guess]! -= 1
          p2u[prev2 * TAGS + guess]! -= c
        }
        prev2 = prev
        prev = truth
        c++
      }
    }
  }
  const average = (weights: Float32Array, sums: Float64Array) =>
    Float32Array.from(weights, (value, i) => value - sums[i]! / c)
  return { weights: average(w, u), previous: average(pw, pu), previous2: average(p2w, p2u) }
}

function scoreRow(
  w: Float32Array,
  pw: Float32Array,
  p2w: Float32Array,
  row: Int32Array,
  prev: number,
  prev2: number,
  out: Float64Array,
): void {
  for (let tag = 0; tag < TAGS; tag++) out[tag] = pw[prev * TAGS + tag]! + p2w[prev2 * TAGS + tag]!
  for (let f = 0; f < row.length; f++) {
    const base = row[f]! * TAGS
    if (base >= w.length) continue
    for (let tag = 0; tag < TAGS; tag++) out[tag]! += w[base + tag]!
  }
}

const allowed = (tag: number, prev: number) =>
  !isInside(tag) || (prev !== START && prev !== 0 && kindOf(prev) === kindOf(tag))

function bestAllowed(scores: Float64Array, prev: number): number {
  let best = 0
  for (let tag = 1; tag < TAGS; tag++) if (allowed(tag, prev) && scores[tag]! > scores[best]!) best = tag
  return best
}

/** A run of words the tagger gives one kind, with its confidence: the least margin of its words over O. */
export interface Span {
  kind: EntityKind
  first: number
  last: number
  /** The reading of the first word the name starts with (see `TAGS`). */
  reading: number
  confidence: number
}

/**
 * The tagger's spans, decoded with `slack` taken off O's score: a word goes to a kind when its score comes within
 * `slack` of O's, so that thresholds below 0 (more recall) can be chosen after decoding. With them, per word and
 * kind (`margins[word * KINDS.length + kind]`), how far the kind's best tag there is above O.
 */
export function decode(
  tagger: Tagger,
  article: TaggedArticle,
  slack = SLACK,
): { spans: Span[]; margins: Float64Array } {
  const scores = new Float64Array(TAGS)
  const spans: Span[] = []
  const margins = new Float64Array(article.features.length * KINDS.length)
  let prev = START
  let prev2 = START
  let open: Span | undefined
  for (let t = 0; t < article.features.length; t++) {
    scoreRow(tagger.weights, tagger.previous, tagger.previous2, article.features[t]!, prev, prev2, scores)
    const o = scores[0]!
    margins.fill(-Infinity, t * KINDS.length, (t + 1) * KINDS.length)
    for (let tag = 1; tag < TAGS; tag++) {
      const m = t * KINDS.length + kindOf(tag)
      if (allowed(tag, prev)) margins[m] = Math.max(margins[m]!, scores[tag]! - o)
    }
    // The slack opens spans only: a span goes on while its kind's I beats O outright, so its ends stay the tagger's.
    const inside = bestAllowed(scores, prev)
    scores[0] = o - slack
    const opening = bestAllowed(scores, prev)
    const tag = inside !== 0 ? inside : isInside(opening) ? 0 : opening
    const margin = scores[tag]! - o
    if (tag === 0 || !isInside(tag)) {
      if (open) spans.push(open)
      open = undefined
    }
    if (tag !== 0) {
      if (open) open.confidence = Math.min(open.confidence, margin)
      else
        open = { kind: KINDS[kindOf(tag)]!, first: t, last: t, reading: readingOf(tag), confidence: margin }
      open.last = t
    }
    prev2 = prev
    prev = tag
  }
  if (open) spans.push(open)
  return { spans, margins }
}

export function tagSpans(tagger: Tagger, article: TaggedArticle, slack = SLACK): Span[] {
  return decode(tagger, article, slack).spans
}

/**
 * Per entity of the rules, how much the tagger backs it: over its mentions (nisba ones aside), the best of the
 * least margin of its kind over the mention's words. A veto may drop an entity the tagger backs little.
 */
export function support(article: TaggedArticle, margins: Float64Array): number[] {
  const { words } = article
  return article.entities.map((entity) => {
    const kind = KINDS.indexOf(entity.kind)
    let best = -Infinity
    for (const mention of entity.mentions) {
      if (mention.form === 'nisba') continue
      let least = Infinity
      for (
        let w = wordAtOrAfter(words, mention.start);
        w < words.length && words[w]!.start < mention.end;
        w++
      )
        least = Math.min(least, margins[w * KINDS.length + kind]!)
      // A mention inside one word's letters (a name behind particles) starts before that word's end.
      if (least === Infinity) {
        const w = wordAtOrAfter(words, mention.start) - 1
        if (w >= 0 && words[w]!.end > mention.start) least = margins[w * KINDS.length + kind]!
      }
      if (least !== Infinity) best = Math.max(best, least)
    }
    return best === -Infinity ? Infinity : best
  })
}
