/** The word sets, constants and match type the date rules share, compiled once from `lang/ar/calendar.ts`. */

import {
  ambiguousMonths,
  ambiguousWeekdays,
  approximateWords,
  compoundOrdinalOne,
  currentMarkers,
  dayParts,
  firstDayWords,
  fractionOrdinals,
  futureMarkers,
  gregorianMonths,
  hijriFeasts,
  hijriMonths,
  lastMarkers,
  latelyWords,
  levantineMonths,
  monthSpanWords,
  mostlyCommonWeekdays,
  namedDayNouns,
  notWeekdayAfter,
  notWeekdayBefore,
  nowWords,
  numberWords,
  ordinalDays,
  ordinalTeen,
  ordinalTens,
  pastMarkers,
  periodParts,
  sameDayCues,
  sameDaysCues,
  sameWords,
  seasons,
  spanTails,
  type TimeUnit,
  timeUnits,
  weekdays,
  yearFractions,
} from '../lang/ar/calendar.ts'
import { norm } from './lexicon.ts'

export type Calendar = 'gregorian' | 'levantine' | 'hijri'

export interface MonthName {
  words: readonly string[]
  month: number
  calendar: Calendar
  ambiguous: boolean
}

const ambiguousMonthSet = new Set(ambiguousMonths.map(norm))
export const monthNames: ReadonlyMap<string, readonly MonthName[]> = (() => {
  const index = new Map<string, MonthName[]>()
  const add = (lists: readonly (readonly string[])[], calendar: Calendar) => {
    lists.forEach((forms, month) => {
      for (const form of forms) {
        const words = norm(form).split(' ')
        const list = index.get(words[0]!) ?? []
        list.push({ words, month, calendar, ambiguous: ambiguousMonthSet.has(words.join(' ')) })
        index.set(words[0]!, list)
      }
    })
  }
  add(gregorianMonths, 'gregorian')
  add(levantineMonths, 'levantine')
  add(hijriMonths, 'hijri')
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
})()

export const weekdayIndex: ReadonlyMap<string, number> = new Map(
  weekdays.flatMap((forms, day) => forms.map((form) => [norm(form), day] as const)),
)
export const ambiguousWeekdaySet = new Set(ambiguousWeekdays.map(norm))
export const mostlyCommonWeekdaySet = new Set(mostlyCommonWeekdays.map(norm))
export const notWeekdayBeforeSet = new Set(notWeekdayBefore.map(norm))
export const notWeekdayAfterSet = new Set(notWeekdayAfter.map(norm))
export const unitIndex: ReadonlyMap<string, { unit: TimeUnit; count?: number }> = new Map(
  timeUnits.flatMap(({ unit, singular, dual, plural }) => [
    ...singular.map((form) => [norm(form), { unit, count: 1 }] as const),
    ...dual.map((form) => [norm(form), { unit, count: 2 }] as const),
    ...plural.map((form) => [norm(form), { unit }] as const),
  ]),
)
export const numberWordIndex: ReadonlyMap<string, number> = new Map(
  numberWords.flatMap((forms, n) => forms.map((form) => [norm(form), n] as const)),
)
export const ordinalIndex: ReadonlyMap<string, number> = new Map(
  ordinalDays.flatMap((forms, n) => forms.map((form) => [norm(form), n] as const)),
)
export const firstDaySet = new Set(firstDayWords.map(norm))
export const ordinalOneSet = new Set(compoundOrdinalOne.map(norm))
export const ordinalTeenSet = new Set(ordinalTeen.map(norm))
export const ordinalTensIndex: ReadonlyMap<string, number> = new Map(
  ordinalTens.map(([word, value]) => [norm(word), value] as const),
)
export const fractionSet = new Set(yearFractions.map(norm))
export const fractionOrdinalSet = new Set(fractionOrdinals.map(norm))
export const feastIndex: ReadonlyMap<string, readonly { words: string[]; month: number; day: number }[]> =
  (() => {
    const index = new Map<string, { words: string[]; month: number; day: number }[]>()
    for (const [name, month, day] of hijriFeasts) {
      const words = norm(name).split(' ')
      index.set(words[0]!, [...(index.get(words[0]!) ?? []), { words, month, day }])
    }
    return index
  })()
export const pastSet = new Set(pastMarkers.map(norm))
export const futureSet = new Set(futureMarkers.map(norm))
export const currentSet = new Set(currentMarkers.map(norm))
export const dayPartSet = new Set(dayParts.map(norm))
export const periodPartSet = new Set(periodParts.map(norm))
export const approximateSet = new Set(approximateWords.map(norm))
export const spanTailSet = new Set(spanTails.map(norm))
export const nowSet = new Set(nowWords.map(norm))
export const sameDaySet = new Set(sameDayCues.map(norm))
export const sameDaysSet = new Set(sameDaysCues.map(norm))
export const sameWordSet = new Set(sameWords.map(norm))
export const seasonSet = new Set(seasons.map(norm))
export const lastMarkerSet = new Set(lastMarkers.map(norm))
export const monthSpanSet = new Set(monthSpanWords.map(norm))
export const latelyWordSet = new Set(latelyWords.map(norm))
export const namedDayNounSet = new Set(namedDayNouns.map(norm))

export const TODAY = norm('اليوم')
export const TONIGHT = norm('الليلة')
export const TOMORROW_NOUN = norm('غد')
export const DAY_WORD = norm('يوم')
/** يومي الجمعة والسبت: the dual of يوم before two weekdays. */
export const DAYS_WORD = norm('يومي')
export const MONTH_WORD = norm('شهر')
export const THE_MONTH = norm('الشهر')
export const OF = norm('من')
export const ON = norm('على')
export const SINCE = norm('منذ')
export const IN = norm('في')
export const TO = norm('إلى')
export const EVERY = norm('كل')
export const AND = norm('و')
export const GENERAL = norm('العام')
export const FORMER = norm('السابق')
export const FIRST = norm('الأول')
export const YEAR_DIGITS = /^\d{4}$/
export const DAY_DIGITS = /^\d{1,2}$/
export const TWO_DIGITS = /^\d{2}$/
export const COUNT_DIGITS = /^\d{1,4}$/
export const NUMERIC_DATE = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/

export interface DateMatch {
  first: number
  last: number
  /** Offset of the start when the first word carries a particle that is not part of the date (بالشهر الماضي). */
  start?: number
  /** Offset of the end when it is not the last word's end (a closing bracket: كانون الثاني (يناير)). */
  end?: number
  value?: string
  kind: 'absolute' | 'relative'
  calendar?: 'gregorian' | 'hijri'
  /** A time counted back after منذ (منذ ثلاث سنوات): see `DateMention.since`. */
  since?: true
}

export const YEAR_VALUE = /^\d{4}$/
