import * as robotsModule from 'robots-parser'
import { FetchError } from './fetch-error.ts'
import type { Fetched } from './polite-client.ts'

/** The part of robots-parser's `Robot` used here. */
interface Robots {
  isAllowed(url: string, agent?: string): boolean | undefined
  getCrawlDelay(agent?: string): number | undefined
}

// robots-parser is CommonJS (`module.exports = function`) whose types declare an ES default export, which
// TypeScript then reads as the whole module; loaded by Node or a bundler, the function is the namespace's `default`.
const robotsParser = (robotsModule as unknown as { default: (url: string, text: string) => Robots }).default

interface Entry {
  /** The site's rules; a string says why the whole site is off limits for now. */
  rules: Robots | 'allow-all' | { unreachable: string }
  until: number
}

/** After a server error, a site's robots.txt is asked again sooner than after an answer. */
const UNREACHABLE_TTL_MS = 60 * 60 * 1000

/**
 * Each site's robots.txt, fetched once per origin and kept for a while, read by `robots-parser` as RFC 9309 says:
 * a 4xx answer means no rules; a 5xx answer or no answer means the whole site is off limits until asked again
 * (an hour later).
 */
export class RobotsRules {
  readonly #cache = new Map<string, Promise<Entry>>()
  readonly #agent: string
  readonly #ttlMs: number
  readonly #now: () => number
  readonly #load: (url: string) => Promise<Fetched>

  constructor(options: {
    agent: string
    ttlMs: number
    now: () => number
    load: (url: string) => Promise<Fetched>
  }) {
    this.#agent = options.agent
    this.#ttlMs = options.ttlMs
    this.#now = options.now
    this.#load = options.load
  }

  /** Whether robots.txt lets us fetch `url`; throws a `FetchError` while the site's robots.txt cannot be read. */
  async allows(url: URL): Promise<boolean> {
    const { rules } = await this.#entry(url.origin)
    if (rules === 'allow-all') return true
    if ('unreachable' in rules) {
      throw new FetchError(
        `${url.origin}/robots.txt could not be read (${rules.unreachable}), so nothing is fetched from the site for now`,
        true,
      )
    }
    return rules.isAllowed(url.href, this.#agent) !== false
  }

  /** The Crawl-delay the site asks of us, once its robots.txt is known. */
  crawlDelayMs(url: URL): number | undefined {
    const entry = this.#settled.get(url.origin)
    if (entry === undefined || entry.rules === 'allow-all' || 'unreachable' in entry.rules) return undefined
    const seconds = entry.rules.getCrawlDelay(this.#agent)
    return seconds === undefined ? undefined : seconds * 1000
  }

  readonly #settled = new Map<string, Entry>()

  #entry(origin: string): Promise<Entry> {
    const cached = this.#cache.get(origin)
    const known = this.#settled.get(origin)
    if (cached && (known === undefined || known.until > this.#now())) return cached
    const loading = this.#fetch(origin).then((entry) => {
      this.#settled.set(origin, entry)
      return entry
    })
    this.#cache.set(origin, loading)
    return loading
  }

  async #fetch(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`
    const now = this.#now()
    let reason: string
    try {
      const answer = await this.#load(robotsUrl)
      if (answer.status >= 200 && answer.status < 300) {
        const text = new TextDecoder().decode(answer.bytes)
        return { rules: robotsParser(robotsUrl, text), until: now + this.#ttlMs }
      }
      if (answer.status >= 400 && answer.status < 500) return { rules: 'allow-all', until: now + this.#ttlMs }
      reason = `HTTP ${answer.status}`
    } catch (error) {
      reason = (error as Error).message
    }
    // Unreachable, or a server error: the whole site is off limits until it answers (RFC 9309 section 2.3.1.4).
    return { rules: { unreachable: reason }, until: now + UNREACHABLE_TTL_MS }
  }
}
