import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type ArticleInput, ArticleInputSchema, type CorpusError, readCorpusBytes } from '@marsad/core'
import { z } from 'zod'

/** Files a corpus folder contributes: plain-text articles and JSON Lines of article objects. */
const CORPUS_FILE = /\.(txt|jsonl|ndjson)$/i

/**
 * A folder's metadata file: what its `.txt` files cannot say (outlet, title, date), by article id, so that the
 * texts themselves stay byte-identical to their originals.
 */
export const METADATA_FILE = 'seeds.json'

const MetadataSchema = z.object({
  articles: z.record(z.string(), ArticleInputSchema.pick({ title: true, source: true, publishedAt: true })),
})

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
    const { folder, files } = corpusFiles(path, corpus.errors)
    const metadata = folder ? readMetadata(join(path, METADATA_FILE), corpus.errors) : {}
    for (const file of files) {
      let bytes: Uint8Array
      try {
        bytes = readFileSync(file)
      } catch (error) {
        corpus.errors.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code})` })
        continue
      }
      const { articles, lines, errors } = readCorpusBytes(file, bytes)
      for (const [i, article] of articles.entries()) {
        const input = { ...(article.id && metadata[article.id]), ...article }
        corpus.records.push({ input, file, line: lines[i]! })
      }
      corpus.errors.push(...errors)
    }
  }
  return corpus
}

function readMetadata(file: string, errors: CorpusError[]): z.infer<typeof MetadataSchema>['articles'] {
  if (!existsSync(file)) return {}
  try {
    return MetadataSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).articles
  } catch (error) {
    errors.push({ file, message: error instanceof Error ? error.message : String(error) })
    return {}
  }
}

function corpusFiles(path: string, errors: CorpusError[]): { folder: boolean; files: string[] } {
  try {
    if (!statSync(path).isDirectory()) return { folder: false, files: [path] }
    const files = readdirSync(path)
      .filter((name) => CORPUS_FILE.test(name))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile())
    return { folder: true, files }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    errors.push({
      file: path,
      message: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code})`,
    })
    return { folder: false, files: [] }
  }
}
