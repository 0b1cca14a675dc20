import { FetchError, RobotsDisallowedError } from './fetch-error.ts'
import { HostGate } from './host-gate.ts'
import { RobotsRules } from './robots-rules.ts'

export type Fetch = (input: string, init: RequestInit) => Promise<Response>

export interface PoliteClientOptions {
  /** The network. Tests pass one that refuses every host but loopback. */
  fetch: Fetch
  /** `Marsad/<version> (+contact)`, sent with every request; its first word is the robots.txt agent. */
  userAgent: string
  /** Per request, headers and body included. Default 20 s. */
  timeoutMs?: number
  /** Default 5. */
  maxRedirects?: number
  /** Pause between two requests to one host (longer when its robots.txt asks, up to a minute). Default 1 s. */
  hostDelayMs?: number
  /** How long a robots.txt is trusted. Default a day. */
  robotsTtlMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export interface Fetched {
  /** Where the answer came from, after redirects. */
  url: string
  status: number
  headers: Headers
  bytes: Uint8Array
  /** The body was longer than the limit asked for and was cut there. */
  truncated: boolean
}

const MAX_CRAWL_DELAY_MS = 60_000
/** RFC 9309 section 2.5: crawlers parse at least the first 500 KiB of a robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024

/**
 * HTTP GET as a polite crawler does it: a clear User-Agent, robots.txt honoured (fetched and cached per host),
 * one request at a time per host with a pause between them, a timeout, a size cap, and redirects followed within a
 * limit (each hop checked against robots.txt and spaced like any request).
 */
export class PoliteClient {
  readonly #options: Required<Omit<PoliteClientOptions, 'now' | 'sleep'>>
  readonly #gate: HostGate
  readonly #robots: RobotsRules

  constructor(options: PoliteClientOptions) {
    this.#options = {
      fetch: options.fetch,
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs ?? 20_000,
      maxRedirects: options.maxRedirects ?? 5,
      hostDelayMs: options.hostDelayMs ?? 1000,
      robotsTtlMs: options.robotsTtlMs ?? 24 * 60 * 60 * 1000,
    }
    this.#gate = new HostGate({
      ...(options.now && { now: options.now }),
      ...(options.sleep && { sleep: options.sleep }),
    })
    this.#robots = new RobotsRules({
      agent: options.userAgent.split('/')[0]!,
      ttlMs: this.#options.robotsTtlMs,
      now: options.now ?? Date.now,
      load: (robotsUrl) => this.#follow(robotsUrl, {}, ROBOTS_MAX_BYTES, false),
    })
  }

  /** GETs `url` (throws `RobotsDisallowedError` when robots.txt forbids it, `FetchError` when it cannot be had). */
  get(url: string, options: { headers?: Record<string, string>; maxBytes: number }): Promise<Fetched> {
    return this.#follow(url, options.headers ?? {}, options.maxBytes, true)
  }

  async #follow(
    url: string,
    headers: Record<string, string>,
    maxBytes: number,
    robots: boolean,
  ): Promise<Fetched> {
    const visited = new Set<string>()
    let current = url
    for (let hop = 0; ; hop++) {
      const target = webUrl(current)
      if (robots && !(await this.#robots.allows(target))) throw new RobotsDisallowedError(target.href)
      visited.add(target.href)
      const answer = await this.#gate.run(target.host, this.#delayFor(target), () =>
        this.#once(target, headers, maxBytes),
      )
      const location = answer.status >= 300 && answer.status < 400 ? answer.headers.get('Location') : null
      if (location === null) return answer
      const next = new URL(location, target).href
      if (visited.has(next))
        throw new FetchError(`redirect loop: ${target.href} leads back to ${next}`, false)
      if (hop + 1 > this.#options.maxRedirects) {
        throw new FetchError(`more than ${this.#options.maxRedirects} redirects from ${url}`, false)
      }
      current = next
    }
  }

  #delayFor(url: URL): number {
    const asked = this.#robots.crawlDelayMs(url)
    return Math.max(this.#options.hostDelayMs, Math.min(asked ?? 0, MAX_CRAWL_DELAY_MS))
  }

  async #once(url: URL, headers: Record<string, string>, maxBytes: number): Promise<Fetched> {
    const signal = AbortSignal.timeout(this.#options.timeoutMs)
    try {
      const response = await this.#options.fetch(url.href, {
        headers: { ...headers, 'User-Agent': this.#options.userAgent },
        redirect: 'manual',
        signal,
      })
      const { bytes, truncated } = await readCapped(response, maxBytes)
      return { url: url.href, status: response.status, headers: response.headers, bytes, truncated }
    } catch (error) {
      if (error instanceof FetchError) throw error
      if (signal.aborted)
        throw new FetchError(`no complete answer from ${url.host} within ${this.#options.timeoutMs} ms`, true)
      throw new FetchError(`${url.host} could not be reached (${causeOf(error)})`, true)
    }
  }
}

function webUrl(href: string): URL {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    throw new FetchError(`not a URL: ${JSON.stringify(href)}`, false)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`not an http or https URL: ${href}`, false)
  }
  url.hash = ''
  return url
}

/** The body up to `maxBytes`; the rest is never downloaded (the stream is cancelled). */
async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(0), truncated: false }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  let truncated = false
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size))
      size = maxBytes
      truncated = true
      await reader.cancel()
      break
    }
    chunks.push(value)
    size += value.byteLength
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { bytes, truncated }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)
}
