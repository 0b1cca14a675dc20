/** Exponential backoff: `baseMs` after the first failure, doubling with each one after, at most `maxMs`. */
export function backoffMs(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)))
}

/**
 * The wait a 429 or 503 answer asks for in `Retry-After` (seconds, or an HTTP date), in milliseconds from `now`;
 * undefined when it asks nothing readable.
 */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
