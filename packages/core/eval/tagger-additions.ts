import { rawCut } from '../src/extract/words.ts'
import type { Entity, EntityKind } from '../src/model/extraction.ts'
import { emptyScores, f1, key, type Scores, scoreArticle } from '../test/extraction/score.ts'
import { goldArticle } from './extraction.ts'
import { decode, type Span, support, type Tagger, trainTagger } from './tagger-perceptron.ts'
import { KINDS, type TaggedArticle, type TaggedBatch } from './tagger-training.ts'

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

/** Additions of the training batches, each batch's from a tagger trained on the other folds (batches by position). */
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
