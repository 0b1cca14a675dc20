import { createReadStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { buffer as readStream } from 'node:stream/consumers'
import { pathToFileURL } from 'node:url'
import {
  type ArticleInput,
  type CorpusError,
  type CorpusFormat,
  corpusFormatOf,
  idFromFileName,
  readCorpusBytes,
  readCorpusLineBytes,
} from '@marsad/core'
import { decodeHtml } from '@marsad/web'

const CORPUS_FILE = /\.(txt|jsonl|ndjson|html?)$/i
const HTML_FILE = /\.html?$/i

/** A news page read from a file: its id is the file's name, its URL the file's until the page names its own. */
export interface PageInput {
  id: string
  html: string
  url: string
}

/** What reading the inputs has got through so far, for a progress line. */
export interface ReadProgress {
  /** Bytes of the input files read; standard input counts once it is read. */
  bytes: number
  /** Bytes of all the input files, known before reading; 0 when standard input is among them. */
  totalBytes: number
}

export interface ReadOptions {
  /** The format of standard input: plain text (one article) unless `jsonl`. */
  stdinFormat?: CorpusFormat
  /** Called with each problem as it is met: a missing file, a bad JSON line. */
  report: (error: CorpusError) => void
  /** Updated as bytes are read. */
  progress?: ReadProgress
}

/**
 * The article inputs of files, folders (their .txt/.jsonl/.ndjson/.html/.htm files, sorted by name, not recursing)
 * and `-` (standard input), one at a time: a JSON-lines file is read line by line, so that memory does not grow with
 * it. An HTML file's bytes are decoded by the charset its page declares (UTF-8 when none).
 */
export async function* readArticles(
  paths: readonly string[],
  options: ReadOptions,
): AsyncGenerator<ArticleInput | PageInput> {
  const files: { path: string; size: number }[] = []
  for (const path of paths) files.push(...(await expand(path, options.report)))
  const progress = options.progress ?? { bytes: 0, totalBytes: 0 }
  progress.totalBytes = files.some((file) => file.path === '-')
    ? 0
    : files.reduce((sum, file) => sum + file.size, 0)
  for (const { path } of files) {
    const name = path === '-' ? 'stdin' : path
    if (path !== '-' && HTML_FILE.test(path)) {
      const bytes = await readFile(path)
      progress.bytes += bytes.byteLength
      yield { id: idFromFileName(path), html: decodeHtml(bytes), url: pathToFileURL(resolve(path)).href }
      continue
    }
    const format = path === '-' ? (options.stdinFormat ?? 'txt') : corpusFormatOf(path)
    if (format === 'txt') {
      const content = path === '-' ? await readStream(process.stdin) : await readFile(path)
      progress.bytes += content.byteLength
      const read = readCorpusBytes(name, content, 'txt')
      read.errors.forEach(options.report)
      for (const article of read.articles) {
        // Standard input has no file name to give an id: the core's content id stands in.
        if (path === '-') delete article.id
        yield article
      }
      continue
    }
    let lineNumber = 0
    const before = progress.bytes
    for await (const line of byteLines(path === '-' ? process.stdin : createReadStream(path))) {
      lineNumber++
      progress.bytes = before + line.next
      const read = readCorpusLineBytes(name, line.bytes, lineNumber, line.offset)
      if (read === null) continue
      if ('error' in read) options.report(read.error)
      else yield read.article
    }
  }
}

/**
 * The lines of a stream as bytes, without their `\n`, each with its offset in the stream and the offset of the
 * next line: decoding is left to the core, so that bytes that are not UTF-8 are reported rather than replaced.
 */
async function* byteLines(
  stream: AsyncIterable<Buffer>,
): AsyncGenerator<{ bytes: Buffer; offset: number; next: number }> {
  // The start of the current line, kept as the chunks it came in so that a long line is joined once.
  let pending: Buffer[] = []
  let offset = 0
  for await (const chunk of stream) {
    let from = 0
    for (let newline = chunk.indexOf(0x0a); newline >= 0; newline = chunk.indexOf(0x0a, from)) {
      const bytes = Buffer.concat([...pending, chunk.subarray(from, newline)])
      pending = []
      yield { bytes, offset, next: offset + bytes.length + 1 }
      offset += bytes.length + 1
      from = newline + 1
    }
    if (from < chunk.length) pending.push(chunk.subarray(from))
  }
  const bytes = Buffer.concat(pending)
  if (bytes.length > 0) yield { bytes, offset, next: offset + bytes.length }
}

async function expand(
  path: string,
  report: (error: CorpusError) => void,
): Promise<{ path: string; size: number }[]> {
  if (path === '-') return [{ path, size: 0 }]
  try {
    const info = await stat(path)
    if (!info.isDirectory()) return [{ path, size: info.size }]
    const names = (await readdir(path)).filter((name) => CORPUS_FILE.test(name)).sort()
    return await Promise.all(
      names.map(async (name) => ({ path: join(path, name), size: (await stat(join(path, name))).size })),
    )
  } catch (error) {
    report({
      file: path,
      message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error),
    })
    return []
  }
}
