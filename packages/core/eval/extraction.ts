import { type Article, parseArticle } from '../src/index.ts'
import type { GoldArticle } from '../test/extraction/gold.ts'
import {
  type Counts,
  emptyScores,
  f1,
  precision,
  recall,
  type Scores,
  scoreArticle,
} from '../test/extraction/score.ts'
import type { ExtractionGoldArticle } from './gold-schema.ts'

/** The hand-annotated test-set's gold shape, with the anchored spans read back from the cached text. */
export function goldArticle(gold: ExtractionGoldArticle, text: string): GoldArticle {
  return {
    id: gold.id,
    text,
    ...(gold.publishedAt !== null && { publishedAt: gold.publishedAt }),
    quotes: gold.quotes.map((quote) => ({
      kind: quote.kind,
      text: text.slice(quote.start, quote.end),
      speaker: quote.speaker,
    })),
    entities: gold.entities,
    dates: gold.dates.map((date) => ({
      text: text.slice(date.start, date.end),
      ...(date.value !== undefined && { value: date.value }),
    })),
    sources: [],
  }
}

/** Parses each article as a user would (text and publication date only) and scores it against its gold. */
export function scoreExtraction(items: readonly { gold: ExtractionGoldArticle; text: string }[]): Scores {
  const scores = emptyScores()
  for (const { gold, text } of items) {
    const article: Article = parseArticle({
      id: gold.id,
      text,
      ...(gold.publishedAt !== null && { publishedAt: gold.publishedAt }),
    })
    scoreArticle(scores, goldArticle(gold, text), article)
  }
  return scores
}

const sum = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn })
const figure = (value: number) => value.toFixed(3)

/** The measures: direct quotes, speakers, indirect speech with its speaker, entity F1 by kind. */
export function extractionFigures(scores: Scores) {
  const indirectGold = scores.indirect.tp + scores.indirect.fn
  return {
    directP: precision(scores.direct),
    directR: recall(scores.direct),
    speakers: scores.speakers.correct / Math.max(1, scores.speakers.total),
    indirectWithSpeaker: scores.indirectSpeakers.correct / Math.max(1, indirectGold),
    person: f1(scores.entities.person),
    organization: f1(sum(scores.entities.organization, scores.entities.media)),
    location: f1(scores.entities.location),
    media: f1(scores.entities.media),
    datesP: precision(scores.dates),
    datesR: recall(scores.dates),
  }
}

export const EXTRACTION_HEADER =
  '| set | direct P / R | speakers | indirect with speaker | person F1 | org. F1 (media incl.) | location F1 | media F1 | dates P / R |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |'

/** One row of the README's table. */
export function extractionRow(label: string, scores: Scores): string {
  const f = extractionFigures(scores)
  const indirectGold = scores.indirect.tp + scores.indirect.fn
  return `| ${label} | ${figure(f.directP)} / ${figure(f.directR)} | ${figure(f.speakers)} (${scores.speakers.correct} of ${scores.speakers.total}) | ${figure(f.indirectWithSpeaker)} (${scores.indirectSpeakers.correct} of ${indirectGold}) | ${figure(f.person)} | ${figure(f.organization)} | ${figure(f.location)} | ${figure(f.media)} | ${figure(f.datesP)} / ${figure(f.datesR)} |`
}

/** Why speakers of found quotes are not right: none given, or another speaker given. */
export function speakerMissLine(scores: Scores): string {
  const misses = (s: { correct: number; total: number; none: number }) =>
    `${s.none} / ${s.total - s.correct - s.none}`
  return `direct ${misses(scores.speakers)}, indirect ${misses(scores.indirectSpeakers)}`
}
