import { ENTITY_FEATURES } from '../src/extract/entity-features.ts'
import {
  type EntityModel,
  type EntityRow,
  entityProbability,
  type KindModel,
} from '../src/extract/entity-model.ts'
import { extractWith } from '../src/extract/index.ts'
import type { Entity, EntityKind } from '../src/model/extraction.ts'
import type { GoldEntity } from '../test/extraction/gold.ts'
import { emptyScores, f1, key, type Scores, scoreArticle } from '../test/extraction/score.ts'
import { extractionInput } from './development-batches.ts'
import { goldArticle } from './extraction.ts'
import type { ExtractionGoldArticle } from './gold-schema.ts'
import { fitLogistic, type LabelledRows } from './logistic.ts'

export const KINDS: readonly EntityKind[] = ['person', 'organization', 'location', 'media']

/** An article of a batch, parsed once: its structure and the rules' entities with features and labels. */
export interface ParsedArticle {
  gold: ExtractionGoldArticle
  text: string
  input: Parameters<typeof extractWith>[0]
  rows: EntityRow[]
  /** Per row: 1 when the scorer matches the entity to a gold one of its kind, else 0 (undefined: not scored). */
  labels: (number | undefined)[]
}

export interface Batch {
  name: string
  articles: ParsedArticle[]
}

export function parseBatch(
  name: string,
  items: readonly { gold: ExtractionGoldArticle; text: string }[],
): Batch {
  return {
    name,
    articles: items.map(({ gold, text }) => {
      const input = extractionInput({ gold, text })
      const { rows } = extractWith(input, {}, true)
      return { gold, text, input, rows, labels: labelRows(rows, gold.entities) }
    }),
  }
}

/**
 * Labels the rules' entities as the scorer counts them (`test/extraction/score.ts`): in order, each takes the first
 * gold entity of its kind, not taken yet, that shares a name or alias with it. Nisba-only gold never counts.
 */
export function labelRows(rows: readonly EntityRow[], gold: readonly GoldEntity[]): (number | undefined)[] {
  const taken = new Set<GoldEntity>()
  return rows.map(({ entity }) => {
    // As the scorer: an entity named only by nisba is not counted.
    if (entity.mentions.every((mention) => mention.form === 'nisba')) return undefined
    const match = gold.find((candidate) => !taken.has(candidate) && sameEntity(entity, candidate))
    if (match === undefined) return 0
    taken.add(match)
    return 1
  })
}

function sameEntity(entity: Entity, gold: GoldEntity): boolean {
  if (gold.kind !== entity.kind || gold.nisbaOnly) return false
  const names = new Set([entity.name, ...entity.aliases].map(key))
  return [gold.name, ...(gold.aliases ?? [])].some((name) => names.has(key(name)))
}

/** Probability thresholds a kind's threshold is chosen from. */
const THRESHOLDS = Array.from({ length: 30 }, (_, i) => Number((0.02 + i * 0.02).toFixed(2)))

/** L2 penalties a kind's fit is chosen from, with its threshold. */
const PENALTIES = [0.1, 0.25, 0.5, 1, 2, 4]

/** A threshold must raise the inner F1 by this much over keeping everything: small gains are noise here. */
const MARGIN = 0.005

interface Example {
  /** Undefined for an entity the check never judges (a given name alone): it counts, but is not fitted. */
  features: readonly number[] | undefined
  label: number
  /** Cited and unjudged entities are never dropped: they count, but no threshold moves them. */
  fixed: boolean
}

function examples(batches: readonly Batch[], kind: EntityKind): Example[] {
  const out: Example[] = []
  for (const batch of batches)
    for (const article of batch.articles)
      article.rows.forEach((row, i) => {
        const label = article.labels[i]
        if (row.entity.kind !== kind || label === undefined) return
        const { features } = row
        out.push({ features, label, fixed: features === undefined || features[CITED]! === 1 })
      })
  return out
}

const CITED = ENTITY_FEATURES.indexOf('cited')

/** The examples the check judges, as rows to fit. */
function fittable(all: readonly Example[]): LabelledRows {
  const judged = all.filter((e): e is Example & { features: readonly number[] } => e.features !== undefined)
  return { features: judged.map((e) => e.features), labels: judged.map((e) => e.label) }
}

/** Gold entities of a kind the batches hold (the recall's denominator), nisba-only ones left out. */
function goldCount(batches: readonly Batch[], kind: EntityKind): number {
  let n = 0
  for (const batch of batches)
    for (const article of batch.articles)
      n += article.gold.entities.filter((e) => e.kind === kind && !e.nisbaOnly).length
  return n
}

/** F1 of a kind when every example under `threshold` (probabilities `p`) is dropped. */
function droppedF1(rows: readonly Example[], p: readonly number[], gold: number, threshold: number): number {
  let tp = 0
  let fp = 0
  rows.forEach((row, i) => {
    if (!row.fixed && p[i]! < threshold) return
    if (row.label === 1) tp++
    else fp++
  })
  return f1({ tp, fp, fn: gold - tp })
}

/**
 * Fits one kind on `batches`, its L2 penalty and threshold chosen leave-one-batch-out inside them: each batch's
 * probabilities come from a fit on the others, so they are chosen on entities the weights never saw. No threshold
 * (keep everything) wins unless one raises that F1 by `MARGIN`.
 */
export function trainKind(batches: readonly Batch[], kind: EntityKind): KindModel {
  const gold = goldCount(batches, kind)
  let chosen = { l2: PENALTIES[0]!, threshold: 0, score: Number.NEGATIVE_INFINITY }
  for (const l2 of PENALTIES) {
    const { rows, p } = outOfFold(batches, kind, l2)
    const base = droppedF1(rows, p, gold, 0)
    if (chosen.threshold === 0 && base > chosen.score) chosen = { l2, threshold: 0, score: base }
    for (const t of THRESHOLDS) {
      const score = droppedF1(rows, p, gold, t)
      if (score > base + MARGIN && score > chosen.score + 1e-9) chosen = { l2, threshold: t, score }
    }
  }
  const fitted = fitLogistic(fittable(examples(batches, kind)), { l2: chosen.l2 })
  return { ...fitted, threshold: chosen.threshold }
}

/** Each batch's examples with probabilities from a fit on the other batches. */
function outOfFold(batches: readonly Batch[], kind: EntityKind, l2: number) {
  const rows: Example[] = []
  const p: number[] = []
  for (const held of batches) {
    const others = batches.filter((b) => b !== held)
    const inner = { ...fitLogistic(fittable(examples(others, kind)), { l2 }), threshold: 0 }
    for (const e of examples([held], kind)) {
      rows.push(e)
      p.push(e.features === undefined ? 1 : entityProbability(inner, e.features))
    }
  }
  return { rows, p }
}

export function trainModel(batches: readonly Batch[], kinds: readonly EntityKind[] = KINDS): EntityModel {
  const model: EntityModel = {}
  for (const kind of kinds) model[kind] = trainKind(batches, kind)
  return model
}

/** The scorer's counts for a batch parsed with `model` (`{}`: the rules alone). */
export function scoreBatch(batch: Batch, model: EntityModel): Scores {
  const scores = emptyScores()
  for (const article of batch.articles) {
    const { extraction } = extractWith(article.input, model)
    scoreArticle(scores, goldArticle(article.gold, article.text), extraction)
  }
  return scores
}
