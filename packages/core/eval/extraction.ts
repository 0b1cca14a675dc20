import { type Article, type EntityKind, parseArticle } from '../src/index.ts'
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
import { bootstrap, formatInterval } from './bootstrap.ts'
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

/** Parses each article as a user would (text and publication date only) and scores it against its gold, one by one. */
export function scoreArticles(items: readonly { gold: ExtractionGoldArticle; text: string }[]): Scores[] {
  return items.map(({ gold, text }) => {
    const article: Article = parseArticle({
      id: gold.id,
      text,
      ...(gold.publishedAt !== null && { publishedAt: gold.publishedAt }),
    })
    const scores = emptyScores()
    scoreArticle(scores, goldArticle(gold, text), article)
    return scores
  })
}

/** A batch's scores: its articles' counts added up, and their errors in order. */
export function sumScores(articles: readonly Scores[]): Scores {
  const total = emptyScores()
  for (const scores of articles) {
    for (const part of [
      'direct',
      'speakers',
      'indirect',
      'indirectSpeakers',
      'dates',
      'dateValues',
      'sources',
    ] as const)
      add(total[part], scores[part])
    for (const kind of Object.keys(scores.entities) as EntityKind[])
      add(total.entities[kind], scores.entities[kind])
    total.errors.push(...scores.errors)
  }
  return total
}

function add<T extends Record<keyof T, number>>(into: T, from: T): void {
  for (const name of Object.keys(from) as (keyof T)[]) into[name] = (into[name] + from[name]) as T[keyof T]
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

/** The figures, NaN where a column has nothing to count (the point figures' 0 or 1 by convention). */
function countedFigures(scores: Scores): ReturnType<typeof extractionFigures> {
  const f = extractionFigures(scores)
  const when = (n: number, value: number) => (n > 0 ? value : Number.NaN)
  const any = ({ tp, fp, fn }: Counts) => tp + fp + fn
  const { direct, indirect, entities, dates } = scores
  return {
    directP: when(direct.tp + direct.fp, f.directP),
    directR: when(direct.tp + direct.fn, f.directR),
    speakers: when(scores.speakers.total, f.speakers),
    indirectWithSpeaker: when(indirect.tp + indirect.fn, f.indirectWithSpeaker),
    person: when(any(entities.person), f.person),
    organization: when(any(entities.organization) + any(entities.media), f.organization),
    location: when(any(entities.location), f.location),
    media: when(any(entities.media), f.media),
    datesP: when(dates.tp + dates.fp, f.datesP),
    datesR: when(dates.tp + dates.fn, f.datesR),
  }
}

/** A row of the table's 95% bootstrap intervals over the batch's articles, column by column. */
export function extractionIntervalRow(label: string, articles: readonly Scores[]): string {
  const counts = articles.map((scores) => ({ ...scores, errors: [] }))
  const i = bootstrap(counts, (sample) => countedFigures(sumScores(sample)))
  return `| ${label} | ${formatInterval(i.directP)} / ${formatInterval(i.directR)} | ${formatInterval(i.speakers)} | ${formatInterval(i.indirectWithSpeaker)} | ${formatInterval(i.person)} | ${formatInterval(i.organization)} | ${formatInterval(i.location)} | ${formatInterval(i.media)} | ${formatInterval(i.datesP)} / ${formatInterval(i.datesR)} |`
}

/** Why speakers of found quotes are not right: none given, or another speaker given. */
export function speakerMissLine(scores: Scores): string {
  const misses = (s: { correct: number; total: number; none: number }) =>
    `${s.none} / ${s.total - s.correct - s.none}`
  return `direct ${misses(scores.speakers)}, indirect ${misses(scores.indirectSpeakers)}`
}
