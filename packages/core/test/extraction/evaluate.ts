import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { extractArticle } from '../../src/extract/index.ts'
import { parseArticle } from '../../src/structure/parse-article.ts'
import { corpus } from './corpus/index.ts'
import type { GoldArticle } from './gold.ts'
import { emptyScores, f1, precision, recall, type Scores, scoreArticle } from './score.ts'

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url))

export function articleText(gold: GoldArticle): string {
  if (gold.text !== undefined) return gold.text
  return readFileSync(`${SEEDS}${gold.seed}.txt`, 'utf8')
}

/** Runs the structure parser and the extractor on every annotated article and scores them against the gold. */
export function evaluate(articles: readonly GoldArticle[] = corpus): Scores {
  const scores = emptyScores()
  for (const gold of articles) {
    const text = articleText(gold)
    const article = parseArticle({ text, id: gold.id })
    const extraction = extractArticle({
      text: article.text,
      blocks: article.blocks,
      sentences: article.sentences,
      ...(gold.publishedAt !== undefined && { publishedAt: gold.publishedAt }),
    })
    scoreArticle(scores, gold, extraction)
  }
  return scores
}

const percent = (value: number) => value.toFixed(3)

/** The figures as a small table for people, as the test prints them. */
export function summary(scores: Scores): string {
  const lines = [
    `direct quotes   P ${percent(precision(scores.direct))}  R ${percent(recall(scores.direct))}  (${scores.direct.tp} found of ${scores.direct.tp + scores.direct.fn}, ${scores.direct.fp} spurious)`,
    `speakers        ${percent(scores.speakers.correct / Math.max(1, scores.speakers.total))}  (${scores.speakers.correct} of ${scores.speakers.total})`,
    `indirect quotes P ${percent(precision(scores.indirect))}  R ${percent(recall(scores.indirect))}  speakers ${scores.indirectSpeakers.correct} of ${scores.indirectSpeakers.total}`,
  ]
  for (const [kind, counts] of Object.entries(scores.entities)) {
    lines.push(
      `${kind.padEnd(15)} P ${percent(precision(counts))}  R ${percent(recall(counts))}  F1 ${percent(f1(counts))}`,
    )
  }
  lines.push(
    `dates           P ${percent(precision(scores.dates))}  R ${percent(recall(scores.dates))}  values ${scores.dateValues.correct} of ${scores.dateValues.total}`,
    `sources         P ${percent(precision(scores.sources))}  R ${percent(recall(scores.sources))}`,
  )
  return lines.join('\n')
}
