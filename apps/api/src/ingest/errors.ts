/** A problem with one item of an ingest batch. */
export interface ItemIssue {
  /** Position of the item in the batch. */
  index: number
  /** Dotted path inside the item, '' for the item as a whole. */
  path: string
  message: string
}

/** The core's issues with one item (`path: message`) as the batch's issues of item `index`. */
export function itemIssues(index: number, error: { issues: readonly string[] }): ItemIssue[] {
  return error.issues.map((issue) => {
    const colon = issue.indexOf(': ')
    if (colon <= 0) return { index, path: '', message: issue }
    const path = issue.slice(0, colon)
    return { index, path: path === 'input' ? '' : path, message: issue.slice(colon + 2) }
  })
}

/** Some items of a batch are not articles; nothing of the batch was stored. */
export class InvalidArticlesError extends Error {
  readonly issues: ItemIssue[]

  constructor(issues: ItemIssue[]) {
    super(`${issues.length} invalid article${issues.length === 1 ? '' : 's'} in the batch`)
    this.name = 'InvalidArticlesError'
    this.issues = issues
  }
}

/** Ids already stored with different content; nothing of the batch was stored. */
export class ArticleConflictError extends Error {
  readonly ids: string[]

  constructor(ids: string[]) {
    super(`Already stored with different content: ${ids.join(', ')}`)
    this.name = 'ArticleConflictError'
    this.ids = ids
  }
}

/** Other writers kept committing first; the write was not applied and can be retried. */
export class WriteContentionError extends Error {
  constructor(attempts: number) {
    super(`The corpus changed under the write ${attempts} times in a row`)
    this.name = 'WriteContentionError'
  }
}
