import { ENTITY_WEIGHTS } from '../src/extract/entity-weights.ts'
import { extractWith } from '../src/extract/index.ts'
import { type SpeechModel, speechProbability } from '../src/extract/speech-candidates.ts'
import type { Quote } from '../src/model/extraction.ts'
import { emptyScores, f1, key, type Scores, scoreArticle } from '../test/extraction/score.ts'
import { type DevelopmentItem, extractionInput } from './development-batches.ts'
import { goldArticle } from './extraction.ts'
import type { ExtractionGoldArticle } from './gold-schema.ts'
import { fitLogistic, type LabelledRows } from './logistic.ts'

/** An article parsed once: the learned layer's candidates with their labels, and the rules' indirect counts. */
interface ParsedArticle {
  gold: ExtractionGoldArticle
  text: string
  input: Parameters<typeof extractWith>[0]
  /** Per candidate with a clause: its features and 1 when that clause is a gold indirect quote the rules missed. */
  examples: { features: readonly number[]; label: number; rules: boolean }[]
  /** The rules' indirect quotes: matched to the gold (tp), not (fp), and gold ones missed (fn). */
  rules: { tp: number; fp: number; fn: number }
}

export interface Batch {
  name: string
  articles: ParsedArticle[]
}

/** As the scorer (`test/extraction/score.ts`): an indirect quote matches when half their words are shared. */
function sameClause(found: string, expected: string): boolean {
  const a = new Set(key(found).split(' '))
  const b = new Set(key(expected).split(' '))
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return shared / (a.size + b.size - shared) >= 0.5
}

/**
 * Parses a batch with the rules alone and with each candidate taken alone; a candidate is labelled by the clause it
 * gives when taken: 1 if it matches a gold indirect quote none of the rules' quotes matched.
 */
export function parseBatch(name: string, items: readonly DevelopmentItem[]): Batch {
  return { name, articles: items.map(labelCandidates) }
}

function labelCandidates({ gold, text }: DevelopmentItem): ParsedArticle {
  const input = extractionInput({ gold, text })
  const expected = gold.quotes
    .filter((quote) => quote.kind === 'indirect')
    .map((quote) => text.slice(quote.start, quote.end))
  const indirect = (quotes: readonly Quote[]) => quotes.filter((quote) => quote.kind === 'indirect')
  const rules = indirect(extractWith(input, ENTITY_WEIGHTS, false, null).extraction.quotes)
  const missed = expected.filter((e) => !rules.some((quote) => sameClause(quote.text, e)))
  const tp = expected.length - missed.length
  const { candidates, ruleCandidates = [] } = extractWith(input, ENTITY_WEIGHTS, false, () => false)
  // The rules' reports: labelled by their own clause, fitted on, never taken again.
  const ruled = ruleCandidates.flatMap(({ features, start }) => {
    const quote = rules.find((q) => q.start >= start && q.start <= start + 1)
    if (!quote) return []
    return [{ features, label: expected.some((e) => sameClause(quote.text, e)) ? 1 : 0, rules: true }]
  })
  // Each candidate taken alone, as the layer takes it: its clause, cut where the rules' next report starts.
  const examples = candidates.flatMap(({ features, start }, c) => {
    const alone = extractWith(input, ENTITY_WEIGHTS, false, (i) => i === c).extraction.quotes
    const quote = indirect(alone).find((q) => q.start >= start && q.start <= start + 1)
    if (!quote) return []
    const label = missed.some((e) => sameClause(quote.text, e)) ? 1 : 0
    return [{ features, label, rules: false }]
  })
  return {
    gold,
    text,
    input,
    examples: [...examples, ...ruled],
    rules: { tp, fp: rules.length - tp, fn: missed.length },
  }
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Number((0.1 + i * 0.05).toFixed(2)))
const PENALTIES = [0.25, 0.5, 1, 2, 4, 8]
/**
 * The layouts the layer may judge, chosen with the penalty and threshold (indices into `SPEECH_FEATURES`): the
 * complementiser, colon and `NAME:` layouts; with attributions; with every layout.
 */
const LAYOUT_SETS: readonly (readonly number[])[] = [
  [0, 1, 2],
  [0, 1, 2, 3],
  [0, 1, 2, 3, 4, 5],
]
/** A threshold must raise the inner indirect F1 by this much over taking no candidate. */
const MARGIN = 0.001

type Example = ParsedArticle['examples'][number]
const judged = (layouts: readonly number[]) => (e: Example) => layouts.some((l) => e.features[l] === 1)

const rowsOf = (batches: readonly Batch[], layouts: readonly number[]): LabelledRows => {
  const all = batches.flatMap((b) => b.articles.flatMap((a) => a.examples)).filter(judged(layouts))
  return { features: all.map((e) => e.features), labels: all.map((e) => e.label) }
}

/** Indirect F1 of the rules plus every candidate (not the rules' own) at or over `t` (probabilities `p`). */
function takenF1(batches: readonly Batch[], examples: readonly Example[], p: readonly number[], t: number) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const b of batches)
    for (const a of b.articles) {
      tp += a.rules.tp
      fp += a.rules.fp
      fn += a.rules.fn
    }
  examples.forEach((e, i) => {
    if (p[i]! < t || e.rules) return
    if (e.label === 1) {
      tp++
      fn--
    } else fp++
  })
  return f1({ tp, fp, fn })
}

/**
 * Fits the layer on `batches`, its layouts, L2 penalty and threshold chosen leave-one-batch-out inside them (each
 * batch's probabilities from a fit on the others). The rules' own reports are fitted on too (with the feature that
 * says so), since they are most of the speech there is. No candidate is taken (threshold above 1) unless a threshold
 * raises that inner F1 by `MARGIN`.
 */
export function trainSpeech(batches: readonly Batch[]): SpeechModel {
  let chosen = { layouts: LAYOUT_SETS[0]!, l2: PENALTIES[0]!, threshold: 2, score: Number.NEGATIVE_INFINITY }
  for (const layouts of LAYOUT_SETS)
    for (const l2 of PENALTIES) {
      const examples: Example[] = []
      const p: number[] = []
      for (const held of batches) {
        const fitted = fitLogistic(
          rowsOf(
            batches.filter((b) => b !== held),
            layouts,
          ),
          { l2 },
        )
        const inner = { ...fitted, threshold: 0, layouts }
        for (const a of held.articles)
          for (const e of a.examples.filter(judged(layouts))) {
            examples.push(e)
            p.push(speechProbability(inner, e.features))
          }
      }
      const base = takenF1(batches, examples, p, 2)
      if (chosen.threshold === 2 && base > chosen.score) chosen = { layouts, l2, threshold: 2, score: base }
      for (const t of THRESHOLDS) {
        const score = takenF1(batches, examples, p, t)
        if (score > base + MARGIN && score > chosen.score + 1e-9)
          chosen = { layouts, l2, threshold: t, score }
      }
    }
  const { layouts, l2, threshold } = chosen
  return { ...fitLogistic(rowsOf(batches, layouts), { l2 }), threshold, layouts }
}

/** The scorer's counts for a batch parsed with the learned speech layer `model` (`null`: the rules alone). */
export function scoreBatch(batch: Batch, model: SpeechModel | null): Scores {
  const scores = emptyScores()
  for (const article of batch.articles) {
    const { extraction } = extractWith(article.input, ENTITY_WEIGHTS, false, model)
    scoreArticle(scores, goldArticle(article.gold, article.text), extraction)
  }
  return scores
}
