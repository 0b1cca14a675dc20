import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  AnchorError,
  anchorDraft,
  type Draft,
  type DraftPage,
  decodePage,
  placeRange,
} from './anchor-html.ts'

// A small page of our own, built the way outlets build theirs: the lead repeated in a meta tag, a "read also" link
// inside the article, a subheading, a date line.
const PAGE = [
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">',
  '<meta name="description" content="افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي الزيتون.">',
  '<title>حديقة جديدة في حي الزيتون - صحيفة المثال</title></head><body>',
  '<nav><a href="/">الرئيسية</a></nav>',
  '<h1> حديقة جديدة في حي الزيتون </h1>',
  '<div class="date">الأحد 3 مارس 2024</div>',
  '<article><p>افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي الزيتون.</p>',
  '<p><a href="/x">اقرأ أيضا: مكتبة في الحي</a></p>',
  '<h2>مساحات للأطفال</h2>',
  '<p>وقال رئيس البلدية إن الحديقة تضم ملعبا صغيرا.</p></article>',
  '</body></html>',
].join('\n')

const bytesOf = (text: string) => new TextEncoder().encode(text)

function draftOf(page: Partial<DraftPage>): Draft {
  return {
    corpus: 'html-test',
    pages: [
      {
        id: 'html-test-01',
        url: 'https://example.org/a',
        encoding: 'utf-8',
        outlet: 'صحيفة المثال',
        country: 'JO',
        publishedAt: '2024-03-03',
        author: null,
        title: { first: 'حديقة جديدة في حي الزيتون', last: 'حديقة جديدة في حي الزيتون', nth: 2 },
        body: [
          { kind: 'paragraph', first: 'افتتحت البلدية صباح', last: 'في حي الزيتون.', nth: 2 },
          { kind: 'heading', first: 'مساحات للأطفال', last: 'مساحات للأطفال' },
          { kind: 'paragraph', first: 'وقال رئيس البلدية', last: 'تضم ملعبا صغيرا.' },
        ],
        ...page,
      },
    ],
  }
}

const anchor = (draft: Draft, bytes = bytesOf(PAGE)) => anchorDraft(draft, () => bytes)
const slice = (span: { start: number; end: number }) => PAGE.slice(span.start, span.end)

describe('anchorDraft', () => {
  it('places the title and every body item as offsets into the decoded page, in reading order', () => {
    const [page] = anchor(draftOf({})).pages
    expect(slice(page!.title)).toBe('حديقة جديدة في حي الزيتون')
    expect(page!.body.map(slice)).toEqual([
      'افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي الزيتون.',
      'مساحات للأطفال',
      'وقال رئيس البلدية إن الحديقة تضم ملعبا صغيرا.',
    ])
    expect(page!.body.map((item) => item.kind)).toEqual(['paragraph', 'heading', 'paragraph'])
  })

  it('hashes the bytes of the cached page and keeps the labels, with no page text in the gold', () => {
    const gold = anchor(draftOf({ note: 'صفحة للاختبار' }))
    const page = gold.pages[0]!
    expect(page.sha256).toBe(createHash('sha256').update(bytesOf(PAGE)).digest('hex'))
    expect(page).toMatchObject({
      outlet: 'صحيفة المثال',
      country: 'JO',
      publishedAt: '2024-03-03',
      author: null,
    })
    expect(page.note).toBe('صفحة للاختبار')
    expect(JSON.stringify(gold)).not.toContain('ملعبا')
  })

  it('refuses a first string that occurs twice without nth, and an nth beyond its occurrences', () => {
    const twice = draftOf({
      body: [{ kind: 'paragraph', first: 'افتتحت البلدية صباح', last: 'في حي الزيتون.' }],
    })
    expect(() => anchor(twice)).toThrow(/occurs 2 times: give nth/)
    const third = draftOf({
      body: [{ kind: 'paragraph', first: 'افتتحت البلدية صباح', last: 'في حي الزيتون.', nth: 3 }],
    })
    expect(() => anchor(third)).toThrow(/nth 3 wanted/)
  })

  it('refuses a range whose last string occurs only before its first (its end would come before its start)', () => {
    const backwards = draftOf({
      body: [{ kind: 'heading', first: 'مساحات للأطفال', last: 'اقرأ أيضا: مكتبة' }],
    })
    expect(() => anchor(backwards)).toThrow(/end would come before the start/)
  })

  it('refuses a range that runs over the end of a paragraph into the next', () => {
    const merged = draftOf({
      body: [{ kind: 'paragraph', first: 'مساحات للأطفال', last: 'تضم ملعبا صغيرا.' }],
    })
    expect(() => anchor(merged)).toThrow(/spans an end tag/)
  })

  it('refuses items out of reading order, a page missing from the cache, and bad labels, naming each', () => {
    const swapped = draftOf({
      body: [
        { kind: 'paragraph', first: 'وقال رئيس البلدية', last: 'تضم ملعبا صغيرا.' },
        { kind: 'heading', first: 'مساحات للأطفال', last: 'مساحات للأطفال' },
      ],
    })
    expect(() => anchor(swapped)).toThrow(/body 2: starts before body 1 ends/)
    expect(() => anchorDraft(draftOf({}), () => null)).toThrow(/html-test-01: not in the cache/)
    try {
      anchor(draftOf({ country: 'Jordan', publishedAt: '3/3/2024', encoding: 'klingon' }))
      expect.unreachable()
    } catch (error) {
      expect((error as AnchorError).problems).toEqual([
        'html-test-01: country must be an ISO 3166-1 alpha-2 code',
        'html-test-01: publishedAt must be YYYY-MM-DD or null',
        'html-test-01: unknown encoding «klingon»',
      ])
    }
  })

  it('decodes a windows-1256 page and counts offsets in the decoded text, not in bytes', () => {
    // Our own encoder for the test: the inverse of the platform's windows-1256 decoder over the high bytes.
    const decoder = new TextDecoder('windows-1256')
    const byChar = new Map<string, number>()
    for (let byte = 0x80; byte <= 0xff; byte++) byChar.set(decoder.decode(new Uint8Array([byte])), byte)
    const encode = (text: string) =>
      new Uint8Array(
        [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : byChar.get(char)!)),
      )
    const html = '<html><body><h1>سعر الخبز</h1><p>ارتفع سعر الخبز في الأسواق.</p></body></html>'
    const bytes = encode(html)
    expect(decodePage(bytes, 'windows-1256')).toBe(html)
    const gold = anchorDraft(
      draftOf({
        encoding: 'windows-1256',
        title: { first: 'سعر الخبز', last: 'سعر الخبز', nth: 1 },
        body: [{ kind: 'paragraph', first: 'ارتفع سعر الخبز', last: 'في الأسواق.' }],
      }),
      () => bytes,
    )
    const page = gold.pages[0]!
    expect(html.slice(page.title.start, page.title.end)).toBe('سعر الخبز')
    expect(page.body[0]).toEqual({
      kind: 'paragraph',
      start: html.indexOf('ارتفع'),
      end: html.indexOf('</p>'),
    })
    expect(page.encoding).toBe('windows-1256')
  })
})

describe('placeRange', () => {
  it('lets first and last overlap in a range shorter than both together', () => {
    expect(placeRange('<b>نعم</b>', { first: 'نعم', last: 'نعم' })).toEqual({ start: 3, end: 6 })
  })

  it('keeps a byte-order mark as the first character of the decoded page', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('<p>نص</p>')])
    expect(decodePage(bom, 'utf-8')).toBe('\uFEFF<p>نص</p>')
  })
})

describe('AnchorError', () => {
  it('lists every problem in its message', () => {
    expect(new AnchorError(['a', 'b']).message).toBe('cannot anchor the draft:\n  - a\n  - b')
  })
})
