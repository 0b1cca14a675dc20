import { describe, expect, it } from 'vitest'
import { Progress, progressLine } from './progress.ts'
import { Terminal } from './terminal.ts'

function fakeStderr(isTTY: boolean) {
  const written: string[] = []
  return { isTTY, written, write: (text: string) => written.push(text) > 0 }
}

describe('the progress line', () => {
  it('shows the count, the rate, the share read and the time left', () => {
    const read = { bytes: 250, totalBytes: 1000 }
    expect(progressLine('analyze', { articles: 1500, elapsedMs: 2000, read })).toBe(
      'analyze: 1,500 articles · 750/s · 25% · about 0:06 left',
    )
  })

  it('shows only the count in its first second, and no share when reading standard input', () => {
    expect(progressLine('stories', { articles: 1, elapsedMs: 300, read: { bytes: 10, totalBytes: 0 } })).toBe(
      'stories: 1 article',
    )
    expect(
      progressLine('stories', { articles: 4000, elapsedMs: 4000, read: { bytes: 9, totalBytes: 0 } }),
    ).toBe('stories: 4,000 articles · 1,000/s')
  })

  it('is drawn on a terminal and cleared before a problem is written', () => {
    const stderr = fakeStderr(true)
    const terminal = new Terminal(stderr, { env: {} })
    const progress = new Progress(terminal, 'analyze')
    progress.article()
    terminal.problem('feed.jsonl:3: not valid JSON')
    progress.done()
    expect(stderr.written).toEqual([
      '\ranalyze: 1 article\x1b[K',
      '\r\x1b[K',
      '\x1b[31mmarsad:\x1b[39m feed.jsonl:3: not valid JSON\n',
    ])
  })

  it('is not drawn when stderr is no terminal or with --quiet, and problems lose their colour with NO_COLOR', () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ]) {
      const stderr = fakeStderr(isTTY!)
      const terminal = new Terminal(stderr, { quiet: quiet!, env: { NO_COLOR: '1' } })
      new Progress(terminal, 'analyze').article()
      terminal.problem('missing.txt: no such file')
      expect(stderr.written).toEqual(['marsad: missing.txt: no such file\n'])
    }
  })
})
