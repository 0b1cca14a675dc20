import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApp } from '../src/app.ts'
import { coreStories } from '../src/ingest/core-stories.ts'
import { Ingestor } from '../src/ingest/ingestor.ts'
import type { Repository } from '../src/storage/repository.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'

export const TOKEN = 'test-token-not-secret'

/** A response whose JSON body tests read freely; assertions check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: bodies are checked by the tests' assertions
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> }

export interface TestApp {
  app: OpenAPIHono
  repo: Repository
  ingestor: Ingestor
  request(path: string, init?: RequestInit): Promise<TestResponse>
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<TestResponse>
}

/** `fetch` for loopback tests, typed like `TestApp.request`. */
export function fetchJson(url: string, init?: RequestInit): Promise<TestResponse> {
  return fetch(url, init)
}

/** The API over a fresh in-memory SQLite database, with the test token. */
export function testApp(
  options: { token?: string | undefined; maxBodyBytes?: number; maxBatch?: number } = {},
): TestApp {
  const driver = openSqlite(':memory:')
  const repo = createSqlRepository(driver)
  const ingestor = new Ingestor(repo, { stories: coreStories })
  const token = 'token' in options ? options.token : TOKEN
  const app = createApp({ repo, ingestor, token, logError: () => {}, ...withoutToken(options) })
  const request = (path: string, init?: RequestInit): Promise<TestResponse> =>
    Promise.resolve(app.request(path, init))
  return {
    app,
    repo,
    ingestor,
    request,
    post: (path, body, headers = {}) =>
      request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  }
}

function withoutToken<T extends { token?: unknown }>(options: T): Omit<T, 'token'> {
  const { token: _, ...rest } = options
  return rest
}
