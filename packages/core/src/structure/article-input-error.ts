/** Thrown by `parseArticle` for input it cannot turn into an article; `issues` lists every problem in words. */
export class ArticleInputError extends Error {
  override readonly name = 'ArticleInputError'
  readonly issues: readonly string[]

  constructor(issues: readonly string[]) {
    super(`Invalid article input: ${issues.join('; ')}`)
    this.issues = issues
  }
}
