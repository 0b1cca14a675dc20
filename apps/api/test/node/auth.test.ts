import { mkdtempSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/server.ts'
import { fetchJson as fetch } from '../app.ts'
import { ALL, TALKS, WATER } from '../fixtures.ts'
import { snapshotDatabase } from './snapshot.ts'

// Who may write, over real HTTP: every write route refuses every token but the right one, a server without a
// token refuses every write, nothing answers with the token, and writes past the rate get 429.

const TOKEN = 'Marsad-Write-7f3a9c2e41'
const dir = mkdtempSync(join(tmpdir(), 'marsad-auth-'))
const servers: RunningServer[] = []
afterAll(async () => {
  for (const server of servers) await server.close()
  rmSync(dir, { recursive: true, force: true })
})

async function serve(name: string, options: Parameters<typeof startServer>[0] = {}) {
  const dbPath = join(dir, `${name}.sqlite`)
  const server = await startServer({
    port: 0,
    dbPath,
    token: TOKEN,
    writeRate: false,
    log: () => {},
    ...options,
  })
  servers.push(server)
  return { server, dbPath }
}

const NEW_ARTICLE = { id: 'auth-new', text: 'افتتحت البلدية مكتبة عامة جديدة في حي الشميساني.' }

interface WriteRoute {
  name: string
  send(url: string, headers: Record<string, string>): Promise<Response>
}

/** One request for each write operation of the OpenAPI document, keyed `METHOD /path`. */
const WRITES: Record<string, WriteRoute['send']> = {
  'post /v1/articles': (url, headers) =>
    fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(NEW_ARTICLE),
    }),
  'delete /v1/articles/{id}': (url, headers) =>
    fetch(`${url}/v1/articles/${WATER.id}`, { method: 'DELETE', headers }),
  'post /v1/sources/{id}/feeds': (url, headers) =>
    fetch(`${url}/v1/sources/marsad/feeds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ feeds: ['https://news.example/ar/rss.xml'] }),
    }),
  'delete /v1/sources/{id}/feeds': (url, headers) =>
    fetch(`${url}/v1/sources/marsad/feeds?url=${encodeURIComponent('https://news.example/ar/rss.xml')}`, {
      method: 'DELETE',
      headers,
    }),
}

const BAD_AUTHORIZATIONS: [string, Record<string, string>][] = [
  ['no Authorization', {}],
  ['an empty Authorization', { Authorization: '' }],
  ['the scheme alone', { Authorization: 'Bearer' }],
  ['the scheme and a space', { Authorization: 'Bearer ' }],
  ['Basic credentials holding the token', { Authorization: `Basic ${btoa(`marsad:${TOKEN}`)}` }],
  ['Basic x', { Authorization: 'Basic x' }],
  ['another scheme', { Authorization: `Token ${TOKEN}` }],
  ['the token alone', { Authorization: TOKEN }],
  ['a wrong token', { Authorization: 'Bearer guess-7f3a9c2e41' }],
  ['a wrong token, scheme in lower case', { Authorization: 'bearer guess-lower-case' }],
  ['a wrong token, scheme in upper case', { Authorization: 'BEARER guess-upper-case' }],
  ['two spaces before the token', { Authorization: `Bearer  ${TOKEN}` }],
  ['a tab before the token', { Authorization: `Bearer\t${TOKEN}` }],
  ['the token and more words', { Authorization: `Bearer ${TOKEN} ${TOKEN}` }],
  ['the token and a comma', { Authorization: `Bearer ${TOKEN},` }],
  ['the token in quotes', { Authorization: `Bearer "${TOKEN}"` }],
  ['the token less its last character', { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
  ['the token and one more character', { Authorization: `Bearer ${TOKEN}0` }],
  ['the token in another case', { Authorization: `Bearer ${TOKEN.toUpperCase()}` }],
  ['a token of 8,000 characters', { Authorization: `Bearer ${'k'.repeat(8000)}` }],
  ['the token in a cookie', { Cookie: `token=${TOKEN}` }],
  ['the token in X-Api-Key', { 'X-Api-Key': TOKEN }],
]

describe('write routes', () => {
  let url: string
  let dbPath: string
  beforeAll(async () => {
    ;({
      server: { url },
      dbPath,
    } = await serve('auth'))
    const seeded = await WRITES['post /v1/articles']!(url, { Authorization: `Bearer ${TOKEN}` })
    expect(seeded.status).toBe(201)
    const res = await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(ALL),
    })
    expect(res.status).toBe(201)
  })

  it('are exactly the operations the OpenAPI document marks as needing the token', async () => {
    const doc = await (await fetch(`${url}/openapi.json`)).json()
    const secured: string[] = []
    const unsafe: string[] = []
    type Operation = { security?: object[] }
    for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        // Public reads say so with `security: []`.
        if (operation.security?.length) secured.push(`${method} ${path}`)
        else expect(operation.security, `${method} ${path}`).toEqual([])
        if (!['get', 'head', 'options'].includes(method)) unsafe.push(`${method} ${path}`)
      }
    }
    expect(secured.sort()).toEqual(Object.keys(WRITES).sort())
    expect(unsafe.sort()).toEqual(Object.keys(WRITES).sort())
  })

  for (const [route, send] of Object.entries(WRITES)) {
    it(`${route} refuses every missing, wrong or malformed token with 401, storing nothing`, async () => {
      for (const [name, headers] of BAD_AUTHORIZATIONS) {
        const before = snapshotDatabase(dbPath)
        const res = await send(url, headers)
        const body = await res.text()
        expect(res.status, name).toBe(401)
        expect(res.headers.get('Content-Type'), name).toBe('application/problem+json')
        expect(JSON.parse(body), name).toMatchObject({ type: '/problems/unauthorized', status: 401 })
        expect(res.headers.get('WWW-Authenticate'), name).toMatch(/^Bearer realm="marsad"/)
        const presented = Object.values(headers).join(' ')
        for (const secret of [TOKEN, ...presented.split(/[\s"=,]+/).filter((part) => part.length > 8)]) {
          expect(body, name).not.toContain(secret)
          expect([...res.headers.values()].join('\n'), name).not.toContain(secret)
        }
        expect(snapshotDatabase(dbPath), name).toEqual(before)
      }
    })
  }

  it('refuse a token too long for the server to read with 431 problem+json', async () => {
    for (const send of Object.values(WRITES)) {
      const res = await send(url, { Authorization: `Bearer ${'k'.repeat(20_000)}` })
      expect(res.status).toBe(431)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    }
  })

  it('take the token, with the scheme in any case (RFC 7235: schemes are case-insensitive)', async () => {
    const post = await WRITES['post /v1/articles']!(url, { Authorization: `bearer ${TOKEN}` })
    expect(post.status).toBe(200)
    const del = await WRITES['delete /v1/articles/{id}']!(url, { Authorization: `BEARER ${TOKEN}` })
    expect(del.status).toBe(204)
  })
})

describe('a server with no token configured', () => {
  for (const [setting, token] of [
    ['unset', undefined],
    ['empty', ''],
  ] as const) {
    it(`refuses every write with 403 whatever is sent (token ${setting})`, async () => {
      const { server, dbPath } = await serve(`no-token-${setting}`, { token })
      for (const send of Object.values(WRITES)) {
        const attempts: Record<string, string>[] = [
          {},
          { Authorization: 'Bearer ' },
          { Authorization: `Bearer ${TOKEN}` },
        ]
        for (const headers of attempts) {
          const before = snapshotDatabase(dbPath)
          const res = await send(server.url, headers)
          expect(res.status).toBe(403)
          expect(await res.json()).toMatchObject({ type: '/problems/writes-disabled', status: 403 })
          expect(snapshotDatabase(dbPath)).toEqual(before)
        }
      }
    })
  }
})

describe('the token never leaves the server', () => {
  it('in any read, problem or reference, even when the request carries it', async () => {
    const { server } = await serve('leak')
    const url = server.url
    const auth = { Authorization: `Bearer ${TOKEN}` }
    await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(ALL),
    })
    const story = (await (await fetch(`${url}/v1/stories`)).json()).items[0].id
    const entity = (await (await fetch(`${url}/v1/entities`)).json()).items[0].id
    const paths = [
      '/',
      '/health',
      '/openapi.json',
      '/docs',
      '/problems/unauthorized',
      '/v1/articles',
      `/v1/articles/${TALKS.id}`,
      `/v1/stories/${encodeURIComponent(story)}`,
      `/v1/entities/${encodeURIComponent(entity)}`,
      `/v1/search?q=${encodeURIComponent('المفاوضات')}`,
      `/v1/articles?cursor=${TOKEN}`,
      `/v1/articles/nowhere?token=${TOKEN}`,
    ]
    const writes = [
      () =>
        fetch(`${url}/v1/articles`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: '{',
        }),
      () => fetch(`${url}/v1/articles`, { method: 'POST', headers: auth, body: 'text' }),
      () => fetch(`${url}/v1/articles/nowhere`, { method: 'DELETE', headers: auth }),
      () => fetch(`${url}/v1/articles`, { method: 'PUT', headers: auth }),
    ]
    const responses = [
      ...(await Promise.all(paths.map((path) => fetch(`${url}${path}`, { headers: auth })))),
      ...(await Promise.all(writes.map((w) => w()))),
    ]
    for (const res of responses) {
      const body = await res.text()
      const headers = [...res.headers.entries()].flat().join('\n')
      expect(body, res.url).not.toContain(TOKEN)
      expect(headers, res.url).not.toContain(TOKEN)
    }
  })
})

describe('write rate', () => {
  /** A write sent from a given loopback address, so that the server tells clients apart. */
  function writeFrom(
    port: number,
    localAddress: string,
    token = TOKEN,
  ): Promise<{
    status: number
    retryAfter: string | undefined
    type: string
    policy: unknown
    quota: unknown
  }> {
    return new Promise((resolve, reject) => {
      const body = JSON.stringify(NEW_ARTICLE)
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          localAddress,
          method: 'POST',
          path: '/v1/articles',
          agent: false,
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              retryAfter: res.headers['retry-after'] as string | undefined,
              policy: res.headers['ratelimit-policy'],
              quota: res.headers.ratelimit,
              type: res.statusCode! >= 400 ? JSON.parse(text).type : res.headers['content-type'],
            }),
          )
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  }

  it('answers a client past its rate with 429 and Retry-After, counts wrong tokens, and leaves others be', async () => {
    const { server, dbPath } = await serve('rate', { writeRate: { limit: 3, windowSeconds: 60 } })
    const first = await writeFrom(server.port, '127.0.0.1')
    expect(first).toMatchObject({ status: 201, policy: '"writes";q=3;w=60' })
    expect(first.quota).toMatch(/^"writes";r=2;t=\d+$/)
    expect((await writeFrom(server.port, '127.0.0.1', 'wrong-token')).status).toBe(401)
    expect((await writeFrom(server.port, '127.0.0.1')).status).toBe(200)
    const before = snapshotDatabase(dbPath)
    const limited = await writeFrom(server.port, '127.0.0.1')
    expect(limited.status).toBe(429)
    expect(limited.type).toBe('/problems/too-many-requests')
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1)
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60)
    expect(limited).toMatchObject({
      policy: '"writes";q=3;w=60',
      quota: `"writes";r=0;t=${limited.retryAfter}`,
    })
    expect(snapshotDatabase(dbPath)).toEqual(before)
    expect((await fetch(`${server.url}/v1/articles/${NEW_ARTICLE.id}`)).status).toBe(200)
    expect((await writeFrom(server.port, '127.0.0.2')).status).toBe(200)
  })
})
