import type { CommandResult } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'

/** `marsad analyze <file|dir|->...`: the Article JSON of each article read, one per line unless `pretty`. */
export async function analyze(
  paths: string[],
  options: { pretty: boolean; jsonl: boolean },
): Promise<CommandResult> {
  const { articles, errors } = await parseArticles(paths, { stdinFormat: options.jsonl ? 'jsonl' : 'txt' })
  return {
    output: articles.map((article) => JSON.stringify(article, null, options.pretty ? 2 : undefined)),
    errors,
  }
}
