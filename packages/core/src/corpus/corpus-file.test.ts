import { describe, expect, it } from 'vitest'
import { corpusFormatOf, idFromFileName, readCorpusFile, readCorpusLine } from './corpus-file.ts'

describe('readCorpusFile', () => {
  it('reads a text file as one article named after the file', () => {
    expect(readCorpusFile('seeds/000_abc.txt', 'وصل الوفد.')).toEqual({
      articles: [{ id: '000_abc', text: 'وصل الوفد.' }],
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
})
