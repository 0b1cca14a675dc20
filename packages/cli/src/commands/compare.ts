import { compareCoverage } from '@marsad/core'
import type { CommandResult } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'

/**
 * `marsad compare <file> <file> ...`: the `Coverage` JSON of the articles read, in input order (the order in which
 * `shared` and `differences` list them). Needs at least two articles.
 */
export async function compare(
  paths: string[],
  options: { pretty: boolean; jsonl: boolean },
): Promise<CommandResult> {
  const { articles, errors } = await parseArticles(paths, {
    stdinFormat: options.jsonl ? 'jsonl' : 'txt',
    distinct: true,
  })
  if (articles.length < 2) {
    const read = articles.length === 0 ? 'none was read' : `only ${articles[0]!.id} was read`
    errors.push({ file: 'compare', message: `needs at least two articles to compare; ${read}` })
    return { output: [], errors }
  }
  return {
    output: [JSON.stringify(compareCoverage(articles), null, options.pretty ? 2 : undefined)],
    errors,
  }
}
