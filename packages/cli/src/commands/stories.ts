import { storiesOf } from '@marsad/core'
import type { Run } from '../command.ts'
import { readAllArticles } from './read-all.ts'

/**
 * `marsad stories <dir|file.jsonl|...>`: `{ "stories": Story[] }` of all the articles read, clustered by the core's
 * `storiesOf` in its one corpus order, so the result is the API's and the site's for the same articles, however the
 * files are named or listed.
 */
export async function stories(paths: string[], run: Run): Promise<void> {
  const progress = run.progress('stories')
  const articles = await readAllArticles(paths, run, progress)
  progress.step(`grouping ${articles.length.toLocaleString('en')} articles into stories …`)
  const result = { stories: storiesOf(articles) }
  progress.done()
  await run.print(result)
}
