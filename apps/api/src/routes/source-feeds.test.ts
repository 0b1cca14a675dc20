import { describe, expect, it } from 'vitest'
import { TOKEN, testApp } from '../../test/app.ts'
import { WATER } from '../../test/fixtures.ts'

const RSS = 'https://news.example/ar/rss.xml'
const ATOM = 'https://news.example/ar/atom.xml'

function del(t: ReturnType<typeof testApp>, path: string, token = TOKEN) {
  return t.request(path, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } })
}

describe('feeds of the source registry', () => {
  it('registers feeds for an outlet the core knows under its own id, shown by the list and the outlet', async () => {
    const t = testApp()
    const added = await t.post(`/v1/sources/${encodeURIComponent('الجزيره نت')}/feeds`, { feeds: [RSS, RSS] })
    expect(added.status).toBe(201)
    const body = await added.json()
    expect(body).toMatchObject({ id: 'الجزيره', name: 'الجزيرة', articles: 0, feeds: [RSS], itemsSeen: 0 })
    expect(body.feedStatus).toEqual([
      expect.objectContaining({
        url: RSS,
        lastSuccessAt: null,
        lastError: null,
        failures: 0,
        itemsIngested: 0,
      }),
    ])
    const again = await t.post(`/v1/sources/${encodeURIComponent('قناة الجزيرة')}/feeds`, { feeds: [RSS] })
    expect(again.status).toBe(200)
    const { items } = await (await t.request('/v1/sources')).json()
    expect(items).toEqual([expect.objectContaining({ name: 'الجزيرة', articles: 0, feeds: [RSS] })])
  })

  it('creates an unknown outlet under the name given, beside the outlets of stored articles', async () => {
    const t = testApp()
    expect((await t.post('/v1/articles', WATER)).status).toBe(201)
    const res = await t.post('/v1/sources/marsad-test/feeds', {
      feeds: [RSS, ATOM],
      name: 'نشرة المرصد',
      url: 'https://news.example/ar/',
    })
    expect(res.status).toBe(201)
    const { items } = await (await t.request('/v1/sources')).json()
    expect(items.map((s: { name: string; feeds: string[] }) => [s.name, s.feeds])).toEqual([
      ['صحيفة الرصد', []],
      ['نشرة المرصد', [RSS, ATOM]],
    ])
    const outlet = await (await t.request(`/v1/sources/${encodeURIComponent('نشرة المرصد')}`)).json()
    expect(outlet).toMatchObject({ domain: 'news.example', feeds: [RSS, ATOM], lastError: null })
  })

  it('unregisters a feed, and answers 404 for one the outlet does not have', async () => {
    const t = testApp()
    await t.post('/v1/sources/marsad/feeds', { feeds: [RSS, ATOM] })
    expect((await del(t, `/v1/sources/marsad/feeds?url=${encodeURIComponent(RSS)}`)).status).toBe(204)
    expect((await del(t, `/v1/sources/marsad/feeds?url=${encodeURIComponent(RSS)}`)).status).toBe(404)
    expect((await del(t, `/v1/sources/other/feeds?url=${encodeURIComponent(ATOM)}`)).status).toBe(404)
    expect((await (await t.request('/v1/sources/marsad')).json()).feeds).toEqual([ATOM])
  })

  it('takes only http and https feeds, a few at a time, with the write token', async () => {
    const t = testApp()
    for (const feeds of [
      [],
      ['file:///etc/passwd'],
      ['not a url'],
      Array.from({ length: 51 }, (_, i) => `${RSS}?${i}`),
    ]) {
      expect((await t.post('/v1/sources/marsad/feeds', { feeds })).status, JSON.stringify(feeds[0])).toBe(422)
    }
    expect(
      (await t.post('/v1/sources/marsad/feeds', { feeds: [RSS] }, { Authorization: 'Bearer nope' })).status,
    ).toBe(401)
    expect((await del(t, `/v1/sources/marsad/feeds?url=${encodeURIComponent(RSS)}`, 'nope')).status).toBe(401)
    expect((await t.request('/v1/sources/marsad/feeds', { method: 'GET' })).status).toBe(405)
    expect((await t.request('/v1/sources/marsad')).status).toBe(404)
  })
})
