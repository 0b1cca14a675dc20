import { dateHeaderCues } from '../lang/ar/calendar.ts'
import { weekdayByName } from '../lang/ar/compiled.ts'
import type { ArticleDate, ArticleDateBasis } from '../model/article.ts'
import { norm } from './lexicon.ts'

/** What the inference reads of an article: its structure and its date mentions. */
export interface DatedText {
  text: string
  blocks: readonly { kind?: string; start: number; end: number }[]
  sentences: readonly { start: number; end: number; block: number }[]
}

export interface DateCandidate {
  start: number
  end: number
  value?: string
  target?: boolean
}

/**
 * The top of an article, where a page states its date: the first blocks of the article and its credit lines (menus
 * above them left out), and at most this many characters.
 */
const TOP_BLOCKS = 3
const TOP_CHARS = 400
/** Text a dateline may put before its date in its line: a place, an agency (القاهرة - ، الرياض، ). */
const DATELINE_CHARS = 40
const DATELINE_WORDS = 3
/** The lead: the first paragraph sentences, where news tells its event. */
const LEAD_SENTENCES = 3
const SENTENCE_END = /[.!?؟…]/
/** A dateline's place ends with a dash or a comma (القاهرة - ، الرياض، ); a date may also open its line. */
const DATELINE_PLACE_END = /(?:^|[-–—،,:])\s*$/u
const WORD = /[\p{L}\p{N}]+/gu

const headerCues = dateHeaderCues.map((cue) => norm(cue).toLowerCase())

/**
 * The date an undated article gives itself, in order of trust: a header line (`تاريخ النشر: …`، `date 2025-10-16`),
 * a dateline (`القاهرة - 15 أكتوبر 2025`، `الرياض، الأربعاء 15 أكتوبر 2025 (واس) -`), a full date near the top, else
 * the most specific date in the lead (a day before a month before a year, the first among equals). Plan and
 * deadline years (`target`) never count. `dates` are the text's date mentions and the page's stamps of its date, in any
 * order. Undefined when none of these holds a resolved date.
 */
export function inferArticleDate(doc: DatedText, dates: readonly DateCandidate[]): ArticleDate | undefined {
  const candidates = dates
    .filter((date) => !date.target && precision(date.value) > 0)
    .sort((a, b) => a.start - b.start)
  if (candidates.length === 0) return undefined
  const today = todayWeekday(doc.text, dates)
  const top = candidates.filter((date) => inTop(doc, date) && onToday(date, today))
  const header = top.find((date) => isHeaderDate(doc.text, date))
  if (header) return articleDate(header, 'header')
  const dateline = top.find((date) => precision(date.value) === DAY && isDateline(doc.text, date))
  if (dateline) return articleDate(dateline, 'dateline')
  const full = top.find((date) => precision(date.value) === DAY)
  if (full) return articleDate(full, 'top')
  let best: DateCandidate | undefined
  for (const date of candidates) {
    if (!inLead(doc, date)) continue
    if (best === undefined || precision(date.value) > precision(best.value)) best = date
  }
  return best && articleDate(best, 'lead')
}

/**
 * The weekday the text calls today (`اليوم الاثنين`، `صباح اليوم (الخميس)`): the first such date of the text, or
 * undefined.
 */
function todayWeekday(text: string, dates: readonly DateCandidate[]): number | undefined {
  for (const date of dates) {
    if (date.value !== undefined) continue
    const words =
      text
        .slice(date.start, date.end)
        .match(WORD)
        ?.map((word) => norm(word)) ?? []
    const at = words.indexOf(TODAY)
    const day = at >= 0 ? weekdayByName.get(words[at + 1] ?? '') : undefined
    if (day !== undefined) return day
  }
  return undefined
}

/**
 * A day at the top falls on the weekday the text calls today, when it names one: a page's header may show the day it
 * was viewed (a date with the hour and the city's temperature) above a report of another day.
 */
function onToday(date: DateCandidate, today: number | undefined): boolean {
  if (today === undefined || precision(date.value) !== DAY) return true
  return new Date(`${date.value!.slice(0, 10)}T00:00:00Z`).getUTCDay() === today
}

const TODAY = norm('اليوم')

const YEAR = 1
const MONTH = 2
/** `precision` of a day: the only one precise enough to place an article among stories days apart. */
export const DAY = 3

/** How specific an ISO value is: 3 a day, 2 a month, 1 a year, 0 anything else (a week, nothing). */
export function precision(value: string | undefined): number {
  if (value === undefined) return 0
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return DAY
  if (/^\d{4}-\d{2}$/.test(value)) return MONTH
  if (/^\d{4}$/.test(value)) return YEAR
  return 0
}

function articleDate(date: DateCandidate, basis: ArticleDateBasis): ArticleDate {
  return { value: date.value!, inferred: true, basis, start: date.start, end: date.end }
}

/** The blocks the top is counted in: the article and its credit lines, not the menus above them. */
const TOP_KINDS: ReadonlySet<string | undefined> = new Set([
  undefined,
  'heading',
  'paragraph',
  'byline',
  'dateline',
])

/** In the first blocks of the article and its credit lines, and at most `TOP_CHARS` after the first of them. */
function inTop(doc: DatedText, date: DateCandidate): boolean {
  let seen = 0
  let from: number | undefined
  for (const block of doc.blocks) {
    if (!TOP_KINDS.has(block.kind)) continue
    from ??= block.start
    if (date.start < block.start) return false
    if (date.start < block.end) return date.start - from < TOP_CHARS
    if (++seen >= TOP_BLOCKS) return false
  }
  return false
}

function inLead(doc: DatedText, date: DateCandidate): boolean {
  let seen = 0
  for (const sentence of doc.sentences) {
    if (doc.blocks[sentence.block]?.kind === 'heading') continue
    if (date.start >= sentence.start && date.start < sentence.end) return true
    if (++seen >= LEAD_SENTENCES) return false
  }
  return false
}

/** The text of the date's line before it. */
export function lineBefore(text: string, date: DateCandidate): string {
  return text.slice(text.lastIndexOf('\n', date.start - 1) + 1, date.start)
}

/** A date after a header label in its line: `تاريخ النشر: 15 أكتوبر 2025`، `… date 2025-10-16`. */
function isHeaderDate(text: string, date: DateCandidate): boolean {
  const label = headerLabel(text, date)
  return (
    label.length <= DATELINE_CHARS && headerCues.some((cue) => label === cue || label.endsWith(` ${cue}`))
  )
}

/**
 * A date that only a header label opens its line with (`date 2025-10-16`، `تاريخ النشر: 15 أكتوبر 2025`): the page's
 * stamp of its date wherever it stands, where `صدر القرار بتاريخ 15/1/2025` is a sentence's date.
 */
export function isLabelledDate(text: string, date: DateCandidate): boolean {
  return headerCues.includes(headerLabel(text, date))
}

function headerLabel(text: string, date: DateCandidate): string {
  // A date inside a paragraph has its whole line before it: more letters than any label holds, so no label (`norm`
  // keeps every letter and digit), told without folding the line, and read back from the date only that far.
  let from = date.start
  let count = 0
  while (from > 0) {
    const code = text.charCodeAt(from - 1)
    if (code === NEWLINE) break
    if (keptLetter(code) && ++count > LONGEST_LABEL) return ''
    from--
  }
  return norm(text.slice(from, date.start))
    .toLowerCase()
    .replace(/[\s:：\-–—|،,]+$/u, '')
    .trim()
}

// No label is longer than a dateline, nor than the longest header cue.
const LONGEST_LABEL = Math.max(DATELINE_CHARS, ...headerCues.map((cue) => cue.length))

const NEWLINE = 0x0a

/** An ASCII letter or digit, or an Arabic letter (tatweel aside). */
function keptLetter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ||
    (code >= 0x0621 && code <= 0x064a && code !== 0x0640)
  )
}

function isDateline(text: string, date: DateCandidate): boolean {
  const before = lineBefore(text, date)
  return (
    before.length <= DATELINE_CHARS &&
    DATELINE_PLACE_END.test(before) &&
    !SENTENCE_END.test(before) &&
    (before.match(WORD)?.length ?? 0) <= DATELINE_WORDS
  )
}
