import type { EntityKind } from '../model/extraction.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { type Extraction, extractArticle } from './index.ts'
import { readWords, type Word } from './words.ts'

/** Structure and extraction of a text, as `parseArticle` will run them: the helper the tests share. */
export function extract(text: string, publishedAt?: string): Extraction & { text: string } {
  const article = parseArticle(text)
  return { text, ...extractArticle({ ...article, ...(publishedAt !== undefined && { publishedAt }) }) }
}

/** The names of a text's entities of one kind, in the order extraction gives them. */
export function entityNames(text: string, kind: EntityKind): string[] {
  return extract(text)
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name)
}

/** The names of the speakers of a text's quotes, in text order; null for a quote with none. */
export function speakerNames(text: string): (string | null)[] {
  return extract(text).quotes.map((q) => q.speaker?.name ?? null)
}

/** The words of a text read as one paragraph and one sentence, as the rules see them. */
export function wordsOf(text: string): Word[] {
  return readWords(
    text,
    [{ kind: 'paragraph', text, start: 0, end: text.length }],
    [{ text, start: 0, end: text.length, block: 0 }],
  )
}
