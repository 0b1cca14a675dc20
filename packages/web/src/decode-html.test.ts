import { describe, expect, it } from 'vitest'
import { encodeSingleByte as encodeWith } from '../test/pages.ts'
import { decodeHtml, sniffCharset } from './decode-html.ts'

const PAGE = '<p>وصل الوفد إلى العاصمة صباح الأحد.</p>'
const utf8 = (text: string) => new TextEncoder().encode(text)
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]))

describe('decodeHtml', () => {
  it('reads windows-1256 bytes named by the Content-Type header', () => {
    const bytes = encodeWith('windows-1256', `<html><body>${PAGE}</body></html>`)
    expect(decodeHtml(bytes, 'text/html; charset=windows-1256')).toContain(PAGE)
    expect(sniffCharset(bytes, 'text/html; charset="Windows-1256"')).toEqual({
      encoding: 'windows-1256',
      source: 'header',
    })
  })

  it('reads windows-1256 bytes named by a meta charset, and ISO-8859-6 by an http-equiv meta', () => {
    const meta = encodeWith(
      'windows-1256',
      `<html><head><meta charset="windows-1256"></head><body>${PAGE}</body></html>`,
    )
    expect(decodeHtml(meta)).toContain(PAGE)
    const equiv = encodeWith(
      'iso-8859-6',
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body>${PAGE}</body></html>`,
    )
    expect(decodeHtml(equiv, 'text/html')).toContain(PAGE)
    expect(sniffCharset(equiv)).toEqual({ encoding: 'iso-8859-6', source: 'meta' })
  })

  it('trusts a byte-order mark over the header, and the header over the meta', () => {
    const withBom = join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(`<meta charset="windows-1256">${PAGE}`))
    expect(decodeHtml(withBom, 'text/html; charset=windows-1256')).toContain(PAGE)
    const headerWins = encodeWith('windows-1256', `<meta charset="utf-8">${PAGE}`)
    expect(decodeHtml(headerWins, 'text/html;charset=cp1256')).toContain(PAGE)
  })

  it('defaults to UTF-8, and passes over a charset it does not know or a meta inside a comment', () => {
    expect(decodeHtml(utf8(PAGE))).toBe(PAGE)
    expect(sniffCharset(utf8(`<meta charset="no-such-charset">${PAGE}`))).toEqual({
      encoding: 'utf-8',
      source: 'default',
    })
    expect(sniffCharset(utf8(`<!-- <meta charset="windows-1256"> -->${PAGE}`)).source).toBe('default')
    expect(sniffCharset(utf8(PAGE), 'text/html; charset=bogus').source).toBe('default')
  })

  it('reads a meta that declares UTF-16 in ASCII bytes as UTF-8, as the HTML standard says', () => {
    expect(decodeHtml(utf8(`<meta charset="utf-16">${PAGE}`))).toContain(PAGE)
  })

  it('turns bytes the charset cannot decode into U+FFFD without losing the rest', () => {
    const broken = join(utf8('<p>قبل'), Uint8Array.of(0xff, 0xfe, 0xc3), utf8('بعد</p>'))
    const text = decodeHtml(broken, 'text/html; charset=utf-8')
    expect(text.startsWith('<p>قبل')).toBe(true)
    expect(text.endsWith('بعد</p>')).toBe(true)
    expect(text).toContain('\uFFFD')
  })
})
