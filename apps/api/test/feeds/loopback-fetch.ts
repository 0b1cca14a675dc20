import type { Fetch } from '../../src/feeds/polite-client.ts'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The network as the poller's tests see it: loopback only. Any other host is refused before a packet leaves, and
 * remembered, so a test can assert that nothing else was ever asked for.
 */
export function loopbackFetch(): { fetch: Fetch; refused: string[]; fetched: string[] } {
  const refused: string[] = []
  const fetched: string[] = []
  const fetchLoopback: Fetch = async (input, init) => {
    const url = new URL(input)
    if (!LOOPBACK.has(url.hostname)) {
      refused.push(url.href)
      throw new TypeError(`fetch failed`, {
        cause: { code: 'ENOTLOOPBACK', message: `${url.host} is not loopback` },
      })
    }
    fetched.push(url.href)
    return fetch(url, init)
  }
  return { fetch: fetchLoopback, refused, fetched }
}
