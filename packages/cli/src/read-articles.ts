import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { buffer as readStream } from 'node:stream/consumers'
import { type ArticleInput, type CorpusError, type CorpusFormat, readCorpusBytes } from '@marsad/core'

export interface ReadArticles {
  articles: ArticleInput[]
  errors: CorpusError[]
}

const CORPUS_FILE = /\.(txt|jsonl|ndjson)$/i

/**
 * Reads article inputs from files, folders (their .txt/.jsonl/.ndjson files, sorted by name, not recursing) or `-`
 * for standard input (plain text unless `stdinFormat` says jsonl).
 */
export async function readArticles(
  paths: readonly string[],
  stdinFormat: CorpusFormat = 'txt',
): Promise<ReadArticles> {
  const result: ReadArticles = { articles: [], errors: [] }
  for (const path of paths) {
    for (const file of await expand(path, result.errors)) {
      const content = file === '-' ? await readStream(process.stdin) : await readFile(file)
      const read = readCorpusBytes(
        file === '-' ? 'stdin' : file,
        content,
        file === '-' ? stdinFormat : undefined,
      )
      if (file === '-' && stdinFormat === 'txt') for (const article of read.articles) delete article.id
      result.articles.push(...read.articles)
      result.errors.push(...read.errors)
    }
  }
  return result
}

async function expand(path: string, errors: CorpusError[]): Promise<string[]> {
  if (path === '-') return ['-']
  try {
    const info = await stat(path)
    if (!info.isDirectory()) return [path]
    const names = (await readdir(path)).filter((name) => CORPUS_FILE.test(name)).sort()
    return names.map((name) => join(path, name))
  } catch (error) {
    errors.push({
      file: path,
      message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error),
    })
    return []
  }
}
