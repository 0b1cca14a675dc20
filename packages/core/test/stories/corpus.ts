import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleInput } from '../../src/model/article-input.ts'

/** One hand-written article of the evaluation corpus, with the story it belongs to. */
export interface LabelledInput extends ArticleInput {
  id: string
  story: string
}

const CORPUS = join(import.meta.dirname, 'corpus')
const SEEDS = join(import.meta.dirname, '../../../../seeds')

/** The seeds report one event; they carry no metadata, so the call's date stands in for publication. */
const SEED_STORY = { story: 'putin-sharaa-call-2025-02', publishedAt: '2025-02-12T18:00:00Z' }
export const SEED_IDS = ['000_c46bd0adb6ed7856', '003_52349cd9e965743e'] as const

/**
 * Reads `corpus/<story>/<id>.txt`: `key: value` header lines (title, source, publishedAt), a blank line, the body.
 * The seeds join as one more story. Returned in publication order, ties by id.
 */
export function loadCorpus(): LabelledInput[] {
  const articles: LabelledInput[] = []
  for (const story of readdirSync(CORPUS).sort()) {
    for (const file of readdirSync(join(CORPUS, story)).sort()) {
      if (!file.endsWith('.txt')) continue
      articles.push({
        ...parseFile(readFileSync(join(CORPUS, story, file), 'utf8')),
        id: file.slice(0, -4),
        story,
      })
    }
  }
  for (const id of SEED_IDS) {
    articles.push({ id, text: readFileSync(join(SEEDS, `${id}.txt`), 'utf8'), ...SEED_STORY })
  }
  return articles.sort(
    (a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id),
  )
}

function parseFile(content: string): Omit<ArticleInput, 'id'> {
  const split = content.indexOf('\n\n')
  const header = content.slice(0, split)
  const fields = new Map<string, string>()
  for (const line of header.split('\n')) {
    const colon = line.indexOf(':')
    fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
  }
  const source = fields.get('source')
  return {
    text: content.slice(split + 2).trim(),
    ...(fields.has('title') ? { title: fields.get('title')! } : {}),
    ...(source ? { source: { name: source } } : {}),
    ...(fields.has('publishedAt') ? { publishedAt: fields.get('publishedAt')! } : {}),
  }
}
