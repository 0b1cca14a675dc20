const isoDay = /^(\d{4})-(\d{2})-(\d{2})/

const dayFormat = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' })
const numberFormat = new Intl.NumberFormat('ar')

/** Reads an ISO date or date-time; date-only values are days, not instants. */
export function parseIsoDate(value: string | undefined | null): Date | null {
  if (!value) return null
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * The day of an ISO date or date-time in Arabic, as the publisher wrote it: the date part of `2025-03-11T01:30+03:00`
 * is the 11th where it was published, even though it is still the 10th in UTC. Null when unreadable.
 */
export function formatDate(value: string | undefined | null): string | null {
  const match = value ? isoDay.exec(value) : null
  if (!match || !parseIsoDate(value)) return null
  const [, year, month, day] = match
  return dayFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))))
}

/** The `datetime` attribute of a `<time>` element for an ISO value. */
export function machineDate(value: string): string {
  const date = parseIsoDate(value)
  return date && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? date.toISOString() : value
}

export const formatNumber = (value: number) => numberFormat.format(value)

/** A whole percentage with the Arabic percent sign, which keeps to the number's side in right-to-left text. */
export const formatPercent = (ratio: number) => `${formatNumber(Math.round(ratio * 100))}٪`
