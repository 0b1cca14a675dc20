/** A feed that could not be read: what went wrong, in words a source's record can show as they are. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FeedError'
  }
}
