const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * The sortable form of a publication date: `YYYY-MM-DD` for a date, UTC ISO for a date-time with an offset, and
 * the text as written for a local date-time. Keys of one day sort together whatever their form; '' when unknown.
 */
export function dateKey(value: string | null | undefined): string {
  if (!value) return ''
  if (DATE_ONLY.test(value) || !HAS_OFFSET.test(value)) return value
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}

/** The greatest key inside an inclusive `to` bound: a bare date covers its whole day. */
export function upperDateKey(value: string): string {
  return DATE_ONLY.test(value) ? `${value}\uffff` : dateKey(value)
}
