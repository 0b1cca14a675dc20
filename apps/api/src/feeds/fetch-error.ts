/** A request the poller could not complete: network failure, timeout, too many redirects, a refused host. */
export class FetchError extends Error {
  /** Whether trying again later may succeed (a timeout, a 503), or not (a 404, a loop of redirects). */
  readonly transient: boolean

  constructor(message: string, transient: boolean) {
    super(message)
    this.name = 'FetchError'
    this.transient = transient
  }
}

/** The site's robots.txt keeps the poller from this URL. */
export class RobotsDisallowedError extends Error {
  constructor(url: string) {
    super(`robots.txt disallows ${url}`)
    this.name = 'RobotsDisallowedError'
  }
}
