import { futureMarkerSet, monthByName, norm, weekdayByName } from '../lang/ar/compiled.ts'
import type { DateMention } from '../model/extraction.ts'

const YESTERDAY = norm('أمس')
const BEFORE = norm('الأول')

/**
 * The weekdays and months an article's lead dates its news by, as bits: 0–6 the weekdays (Sunday = 0), 7–18 the
 * months (January = 0). An undated text still says when its event happened (أمس الأحد، مساء الخميس، 14 أيار), and two
 * reports of one event name the same day; two matches of one team, two rounds of one vote, a call and a visit of the
 * same leaders are days or months apart. A date still to come (19 يوليو المقبل) dates another event and is left out.
 * A weekday after أمس (أمس الأحد) is the day before the page was written, and a report of the day it was written
 * (صباح الاثنين) may tell the same news: both days count (أمس الأول, two days back, keeps its own day only).
 */
export function leadTimeWords(dates: readonly DateMention[], leadEnd: number): number {
  let bits = 0
  for (const date of dates) {
    if (date.start >= leadEnd || date.target === true) continue
    const words = norm(date.text).split(/[^\p{L}\p{M}]+/u)
    if (words.some((word) => futureMarkerSet.has(word))) continue
    const yesterday = words.includes(YESTERDAY) && !words.includes(BEFORE)
    words.forEach((word, i) => {
      const day = weekdayByName.get(word)
      if (day !== undefined) bits |= 1 << day
      if (day !== undefined && yesterday) bits |= 1 << ((day + 1) % WEEKDAYS)
      const month = monthByName.get(`${word} ${words[i + 1]}`) ?? monthByName.get(word)
      if (month !== undefined) bits |= 1 << (WEEKDAYS + month)
    })
    const value = date.value === undefined ? null : ISO_DAY.exec(date.value)
    if (value === null) continue
    bits |= 1 << (WEEKDAYS + Number(value[2]) - 1)
    if (value[3] !== undefined)
      bits |= 1 << new Date(Date.UTC(Number(value[1]), Number(value[2]) - 1, Number(value[3]))).getUTCDay()
  }
  return bits
}

/**
 * A dated article whose lead names no weekday still tells of a day: its date's, or one of the `daysBefore` days before
 * it (news of the evening is published the next morning; a page's publication date, unlike a date the text gives its
 * own news, may follow a Friday's news on Sunday). Its time words take them all, so that an undated report of one
 * event naming its day (أمس الجمعة) agrees with it, and one naming another day does not. A lead's own weekday is kept.
 */
export function withDayOf(bits: number, time: number | null, daysBefore = TEXT_DATE_DAYS_BEFORE): number {
  if (time === null || (bits & WEEK) !== 0) return bits
  const day = new Date(time).getUTCDay()
  for (let back = 0; back <= daysBefore; back++) bits |= 1 << ((day + WEEKDAYS - back) % WEEKDAYS)
  return bits
}

/** The days before the date a text gives its own news that the news may be of (`withDayOf`). */
export const TEXT_DATE_DAYS_BEFORE = 1
/** The days before its publication date that a dated page's news may be of (`withDayOf`). */
export const PUBLISHED_DAYS_BEFORE = 2

const WEEKDAYS = 7
const ISO_DAY = /^(\d{4})-(\d\d)(?:-(\d\d))?$/
const WEEK = (1 << WEEKDAYS) - 1

/**
 * Both leads name a weekday and none in common. A report of the day after that names only the day it is written on
 * (اليوم الأحد) against one of the day (السبت) counts as apart too: leave-one-corpus-out, excusing the day next to it
 * did worse (B³ F1 without dates 0.836 against 0.854): a report of the day after mostly names the day of the news.
 */
export function weekdaysApart(a: number, b: number): boolean {
  const x = a & WEEK
  const y = b & WEEK
  return x !== 0 && y !== 0 && (x & y) === 0
}

/** Both leads name a month and none in common. */
export function monthsApart(a: number, b: number): boolean {
  const x = a >> WEEKDAYS
  const y = b >> WEEKDAYS
  return x !== 0 && y !== 0 && (x & y) === 0
}
