const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 }

/** The poll interval when polling is just switched on (`MARSAD_POLL=on`). */
export const DEFAULT_POLL_MS = 15 * 60_000
/** Polling more often than this is not polite to anyone. */
export const MIN_POLL_MS = 5000

/**
 * `MARSAD_POLL` read as the interval between polls in milliseconds, or false when polling is off: unset, empty,
 * `off` or `0` are off; `on` is every 15 minutes; `30s`, `15m`, `1h` (or a number of seconds) set the interval.
 */
export function parsePollInterval(value: string | undefined): number | false {
  const text = value?.trim().toLowerCase() ?? ''
  if (text === '' || text === 'off' || text === '0' || text === 'false') return false
  if (text === 'on' || text === '1' || text === 'true') return DEFAULT_POLL_MS
  const match = /^(\d{1,7})\s*(s|m|h)?$/.exec(text)
  const ms = match ? Number(match[1]) * UNITS[match[2] ?? 's']! : Number.NaN
  if (!(ms >= MIN_POLL_MS)) {
    throw new Error(
      `not a poll interval: ${JSON.stringify(value)} (write e.g. "on", "30s", "15m", "1h" or "off"; at least ${MIN_POLL_MS / 1000}s)`,
    )
  }
  return ms
}
