import { outletKey } from '@marsad/core'
import { PoliteClient } from '../../src/feeds/polite-client.ts'
import { Poller, type PollerOptions } from '../../src/feeds/poller.ts'
import type { Repository } from '../../src/storage/repository.ts'
import { createSqlRepository } from '../../src/storage/sql-repository.ts'
import { openSqlite } from '../../src/storage/sqlite/open.ts'
import type { SqliteDriver } from '../../src/storage/sqlite/sqlite-driver.ts'
import { type FeedServer, startFeedServer } from './feed-server.ts'
import { loopbackFetch } from './loopback-fetch.ts'
import { OUTLET, sampleSite } from './sample-site.ts'

export const TEST_AGENT = 'Marsad/0.1.0 (+http://127.0.0.1/about-the-poller)'

export interface PollSetup {
  site: FeedServer
  driver: SqliteDriver
  repo: Repository
  client: PoliteClient
  /** Every pause the client asked for between two requests to one host, in ms (the tests do not wait them). */
  pauses: number[]
  net: ReturnType<typeof loopbackFetch>
  /** The test's clock: moved by hand. */
  clock: { now: number }
  poller(options: Omit<PollerOptions, 'feeds' | 'client' | 'now'>): Poller
  register(...paths: string[]): Promise<void>
  close(): Promise<void>
}

/** The sample site on loopback, an in-memory database, and a client that may only reach loopback. */
export async function pollSetup(
  clientOptions: { timeoutMs?: number; hostDelayMs?: number } = {},
): Promise<PollSetup> {
  const site = await startFeedServer()
  for (const [path, route] of Object.entries(sampleSite(site.url))) site.routes.set(path, route)
  const driver = openSqlite(':memory:')
  const repo = createSqlRepository(driver)
  const clock = { now: Date.parse('2026-12-05T10:00:00Z') }
  const pauses: number[] = []
  const net = loopbackFetch()
  const client = new PoliteClient({
    fetch: net.fetch,
    userAgent: TEST_AGENT,
    hostDelayMs: clientOptions.hostDelayMs ?? 1000,
    timeoutMs: clientOptions.timeoutMs ?? 5000,
    now: () => clock.now,
    sleep: async (ms) => {
      pauses.push(ms)
    },
  })
  return {
    site,
    driver,
    repo,
    client,
    pauses,
    net,
    clock,
    poller: (options) =>
      new Poller({ feeds: repo.feeds, client, now: () => new Date(clock.now), ...options }),
    register: (...paths) =>
      repo.feeds.add(
        { key: outletKey(OUTLET), name: OUTLET },
        paths.map((p) => (p.startsWith('http') ? p : `${site.url}${p}`)),
        new Date(clock.now).toISOString(),
      ),
    close: async () => {
      await site.close()
      driver.db.close()
    },
  }
}
