import { describe, expect, it } from 'vitest'
import { percentEncodeTarget } from './raw-utf8-target.ts'

const line = (target: Buffer | string) =>
  Buffer.concat([
    Buffer.from('GET '),
    Buffer.from(target),
    Buffer.from(' HTTP/1.1\r\nHost: x\r\nX-Note: قيمة\r\n\r\n'),
  ])

describe('percentEncodeTarget', () => {
  it('writes the UTF-8 bytes of the target as a browser would, and nothing else', () => {
    const out = percentEncodeTarget(line('/v1/search?q=سد مأرب'.replace(' ', '+')))
    expect(out.toString('latin1')).toBe(
      `GET /v1/search?q=${encodeURIComponent('سد')}+${encodeURIComponent('مأرب')} HTTP/1.1\r\nHost: x\r\nX-Note: ${Buffer.from('قيمة').toString('latin1')}\r\n\r\n`,
    )
  })

  it('leaves ASCII targets, bytes that are not UTF-8 and an unfinished request line as they are', () => {
    const ascii = line('/v1/search?q=%D8%B3')
    expect(percentEncodeTarget(ascii)).toBe(ascii)
    const invalid = line(Buffer.from([0x2f, 0xff, 0xfe]))
    expect(percentEncodeTarget(invalid)).toBe(invalid)
    const partial = Buffer.from('GET /v1/search?q=سد')
    expect(percentEncodeTarget(partial)).toBe(partial)
  })
})
