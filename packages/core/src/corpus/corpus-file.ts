import { type ArticleInput, ArticleInputSchema } from '../model/article-input.ts'
import { isBlankText } from '../normalize/arabic-letters.ts'
import { decodeUtf8, firstInvalidUtf8 } from './utf8.ts'

/** A problem with one record of a corpus file; `line` is 1-based, absent for whole-file problems. */
export interface CorpusError {
  file: string
  line?: number
  message: string
}

export interface CorpusFile {
  articles: ArticleInput[]
  /** The 1-based line each of `articles` was read from (1 for a `.txt` file). */
  lines: number[]
  errors: CorpusError[]
}

export type CorpusFormat = 'txt' | 'jsonl'

/** `.jsonl` and `.ndjson` files hold one article object per line; anything else is one article's plain text. */
export function corpusFormatOf(fileName: string): CorpusFormat {
  return /\.(jsonl|ndjson)$/i.test(fileName) ? 'jsonl' : 'txt'
}

/** The id a plain-text file gives its article: the file name without folders and extension. */
export function idFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

const BOM = '\ufeff'
const notUtf8 = (at: number) => `not valid UTF-8 at byte ${at}: corpus files must be UTF-8`
const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf

/**
 * Reads the articles of a corpus file's bytes: UTF-8, with or without a byte-order mark. Bytes that are not UTF-8
 * are an error naming their offset in the file: the whole file for a `.txt`, the line for JSON Lines, whose other
 * lines are still read.
 */
export function readCorpusBytes(
  fileName: string,
  bytes: Uint8Array,
  format = corpusFormatOf(fileName),
): CorpusFile {
  if (format === 'txt') {
    const start = hasBom(bytes) ? 3 : 0
    const invalid = firstInvalidUtf8(bytes, start)
    if (invalid >= 0)
      return { articles: [], lines: [], errors: [{ file: fileName, message: notUtf8(invalid) }] }
    return readCorpusFile(fileName, decodeUtf8(bytes.subarray(start)), format)
  }
  const file: CorpusFile = { articles: [], lines: [], errors: [] }
  let lineNumber = 0
  for (let from = 0; from <= bytes.length; ) {
    const newline = bytes.indexOf(0x0a, from)
    const to = newline < 0 ? bytes.length : newline
    lineNumber++
    const read = readCorpusLineBytes(fileName, bytes.subarray(from, to), lineNumber, from)
    if (read !== null) addRead(file, read, lineNumber)
    from = to + 1
  }
  return file
}

/**
 * Reads the articles of one corpus file's content, in a runtime-agnostic way (the caller reads the file). A bad
 * record is reported with its line number and skipped; the good ones are all kept. A leading byte-order mark is
 * not part of the content.
 */
export function readCorpusFile(
  fileName: string,
  content: string,
  format = corpusFormatOf(fileName),
): CorpusFile {
  if (content.startsWith(BOM)) content = content.slice(1)
  if (format === 'txt') {
    if (isBlankText(content))
      return { articles: [], lines: [], errors: [{ file: fileName, message: 'the file is empty' }] }
    return { articles: [{ id: idFromFileName(fileName), text: content }], lines: [1], errors: [] }
  }
  const file: CorpusFile = { articles: [], lines: [], errors: [] }
  content.split(/\r?\n/).forEach((line, index) => {
    const read = readCorpusLine(fileName, line, index + 1)
    if (read !== null) addRead(file, read, index + 1)
  })
  return file
}

/**
 * One line of a JSON-lines corpus file, for a caller that reads the file line by line: its article, its problem
 * (reported as `fileName:lineNumber`), or null for a blank line. `readCorpusFile` and `readCorpusBytes` read every
 * line through it.
 */
export function readCorpusLine(
  fileName: string,
  line: string,
  lineNumber: number,
): { article: ArticleInput } | { error: CorpusError } | null {
  if (line.trim() === '') return null
  const error = (message: string) => ({ error: { file: fileName, line: lineNumber, message } })
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (cause) {
    return error(`not valid JSON (${(cause as Error).message})`)
  }
  const parsed = ArticleInputSchema.safeParse(value)
  if (!parsed.success) {
    return error(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; '),
    )
  }
  if (isBlankText(parsed.data.text))
    return error('text: is empty, or only white space and invisible characters')
  return { article: parsed.data }
}

/**
 * One line of a JSON-lines corpus file as bytes, for a caller that streams the file: `offset` is where the line
 * starts in the file, so that bytes that are not UTF-8 are named by their offset in the file. A byte-order mark
 * at offset 0 is not part of the line.
 */
export function readCorpusLineBytes(
  fileName: string,
  bytes: Uint8Array,
  lineNumber: number,
  offset: number,
): ReturnType<typeof readCorpusLine> {
  const start = offset === 0 && hasBom(bytes) ? 3 : 0
  const invalid = firstInvalidUtf8(bytes, start)
  if (invalid >= 0) return { error: { file: fileName, line: lineNumber, message: notUtf8(offset + invalid) } }
  return readCorpusLine(fileName, decodeUtf8(bytes.subarray(start)), lineNumber)
}

function addRead(file: CorpusFile, read: NonNullable<ReturnType<typeof readCorpusLine>>, line: number): void {
  if ('error' in read) file.errors.push(read.error)
  else {
    file.articles.push(read.article)
    file.lines.push(line)
  }
}
