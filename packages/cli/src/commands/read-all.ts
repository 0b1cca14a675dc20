import type { Article } from '@marsad/core'
import type { Run } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'
import type { Progress } from '../progress.ts'
import { readArticles } from '../read-articles.ts'

/** Every article of the inputs, each id once, for the commands that need them all at once (stories, compare). */
export async function readAllArticles(paths: string[], run: Run, progress: Progress): Promise<Article[]> {
  const inputs = readArticles(paths, {
    stdinFormat: run.stdinFormat,
    report: run.report,
    progress: progress.read,
  })
  const articles: Article[] = []
  for await (const article of parseArticles(inputs, { report: run.report, distinct: true })) {
    articles.push(article)
    progress.article()
  }
  return articles
}
