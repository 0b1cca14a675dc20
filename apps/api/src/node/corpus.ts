import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type ArticleInput, type CorpusError, readCorpusFile } from '@marsad/core'

/** Files a corpus folder contributes: plain-text articles and JSON Lines of article objects. */
const CORPUS_FILE = /\.(txt|jsonl|ndjson)$/i

export interface Corpus {
  articles: ArticleInput[]
  /** Records that could not be read; the rest are kept. */
  errors: CorpusError[]
}

/**
 * Reads article inputs from files and folders, as the core's `readCorpusFile` defines them: a `.txt` file is one
 * article whose id is its file name without the extension; a `.jsonl` file holds one `{ text, id?, title?,
 * source?, publishedAt? }` object per line. Folders are read one level deep, in name order.
 */
export function readCorpus(paths: readonly string[]): Corpus {
  const corpus: Corpus = { articles: [], errors: [] }
  for (const path of paths) {
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => CORPUS_FILE.test(name))
          .sort()
          .map((name) => join(path, name))
          .filter((file) => statSync(file).isFile())
      : [path]
    for (const file of files) {
      const { articles, errors } = readCorpusFile(file, readFileSync(file, 'utf8'))
      corpus.articles.push(...articles)
      corpus.errors.push(...errors)
    }
  }
  return corpus
}
