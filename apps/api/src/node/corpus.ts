import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type ArticleInput, ArticleInputSchema, type CorpusError, readCorpusFile } from '@marsad/core'
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
    const folder = statSync(path).isDirectory()
    const metadata = folder ? readMetadata(join(path, METADATA_FILE), corpus.errors) : {}
    const files = folder
      ? readdirSync(path)
          .filter((name) => CORPUS_FILE.test(name))
          .sort()
          .map((name) => join(path, name))
          .filter((file) => statSync(file).isFile())
      : [path]
    for (const file of files) {
      const { articles, errors } = readCorpusFile(file, readFileSync(file, 'utf8'))
      corpus.articles.push(
        ...articles.map((article) => ({ ...(article.id && metadata[article.id]), ...article })),
      )
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
