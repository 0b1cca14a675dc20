import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ArticleSchema } from '@marsad/core'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const main = join(import.meta.dirname, 'main.ts')
const seeds = join(import.meta.dirname, '../../../seeds')

async function marsad(args: string[]) {
  const result = await run(process.execPath, [main, ...args], { maxBuffer: 64 << 20 }).catch((error) => error)
  return {
    stdout: result.stdout as string,
    stderr: result.stderr as string,
    code: (result.code as number) ?? 0,
  }
}

async function marsadWithStdin(args: string[], input: string) {
  const child = spawn(process.execPath, [main, ...args])
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  child.stdin.end(input)
  const code = await new Promise<number>((resolve) => child.on('close', resolve))
  return { stdout, stderr, code }
}

describe('marsad analyze', () => {
  it('prints the Article of a text file, named after the file', async () => {
    const { stdout, code } = await marsad(['analyze', join(seeds, '003_52349cd9e965743e.txt')])
    expect(code).toBe(0)
    const article = ArticleSchema.parse(JSON.parse(stdout))
    expect(article.id).toBe('003_52349cd9e965743e')
    expect(article.blocks.filter((b) => b.kind === 'heading')).toHaveLength(4)
  })

  it('carries who said what, who is named, when, and the sources cited', async () => {
    const { stdout, code } = await marsad(['analyze', join(seeds, '000_c46bd0adb6ed7856.txt')])
    expect(code).toBe(0)
    const article = ArticleSchema.parse(JSON.parse(stdout))
    expect(article.entities.find((e) => e.id === 'person:فلاديمير-بوتين')).toMatchObject({
      kind: 'person',
      name: 'فلاديمير بوتين',
    })
    expect(article.quotes).toContainEqual(
      expect.objectContaining({
        kind: 'direct',
        text: 'النجاح في حل المهام التي تواجه القيادة السورية الجديدة',
        speaker: { name: 'فلاديمير بوتين', entity: 'person:فلاديمير-بوتين' },
      }),
    )
    expect(article.dates).toContainEqual(expect.objectContaining({ text: 'قبل أسبوعين', kind: 'relative' }))
    expect(article.sources).toContainEqual(
      expect.objectContaining({ entity: 'organization:الكرملين', cue: 'وفقاً لـ' }),
    )
    for (const quote of article.quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text)
  })

  it('resolves relative dates of a JSON line against its publishedAt', async () => {
    const file = join(tmpdir(), `marsad-cli-dates-${process.pid}.jsonl`)
    const text = 'وقال المتحدث باسم الوزارة أمس: «الاجتماع كان مثمراً».'
    await writeFile(file, `${JSON.stringify({ id: 'd', text, publishedAt: '2025-02-12T10:00:00Z' })}\n`)
    const { stdout, code } = await marsad(['analyze', file])
    expect(code).toBe(0)
    const article = ArticleSchema.parse(JSON.parse(stdout))
    expect(article.quotes).toEqual([
      expect.objectContaining({
        kind: 'direct',
        text: 'الاجتماع كان مثمراً',
        speaker: { name: 'المتحدث باسم الوزارة' },
      }),
    ])
    expect(article.dates).toEqual([expect.objectContaining({ text: 'أمس', value: '2025-02-11' })])
  })

  it('prints one Article per line for a folder, and indents with --pretty', async () => {
    const { stdout } = await marsad(['analyze', seeds])
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['000_c46bd0adb6ed7856', '003_52349cd9e965743e'])
    const pretty = await marsad(['analyze', '--pretty', join(seeds, '000_c46bd0adb6ed7856.txt')])
    expect(pretty.stdout.split('\n')[1]).toMatch(/^ {2}"id": "000_c46bd0adb6ed7856",$/)
  })

  it('reads JSON lines, reporting bad lines on stderr by number and keeping the good ones', async () => {
    const file = join(tmpdir(), `marsad-cli-${process.pid}.jsonl`)
    await writeFile(file, '{"id":"a","text":"وصل الوفد."}\nnot json\n{"id":"b","text":"غادر الوفد."}\n')
    const { stdout, stderr, code } = await marsad(['analyze', file])
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['a', 'b'])
    expect(stderr).toMatch(/:2: not valid JSON/)
    expect(code).toBe(1)
  })

  it('reads standard input with -', async () => {
    const { stdout, code } = await marsadWithStdin(['analyze', '-'], 'قال الوزير إن المفاوضات مستمرة. وغادر.')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).sentences).toHaveLength(2)
  })

  it('fails clearly on a missing file, an empty input and an unknown command', async () => {
    expect(await marsad(['analyze', 'no-such-file.txt'])).toMatchObject({ code: 1, stderr: /no such file/ })
    expect(await marsadWithStdin(['analyze', '-'], '   ')).toMatchObject({ code: 1, stderr: /empty/ })
    expect(await marsad(['frobnicate', 'x'])).toMatchObject({ code: 2, stderr: /unknown command/ })
    expect(await marsad([])).toMatchObject({ code: 2, stdout: /usage/ })
  })

  it('writes each article as soon as it is parsed, before the input has ended', async () => {
    const child = spawn(process.execPath, [main, 'analyze', '--jsonl', '-'])
    const lines: string[] = []
    let buffer = ''
    let seen: () => void = () => {}
    child.stdout.on('data', (chunk) => {
      buffer += chunk
      const parts = buffer.split('\n')
      buffer = parts.pop()!
      lines.push(...parts)
      seen()
    })
    const firstLine = new Promise<void>((resolve) => {
      seen = resolve
    })
    child.stdin.write(`${JSON.stringify({ id: 'first', text: 'وصل الوفد إلى موسكو.' })}\n`)
    await firstLine
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(['first'])
    child.stdin.end(`${JSON.stringify({ id: 'second', text: 'غادر الوفد.' })}\n`)
    const code = await new Promise<number>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(['first', 'second'])
  })

  it('prints nothing on stderr when all goes well and stderr is no terminal', async () => {
    const { stdout, stderr, code } = await marsad(['analyze', seeds])
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(2)
    expect(stderr).toBe('')
  })

  it('reads a .jsonl and a .txt that start with a byte-order mark, first line included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-cli-bom-'))
    await writeFile(
      join(dir, 'a.jsonl'),
      '\ufeff{"id":"a","text":"وصل الوفد."}\n{"id":"b","text":"غادر الوفد."}\n',
    )
    await writeFile(join(dir, 'c.txt'), '\ufeffقال الوزير إن المفاوضات مستمرة.')
    const { stdout, stderr, code } = await marsad(['analyze', dir])
    const articles = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(articles.map((a) => a.id)).toEqual(['a', 'b', 'c'])
    expect(articles[2].text).toBe('قال الوزير إن المفاوضات مستمرة.')
    expect({ stderr, code }).toEqual({ stderr: '', code: 0 })
  })

  it('refuses a .txt that is not UTF-8, naming the file and the byte offset, and exits 1', async () => {
    const file = join(tmpdir(), `marsad-cli-${process.pid}-latin1.txt`)
    await writeFile(
      file,
      Buffer.concat([Buffer.from('وصل '), Buffer.from([0xe9, 0x20]), Buffer.from('الوفد.')]),
    )
    const { stdout, stderr, code } = await marsad(['analyze', file])
    expect(stdout).toBe('')
    expect(stderr).toBe(`marsad: ${file}: not valid UTF-8 at byte 7: corpus files must be UTF-8\n`)
    expect(code).toBe(1)
  })

  it('prints no control character from its input: escapes retitle or clear no terminal', async () => {
    const file = join(tmpdir(), `marsad-cli-${process.pid}-esc.jsonl`)
    const title = '\u001b]0;pwned\u0007\u001b[2J\u009b31m'
    const lines = [
      JSON.stringify({ id: 'a\u001b[2J', text: 'وصل الوفد.', title }),
      JSON.stringify({ id: '\u001b]0;x\u0007' }),
      'not json \u001b[2J',
    ]
    await writeFile(file, `${lines.join('\n')}\n`)
    const { stdout, stderr, code } = await marsad(['analyze', file])
    expect(code).toBe(1)
    // Every control character but the line breaks between records is written as an escape.
    expect(stdout.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u)
    expect(stderr.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u)
    expect(JSON.parse(stdout).title).toBe(title)
    expect(stderr).toContain('\\u001b')
    const unknown = await marsad(['\u001b[2Jx', 'y'])
    expect(unknown.stderr.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u)
  })

  it('names the line and byte offset of bytes that are not UTF-8 in a streamed .jsonl, and reads the other lines', async () => {
    const file = join(tmpdir(), `marsad-cli-${process.pid}-latin1.jsonl`)
    const first = Buffer.from(`${JSON.stringify({ id: 'a', text: 'وصل الوفد.' })}\n`)
    await writeFile(
      file,
      Buffer.concat([
        first,
        Buffer.from('{"id":"b","text":"'),
        Buffer.from([0xe9]),
        Buffer.from(`"}\n${JSON.stringify({ id: 'c', text: 'غادر الوفد.' })}\n`),
      ]),
    )
    const { stdout, stderr, code } = await marsad(['analyze', file])
    const offset = first.length + '{"id":"b","text":"'.length
    expect(stderr).toBe(`marsad: ${file}:2: not valid UTF-8 at byte ${offset}: corpus files must be UTF-8\n`)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['a', 'c'])
    expect(code).toBe(1)
  })
})

describe('marsad', () => {
  it('tells its version', async () => {
    const { version } = JSON.parse(await readFile(join(import.meta.dirname, '../package.json'), 'utf8'))
    expect(await marsad(['--version'])).toMatchObject({ code: 0, stdout: `marsad ${version}\n` })
    expect(await marsad(['-v'])).toMatchObject({ code: 0, stdout: `marsad ${version}\n` })
  })

  it('names an unknown command as such, with or without inputs', async () => {
    for (const args of [['frob'], ['frob', 'x.txt']]) {
      const { code, stderr } = await marsad(args)
      expect(code).toBe(2)
      expect(stderr).toMatch(/unknown command "frob"; the commands are analyze, stories, compare/)
    }
    expect(await marsad(['analyze'])).toMatchObject({ code: 2, stderr: /give at least one input/ })
  })
})
