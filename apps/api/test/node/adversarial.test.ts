import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STANDARD_HEADERS } from '../../src/http/headers.ts'
import { type RunningServer, startServer } from '../../src/node/server.ts'
import { fetchJson as fetch, type TestResponse } from '../app.ts'
import { ALL, TALKS, WATER } from '../fixtures.ts'
import { snapshotDatabase } from './snapshot.ts'

// The API over real HTTP against what a hostile or broken client sends. Every request gets a precise 4xx
// problem+json, and a refused write leaves every table of the SQLite file as it was, row for row.

const TOKEN = 'adversarial-token'
const dir = mkdtempSync(join(tmpdir(), 'marsad-adversarial-'))
const dbPath = join(dir, 'adversarial.sqlite')
let server: RunningServer

beforeAll(async () => {
  server = await startServer({ port: 0, dbPath, token: TOKEN, writeRate: false, log: () => {} })
  const res = await post(JSON.stringify(ALL))
  expect(res.status).toBe(201)
})
afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

type Body = NonNullable<RequestInit['body']>
const JSON_HEADERS = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }
const ARTICLE = { id: 'market-irbid', text: 'ارتفعت أسعار الخضار في سوق إربد المركزي هذا الأسبوع.' }

function post(body: Body, headers: Record<string, string> = JSON_HEADERS, path = '/v1/articles') {
  return fetch(`${server.url}${path}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit)
}
function del(id: string) {
  return fetch(`${server.url}/v1/articles/${id}`, { method: 'DELETE', headers: JSON_HEADERS })
}
function get(path: string) {
  return fetch(`${server.url}${path}`)
}
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))

/** Sends bytes as they are over a fresh connection (no client to tidy them), and reads the raw answer. */
function raw(
  request: Buffer | string,
  { halfClose = true } = {},
): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () =>
      halfClose ? socket.end(request) : socket.write(request),
    )
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', body = ''] = text.split('\r\n\r\n')
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body })
    })
  })
}

interface Refusal {
  status: number
  type: string
  /** Where `errors` points: a JSON Pointer into the body, or a parameter. */
  pointer?: string
  parameter?: string
}

async function expectProblem(res: TestResponse, expected: Refusal): Promise<void> {
  const text = await res.text()
  expect(res.status, text).toBe(expected.status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const problem = JSON.parse(text)
  expect(problem).toMatchObject({ type: `/problems/${expected.type}`, status: expected.status })
  expect(problem.title).toBeTypeOf('string')
  expect(problem.detail).toBeTypeOf('string')
  if (expected.pointer !== undefined) {
    expect(problem.errors.map((e: { pointer: string }) => e.pointer)).toContain(expected.pointer)
  }
  if (expected.parameter !== undefined) {
    expect(problem.errors.map((e: { parameter: string }) => e.parameter)).toContain(expected.parameter)
  }
}

const text = 'أعلنت البلدية عن خطة جديدة لتنظيم حركة المرور في وسط المدينة.'
const batch = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `batch-${i}`, text }))
const seventeenMiB = 17 * 1024 * 1024

const REFUSED_WRITES: [string, () => Promise<TestResponse>, Refusal][] = [
  // Not JSON at all.
  ['JSON cut short', () => post('{"text": "خبر'), { status: 400, type: 'malformed-body' }],
  [
    'text after the JSON',
    () => post(`${JSON.stringify(ARTICLE)} و`),
    { status: 400, type: 'malformed-body' },
  ],
  ['single-quoted JSON', () => post("{'text': 'خبر عاجل'}"), { status: 400, type: 'malformed-body' }],
  ['JSON with a comment', () => post('{"text": "خبر" /* تعليق */}'), { status: 400, type: 'malformed-body' }],
  ['NaN in JSON', () => post('{"text": "خبر", "n": NaN}'), { status: 400, type: 'malformed-body' }],
  ['an empty body', () => post(''), { status: 400, type: 'malformed-body' }],
  [
    'a raw NUL byte inside a JSON string',
    () => post('{"text": "خبر\u0000عاجل"}'),
    { status: 400, type: 'malformed-body' },
  ],
  // Not UTF-8.
  [
    'the byte 0xFF',
    () => post(bytes('{"text": "خبر ', [0xff], '"}')),
    { status: 400, type: 'malformed-body' },
  ],
  [
    'an overlong encoding of "/"',
    () => post(bytes('{"text": "', [0xc0, 0xaf], '"}')),
    { status: 400, type: 'malformed-body' },
  ],
  [
    'a surrogate encoded as UTF-8',
    () => post(bytes('{"text": "', [0xed, 0xa0, 0x80], '"}')),
    { status: 400, type: 'malformed-body' },
  ],
  [
    'a truncated Arabic letter',
    () => post(bytes('{"text": "خبر ', [0xd8], '"}')),
    { status: 400, type: 'malformed-body' },
  ],
  [
    'UTF-16 labelled as JSON',
    () => post(Buffer.from(`\ufeff${JSON.stringify(ARTICLE)}`, 'utf16le')),
    { status: 400, type: 'malformed-body' },
  ],
  // Not sent as JSON.
  [
    'text/plain',
    () => post(JSON.stringify(ARTICLE), { ...JSON_HEADERS, 'Content-Type': 'text/plain' }),
    { status: 415, type: 'unsupported-media-type' },
  ],
  [
    'no Content-Type',
    () => post(Buffer.from(JSON.stringify(ARTICLE)), { Authorization: `Bearer ${TOKEN}` }),
    { status: 415, type: 'unsupported-media-type' },
  ],
  [
    'a form',
    () => post(new URLSearchParams(ARTICLE), { Authorization: `Bearer ${TOKEN}` }),
    { status: 415, type: 'unsupported-media-type' },
  ],
  [
    'multipart',
    () => {
      const form = new FormData()
      form.set('text', text)
      return post(form, { Authorization: `Bearer ${TOKEN}` })
    },
    { status: 415, type: 'unsupported-media-type' },
  ],
  [
    'JSON in UTF-16',
    () =>
      post(JSON.stringify(ARTICLE), { ...JSON_HEADERS, 'Content-Type': 'application/json; charset=utf-16' }),
    { status: 415, type: 'unsupported-media-type' },
  ],
  [
    'application/jsonp',
    () => post(JSON.stringify(ARTICLE), { ...JSON_HEADERS, 'Content-Type': 'application/jsonp' }),
    { status: 415, type: 'unsupported-media-type' },
  ],
  // Too large.
  [
    'a 17 MiB body',
    () => post(JSON.stringify({ text: 'خ'.repeat(seventeenMiB / 2) })),
    { status: 413, type: 'payload-too-large' },
  ],
  [
    'a 17 MiB body streamed without a length',
    () => {
      const chunk = new TextEncoder().encode('["'.padEnd(1024 * 1024, 'x'))
      let sent = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 17) controller.enqueue(chunk)
          else controller.close()
        },
      })
      return post(stream as unknown as Body)
    },
    { status: 413, type: 'payload-too-large' },
  ],
  // Decided: a batch over the limit of 1,000 is refused whole with 422 (it is well under 16 MiB, so not 413),
  // pointing at the array itself; nothing of it is stored.
  [
    'a batch of 10,000 articles',
    () => post(JSON.stringify(batch(10_000))),
    { status: 422, type: 'invalid-body', pointer: '#' },
  ],
  [
    'a batch of 1,001 articles',
    () => post(JSON.stringify(batch(1001))),
    { status: 422, type: 'invalid-body', pointer: '#' },
  ],
  ['an empty batch', () => post('[]'), { status: 422, type: 'invalid-body', pointer: '#' }],
  // Well-formed JSON, not articles.
  ['null', () => post('null'), { status: 422, type: 'invalid-body' }],
  ['a number', () => post('42'), { status: 422, type: 'invalid-body' }],
  [
    'arrays nested 100,000 deep',
    () => post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    { status: 422, type: 'invalid-body' },
  ],
  [
    'text of the wrong type',
    () => post('{"text": 42}'),
    { status: 422, type: 'invalid-body', pointer: '#/text' },
  ],
  ['empty text', () => post('{"text": "   "}'), { status: 422, type: 'invalid-body', pointer: '#/text' }],
  [
    'an escaped NUL in the text',
    () => post(JSON.stringify({ text: 'خبر\u0000عاجل' })),
    { status: 422, type: 'invalid-body', pointer: '#/text' },
  ],
  [
    'an escaped NUL in the title',
    () => post(JSON.stringify({ ...ARTICLE, title: 'عنوان\u0000' })),
    { status: 422, type: 'invalid-body', pointer: '#/title' },
  ],
  [
    'a NUL in the id',
    () => post(JSON.stringify({ ...ARTICLE, id: 'a\u0000b' })),
    { status: 422, type: 'invalid-body', pointer: '#/id' },
  ],
  [
    'a newline in the id',
    () => post(JSON.stringify({ ...ARTICLE, id: 'a\nb' })),
    { status: 422, type: 'invalid-body', pointer: '#/id' },
  ],
  // Documented size limits (FIELD_LIMITS): well under 16 MiB, so 422 and not 413.
  [
    'a text of 250,001 characters',
    () => post(JSON.stringify({ text: 'خبر '.repeat(62_500).concat('.') })),
    { status: 422, type: 'invalid-body', pointer: '#/text' },
  ],
  [
    'a title of 1,001 characters',
    () => post(JSON.stringify({ ...ARTICLE, title: 'ع'.repeat(1001) })),
    { status: 422, type: 'invalid-body', pointer: '#/title' },
  ],
  [
    'an outlet name of 301 characters',
    () => post(JSON.stringify({ ...ARTICLE, source: { name: 'م'.repeat(301) } })),
    { status: 422, type: 'invalid-body', pointer: '#/source/name' },
  ],
  // `.` and `..` are dot segments: URL normalisation removes them, so no client could read or delete the article.
  [
    'the id .',
    () => post(JSON.stringify({ ...ARTICLE, id: '.' })),
    { status: 422, type: 'invalid-body', pointer: '#/id' },
  ],
  [
    'the id .. in a batch',
    () => post(JSON.stringify([ARTICLE, { ...WATER, id: '..' }])),
    { status: 422, type: 'invalid-body', pointer: '#/1/id' },
  ],
  [
    'text made only of zero-width and bidi characters',
    () => post(JSON.stringify({ text: '\u200b\u200c\u200d\u2060\ufeff\u202b\u200f' })),
    { status: 422, type: 'invalid-body', pointer: '#/text' },
  ],
  [
    'an id of 201 characters',
    () => post(JSON.stringify({ ...ARTICLE, id: 'x'.repeat(201) })),
    { status: 422, type: 'invalid-body', pointer: '#/id' },
  ],
  [
    'a lone surrogate',
    () => post('{"text": "خبر \\ud800 عاجل"}'),
    { status: 422, type: 'invalid-body', pointer: '#/text' },
  ],
  [
    'one bad item in a batch',
    () => post(JSON.stringify([ARTICLE, { text: '' }])),
    { status: 422, type: 'invalid-body', pointer: '#/1/text' },
  ],
  [
    'one id twice with other content',
    () => post(JSON.stringify([ARTICLE, { ...ARTICLE, text }])),
    { status: 422, type: 'invalid-body' },
  ],
  [
    'a stored id with other content',
    () => post(JSON.stringify([ARTICLE, { ...WATER, text }])),
    { status: 409, type: 'conflict' },
  ],
  // Bad ids and URLs on the write routes.
  [
    'POST with a URL escape that is not UTF-8',
    () => post(JSON.stringify(ARTICLE), JSON_HEADERS, '/v1/articles?x=%ff'),
    { status: 400, type: 'invalid-request', parameter: 'url' },
  ],
  [
    'DELETE of an id of 5,000 characters',
    () => del('x'.repeat(5000)),
    { status: 400, type: 'invalid-request', parameter: 'id' },
  ],
  [
    'DELETE of an SQL injection',
    () => del(encodeURIComponent("x' OR '1'='1")),
    { status: 404, type: 'not-found' },
  ],
  [
    'DELETE of a quoted injection',
    () => del(encodeURIComponent(`${WATER.id}"; DROP TABLE articles; --`)),
    { status: 404, type: 'not-found' },
  ],
  ['DELETE of a traversal', () => del('..%2F..%2Fetc%2Fpasswd'), { status: 404, type: 'not-found' }],
  [
    'DELETE with an escape that is not UTF-8',
    () => del('%ff%fe'),
    { status: 400, type: 'invalid-request', parameter: 'url' },
  ],
  ['DELETE of a NUL', () => del('%00'), { status: 404, type: 'not-found' }],
]

describe('refused writes over HTTP', () => {
  for (const [name, send, expected] of REFUSED_WRITES) {
    it(`${name}: ${expected.status} ${expected.type}, the database unchanged`, async () => {
      const before = snapshotDatabase(dbPath)
      await expectProblem(await send(), expected)
      expect(snapshotDatabase(dbPath)).toEqual(before)
    })
  }

  it('close the connection after a 413, so the client’s next request goes through', async () => {
    for (let i = 0; i < 3; i++) {
      const refused = await post(JSON.stringify({ text: 'خ'.repeat(seventeenMiB / 2) }))
      expect(refused.status).toBe(413)
      expect(refused.headers.get('Connection')).toBe('close')
      expect((await post(JSON.stringify(WATER))).status).toBe(200)
    }
  })

  it('store what they refused nothing of, and the articles stored before are intact', async () => {
    const list = await (await get('/v1/articles?limit=100')).json()
    expect(list.items.map((a: { id: string }) => a.id).sort()).toEqual(
      [...ALL.map((a) => a.id), '000_c46bd0adb6ed7856', '003_52349cd9e965743e'].sort(),
    )
    expect((await (await get(`/v1/articles/${WATER.id}`)).json()).text).toBe(WATER.text)
  })
})

describe('ids are data, never paths or SQL', () => {
  it('stores, finds and deletes articles whose ids look like traversals or injections', async () => {
    const ids = [
      '../../etc/passwd',
      "'; DROP TABLE articles; --",
      'x" OR 1=1 --',
      '%2e%2e%2f',
      'NEAR(a b) * ^',
      // Dots that are not a whole path segment survive URL normalisation.
      '...',
      '.hidden',
      'a/..',
    ]
    const res = await post(JSON.stringify(ids.map((id) => ({ id, text }))))
    expect(res.status).toBe(201)
    for (const id of ids) {
      const found = await get(`/v1/articles/${encodeURIComponent(id)}`)
      expect(found.status, id).toBe(200)
      expect((await found.json()).id).toBe(id)
    }
    const before = snapshotDatabase(dbPath)
    for (const id of ids) expect((await del(encodeURIComponent(id))).status, id).toBe(204)
    const after = snapshotDatabase(dbPath)
    expect(after.articles!.rows).toBe(before.articles!.rows - ids.length)
    expect(after.article_story!.rows).toBe(before.article_story!.rows - ids.length)
  })

  it('answers raw traversals and bytes the HTTP parser refuses with problems', async () => {
    const request = (path: string | Buffer) =>
      raw(bytes(`GET `, [...Buffer.from(path)], ' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'))
    for (const path of [
      '/v1/articles/../../../etc/passwd',
      '/docs/../../package.json',
      '/problems/..%2f..%2fpackage.json',
    ]) {
      const res = await request(path)
      expect(res.status, path).toBe(404)
      expect(res.headers).toContain('content-type: application/problem+json')
      expect(res.body).not.toContain('"name"')
    }
    // Raw UTF-8 in the target, as curl sends it, is read as its percent-encoded form; bytes that are not UTF-8 are not.
    // Written without a half-close: Node drops the answer to a request whose client ended its side before the
    // app (which answers searches on a later turn) replied.
    const open = (path: Buffer | string) =>
      raw(
        bytes(`GET `, [...Buffer.from(path)], ' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
        {
          halfClose: false,
        },
      )
    const search = async (path: string | Buffer) => JSON.parse((await open(path)).body)
    const encoded = await search(`/v1/search?q=${encodeURIComponent('شبكات المياه')}`)
    expect(encoded.items.length).toBeGreaterThan(0)
    expect(await search(Buffer.from('/v1/search?q=شبكات%20المياه'))).toEqual(encoded)
    const place = (await (await get('/v1/entities?kind=location')).json()).items[0]
    expect(place.id).toMatch(/[\u0600-\u06ff]/)
    const entity = await open(Buffer.from(`/v1/entities/${place.id}`))
    expect(entity.status).toBe(200)
    expect(JSON.parse(entity.body).entity.id).toBe(place.id)
    const invalid = await request(bytes('/v1/articles/', [0xff, 0xfe]))
    expect(invalid.status).toBe(400)
    expect(invalid.headers).toContain('content-type: application/problem+json')
    expect(JSON.parse(invalid.body)).toMatchObject({ type: '/problems/bad-request', status: 400 })

    const long = await request(`/v1/search?q=${'%D8%A7'.repeat(5000)}`)
    expect(long.status).toBe(431)
    expect(JSON.parse(long.body)).toMatchObject({ type: '/problems/headers-too-large', status: 431 })

    const expectation = await raw(
      'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: the-impossible\r\nConnection: close\r\n\r\n',
    )
    expect(expectation.status).toBe(417)
    expect(JSON.parse(expectation.body)).toMatchObject({ type: '/problems/expectation-failed', status: 417 })

    // Node's own answers carry the headers every response of the app does.
    for (const answer of [invalid, long, expectation]) {
      expect(answer.headers).toContain('content-type: application/problem+json')
      for (const [name, value] of Object.entries(STANDARD_HEADERS)) {
        expect(answer.headers).toContain(`${name.toLowerCase()}: ${value.toLowerCase()}`)
      }
    }
  })
})

describe('refused reads', () => {
  const lists = [
    '/v1/articles?',
    '/v1/stories?',
    '/v1/entities?',
    `/v1/search?q=${encodeURIComponent('عمّان')}&`,
  ]
  const limits = [
    '0',
    '-1',
    '101',
    '1.5',
    'abc',
    '',
    '9'.repeat(400),
    '1e400',
    'Infinity',
    '%00',
    '0x10',
    '1e1',
    ' 5',
    '+5',
  ]
  const cursors = [
    '-1',
    '0',
    'not a cursor',
    '!!!',
    'A'.repeat(2001),
    btoa('[]'),
    btoa('["x"]'),
    btoa('[1e999, "x"]'),
    '%00',
    // Forged: the shape of each list's cursors, with values none of them issues.
    btoa('["",-1]'),
    btoa('[-1,""]'),
    btoa('[-1]'),
    btoa('[0.5,"x"]'),
    btoa('[5000]'),
  ]

  it('answer huge, negative and garbage limits with 400 naming the parameter', async () => {
    for (const list of lists) {
      for (const limit of limits) {
        const res = await get(`${list}limit=${encodeURIComponent(limit)}`)
        await expectProblem(res, { status: 400, type: 'invalid-request', parameter: 'limit' })
      }
    }
  })

  it('answer negative and garbage cursors with 400 naming the parameter', async () => {
    for (const list of lists) {
      for (const cursor of cursors) {
        const res = await get(`${list}cursor=${encodeURIComponent(cursor)}`)
        await expectProblem(res, { status: 400, type: 'invalid-request', parameter: 'cursor' })
      }
    }
  })

  it('answer unknown ids, injections and traversals in paths with 404', async () => {
    for (const kind of ['articles', 'stories', 'entities']) {
      for (const id of ["x' OR '1'='1", '" OR ""="', '..%2F..%2Fpackage.json', '%00', '*', 'NEAR(a b)']) {
        const res = await get(
          `/v1/${kind}/${id.startsWith('..') || id.startsWith('%') ? id : encodeURIComponent(id)}`,
        )
        await expectProblem(res, { status: 404, type: 'not-found' })
      }
    }
  })

  it('answer escapes that are not UTF-8 and bad dates with 400', async () => {
    for (const path of [
      '/v1/search?q=%ff',
      '/v1/search?q=%',
      '/v1/search?q=%D8',
      '/v1/articles/%ff',
      '/v1/entities?q=%c0%af',
    ]) {
      await expectProblem(await get(path), { status: 400, type: 'invalid-request', parameter: 'url' })
    }
    for (const [path, parameter] of [
      ['/v1/articles?from=2025-13-45', 'from'],
      ['/v1/articles?to=yesterday', 'to'],
      [`/v1/search?q=${'ب'.repeat(501)}`, 'q'],
      ['/v1/search?q=', 'q'],
      ['/v1/entities?kind=..%2F..', 'kind'],
      [`/v1/articles?source=${'س'.repeat(301)}`, 'source'],
    ] as const) {
      await expectProblem(await get(path), { status: 400, type: 'invalid-request', parameter })
    }
  })
})

describe('injection strings in queries are plain text', () => {
  const injections = [
    '"',
    '""',
    '*',
    'عمّان*',
    'NEAR(وزير المياه)',
    'title:وزير',
    '{title body}: وزير',
    'وزير OR 1=1',
    'وزير AND NOT جنيف',
    '^وزير',
    "'; DROP TABLE article_search; --",
    '") OR ("1"="1',
    '%',
    '_',
    '\\',
  ]

  it('search answers 200 with only true matches, and the index survives', async () => {
    const before = snapshotDatabase(dbPath)
    for (const q of injections) {
      const res = await get(`/v1/search?q=${encodeURIComponent(q)}`)
      expect(res.status, q).toBe(200)
      const body = await res.json()
      expect(Array.isArray(body.items), q).toBe(true)
      // Terms are matched as words: nothing here is in every article, so no query may list them all.
      expect(body.items.length, q).toBeLessThan(ALL.length)
    }
    expect(snapshotDatabase(dbPath)).toEqual(before)
    const water = await (await get(`/v1/search?q=${encodeURIComponent('وزير المياه')}`)).json()
    expect(water.items.map((i: { article: { id: string } }) => i.article.id)).toEqual([WATER.id])
  })

  it('list filters and entity names answer 200 with no match', async () => {
    for (const q of injections.filter((q) => !/وزير|عمّان/.test(q))) {
      for (const path of [
        '/v1/articles?source=',
        '/v1/articles?entity=',
        '/v1/articles?story=',
        '/v1/entities?q=',
      ]) {
        const res = await get(`${path}${encodeURIComponent(q)}`)
        expect(res.status, `${path}${q}`).toBe(200)
        expect((await res.json()).items, `${path}${q}`).toEqual([])
      }
    }
    const talks = await (await get(`/v1/articles?source=${encodeURIComponent(TALKS.source!.name!)}`)).json()
    expect(talks.items.map((a: { id: string }) => a.id)).toEqual([TALKS.id])
  })
})
