// Date arithmetic on plain { year, month (1-12), day } values in the proleptic Gregorian calendar, in UTC.

export interface CivilDate {
  year: number
  month: number
  day: number
}

const DAY_MS = 86_400_000

export function parseIsoDate(value: string | undefined): CivilDate | undefined {
  if (!value) return undefined
  const match = ISO_DATE.exec(value)
  if (!match) return undefined
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return isValid(date) ? date : undefined
}

// The calendar date the publisher wrote, before any time zone: 2025-01-30T23:00:00-05:00 is the 30th.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

export function isValid({ year, month, day }: CivilDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function toTime({ year, month, day }: CivilDate): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}

function fromTime(time: number): CivilDate {
  const date = new Date(time)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromTime(toTime(date) + days * DAY_MS)
}

export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

/** 0 = Sunday, as `getUTCDay`. */
export function weekday(date: CivilDate): number {
  return new Date(toTime(date)).getUTCDay()
}

export function formatDate({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

export function formatMonth({ year, month }: { year: number; month: number }): string {
  return `${pad(year, 4)}-${pad(month, 2)}`
}

/** ISO 8601 week: 2025-W03. */
export function formatWeek(date: CivilDate): string {
  const time = toTime(date)
  const day = (weekday(date) + 6) % 7 // Monday = 0
  const thursday = fromTime(time + (3 - day) * DAY_MS)
  const firstThursdayTime = toTime({ year: thursday.year, month: 1, day: 4 })
  const firstDay = (weekday({ year: thursday.year, month: 1, day: 4 }) + 6) % 7
  const week1Monday = firstThursdayTime - firstDay * DAY_MS
  const week = Math.floor((time - day * DAY_MS - week1Monday) / (7 * DAY_MS)) + 1
  return `${pad(thursday.year, 4)}-W${pad(week, 2)}`
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

function fromJulianDay(jdn: number): CivilDate {
  return fromTime((jdn - 2_440_588) * DAY_MS)
}

/**
 * A Hijri date in the Gregorian calendar. The arithmetic (tabular) calendar gives a first estimate; where the
 * runtime's Intl knows the Umm al-Qura calendar (the one Gulf outlets use), the estimate is moved to the day it names.
 */
export function hijriToGregorian(year: number, month: number, day: number): CivilDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1) return undefined
  const tabular =
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1_948_439
  const format = umAlQura()
  if (format) {
    for (const delta of [0, -1, 1, -2, 2]) {
      const candidate = fromJulianDay(tabular + delta)
      const parts = hijriParts(format, candidate)
      if (parts && parts.year === year && parts.month === month && parts.day === day) return candidate
    }
  }
  return fromJulianDay(tabular)
}

/** The Hijri year a Gregorian date falls in, by the arithmetic calendar: near a new year it may be one off. */
export function hijriYearOf(date: CivilDate): number {
  const jdn = toTime(date) / DAY_MS + 2_440_588
  return Math.floor((30 * (jdn - 1_948_440) + 10_646) / 10_631)
}

/**
 * The Gregorian day of a Hijri month and day nearest `date`: of the Hijri year `date` falls in, or the one before or
 * after; strictly after it when `direction` is 1, strictly before when -1.
 */
export function hijriNear(date: CivilDate, month: number, day: number, direction = 0): CivilDate | undefined {
  const year = hijriYearOf(date)
  const time = toTime(date)
  let best: CivilDate | undefined
  for (const candidate of [year - 1, year, year + 1]) {
    const found = hijriToGregorian(candidate, month, day)
    if (!found) continue
    const distance = toTime(found) - time
    if ((direction > 0 && distance <= 0) || (direction < 0 && distance >= 0)) continue
    if (best === undefined || Math.abs(distance) < Math.abs(toTime(best) - time)) best = found
  }
  return best
}

let formatter: Intl.DateTimeFormat | null | undefined

function umAlQura(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      const candidate = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      })
      formatter = candidate.resolvedOptions().calendar === 'islamic-umalqura' ? candidate : null
    } catch {
      formatter = null
    }
  }
  return formatter
}

function hijriParts(format: Intl.DateTimeFormat, date: CivilDate): CivilDate | undefined {
  const parts = format.formatToParts(new Date(toTime(date)))
  const get = (type: string) => Number.parseInt(parts.find((part) => part.type === type)?.value ?? '', 10)
  const result = { year: get('year'), month: get('month'), day: get('day') }
  return Number.isFinite(result.year) && Number.isFinite(result.month) && Number.isFinite(result.day)
    ? result
    : undefined
}
