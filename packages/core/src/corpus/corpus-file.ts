import { type ArticleInput, ArticleInputSchema } from '../model/article-input.ts'

/** A problem with one record of a corpus file; `line` is 1-based, absent for whole-file problems. */
export interface CorpusError {
  file: string
  line?: number
  message: string
}

export interface CorpusFile {
  articles: ArticleInput[]
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

/**
 * Reads the articles of one corpus file's content, in a runtime-agnostic way (the caller reads the bytes). A bad
 * record is reported with its line number and skipped; the good ones are all kept.
 */
export function readCorpusFile(
  fileName: string,
  content: string,
  format = corpusFormatOf(fileName),
): CorpusFile {
  if (format === 'txt') {
    if (content.trim() === '')
      return { articles: [], errors: [{ file: fileName, message: 'the file is empty' }] }
    return { articles: [{ id: idFromFileName(fileName), text: content }], errors: [] }
  }
  const articles: ArticleInput[] = []
  const errors: CorpusError[] = []
  content.split(/\r?\n/).forEach((line, index) => {
    const read = readCorpusLine(fileName, line, index + 1)
    if (read === null) return
    if ('error' in read) errors.push(read.error)
    else articles.push(read.article)
  })
  return { articles, errors }
}

/**
 * One line of a JSON-lines corpus file, for a caller that reads the file line by line: its article, its problem
 * (reported as `fileName:lineNumber`), or null for a blank line. `readCorpusFile` reads every line through it.
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
  if (parsed.data.text.trim() === '') return error('text: is empty or only white space')
  return { article: parsed.data }
}
