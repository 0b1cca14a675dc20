import { decodeHtml, sniffCharset } from '@marsad/web'
import { encodeSingleByte } from '@marsad/web/testing'
import { describe, expect, it } from 'vitest'
import { newsPage, PAGE_CANONICAL, PAGE_URL } from '../html-page.ts'
import { workerClient } from './client.ts'

const { call, post } = workerClient('198.51.100.9')

describe('news pages in workerd', () => {
  it('decodes the Arabic legacy charsets with workerd’s TextDecoder', () => {
    const page = '<meta charset="windows-1256"><p>افتتح رئيس البلدية الجسر الجديد.</p>'
    for (const label of ['windows-1256', 'cp1256', 'iso-8859-6', 'arabic']) {
      const bytes = encodeSingleByte(label, page.replace('windows-1256', label))
      expect(decodeHtml(bytes), label).toContain('افتتح رئيس البلدية الجسر الجديد.')
    }
    expect(sniffCharset(encodeSingleByte('windows-1256', page)).encoding).toBe('windows-1256')
  })

  it('ingests {html, url} and serves the article', async () => {
    const res = await post({ html: newsPage(), url: PAGE_URL, id: 'bridge-worker' })
    expect(res.status).toBe(201)
    const article = await (await call('/v1/articles/bridge-worker')).json()
    expect(article).toMatchObject({ title: 'افتتاح جسر الوادي الجديد', source: { url: PAGE_CANONICAL } })
    expect(article.blocks.map((block: { kind: string }) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ])
  })
})
