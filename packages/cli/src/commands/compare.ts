import { compareCoverage } from '@marsad/core'
import type { Run } from '../command.ts'
import { readAllArticles } from './read-all.ts'

/**
 * `marsad compare <file> <file> ...`: the `Coverage` JSON of the articles read, in input order (the order in which
 * `shared` and `differences` list them). Needs at least two articles.
 */
export async function compare(paths: string[], run: Run): Promise<void> {
  const progress = run.progress('compare')
  const articles = await readAllArticles(paths, run, progress)
  if (articles.length < 2) {
    progress.done()
    const read = articles.length === 0 ? 'none was read' : `only ${articles[0]!.id} was read`
    run.report({ file: 'compare', message: `needs at least two articles to compare; ${read}` })
    return
  }
  progress.step(`comparing ${articles.length} articles …`)
  const coverage = compareCoverage(articles)
  progress.done()
  await run.print(coverage)
}
