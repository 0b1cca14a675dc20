import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'

describe('compression', () => {
  const app = createApp({ repo: createSqlRepository(openSqlite(':memory:')), compress: true })

  it('gzips a large answer for a client that accepts gzip, and sends it as is to one that does not', async () => {
    const gzipped = await app.request('/openapi.json', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip')
    const plain = await app.request('/openapi.json')
    expect(plain.headers.get('Content-Encoding')).toBeNull()
    const text = await plain.text()
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString('utf8')).toBe(text)
    expect(JSON.parse(text).openapi).toMatch(/^3\./)
  })
})
