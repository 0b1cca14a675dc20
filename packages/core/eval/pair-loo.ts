import type { PairModel } from '../src/cluster/pair-model.ts'
import { type Article, parseArticle, storiesOf } from '../src/index.ts'
import { bcubed } from '../test/stories/bcubed.ts'
import { fitLogistic, type PairRows, pairRows } from './pair-training.ts'
import { givenDate, type StoryItem } from './stories.ts'

/** A story corpus parsed both ways: with the dates a feed would give, and with none. */
export interface ParsedCorpus {
  name: string
  runs: { dated: boolean; articles: Article[] }[]
  event: Map<string, string>
}

export function parseCorpus(name: string, items: readonly StoryItem[]): ParsedCorpus {
  const event = new Map(items.map((item) => [item.gold.sha256.slice(0, 16), item.gold.event]))
  const runs = [true, false].map((dated) => ({
    dated,
    articles: items.map((item) => {
      const date = dated ? givenDate(item) : null
      const id = item.gold.sha256.slice(0, 16)
      return parseArticle({ id, text: item.text, ...(date !== null && { publishedAt: date }) })
    }),
  }))
  return { name, runs, event }
}

/** Probability thresholds a learned model's threshold is chosen from. */
const THRESHOLDS = Array.from({ length: 36 }, (_, i) => Number((0.1 + i * 0.02).toFixed(2)))

export function storyF1(articles: Article[], event: Map<string, string>, model: PairModel): number {
  const predicted = new Map<string, string>()
  for (const story of storiesOf(articles, { pairModel: model }))
    for (const id of story.articleIds) predicted.set(id, story.id)
  return bcubed(predicted, event).f1
}

/** Pair rows of corpora, both runs of each: one model serves articles with and without dates. */
export function rowsOf(corpora: readonly ParsedCorpus[]): PairRows {
  const rows: PairRows = { features: [], labels: [] }
  for (const corpus of corpora)
    for (const run of corpus.runs) {
      const more = pairRows(run.articles, corpus.event)
      rows.features.push(...more.features)
      rows.labels.push(...more.labels)
    }
  return rows
}

/**
 * Trains on `corpora` (both runs) and chooses the one threshold that gives the best mean B³ F1 over their runs: the
 * model `storiesOf` ships is this over every development corpus.
 */
export function trainModel(corpora: readonly ParsedCorpus[]): PairModel {
  const fitted = fitLogistic(rowsOf(corpora))
  let best: PairModel = { ...fitted, threshold: THRESHOLDS[0]! }
  let bestScore = -1
  for (const threshold of THRESHOLDS) {
    const model = { ...fitted, threshold }
    let sum = 0
    for (const corpus of corpora)
      for (const run of corpus.runs) sum += storyF1(run.articles, corpus.event, model)
    if (sum > bestScore) {
      best = model
      bestScore = sum
    }
  }
  return best
}

/** Leave-one-corpus-out: trained and thresholded on the others, scored on each corpus, with dates and without. */
export function learnedLeaveOneOut(
  corpora: readonly ParsedCorpus[],
): { corpus: string; dated: number; undated: number; threshold: number }[] {
  return corpora.map((held) => {
    const model = trainModel(corpora.filter((corpus) => corpus !== held))
    const [dated, undated] = held.runs.map((run) => storyF1(run.articles, held.event, model))
    return { corpus: held.name, dated: dated!, undated: undated!, threshold: model.threshold }
  })
}
