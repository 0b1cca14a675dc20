import type { Run } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'
import { readArticles } from '../read-articles.ts'

/**
 * `marsad analyze <file|dir|->...`: the Article JSON of each article, written as soon as it is parsed (one per line,
 * or indented with --pretty), so memory stays flat however many articles are read.
 */
export async function analyze(paths: string[], run: Run): Promise<void> {
  const progress = run.progress('analyze')
  const inputs = readArticles(paths, {
    stdinFormat: run.stdinFormat,
    report: run.report,
    progress: progress.read,
  })
  for await (const article of parseArticles(inputs, { report: run.report })) {
    await run.print(article)
    progress.article()
  }
  progress.done()
}
