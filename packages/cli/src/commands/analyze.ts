import { ArticleInputError, parseArticle } from '@marsad/core'
import type { CommandResult } from '../command.ts'
import { readArticles } from '../read-articles.ts'

/** `marsad analyze <file|dir|->...`: one Article JSON per input (a single object for a single input). */
export async function analyze(
  paths: string[],
  options: { pretty: boolean; jsonl: boolean },
): Promise<CommandResult> {
  const { articles: inputs, errors } = await readArticles(paths, options.jsonl ? 'jsonl' : 'txt')
  const lines: string[] = []
  const articles = []
  for (const input of inputs) {
    try {
      articles.push(parseArticle(input))
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error
      errors.push({ file: input.id ?? 'input', message: error.message })
    }
  }
  const single =
    articles.length === 1 && inputs.length === 1 && !paths.some((p) => /\.(jsonl|ndjson)$/i.test(p))
  if (single) lines.push(JSON.stringify(articles[0], null, options.pretty ? 2 : undefined))
  else
    for (const article of articles) lines.push(JSON.stringify(article, null, options.pretty ? 2 : undefined))
  return { output: lines, errors }
}
