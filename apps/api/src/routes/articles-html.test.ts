import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { newsPage, PAGE_CANONICAL, PAGE_URL } from '../../test/html-page.ts'
import { FIELD_LIMITS } from '../schemas/article.ts'

describe('POST /v1/articles with a news page', () => {
  it('stores the page body as the article, with the title, date and outlet the page gives', async () => {
    const t = testApp()
    const res = await t.post('/v1/articles', { html: newsPage(), url: PAGE_URL, id: 'bridge' })
    expect(res.status).toBe(201)
    const article = await (await t.request('/v1/articles/bridge')).json()
    expect(article).toMatchObject({
      title: 'افتتاح جسر الوادي الجديد',
      publishedAt: '2025-10-12T21:40:00+03:00',
      source: { name: 'صحيفة الوادي', url: PAGE_CANONICAL },
    })
    expect(article.blocks.map((block: { kind: string }) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ])
    expect(article.text).not.toMatch(/الرئيسية|مواعيد إغلاق|جميع الحقوق/)
    const summary = (await (await t.request('/v1/articles')).json()).items[0]
    expect(summary).toMatchObject({ id: 'bridge', source: 'صحيفة الوادي' })
  })

  it('takes pages and texts in one batch, and the same page again is unchanged', async () => {
    const t = testApp()
    const batch = [
      { html: newsPage(), url: PAGE_URL },
      { text: 'وصل الوفد إلى العاصمة صباح الأحد لبدء المحادثات.', id: 'talks' },
    ]
    const first = await (await t.post('/v1/articles', batch)).json()
    expect(first).toMatchObject({ created: 2 })
    const again = await (await t.post('/v1/articles', batch[0])).json()
    expect(again).toMatchObject({ created: 0, unchanged: 1 })
  })

  it('uses a title, outlet and date given beside the page instead of the page’s', async () => {
    const t = testApp()
    const body = { html: newsPage(), url: PAGE_URL, id: 'b', publishedAt: '2025-10-13', source: 'الوادي' }
    expect((await t.post('/v1/articles', body)).status).toBe(201)
    expect(await (await t.request('/v1/articles/b')).json()).toMatchObject({
      publishedAt: '2025-10-13',
      source: { name: 'الوادي' },
    })
  })

  it('answers 422 naming the field when text and html are both given, neither, or html without url', async () => {
    const t = testApp()
    const cases: [unknown, string, string][] = [
      [{ text: 'نص الخبر.', html: newsPage(), url: PAGE_URL }, '/html', 'not both'],
      [{ title: 'عنوان' }, '', 'give text, or html with its url'],
      [{ html: newsPage() }, '/url', 'required with html'],
      [{ html: newsPage(), url: 'news/bridge.html' }, '/url', 'not an absolute URL'],
      [{ text: 'نص الخبر.', url: PAGE_URL }, '/url', 'goes with html'],
      [
        [{ text: 'نص الخبر.' }, { html: 'x'.repeat(FIELD_LIMITS.html + 1), url: PAGE_URL }],
        '/1/html',
        'over the limit',
      ],
    ]
    for (const [body, pointer, words] of cases) {
      const res = await t.post('/v1/articles', body)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422)
      const problem = await res.json()
      expect(problem.errors).toContainEqual({
        detail: expect.stringContaining(words),
        pointer: `#${pointer}`,
      })
    }
    expect((await (await t.request('/v1/articles')).json()).items).toEqual([])
  })

  it('answers 422 for a page with no article text, storing nothing of the batch', async () => {
    const t = testApp()
    const empty =
      '<html><body><nav><a href="/">الرئيسية</a></nav><ul><li><a href="/1">خبر</a></li></ul></body></html>'
    const res = await t.post('/v1/articles', [
      { text: 'وصل الوفد إلى العاصمة.' },
      { html: empty, url: PAGE_URL },
    ])
    expect(res.status).toBe(422)
    expect((await res.json()).errors).toContainEqual({
      detail: '1.html: no article text found in the page',
      pointer: '#/1/html',
    })
    expect((await (await t.request('/v1/articles')).json()).items).toEqual([])
  })
})
