import { type ArticleInput, ArticleInputSchema } from '../model/article-input.ts'
import { isBlankText } from '../normalize/arabic-letters.ts'
import { firstInvalidUtf8 } from './utf8.ts'

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
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

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
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const invalid = firstInvalidUtf8(bytes, start)
  if (invalid < 0) return readCorpusFile(fileName, utf8.decode(bytes.subarray(start)), format)
  const notUtf8 = (at: number) => `not valid UTF-8 at byte ${at}: corpus files must be UTF-8`
  if (format === 'txt')
    return { articles: [], lines: [], errors: [{ file: fileName, message: notUtf8(invalid) }] }
  // Bad lines become empty lines, so that the others keep their numbers.
  const lines: string[] = []
  const errors: CorpusError[] = []
  for (let from = start; from <= bytes.length; ) {
    const newline = bytes.indexOf(0x0a, from)
    const to = newline < 0 ? bytes.length : newline
    const bad = firstInvalidUtf8(bytes, from, to)
    if (bad < 0) lines.push(utf8.decode(bytes.subarray(from, to)))
    else {
      lines.push('')
      errors.push({ file: fileName, line: lines.length, message: notUtf8(bad) })
    }
    from = to + 1
  }
  const read = readCorpusFile(fileName, lines.join('\n'), format)
  return { ...read, errors: [...errors, ...read.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) }
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
  const articles: ArticleInput[] = []
  const lines: number[] = []
  const errors: CorpusError[] = []
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return
    const error = (message: string) => errors.push({ file: fileName, line: index + 1, message })
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      error(`not valid JSON (${(cause as Error).message})`)
      return
    }
    const parsed = ArticleInputSchema.safeParse(value)
    if (!parsed.success) {
      error(
        parsed.error.issues
          .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
          .join('; '),
      )
      return
    }
    if (isBlankText(parsed.data.text)) {
      error('text: is empty, or only white space and invisible characters')
      return
    }
    articles.push(parsed.data)
    lines.push(index + 1)
  })
  return { articles, lines, errors }
}
