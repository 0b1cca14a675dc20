import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApp } from '../app.ts'
import { DEFAULT_WRITE_RATE, type Rate } from '../http/rate-limit.ts'
import { coreStories } from '../ingest/core-stories.ts'
import { modelFingerprint } from '../ingest/fingerprint.ts'
import { type IngestOutcome, Ingestor } from '../ingest/ingestor.ts'
import type { StoryEngine } from '../ingest/story-engine.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { answerClientErrors } from './client-error.ts'
import { readCorpus } from './corpus.ts'

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
  /** Writes per client address in a window (429 past it); false for none. Default 120 a minute. */
  writeRate?: Rate | false
  log?: (message: string) => void
}

export interface RunningServer {
  url: string
  port: number
  app: OpenAPIHono
  /** What the start-up ingest stored (seeds on a new database, then the corpus). */
  ingested: IngestOutcome[]
  close(): Promise<void>
}

/** Articles per transaction when loading a corpus at start-up. */
const LOAD_BATCH = 500

/**
 * Opens (or creates) the SQLite database, re-parses the stored articles if the core changed since they were
 * stored, ingests the seeds on first start and the corpus on every start, and serves the API on `host:port`.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(message))
  const driver = openSqlite(options.dbPath ?? DEFAULT_DB_PATH)
  const repo = createSqlRepository(driver)
  const ingestor = new Ingestor(repo, { stories: options.stories ?? coreStories })
  const ingested: IngestOutcome[] = []
  try {
    const stored = (await repo.counts()).articles
    if (stored > 0 && (await repo.model()) !== modelFingerprint()) {
      log(`re-parsing ${stored} stored articles: @marsad/core now makes something else of them`)
      await ingestor.reindex()
    }
    const fresh = (await repo.version()) === 0
    const seeds = options.seeds === undefined ? SEEDS_DIR : options.seeds
    const sources = [...(fresh && seeds !== false ? [seeds] : []), ...(options.corpus ?? [])]
    const { articles: inputs, errors } = readCorpus(sources)
    for (const e of errors) log(`skipped ${e.file}${e.line === undefined ? '' : `:${e.line}`}: ${e.message}`)
    if (inputs.length > 0) log(`ingesting ${inputs.length} articles from ${sources.join(', ')} …`)
    else log(`${stored} articles in the database; nothing new to ingest`)
    for (let i = 0; i < inputs.length; i += LOAD_BATCH) {
      ingested.push(...(await ingestor.ingest(inputs.slice(i, i + LOAD_BATCH))))
    }
    const created = ingested.filter((o) => o.status === 'created').length
    if (inputs.length > 0)
      log(`ingested ${created} new of ${inputs.length} articles from ${sources.join(', ')}`)
  } catch (error) {
    driver.db.close()
    throw error
  }

  const app = createApp({
    repo,
    ingestor,
    token: options.token,
    ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }),
    writeRate: options.writeRate ?? DEFAULT_WRITE_RATE,
    compress: true,
    clientOf: (c) => getConnInfo(c).remote.address ?? 'unknown',
  })
  const server = serve({
    fetch: app.fetch,
    port: options.port ?? 8787,
    hostname: options.host ?? '127.0.0.1',
  })
  answerClientErrors(server)
  try {
    await once(server, 'listening')
  } catch (error) {
    driver.db.close()
    throw error
  }
  const { port, address } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address
  return {
    url: `http://${host}:${port}`,
    port,
    app,
    ingested,
    close: async () => {
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      )
      driver.db.close()
    },
  }
}
