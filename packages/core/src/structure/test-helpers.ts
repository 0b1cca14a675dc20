import { parseArticle } from './parse-article.ts'

/** The kind of each block `parseArticle` gives a text, by the block's text: the helper the clutter tests share. */
export function kindsOf(text: string, source?: string): Map<string, string> {
  const article = parseArticle({ text, ...(source && { source: { name: source } }) })
  return new Map(article.blocks.map((block) => [block.text, block.kind]))
}
