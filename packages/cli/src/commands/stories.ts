import { storiesOf } from '@marsad/core'
import { type CommandOptions, type CommandResult, stdinFormat, toJson } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'

/**
 * `marsad stories <dir|file.jsonl|...>`: `{ "stories": Story[] }` of all the articles read, clustered by the core's
 * `storiesOf` in its one corpus order, so the result is the API's and the site's for the same articles, however the
 * files are named or listed.
 */
export async function stories(paths: string[], options: CommandOptions): Promise<CommandResult> {
  const { articles, errors } = await parseArticles(paths, {
    stdinFormat: stdinFormat(options),
    distinct: true,
  })
  return { output: [toJson({ stories: storiesOf(articles) }, options)], errors }
}
