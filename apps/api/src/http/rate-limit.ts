import type { Context, MiddlewareHandler } from 'hono'
import { Problem } from './problem.ts'

/** At most `limit` requests per `windowSeconds`, per client. */
export interface Rate {
  limit: number
  windowSeconds: number
}

/** 120 writes a minute per client: each may be a batch of up to 1,000 articles. */
export const DEFAULT_WRITE_RATE: Rate = { limit: 120, windowSeconds: 60 }

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600 }

/**
 * Reads a rate as `MARSAD_WRITE_RATE` spells it: `<count>/<window>`, the window in seconds, minutes or hours
 * (`30/minute`, `5/s`, `100/10s`, `1000/h`); `off` (or `0`) for no limit; unset, the default.
 */
export function parseRate(text: string | undefined): Rate | false {
  if (text === undefined || text.trim() === '') return DEFAULT_WRITE_RATE
  const value = text.trim().toLowerCase()
  if (value === 'off' || value === '0') return false
  const match = /^(\d{1,9})\s*\/\s*(\d{0,6})\s*(s|sec|second|m|min|minute|h|hour)s?$/.exec(value)
  const limit = Number(match?.[1])
  const windowSeconds = Number(match?.[2] || 1) * UNITS[match?.[3]?.[0] ?? ''] || 0
  if (!match || limit < 1 || windowSeconds < 1) {
    throw new Error(`not a rate: ${JSON.stringify(text)} (write e.g. "60/minute", "5/s", "100/10s" or "off")`)
  }
  return { limit, windowSeconds }
}

/** Clients remembered at once; past this, finished windows are forgotten first, then the oldest. */
const MAX_CLIENTS = 10_000

/** Where a client stands once a request was counted: `reset` seconds until its window ends. */
export interface Quota {
  allowed: boolean
  /** Requests left in the window; null when the counter does not say (Cloudflare's binding). */
  remaining: number | null
  reset: number
}

/** Counts a client's writes: the in-memory `RateLimiter`, or on Workers the Rate Limiting binding. */
export interface WriteLimiter {
  readonly rate: Rate
  check(client: string): Quota | Promise<Quota>
}

/**
 * A fixed-window counter per client. Memory is bounded (`MAX_CLIENTS`) and lives in one process, or one isolate on
 * Workers: each isolate counts on its own, so there the limit holds per isolate.
 */
export class RateLimiter implements WriteLimiter {
  readonly rate: Rate
  readonly #now: () => number
  readonly #windows = new Map<string, { start: number; count: number }>()

  constructor(rate: Rate, now: () => number = Date.now) {
    this.rate = rate
    this.#now = now
  }

  /** Counts one request of `client`: 0 when it may go on, else the seconds until its window ends. */
  take(client: string): number {
    const quota = this.check(client)
    return quota.allowed ? 0 : quota.reset
  }

  check(client: string): Quota {
    const now = this.#now()
    const span = this.rate.windowSeconds * 1000
    let window = this.#windows.get(client)
    if (!window || now - window.start >= span) {
      this.#windows.delete(client)
      if (this.#windows.size >= MAX_CLIENTS) this.#forget(now, span)
      window = { start: now, count: 0 }
      this.#windows.set(client, window)
    }
    const reset = Math.max(1, Math.ceil((window.start + span - now) / 1000))
    if (window.count >= this.rate.limit) return { allowed: false, remaining: 0, reset }
    window.count++
    return { allowed: true, remaining: this.rate.limit - window.count, reset }
  }

  #forget(now: number, span: number): void {
    for (const [client, window] of this.#windows) {
      if (now - window.start >= span) this.#windows.delete(client)
    }
    // Insertion order is start order, so the first entry is the oldest window.
    while (this.#windows.size >= MAX_CLIENTS) this.#windows.delete(this.#windows.keys().next().value!)
  }
}

/** The name of the one policy announced, as the draft's fields name policies. */
const POLICY = 'writes'

/**
 * The `RateLimit-Policy` and `RateLimit` fields of draft-ietf-httpapi-ratelimit-headers-11 (May 2026,
 * https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/): Structured Field lists of policies named
 * by a string, `q` the quota and `w` the window in seconds for the policy, `r` the quota remaining and `t` the
 * seconds until it resets for the current state (draft-08 replaced draft-07's `limit=, remaining=, reset=`).
 * `RateLimit` is left out when the counter cannot say what remains.
 */
export function rateLimitHeaders(rate: Rate, quota: Quota): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Policy': `"${POLICY}";q=${rate.limit};w=${rate.windowSeconds}`,
  }
  if (quota.remaining !== null) headers.RateLimit = `"${POLICY}";r=${quota.remaining};t=${quota.reset}`
  return headers
}

/**
 * Refuses a client's requests past the rate with 429 and `Retry-After`, and announces the policy and the client's
 * quota on every answer it lets through. Runs before authentication, so guessing tokens is throttled as well as
 * writing.
 */
export function limitRate(limiter: WriteLimiter, clientOf: (c: Context) => string): MiddlewareHandler {
  const { limit, windowSeconds } = limiter.rate
  return async (c, next) => {
    const quota = await limiter.check(clientOf(c))
    const headers = rateLimitHeaders(limiter.rate, quota)
    if (!quota.allowed) {
      throw new Problem(
        'too-many-requests',
        `At most ${limit} writes per ${windowSeconds} s from one client; retry in ${quota.reset} s`,
        { headers: { 'Retry-After': String(quota.reset), ...headers } },
      )
    }
    await next()
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  }
}
