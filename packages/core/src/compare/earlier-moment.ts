// The moment a figure's sentence dates it to: a figure stated after a date of a day, a month or a year before the
// story's is of that earlier moment (the first round's shares recalled in an account of the runoff, a toll of a year
// before), which an article recalls beside its news and another article's figure of the news does not contradict.

import { futureMarkerSet, monthByName, norm } from '../lang/ar/compiled.ts'
import { asciiDigits } from '../normalize/read-number.ts'
import { articleTime, type DateView, inferredDate, parseTime } from '../similarity/extraction-view.ts'
import type { Quantity } from './quantities.ts'
import type { SentenceSpace } from './sentence-space.ts'

/** When the story happened, as the compared articles are dated. */
export interface StoryMoment {
  /** The latest year an article is dated, else the latest year the articles' dates name; null when none does. */
  year: number | null
  /** The earliest day an article is dated (published, or the day its text gives itself), in ms; null when none is. */
  firstDay: number | null
  /** Each article's own day, in ms, or null: what a day and month written without a year are read against. */
  days: readonly (number | null)[]
}

/** Days before the story's first day within which a date may still be the event's own (it broke the night before). */
const EARLIER_DAYS = 7
const DAY = 86_400_000

/** The year and first day of the compared articles, and each article's own day. */
export function storyMoment(space: SentenceSpace): StoryMoment {
  const latest = (years: number[]) => (years.length === 0 ? null : Math.max(...years))
  const written = space.articles.map(
    (article, i) => article.publishedAt ?? inferredDate(article, space.extractions[i]!)?.value,
  )
  const year =
    latest(written.flatMap((value) => (value === undefined ? [] : [Number(value.slice(0, 4))]))) ??
    latest(
      space.extractions.flatMap(({ dates }) =>
        dates.flatMap((date) =>
          date.value === undefined || date.target === true ? [] : [Number(date.value.slice(0, 4))],
        ),
      ),
    )
  // The story's days are those `articleTime` places articles at; a day only a lead names may be a day it recalls.
  const times = space.articles.flatMap((article, i) => articleTime(article, space.extractions[i]!) ?? [])
  const days = written.map((value) =>
    value !== undefined && FULL_DAY.test(value) ? parseTime(value.slice(0, 10)) : null,
  )
  return { year, firstDay: times.length === 0 ? null : Math.min(...times), days }
}

const FULL_DAY = /^\d{4}-\d\d-\d\d/

/**
 * The last date of the figure's sentence before it is of a year before the story's, or ends more than `EARLIER_DAYS`
 * before the story's first day: the figure is of that earlier moment. The last one, as a sentence may go from then
 * to now (في انتخابات 2019 … وحصل اليوم على 45 مقعداً). A date after منذ (منذ 15 سبتمبر) is where a span starts, not
 * when the figure was; a date of a plan or a deadline is no moment of a figure.
 */
export function ofEarlierMoment(
  span: { start: number; text: string },
  quantity: Quantity,
  dates: readonly DateView[],
  moment: StoryMoment,
  article: number,
): boolean {
  const before = dates.filter(
    (date) => date.start >= span.start && date.end <= span.start + quantity.start && date.target !== true,
  )
  const last = before.reduce<DateView | undefined>(
    (x, y) => (x === undefined || y.start > x.start ? y : x),
    undefined,
  )
  if (last === undefined || SINCE.test(span.text.slice(0, last.start - span.start))) return false
  const end = dateEnd(last, moment.days[article] ?? null)
  if (end === null) return false
  if (moment.year !== null && new Date(end.from).getUTCFullYear() < moment.year) return true
  return moment.firstDay !== null && end.to < moment.firstDay - EARLIER_DAYS * DAY
}

/**
 * The span a date stands for, in ms: from its value (a day, a month, a year), else, for a day and a month written
 * without a year (15 شتنبر), the latest such day not after its article's own day. Null when it cannot be placed.
 */
function dateEnd(date: DateView, own: number | null): { from: number; to: number } | null {
  if (date.value !== undefined) {
    const [year, month, day] = date.value.slice(0, 10).split('-').map(Number)
    if (year === undefined || Number.isNaN(year)) return null
    if (month === undefined) return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1) - 1 }
    if (day === undefined) return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 1) - 1 }
    const from = Date.UTC(year, month - 1, day)
    return { from, to: from + DAY - 1 }
  }
  if (own === null) return null
  const read = DAY_AND_MONTH.exec(norm(asciiDigits(date.text)))
  if (read === null || (read[3] !== undefined && futureMarkerSet.has(read[3]))) return null
  const month = monthByName.get(`${read[2]} ${read[3]}`) ?? monthByName.get(read[2]!)
  if (month === undefined) return null
  const year = new Date(own).getUTCFullYear()
  const day = Number(read[1])
  const from = Date.UTC(year, month, day) > own ? Date.UTC(year - 1, month, day) : Date.UTC(year, month, day)
  return { from, to: from + DAY - 1 }
}

// A day's number and a month's name (one word or two: كانون الثاني), then at most a word that places it (الماضي).
const DAY_AND_MONTH = /^(?:يوم\s+)?(\d{1,2})\s+(\S+)(?:\s+(\S+))?$/
const SINCE = /(?:^|\s)و?منذ\s+(?:\S+\s+)?$/
