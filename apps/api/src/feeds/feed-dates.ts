// Feed dates: RSS 2.0 writes RFC 822 dates (with RFC 1123's four-digit years), Atom and Dublin Core's dc:date
// write ISO 8601 (RFC 3339). Both are read into ISO 8601, keeping the offset the feed gave.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// RFC 822 section 5.1's zone names; military single letters are left out, as RFC 1123 says they were used wrongly.
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5 * 60,
  EDT: -4 * 60,
  CST: -6 * 60,
  CDT: -5 * 60,
  MST: -7 * 60,
  MDT: -6 * 60,
  PST: -8 * 60,
  PDT: -7 * 60,
}

const RFC_822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?$/i
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

/** A feed's date as ISO 8601, or undefined when it is neither RFC 822 nor ISO 8601 or names no real day. */
export function parseFeedDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  return fromRfc822(text) ?? fromIso(text)
}

function fromRfc822(text: string): string | undefined {
  const m = RFC_822.exec(text)
  if (!m) return undefined
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1
  if (month === 0) return undefined
  // RFC 822's two-digit years, read as RFC 2822 section 4.3 says: 00-49 are 20xx, 50-99 19xx.
  let year = Number(m[3])
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900
  const offset = zoneMinutes(m[7])
  if (offset === undefined) return undefined
  return isoOf(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset)
}

function fromIso(text: string): string | undefined {
  const m = ISO_8601.exec(text)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (m[4] === undefined) return validDay(year, month, day) ? `${m[1]}-${m[2]}-${m[3]}` : undefined
  // A date-time without an offset is local to somewhere unknown: kept without one, as the API stores such dates.
  const offset = m[8] === undefined ? null : zoneMinutes(m[8])
  if (offset === undefined) return undefined
  return isoOf(year, month, day, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset)
}

/** Minutes east of UTC; undefined for a zone that is not RFC 822's. No zone at all is read as UTC. */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3])
    return minutes > 18 * 60 ? undefined : numeric[1] === '-' ? -minutes : minutes
  }
  return ZONES[zone.toUpperCase()]
}

function isoOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offset: number | null,
): string | undefined {
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 60) return undefined
  const time = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}`
  if (offset === null) return time
  if (offset === 0) return `${time}Z`
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}
