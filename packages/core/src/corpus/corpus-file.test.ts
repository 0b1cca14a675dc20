import { describe, expect, it } from 'vitest'
import {
  corpusFormatOf,
  idFromFileName,
  readCorpusBytes,
  readCorpusFile,
  readCorpusLine,
  readCorpusLineBytes,
} from './corpus-file.ts'
import { firstInvalidUtf8 } from './utf8.ts'

const bytes = (text: string) => new TextEncoder().encode(text)
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]))

describe('readCorpusFile', () => {
  it('reads a text file as one article named after the file', () => {
    expect(readCorpusFile('seeds/000_abc.txt', 'وصل الوفد.')).toEqual({
      articles: [{ id: '000_abc', text: 'وصل الوفد.' }],
      lines: [1],
      errors: [],
    })
  })

  it('reads one article per JSON line and reports bad lines by number, keeping the good ones', () => {
    const content = [
      '{"id":"a","text":"وصل الوفد.","source":{"name":"مرصد"}}',
      '',
      '{"id":"b","text":',
      '{"id":"c","text":"  "}',
      '{"id":"d"}',
      '{"id":"e","text":"غادر الوفد.","publishedAt":"2025-02-12"}',
    ].join('\n')
    const { articles, errors } = readCorpusFile('feed.jsonl', content)
    expect(articles.map((a) => a.id)).toEqual(['a', 'e'])
    expect(readCorpusFile('feed.jsonl', content).lines).toEqual([1, 6])
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5])
    expect(errors[0]!.message).toMatch(/not valid JSON/)
    expect(errors[2]!.message).toMatch(/^text:/)
  })

  it('reports an empty text file instead of inventing an article', () => {
    expect(readCorpusFile('empty.txt', ' \n').errors).toEqual([
      { file: 'empty.txt', message: 'the file is empty' },
    ])
  })

  it('tells formats and ids from file names', () => {
    expect(corpusFormatOf('a.JSONL')).toBe('jsonl')
    expect(corpusFormatOf('a.ndjson')).toBe('jsonl')
    expect(corpusFormatOf('a.txt')).toBe('txt')
    expect(idFromFileName('/x/y/report.v2.txt')).toBe('report.v2')
    expect(idFromFileName('.hidden')).toBe('.hidden')
  })

  it('reads one JSON line at a time for a caller that streams, with the line number it is given', () => {
    expect(readCorpusLine('feed.jsonl', '{"id":"a","text":"وصل الوفد."}', 7)).toEqual({
      article: { id: 'a', text: 'وصل الوفد.' },
    })
    expect(readCorpusLine('feed.jsonl', '   ', 8)).toBeNull()
    expect(readCorpusLine('feed.jsonl', '{oops', 9)).toEqual({
      error: { file: 'feed.jsonl', line: 9, message: expect.stringMatching(/^not valid JSON/) },
    })
  })

  it('reads a streamed line from bytes, naming bad bytes by their offset in the file', () => {
    const line = concat(bytes('{"id":"b","text":"'), Uint8Array.of(0xff), bytes('"}'))
    expect(readCorpusLineBytes('feed.jsonl', line, 2, 40)).toEqual({
      error: {
        file: 'feed.jsonl',
        line: 2,
        message: 'not valid UTF-8 at byte 58: corpus files must be UTF-8',
      },
    })
    const first = concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes('{"id":"a","text":"وصل الوفد."}'))
    expect(readCorpusLineBytes('feed.jsonl', first, 1, 0)).toEqual({
      article: { id: 'a', text: 'وصل الوفد.' },
    })
  })

  it('reads a file that starts with a byte-order mark, first line included', () => {
    const jsonl = '\ufeff{"id":"a","text":"وصل الوفد."}\n{"id":"b","text":"غادر الوفد."}'
    expect(readCorpusFile('feed.jsonl', jsonl).articles.map((a) => a.id)).toEqual(['a', 'b'])
    expect(readCorpusFile('a.txt', '\ufeffوصل الوفد.').articles[0]!.text).toBe('وصل الوفد.')
    const withBom = concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes('{"id":"a","text":"وصل الوفد."}'))
    expect(readCorpusBytes('feed.jsonl', withBom)).toMatchObject({ articles: [{ id: 'a' }], errors: [] })
  })

  it('refuses text made only of white space and zero-width or bidi characters as empty', () => {
    expect(readCorpusFile('z.txt', '\u200b\u200c\u200d\u2060\u200f \n').errors[0]!.message).toBe(
      'the file is empty',
    )
    const { articles, errors } = readCorpusFile('z.jsonl', '{"id":"a","text":"\u200b\u200d"}')
    expect(articles).toEqual([])
    expect(errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^text: is empty/) })
  })

  it('names the byte offset of bytes that are not UTF-8: the whole .txt, only the line of JSON Lines', () => {
    const cut = concat(bytes('وصل '), Uint8Array.of(0xd9), bytes(' الوفد'))
    expect(readCorpusBytes('a.txt', cut)).toEqual({
      articles: [],
      lines: [],
      errors: [{ file: 'a.txt', message: 'not valid UTF-8 at byte 7: corpus files must be UTF-8' }],
    })
    const feed = concat(
      bytes('{"id":"a","text":"وصل الوفد."}\n{"id":"b","text":"'),
      Uint8Array.of(0xff),
      bytes('"}\n{"id":"c","text":"غادر الوفد."}\n'),
    )
    const read = readCorpusBytes('feed.jsonl', feed)
    expect(read.articles.map((a) => a.id)).toEqual(['a', 'c'])
    expect(read.lines).toEqual([1, 3])
    expect(read.errors).toEqual([
      { file: 'feed.jsonl', line: 2, message: expect.stringMatching(/^not valid UTF-8 at byte 57:/) },
    ])
  })

  it('finds the first byte of any sequence the UTF-8 decoder refuses', () => {
    const refused = [
      [0xff],
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ]
    for (const sequence of refused) {
      expect(firstInvalidUtf8(concat(bytes('ab'), Uint8Array.from(sequence)))).toBe(2)
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(sequence))).toThrow()
    }
    expect(firstInvalidUtf8(bytes('وصل 😀 €'))).toBe(-1)
  })
})
