import { type CommandOptions, type CommandResult, stdinFormat, toJson } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'

/** `marsad analyze <file|dir|->...`: the Article JSON of each article read, one per line unless `pretty`. */
export async function analyze(paths: string[], options: CommandOptions): Promise<CommandResult> {
  const { articles, errors } = await parseArticles(paths, { stdinFormat: stdinFormat(options) })
  return {
    output: articles.map((article) => toJson(article, options)),
    errors,
  }
}
