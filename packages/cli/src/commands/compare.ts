import { compareCoverage } from '@marsad/core'
import { type CommandOptions, type CommandResult, stdinFormat, toJson } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'

/**
 * `marsad compare <file> <file> ...`: the `Coverage` JSON of the articles read, in input order (the order in which
 * `shared` and `differences` list them). Needs at least two articles.
 */
export async function compare(paths: string[], options: CommandOptions): Promise<CommandResult> {
  const { articles, errors } = await parseArticles(paths, {
    stdinFormat: stdinFormat(options),
    distinct: true,
  })
  if (articles.length < 2) {
    const read = articles.length === 0 ? 'none was read' : `only ${articles[0]!.id} was read`
    errors.push({ file: 'compare', message: `needs at least two articles to compare; ${read}` })
    return { output: [], errors }
  }
  return {
    output: [toJson(compareCoverage(articles), options)],
    errors,
  }
}
