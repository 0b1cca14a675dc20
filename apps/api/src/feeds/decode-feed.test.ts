import { describe, expect, it } from 'vitest'
import { decodeFeed } from './decode-feed.ts'
import { FeedError } from './feed-error.ts'

// "خبر" in windows-1256: خ 0xCE, ب 0xC8, ر 0xD1.
const KHABAR_1256 = [0xce, 0xc8, 0xd1]
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

describe('decodeFeed', () => {
  it('reads windows-1256 from the XML declaration', () => {
    const bytes = new Uint8Array([
      ...ascii('<?xml version="1.0" encoding="windows-1256"?><title>'),
      ...KHABAR_1256,
      ...ascii('</title>'),
    ])
    expect(decodeFeed(bytes, 'application/rss+xml')).toContain('<title>خبر</title>')
  })

  it('prefers the Content-Type charset to the declaration, and a byte-order mark to both', () => {
    const declared = new Uint8Array([...ascii('<?xml version="1.0" encoding="utf-8"?><t>'), ...KHABAR_1256])
    expect(decodeFeed(declared, 'text/xml; charset="windows-1256"')).toContain('<t>خبر')
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<t>خبر</t>')])
    expect(decodeFeed(bom, 'text/xml; charset=windows-1256')).toBe('<t>خبر</t>')
  })

  it('reads UTF-8 when nothing says otherwise, and names an encoding it cannot read', () => {
    expect(decodeFeed(new TextEncoder().encode('<t>مرصد</t>'), null)).toBe('<t>مرصد</t>')
    expect(() => decodeFeed(new Uint8Array(ascii('<t/>')), 'text/xml; charset=x-klingon')).toThrow(FeedError)
  })
})
