import { ENTITY_WEIGHTS } from '../src/extract/entity-weights.ts'
import { extractWith } from '../src/extract/index.ts'
import { rawCut, type Word, wordAtOrAfter } from '../src/extract/words.ts'
import type { Entity, EntityKind } from '../src/model/extraction.ts'
import { emptyScores, f1, key, type Scores, scoreArticle } from '../test/extraction/score.ts'
import { type DevelopmentItem, extractionInput } from './development-batches.ts'
import { goldArticle } from './extraction.ts'
import type { ExtractionGoldArticle } from './gold-schema.ts'
import { wordFeatures } from './tagger-features.ts'

export const KINDS: readonly EntityKind[] = ['person', 'organization', 'location', 'media']
/**
 * Tags: 0 is O, then for each kind in `KINDS`' order three B tags and an I. The B tag names the reading of the first
 * word the name is (`Word.bases`: as written, or with one or two particles removed), so the tagger learns where a
 * name's letters begin (ولبنان → لبنان, وليد stays).
 */
const TAGS = 1 + 4 * KINDS.length
export const TAG_COUNT = TAGS
const beginOf = (kind: number, reading: number) => 1 + 4 * kind + reading
const insideOf = (kind: number) => 4 + 4 * kind
const kindOf = (tag: number) => (tag - 1) >> 2
const isInside = (tag: number) => tag > 0 && (tag - 1) % 4 === 3
/** The reading of the first word a B tag names. */
export const readingOf = (tag: number) => (tag - 1) % 4

/** An article parsed once by the rules as shipped, its words with features (interned) and gold tags. */
export interface TaggedArticle {
  gold: ExtractionGoldArticle
  text: string
  input: ReturnType<typeof extractionInput>
  entities: Entity[]
  words: readonly Word[]
  /** Per word, the ids of its features. */
  features: Int32Array[]
  tags: Uint8Array
}

export interface TaggedBatch {
  name: string
  articles: TaggedArticle[]
}

/** Feature strings to ids, shared by every batch (a feature no training word has keeps a weight of 0). */
export class FeatureIndex {
  private readonly ids = new Map<string, number>()
  get size(): number {
    return this.ids.size
  }
  /** The feature strings, by id. */
  names(): string[] {
    return [...this.ids.keys()]
  }
  id(feature: string): number {
    let id = this.ids.get(feature)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(feature, id)
    }
    return id
  }
}

export function tagBatch(name: string, items: readonly DevelopmentItem[], index: FeatureIndex): TaggedBatch {
  return {
    name,
    articles: items.map((item) => {
      const input = extractionInput(item)
      const { extraction, words } = extractWith(input, ENTITY_WEIGHTS)
      const features = wordFeatures(words, input.blocks, extraction.entities).map((names) =>
        Int32Array.from(names, (feature) => index.id(feature)),
      )
      return {
        gold: item.gold,
        text: item.text,
        input,
        entities: extraction.entities,
        words,
        features,
        tags: goldTags(words, item.gold),
      }
    }),
  }
}

/** The scorer's key of a word's reading, as tokens (a word of dotted initials may give several). */
const keyTokens = (text: string) => key(text).split(' ').filter(Boolean)

/**
 * Tags every occurrence of every gold name and alias in the words (the gold names an entity once; the tagger learns
 * each place it is written), the first word with or without its particles. Longer names win; nisba-only gold and
 * a name of one letter are not tagged.
 */
export function goldTags(words: readonly Word[], gold: ExtractionGoldArticle): Uint8Array {
  const tags = new Uint8Array(words.length)
  const names = gold.entities
    .filter((entity) => !entity.nisbaOnly)
    .flatMap((entity) =>
      [entity.name, ...(entity.aliases ?? [])].map((name) => ({
        kind: KINDS.indexOf(entity.kind),
        tokens: keyTokens(name),
      })),
    )
    .filter((name) => name.tokens.join('').length > 1)
    .sort((a, b) => b.tokens.length - a.tokens.length)
  const rest = words.map((word) => keyTokens(word.norm))
  const firsts = words.map((word) => word.bases.map((base) => keyTokens(base.base)))
  for (const { kind, tokens } of names) {
    for (let i = 0; i < words.length; i++) {
      const { end, reading } = matchAt(i, tokens, firsts, rest)
      if (end < 0) continue
      let free = true
      for (let j = i; j <= end; j++) if (tags[j] !== 0) free = false
      if (!free) continue
      tags[i] = beginOf(kind, reading)
      for (let j = i + 1; j <= end; j++) tags[j] = insideOf(kind)
    }
  }
  return tags
}

/** The last word of `tokens` matched from word `i` on (-1: none), and the reading of word `i` that matched. */
function matchAt(
  i: number,
  tokens: readonly string[],
  firsts: string[][][],
  rest: string[][],
): { end: number; reading: number } {
  for (let reading = 0; reading < firsts[i]!.length; reading++) {
    const first = firsts[i]![reading]!
    let t = 0
    let j = i
    let parts = first
    let ok = true
    while (t < tokens.length) {
      if (j >= rest.length) {
        ok = false
        break
      }
      for (const part of parts) {
        if (tokens[t] !== part) {
          ok = false
          break
        }
        t++
      }
      if (!ok || t === tokens.length) break
      j++
      parts = rest[j] ?? []
    }
    if (ok && t === tokens.length) return { end: j, reading }
  }
  return { end: -1, reading: 0 }
}

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
  articles: readonly TaggedArticle[],
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

/** A span's name: the reading of its first word its B tag chose, then the other words as written. */
export function spanName(article: TaggedArticle, span: Span): string {
  const { words } = article
  const { bases } = words[span.first]!
  const first = bases[Math.min(span.reading, bases.length - 1)]!.base
  return [first, ...words.slice(span.first + 1, span.last + 1).map((word) => word.norm)].join(' ')
}

/** An entity the tagger adds, with the confidence its threshold is compared to. */
export interface Addition {
  entity: Entity
  confidence: number
  /** The spans it was made of, its aliases' included. */
  spans: Span[]
}

/**
 * The tagger's spans as entities the rules do not have: a span that overlaps a mention of the rules, or whose name
 * is (inside) a name or alias the rules give, is left; spans of one name make one entity, and a name inside a longer
 * one of its kind is an alias of it.
 */
export function additions(article: TaggedArticle, spans: readonly Span[]): Addition[] {
  const mentions = article.entities.flatMap((entity) => entity.mentions)
  const ruleNames = article.entities.flatMap((entity) => [entity.name, ...entity.aliases].map(key))
  const byName = new Map<string, Addition & { tokens: string }>()
  for (const span of spans) {
    const first = article.words[span.first]!
    const reading = first.bases[Math.min(span.reading, first.bases.length - 1)]!
    const start = first.start + rawCut(first.raw, reading.cut)
    const end = article.words[span.last]!.end
    if (mentions.some((mention) => mention.start < end && start < mention.end)) continue
    const name = spanName(article, span)
    const k = key(name)
    if (k.length < 2 || ruleNames.some((rule) => ` ${rule} `.includes(` ${k} `))) continue
    const id = `${span.kind}:${k}`
    const found = byName.get(id)
    const mention = { start, end, text: article.text.slice(start, end), form: 'name' as const }
    if (found) {
      found.entity.mentions.push(mention)
      found.confidence = Math.max(found.confidence, span.confidence)
      found.spans.push(span)
    } else
      byName.set(id, {
        entity: { id, kind: span.kind, name, aliases: [], roles: [], mentions: [mention] },
        confidence: span.confidence,
        spans: [span],
        tokens: ` ${k} `,
      })
  }
  const all = [...byName.values()].sort((a, b) => b.tokens.length - a.tokens.length)
  const kept: (Addition & { tokens: string })[] = []
  for (const addition of all) {
    const longer = kept.find(
      (other) => other.entity.kind === addition.entity.kind && other.tokens.includes(addition.tokens),
    )
    if (longer) {
      longer.entity.aliases.push(addition.entity.name)
      longer.entity.mentions.push(...addition.entity.mentions)
      longer.confidence = Math.max(longer.confidence, addition.confidence)
      longer.spans.push(...addition.spans)
    } else kept.push(addition)
  }
  return kept.map(({ entity, confidence, spans }) => ({ entity, confidence, spans }))
}

/** Per kind, the least confidence an addition needs (Infinity: the kind adds nothing). */
export type Thresholds = Record<EntityKind, number>

/** Scores of articles with their additions, for one set of thresholds: entity counts only, computed cheaply. */
export function entityScores(
  rows: readonly { article: TaggedArticle; added: readonly Addition[]; support?: readonly number[] }[],
  thresholds: Thresholds,
  veto: Thresholds = NO_VETO,
): Scores {
  const scores = emptyScores()
  for (const { article, added, support } of rows) {
    const entities = [
      ...article.entities.filter((entity, i) => (support?.[i] ?? Infinity) >= veto[entity.kind]),
      ...added.filter((a) => a.confidence >= thresholds[a.entity.kind]).map((a) => a.entity),
    ]
    scoreArticle(scores, goldArticle(article.gold, article.text), {
      quotes: [],
      entities,
      dates: [],
      sources: [],
    })
  }
  return scores
}

/** Thresholds a kind's is chosen from: margins of the averaged perceptron. */
const GRID = [
  -20, -15, -10, -7, -5, -3, -2, -1, 0, 0.5, 1, 2, 3, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50, 70, 100,
]

/** A threshold must raise the inner F1 by this much over adding nothing: smaller gains are one entity here. */
const MARGIN = 0.005

/** No veto: every entity of the rules stays. */
export const NO_VETO: Thresholds = {
  person: -Infinity,
  organization: -Infinity,
  location: -Infinity,
  media: -Infinity,
}

/** Support an entity of the rules may lack before the veto drops it: margins of the averaged perceptron. */
const VETO_GRID = [-60, -40, -30, -20, -15, -10, -7, -5, -3, -1, 0]

/**
 * Each kind's veto (from `VETO_GRID`), chosen on out-of-fold rows of the training batches as the thresholds are:
 * the one that gives the best F1 of the rules less what it drops, if it beats the rules alone by `MARGIN`.
 */
export function chooseVeto(rows: readonly TaggedRow[]): Thresholds {
  const chosen: Thresholds = { ...NO_VETO }
  for (const kind of KINDS) {
    const base = f1(entityScores(rows, NONE).entities[kind])
    let best = base + MARGIN
    for (const v of VETO_GRID) {
      const score = f1(entityScores(rows, NONE, { ...NO_VETO, [kind]: v }).entities[kind])
      if (score > best + 1e-9) {
        best = score
        chosen[kind] = v
      }
    }
  }
  return chosen
}

export const NONE: Thresholds = {
  person: Infinity,
  organization: Infinity,
  location: Infinity,
  media: Infinity,
}

/** Additions of the training batches, each batch's from a tagger trained on the other folds (batches by position). */
/** An article with the tagger's additions and, per entity of the rules, the tagger's support for it. */
export interface TaggedRow {
  article: TaggedArticle
  added: Addition[]
  support?: number[]
}

/** The rows of `articles` as a tagger decodes them. */
export function taggedRows(tagger: Tagger, articles: readonly TaggedArticle[]): TaggedRow[] {
  return articles.map((article) => {
    const { spans, margins } = decode(tagger, article)
    return { article, added: additions(article, spans), support: support(article, margins) }
  })
}

export interface InnerRows {
  rows: TaggedRow[]
  /** The inner fold of each row. */
  folds: number[]
}

export function innerRows(batches: readonly TaggedBatch[], features: number, folds = 3): InnerRows {
  const out: InnerRows = { rows: [], folds: [] }
  for (let fold = 0; fold < folds; fold++) {
    const train = batches.filter((_, i) => i % folds !== fold).flatMap((b) => b.articles)
    const held = batches.filter((_, i) => i % folds === fold).flatMap((b) => b.articles)
    for (const row of taggedRows(trainTagger(train, features), held)) {
      out.rows.push(row)
      out.folds.push(fold)
    }
  }
  return out
}

/**
 * Each kind's least confidence (from `grid`), chosen on out-of-fold additions of the training batches: the one
 * that gives the best F1 of the rules with the additions, if it beats the rules alone by `MARGIN`.
 */
export function chooseThresholds(
  rows: readonly { article: TaggedArticle; added: readonly Addition[] }[],
  grid: readonly number[] = GRID,
): Thresholds {
  const chosen: Thresholds = { ...NONE }
  for (const kind of KINDS) {
    const base = f1(entityScores(rows, NONE).entities[kind])
    let best = base + MARGIN
    for (const t of grid) {
      const score = f1(entityScores(rows, { ...NONE, [kind]: t }).entities[kind])
      if (score > best + 1e-9) {
        best = score
        chosen[kind] = t
      }
    }
  }
  return chosen
}
