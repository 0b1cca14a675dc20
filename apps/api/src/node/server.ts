import { once } from 'node:events'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getRequestListener } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { registerWordLists } from '@marsad/core/lists'
import { createApp } from '../app.ts'
import { DEFAULT_WRITE_RATE, type Rate } from '../http/rate-limit.ts'
import { coreStories } from '../ingest/core-stories.ts'
import { modelFingerprint } from '../ingest/fingerprint.ts'
import { type IngestOutcome, Ingestor } from '../ingest/ingestor.ts'
import type { StoryEngine } from '../ingest/story-engine.ts'
import { type DatabaseHealth, storageFault } from '../storage/faults.ts'
import type { Repository } from '../storage/repository.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { withArticleCache } from '../storage/sqlite/article-cache.ts'
import { checkIntegrity, openSqlite, readCarefully } from '../storage/sqlite/open.ts'
import type { SqliteDriver } from '../storage/sqlite/sqlite-driver.ts'
import { answerCachedReads } from './cached-reads.ts'
import { answerClientErrors } from './client-error.ts'
import { readCorpus } from './corpus.ts'
import { type Polling, type PollingOptions, startPolling } from './feed-polling.ts'
import { loadCorpus } from './load-corpus.ts'
import { PreparePool } from './prepare-pool.ts'
import { acceptRawUtf8Targets } from './raw-utf8-target.ts'
import { readSourcesFile } from './sources-file.ts'
import { StartupError, startupError } from './startup-error.ts'

/** The repository's root, found from this file's place in `apps/api/src/node`. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
export const SEEDS_DIR = `${REPO_ROOT}seeds`
export const DEFAULT_DB_PATH = `${REPO_ROOT}.data/marsad.sqlite`

export interface ServerOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** SQLite file; `:memory:` for a throwaway database. Default `<repo>/.data/marsad.sqlite`. */
  dbPath?: string
  /** Files and folders ingested at every start (idempotent: unchanged articles are skipped). */
  corpus?: readonly string[]
  /** Folder ingested once, when the database is new. Default the repository's `seeds/`; false for none. */
  seeds?: string | false
  token?: string | undefined
  stories?: StoryEngine
  maxBodyBytes?: number
  /** `full` runs `PRAGMA integrity_check` at start instead of `quick_check`. Default `quick`. */
  integrityCheck?: 'quick' | 'full'
  /** Largest size of the database file, in bytes; writes past it answer 507. Default: SQLite's own limit. */
  maxDatabaseBytes?: number
  /** Writes per client address in a window (429 past it); false for none. Default 120 a minute. */
  writeRate?: Rate | false
  /** A sources file (`MARSAD_SOURCES`) whose outlets' feeds are registered at start. */
  sources?: string | undefined
  /** Polls the registry's feeds on a schedule (`MARSAD_POLL`). Default off: nothing is fetched. */
  poll?: Omit<PollingOptions, 'repo' | 'ingestor' | 'log'> | undefined
  log?: (message: string) => void
}

export interface RunningServer {
  url: string
  port: number
  app: OpenAPIHono
  /** What the start-up ingest stored (seeds on a new database, then the corpus). */
  ingested: IngestOutcome[]
  /** The feed poller's schedule, when `poll` was given. */
  polling: Polling | undefined
  close(): Promise<void>
}

/**
 * Opens (or creates) the SQLite database, re-parses the stored articles if the core changed since they were
 * stored, ingests the seeds on first start and the corpus on every start, and serves the API on `host:port`.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  registerWordLists()
  const log = options.log ?? ((message: string) => console.log(message))
  const dbPath = options.dbPath ?? DEFAULT_DB_PATH
  let driver: SqliteDriver
  try {
    driver = openSqlite(dbPath, {
      writer: true,
      ...(options.maxDatabaseBytes !== undefined && { maxBytes: options.maxDatabaseBytes }),
    })
  } catch (error) {
    throw startupError(dbPath, error)
  }
  const repo = withArticleCache(createSqlRepository(driver), driver)
  // Parsing, the bulk of a write's CPU time, runs in worker threads so that reads are answered meanwhile.
  const pool = new PreparePool(undefined, dbPath === ':memory:' ? undefined : dbPath)
  const onThisThread = driver.checkpoint
  driver.checkpoint = () => pool.checkpoint(onThisThread)
  const ingestor = new Ingestor(repo, {
    stories: options.stories ?? coreStories,
    prepare: pool.prepare,
    // The threads compare coverage as the core does, reading stored members from the file.
    ...(options.stories === undefined && dbPath !== ':memory:' && { compare: pool.compare }),
  })
  const ingested: IngestOutcome[] = []
  const health: DatabaseHealth = { name: basename(dbPath) }
  const damage = checkIntegrity(driver, options.integrityCheck)
  if (damage !== undefined) {
    health.damaged = damage
    readCarefully(driver)
    log(
      `${dbPath} is damaged (${damage}): serving what can be read, refusing writes. Restore it from a backup, or move it away to start a new database.`,
    )
  } else {
    try {
      ingested.push(...(await loadStartData(repo, ingestor, options, log)))
    } catch (error) {
      const fault = storageFault(error)
      if (fault === 'damaged') {
        health.damaged = (error as Error).message
        readCarefully(driver)
      }
      if (fault === undefined) {
        driver.close()
        await pool.close()
        throw startupError(dbPath, error)
      }
      log(
        `could not store the start-up articles in ${dbPath} (${(error as Error).message}); serving what is stored`,
      )
    }
  }

  if (options.sources !== undefined) {
    try {
      await registerSources(repo, options.sources, log)
    } catch (error) {
      driver.db.close()
      await pool.close()
      throw new StartupError((error as Error).message, error)
    }
  }

  const app = createApp({
    repo,
    ingestor,
    health,
    token: options.token,
    ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }),
    writeRate: options.writeRate ?? DEFAULT_WRITE_RATE,
    compress: true,
    clientOf: (c) => getConnInfo(c).remote.address ?? 'unknown',
  })
  const hostname = options.host ?? '127.0.0.1'
  const server = createHttpServer(answerCachedReads(getRequestListener(app.fetch, { hostname }), repo))
  server.listen(options.port ?? 8787, hostname)
  answerClientErrors(server)
  acceptRawUtf8Targets(server)
  try {
    await once(server, 'listening')
  } catch (error) {
    driver.close()
    await pool.close()
    const code = (error as NodeJS.ErrnoException).code
    const where = `${options.host ?? '127.0.0.1'}:${options.port ?? 8787}`
    throw new StartupError(
      code === 'EADDRINUSE'
        ? `${where} is already in use: stop the other server or set PORT to another port`
        : `cannot listen on ${where} (${(error as Error).message})`,
      error,
    )
  }
  const { port, address } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address
  const polling =
    options.poll && health.damaged === undefined
      ? startPolling({ ...options.poll, repo, ingestor, log })
      : undefined
  if (polling) log(`polling the registered feeds every ${options.poll!.intervalMs / 1000} s`)
  return {
    url: `http://${host}:${port}`,
    port,
    app,
    ingested,
    polling,
    close: async () => {
      await polling?.stop()
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      )
      driver.close()
      await pool.close()
    },
  }
}

/** Registers the feeds of a sources file's outlets (idempotent: a restart registers nothing new). */
async function registerSources(
  repo: Repository,
  path: string,
  log: (message: string) => void,
): Promise<void> {
  const entries = readSourcesFile(path)
  const at = new Date().toISOString()
  for (const { source, feeds } of entries) await repo.feeds.add(source, feeds, at)
  const feeds = entries.reduce((n, e) => n + e.feeds.length, 0)
  log(`registered ${feeds} feeds of ${entries.length} outlets from ${path}`)
}

/** Re-parses the stored articles after an upgrade of the core, then stores the seeds (on a new database) and the corpus. */
async function loadStartData(
  repo: Repository,
  ingestor: Ingestor,
  options: ServerOptions,
  log: (message: string) => void,
): Promise<IngestOutcome[]> {
  const stored = (await repo.counts()).articles
  if (stored > 0 && (await repo.model()) !== modelFingerprint()) {
    log(`re-parsing ${stored} stored articles: @marsad/core now makes something else of them`)
    await ingestor.reindex()
  }
  const fresh = (await repo.version()) === 0
  const seeds = options.seeds === undefined ? SEEDS_DIR : options.seeds
  const sources = [...(fresh && seeds !== false ? [seeds] : []), ...(options.corpus ?? [])]
  const { records, errors } = readCorpus(sources)
  for (const e of errors) log(`skipped ${e.file}${e.line === undefined ? '' : `:${e.line}`}: ${e.message}`)
  if (records.length > 0) log(`ingesting ${records.length} articles from ${sources.join(', ')} …`)
  else log(`${stored} articles in the database; nothing new to ingest`)
  const ingested = await loadCorpus(ingestor, records, log)
  const created = ingested.filter((o) => o.status === 'created').length
  if (records.length > 0)
    log(`ingested ${created} new of ${ingested.length} articles from ${sources.join(', ')}`)
  return ingested
}
