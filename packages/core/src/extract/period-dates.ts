/** Periods (الشهر الماضي، نهاية العام), parts of a year, Hijri feasts, and spans counted from the day of writing. */

import type { TimeUnit } from '../lang/ar/calendar.ts'
import {
  addDays,
  addMonths,
  type CivilDate,
  formatDate,
  formatMonth,
  formatWeek,
  hijriNear,
} from './calendar-math.ts'
import {
  AND,
  approximateSet,
  COUNT_DIGITS,
  currentSet,
  type DateMatch,
  FORMER,
  feastIndex,
  fractionOrdinalSet,
  fractionSet,
  futureSet,
  GENERAL,
  monthNames,
  nowSet,
  numberWordIndex,
  OF,
  ON,
  pastSet,
  periodPartSet,
  SINCE,
  seasonSet,
  spanTailSet,
  TODAY,
  unitIndex,
  YEAR_DIGITS,
  YEAR_VALUE,
} from './date-words.ts'
import {
  periodNounUnits as PERIOD_NOUNS,
  relativeDirectionMap as RELATIVE_DIRECTIONS,
  thisSet as THIS,
  vagueCountSet as VAGUE_COUNTS,
  yesterdaySet as YESTERDAY,
} from './lexicon.ts'
import { absoluteDate } from './month-dates.ts'
import { fits } from './phrase-match.ts'
import { joined, type Scan } from './scan.ts'
import { rawCut, type Word } from './words.ts'
import { yearDate } from './year-dates.ts'

/**
 * الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا الأسبوع, and the parts of them: مطلع الشهر الجاري، أواخر العام
 * الماضي، منتصف يناير.
 */
export function periodDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  if (periodPartSet.has(word.norm) && joined(words, i + 1)) {
    const month = absoluteDate(scan, i + 1, published)
    if (month) return { ...month, first: i }
    // نهاية العام 2019: the year named after the period noun is the year meant, not the year of writing.
    const year = yearDate(scan, i + 1)
    if (year && year.start === undefined) return { ...year, first: i }
    const period = periodDate(scan, i + 1, published)
    if (period) return { ...period, first: i }
    // نهاية العام، مطلع الشهر: without a marker, the period of the day of writing.
    const unit = PERIOD_NOUNS.get(words[i + 1]!.norm)
    if (!unit) return undefined
    return {
      first: i,
      last: i + 1,
      kind: 'relative',
      ...(published && { value: periodValue(published, unit, 0) }),
    }
  }
  let k = i
  // لهذا العام، وهذه السنة: the demonstrative may carry a particle, left out of the date.
  const demonstrative = word.bases.find((base) => THIS.has(base.base))
  if (demonstrative && joined(words, i + 1)) k = i + 1
  // بالشهر الماضي، للعام المقبل: the period noun may carry a particle.
  const periodWord = words[k]!
  let unit: 'week' | 'month' | 'year' | undefined
  let cut = 0
  for (let n = 0; n < periodWord.bases.length; n++) {
    const base = periodWord.bases[n]!
    unit = PERIOD_NOUNS.get(base.base)
    if (unit) {
      cut = base.cut
      break
    }
  }
  if (!unit) return undefined
  // المدير العام السابق: after a definite noun and before السابق (former), العام is the noun's adjective (general).
  const noun = words[k - 1]
  if (
    k === i &&
    cut === 0 &&
    periodWord.norm === GENERAL &&
    words[k + 1]?.norm === FORMER &&
    noun?.norm.startsWith('ال') &&
    joined(words, k)
  )
    return undefined
  let direction: number
  let last = k
  const next = words[k + 1]
  if (k > i) direction = 0
  else if (next && joined(words, k + 1) && pastSet.has(next.norm)) direction = -1
  else if (next && joined(words, k + 1) && futureSet.has(next.norm)) direction = 1
  else if (next && joined(words, k + 1) && currentSet.has(next.norm)) direction = 0
  else return undefined
  if (k === i) last = k + 1
  return {
    first: i,
    last,
    ...(cut > 0 && k === i && { start: periodWord.start + rawCut(periodWord.raw, cut) }),
    ...(k > i && demonstrative!.cut > 0 && { start: word.start + rawCut(word.raw, demonstrative!.cut) }),
    kind: 'relative',
    ...(published && { value: periodValue(published, unit, direction) }),
  }
}

/**
 * الربع الثالث، النصف الأول من العام الحالي، الثلاثية الأخيرة من 2025، الربع الأول 2023: a part of a year, dated by
 * the year it names or, named alone, by the year of writing.
 */
export function yearFraction(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const ordinal = words[i + 1]
  if (!fractionSet.has(words[i]!.norm) || !ordinal || !joined(words, i + 1)) return undefined
  if (!fractionOrdinalSet.has(ordinal.norm)) return undefined
  let k = i + 2
  if (words[k]?.norm === OF && joined(words, k)) k++
  const named = joined(words, k) ? (yearDate(scan, k) ?? periodDate(scan, k, published)) : undefined
  if (named && (named.value === undefined || YEAR_VALUE.test(named.value)))
    return { first: i, last: named.last, kind: named.kind, ...(named.value && { value: named.value }) }
  const digits = words[k]
  if (digits?.number && YEAR_DIGITS.test(digits.digits) && joined(words, k))
    return { first: i, last: k, kind: 'absolute', calendar: 'gregorian', value: digits.digits }
  return {
    first: i,
    last: i + 1,
    kind: 'relative',
    ...(published && { value: String(published.year).padStart(4, '0') }),
  }
}

/** عيد الفطر، عيد الأضحى: a feast of the Hijri year, on its day nearest the publication date. */
export function feastDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  for (let n = 0; n < words[i]!.bases.length; n++) {
    const base = words[i]!.bases[n]!
    for (const feast of feastIndex.get(base.base) ?? []) {
      if (!fits(scan, i, feast.words)) continue
      const day = published && hijriNear(published, feast.month, feast.day)
      return {
        first: i,
        last: i + feast.words.length - 1,
        ...(base.cut > 0 && { start: words[i]!.start + rawCut(words[i]!.raw, base.cut) }),
        kind: 'absolute',
        calendar: 'hijri',
        ...(day && { value: formatDate(day) }),
      }
    }
  }
  return undefined
}

/**
 * The value of a period named around the day of writing (الأسبوع الماضي، الشهر المقبل، هذا العام): a week is the whole
 * week, not a day of it; every other unit is the shifted day, month or year.
 */
function periodValue(
  published: CivilDate,
  unit: 'week' | 'month' | 'year' | TimeUnit,
  offset: number,
): string {
  return unit === 'week' ? formatWeek(addDays(published, offset * 7)) : shifted(published, unit, offset)
}

/** قبل أسبوعين، منذ ثلاثة أيام، قبل نحو شهر، بعد 10 سنوات، قبل أيام (vague: no value). */
export function relativeSpan(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const direction = RELATIVE_DIRECTIONS.get(words[i]!.norm)
  if (direction === undefined || !joined(words, i + 1)) return undefined
  let k = i + 1
  if (approximateSet.has(words[k]!.norm) && joined(words, k + 1)) {
    // منذ نحو سبع سنوات: an approximate time since is how long something has lasted.
    if (words[i]!.norm === SINCE) return undefined
    k++
  }
  const countAt = k
  let count: number | undefined
  const quantity = words[k]!
  if (quantity.number && COUNT_DIGITS.test(quantity.digits)) {
    count = Number(quantity.digits)
    k++
  } else if (numberWordIndex.has(quantity.norm)) {
    count = numberWordIndex.get(quantity.norm)
    k++
  } else if (VAGUE_COUNTS.has(quantity.norm)) k++
  if (k > countAt && !joined(words, k)) return undefined
  const unit = words[k] ? unitIndex.get(words[k]!.norm) : undefined
  if (!unit) return undefined
  // منذ شهر مارس، قبل شهر رمضان: the month the unit names, not a span of one month.
  if (
    k === countAt &&
    unit.unit === 'month' &&
    words[k + 1] &&
    joined(words, k + 1) &&
    isMonthName(words[k + 1]!)
  )
    return undefined
  // منذ يوم أمس: the day is yesterday's, not a span of one day.
  const day = words[k + 1]
  if (k === countAt && day && joined(words, k + 1) && (YESTERDAY.has(day.norm) || day.norm === TODAY))
    return undefined
  const n = count ?? unit.count
  const vague = k === countAt ? unit.count === undefined : count === undefined
  // منذ عام 2013: a year, not "a year ago".
  const year = words[k + 1]
  if (year?.number && YEAR_DIGITS.test(year.digits) && joined(words, k + 1)) return undefined
  // منذ أسابيع: a duration ("for weeks"), not a point in time; منذ 4 أعوام و5 أشهر, an age.
  if (words[i]!.norm === SINCE && (vague || compoundSpan(scan, k))) return undefined
  // بعد أسابيع من القرار، بعد يومين فقط من الاقتراع: a time counted from another event, not from the day of writing.
  let tail = k + 1
  if (words[tail] && joined(words, tail) && spanTailSet.has(words[tail]!.norm)) tail++
  const after = words[tail]
  // بعد أسبوعين من الآن: counted from the day of writing after all, and the words that say so belong to the date.
  const now =
    after?.norm === OF && joined(words, tail) && joined(words, tail + 1) && nowSet.has(words[tail + 1]!.norm)
  if (after && joined(words, tail) && (after.norm === OF || after.norm === ON) && !now) return undefined
  return {
    first: i,
    last: now ? tail + 1 : k,
    kind: 'relative',
    ...(published && !vague && n !== undefined && { value: shifted(published, unit.unit, direction * n) }),
    ...(words[i]!.norm === SINCE && { since: true }),
  }
}

function isMonthName(word: Word): boolean {
  return monthNames.has(word.norm) || word.bases.some((base) => monthNames.has(base.base))
}

/** A second count and unit after a span's unit: منذ 4 أعوام و5 أشهر. */
function compoundSpan(scan: Scan, k: number): boolean {
  const { words } = scan
  const count = words[k + 2]
  const unit = words[k + 3]
  return (
    words[k + 1]?.norm === AND &&
    count !== undefined &&
    unit !== undefined &&
    joined(words, k + 3) &&
    (count.number || numberWordIndex.has(count.norm)) &&
    unitIndex.has(unit.norm)
  )
}

function shifted(published: CivilDate, unit: TimeUnit, amount: number): string {
  switch (unit) {
    case 'hour':
      return formatDate(addDays(published, Math.trunc(amount / 24)))
    case 'day':
      return formatDate(addDays(published, amount))
    case 'week':
      return formatDate(addDays(published, amount * 7))
    case 'month':
      return formatMonth(addMonths(published, amount))
    case 'year':
      return String(published.year + amount).padStart(4, '0')
  }
}

/**
 * A season with a marker after it or a year (الخريف الماضي، الشتاء الحالي، صيف 2024), or after هذا (هذا الصيف): a
 * time of its own, valued by its year when the text gives one.
 */
export function seasonDate(scan: Scan, i: number): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  const after = words[i + 1]
  // لهذا الصيف: the particle before هذا is no part of the date.
  const demonstrative = word.bases.find((base) => THIS.has(base.base))
  if (demonstrative && joined(words, i + 1) && after !== undefined && seasonSet.has(after.norm))
    return {
      first: i,
      last: i + 1,
      ...(demonstrative.cut > 0 && { start: word.start + rawCut(word.raw, demonstrative.cut) }),
      kind: 'relative',
    }
  if (!seasonSet.has(word.norm) || after === undefined || !joined(words, i + 1)) return undefined
  if (after.number && YEAR_DIGITS.test(after.digits))
    return { first: i, last: i + 1, kind: 'absolute', value: after.digits }
  if (pastSet.has(after.norm) || futureSet.has(after.norm) || currentSet.has(after.norm))
    return { first: i, last: i + 1, kind: 'relative' }
  return undefined
}
