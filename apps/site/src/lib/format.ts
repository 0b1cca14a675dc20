const dateOnly = /^\d{4}-\d{2}-\d{2}$/

const dayFormat = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' })
const dayTimeFormat = new Intl.DateTimeFormat('ar', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})
const numberFormat = new Intl.NumberFormat('ar')
const percentFormat = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 })

/** Reads an ISO date or date-time; date-only values are days, not instants. */
export function parseIsoDate(value: string | undefined | null): Date | null {
  if (!value) return null
  const date = new Date(dateOnly.test(value) ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** An ISO date or date-time in Arabic (the time in UTC when the value has one); null when unreadable. */
export function formatDate(value: string | undefined | null): string | null {
  const date = parseIsoDate(value)
  if (!date || !value) return null
  return (dateOnly.test(value) ? dayFormat : dayTimeFormat).format(date)
}

/** The `datetime` attribute of a `<time>` element for an ISO value. */
export function machineDate(value: string): string {
  const date = parseIsoDate(value)
  return date && !dateOnly.test(value) ? date.toISOString() : value
}

export const formatNumber = (value: number) => numberFormat.format(value)
export const formatPercent = (ratio: number) => percentFormat.format(ratio)
