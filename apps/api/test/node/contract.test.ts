import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_TYPES, clientTypes, openApiDocument } from '../../client/generate.ts'
import { type RunningServer, startServer } from '../../src/node/server.ts'
import { honoClientCalls, openApiClientCalls } from '../client/typed-calls.ts'

const run = promisify(execFile)
const API_DIR = fileURLToPath(new URL('../../', import.meta.url))
const bin = (name: string) => join(API_DIR, 'node_modules/.bin', name)

describe('the OpenAPI document', () => {
  let document: Record<string, unknown>
  beforeAll(async () => {
    document = await openApiDocument()
  })

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-openapi-'))
    try {
      const file = join(dir, 'openapi.json')
      writeFileSync(file, JSON.stringify(document))
      const { stdout } = await run(
        bin('redocly'),
        ['lint', '--extends', 'recommended', '--format', 'json', file],
        // No telemetry and no update check: the test runs offline.
        {
          cwd: dir,
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      ).catch((error: { stdout: string }) => error)
      const problems = JSON.parse(stdout).problems as { ruleId: string; message: string }[]
      expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('names every operation and says which are public', () => {
    const operations = Object.values(
      document.paths as Record<string, Record<string, Record<string, unknown>>>,
    ).flatMap((item) => Object.values(item))
    const ids = operations.map((operation) => operation.operationId)
    expect(ids.every((id) => typeof id === 'string')).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    expect(operations.every((operation) => Array.isArray(operation.security))).toBe(true)
  })

  it('is what the committed openapi-typescript client was generated from', async () => {
    expect(await clientTypes(document)).toBe(readFileSync(CLIENT_TYPES, 'utf8'))
  })
})

describe('typed clients', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, dbPath: ':memory:', log: () => {}, writeRate: false })
  })
  afterAll(() => server.close())

  it('compile: hc<AppType> and the openapi-typescript types give every answer its type', async () => {
    await run(bin('tsc'), ['--noEmit', '-p', 'test/client/tsconfig.json'], { cwd: API_DIR })
  })

  it('call the API over HTTP with the answers their types describe', async () => {
    const hono = await honoClientCalls(server.url, fetch)
    expect(hono.page.items.length).toBeGreaterThan(0)
    expect(hono.result.items.length).toBeGreaterThan(0)
    expect(hono.counts.articles).toBeGreaterThan(0)
    const typed = await openApiClientCalls(server.url, fetch)
    expect(typed.result.items[0]?.article.id).toEqual(expect.any(String))
    expect(typed.page.items).toHaveLength(1)
  })
})
