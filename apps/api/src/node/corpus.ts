import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type ArticleInput, type CorpusError, readCorpusBytes } from '@marsad/core'

/** Files a corpus folder contributes: plain-text articles and JSON Lines of article objects. */
const CORPUS_FILE = /\.(txt|jsonl|ndjson)$/i

/** One article input and where it was read: its file and 1-based line (1 for a `.txt`). */
export interface CorpusRecord {
  input: ArticleInput
  file: string
  line: number
}

export interface Corpus {
  records: CorpusRecord[]
  /** Paths, files and records that could not be read; the rest are kept. */
  errors: CorpusError[]
}

/**
 * Reads article inputs from files and folders, as the core's `readCorpusBytes` defines them: a `.txt` file is one
 * article whose id is its file name without the extension; a `.jsonl` file holds one `{ text, id?, title?,
 * source?, publishedAt? }` object per line. Folders are read one level deep, in name order. Nothing here throws:
 * a path that cannot be read is an error like a bad record.
 */
export function readCorpus(paths: readonly string[]): Corpus {
  const corpus: Corpus = { records: [], errors: [] }
  for (const path of paths) {
    for (const file of corpusFiles(path, corpus.errors)) {
      let bytes: Uint8Array
      try {
        bytes = readFileSync(file)
      } catch (error) {
        corpus.errors.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code})` })
        continue
      }
      const { articles, lines, errors } = readCorpusBytes(file, bytes)
      for (const [i, input] of articles.entries()) corpus.records.push({ input, file, line: lines[i]! })
      corpus.errors.push(...errors)
    }
  }
  return corpus
}

function corpusFiles(path: string, errors: CorpusError[]): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path]
    return readdirSync(path)
      .filter((name) => CORPUS_FILE.test(name))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile())
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    errors.push({
      file: path,
      message: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code})`,
    })
    return []
  }
}
