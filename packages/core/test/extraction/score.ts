import type { Extraction } from '../../src/extract/index.ts'
import type { Entity, EntityKind, Quote } from '../../src/model/extraction.ts'
import { normalize } from '../../src/normalize/normalize.ts'
import type { GoldArticle, GoldEntity } from './gold.ts'

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Scores {
  direct: Counts
  /** Direct quotes found and matched to the gold, how many have the gold speaker, and how many have none at all. */
  speakers: { correct: number; total: number; none: number }
  indirect: Counts
  indirectSpeakers: { correct: number; total: number; none: number }
  entities: Record<EntityKind, Counts>
  dates: Counts
  dateValues: { correct: number; total: number }
  sources: Counts
  /** What went wrong, one line each, to read when a figure drops. */
  errors: string[]
}

const KINDS: readonly EntityKind[] = ['person', 'organization', 'location', 'media']

export function emptyScores(): Scores {
  const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 })
  return {
    direct: counts(),
    speakers: { correct: 0, total: 0, none: 0 },
    indirect: counts(),
    indirectSpeakers: { correct: 0, total: 0, none: 0 },
    entities: { person: counts(), organization: counts(), location: counts(), media: counts() },
    dates: counts(),
    dateValues: { correct: 0, total: 0 },
    sources: counts(),
    errors: [],
  }
}

/** Text for matching: normalised, punctuation and quote marks dropped, spaces collapsed. */
export function key(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
}

export function f1(c: Counts): number {
  const p = precision(c)
  const r = recall(c)
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/** Adds one article's comparison of `extraction` against `gold` to `scores`. */
export function scoreArticle(scores: Scores, gold: GoldArticle, extraction: Extraction): void {
  const entityById = new Map(extraction.entities.map((entity) => [entity.id, entity]))
  scoreQuotes(scores, gold, extraction.quotes, entityById, 'direct')
  scoreQuotes(scores, gold, extraction.quotes, entityById, 'indirect')
  scoreEntities(scores, gold, extraction.entities)
  scoreDates(scores, gold, extraction)
  scoreSources(scores, gold, extraction)
}

function scoreQuotes(
  scores: Scores,
  gold: GoldArticle,
  quotes: readonly Quote[],
  entityById: ReadonlyMap<string, Entity>,
  kind: 'direct' | 'indirect',
): void {
  const counts = kind === 'direct' ? scores.direct : scores.indirect
  const speakers = kind === 'direct' ? scores.speakers : scores.indirectSpeakers
  const predicted = quotes.filter((quote) => quote.kind === kind)
  const used = new Set<Quote>()
  for (const expected of gold.quotes.filter((quote) => quote.kind === kind)) {
    const match = predicted.find((quote) => !used.has(quote) && sameQuote(kind, quote.text, expected.text))
    if (!match) {
      counts.fn++
      scores.errors.push(`${gold.id}: missed ${kind} quote «${expected.text}»`)
      continue
    }
    used.add(match)
    counts.tp++
    speakers.total++
    if (sameSpeaker(match, expected.speaker, entityById)) speakers.correct++
    else {
      if (match.speaker === undefined || match.speaker === null) speakers.none++
      scores.errors.push(
        `${gold.id}: ${kind} quote «${expected.text.slice(0, 40)}…» has speaker ${match.speaker?.name ?? 'null'}, expected ${expected.speaker?.join(' / ') ?? 'null'}`,
      )
    }
  }
  for (const quote of predicted) {
    if (used.has(quote)) continue
    counts.fp++
    scores.errors.push(`${gold.id}: spurious ${kind} quote «${quote.text}»`)
  }
}

/** Whether a found quote is the annotated one: a direct quote word for word, an indirect one by half its words. */
export function sameQuote(kind: 'direct' | 'indirect', found: string, expected: string): boolean {
  if (kind === 'direct') return key(found) === key(expected)
  const a = new Set(key(found).split(' '))
  const b = new Set(key(expected).split(' '))
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return shared / (a.size + b.size - shared) >= 0.5
}

function sameSpeaker(
  quote: Quote,
  expected: readonly string[] | null,
  entityById: ReadonlyMap<string, Entity>,
): boolean {
  if (expected === null) return quote.speaker === null
  if (quote.speaker === null) return false
  const names = [quote.speaker.name]
  const entity = quote.speaker.entity ? entityById.get(quote.speaker.entity) : undefined
  if (entity) names.push(entity.name, ...entity.aliases, ...entity.roles)
  const found = new Set(names.map(key))
  return expected.some((name) => found.has(key(name)))
}

function scoreEntities(scores: Scores, gold: GoldArticle, entities: readonly Entity[]): void {
  for (const kind of KINDS) {
    const counts = scores.entities[kind]
    // A place counts as named only with a mention other than its nisba.
    const predicted = entities.filter(
      (entity) => entity.kind === kind && entity.mentions.some((mention) => mention.form !== 'nisba'),
    )
    const expected = gold.entities.filter((entity) => entity.kind === kind && !entity.nisbaOnly)
    const matched = new Set<GoldEntity>()
    for (const entity of predicted) {
      const names = new Set([entity.name, ...entity.aliases].map(key))
      const match = expected.find(
        (candidate) =>
          !matched.has(candidate) &&
          [candidate.name, ...(candidate.aliases ?? [])].some((name) => names.has(key(name))),
      )
      if (match) {
        matched.add(match)
        counts.tp++
      } else {
        counts.fp++
        scores.errors.push(`${gold.id}: spurious ${kind} ${entity.name}`)
      }
    }
    for (const entity of expected) {
      if (matched.has(entity)) continue
      counts.fn++
      scores.errors.push(`${gold.id}: missed ${kind} ${entity.name}`)
    }
  }
}

// A year the extraction names as a plan's or a deadline's (رؤية 2030، بحلول عام 2030), and a time counted back after
// منذ (منذ سنتين, a duration as much as a point): the guideline's dates leave both out.
const leftOutByGuideline = (date: Extraction['dates'][number]) =>
  (date.target === true && /^\d{4}$/.test(date.value ?? '')) || date.since === true

function scoreDates(scores: Scores, gold: GoldArticle, extraction: Extraction): void {
  const used = new Set<number>()
  for (const expected of gold.dates) {
    const wanted = key(expected.text)
    const index = extraction.dates.findIndex((date, i) => {
      if (used.has(i)) return false
      const found = key(date.text)
      return found.includes(wanted) || wanted.includes(found)
    })
    if (index < 0) {
      scores.dates.fn++
      scores.errors.push(`${gold.id}: missed date ${expected.text}`)
      continue
    }
    used.add(index)
    scores.dates.tp++
    scores.dateValues.total++
    const value = extraction.dates[index]!.value
    if (value === expected.value) scores.dateValues.correct++
    else
      scores.errors.push(`${gold.id}: date ${expected.text} has value ${value}, expected ${expected.value}`)
  }
  extraction.dates.forEach((date, i) => {
    if (used.has(i) || leftOutByGuideline(date)) return
    scores.dates.fp++
    scores.errors.push(`${gold.id}: spurious date ${date.text}`)
  })
}

function scoreSources(scores: Scores, gold: GoldArticle, extraction: Extraction): void {
  const used = new Set<number>()
  for (const expected of gold.sources) {
    const wanted = key(expected.name)
    const index = extraction.sources.findIndex((source, i) => {
      if (used.has(i) || source.kind !== expected.kind) return false
      const found = key(source.name)
      return found.includes(wanted) || wanted.includes(found)
    })
    if (index < 0) {
      scores.sources.fn++
      scores.errors.push(`${gold.id}: missed source ${expected.name}`)
      continue
    }
    used.add(index)
    scores.sources.tp++
  }
  extraction.sources.forEach((source, i) => {
    if (used.has(i)) return
    scores.sources.fp++
    scores.errors.push(`${gold.id}: spurious source ${source.name} (${source.kind})`)
  })
}
