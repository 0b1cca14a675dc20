/**
 * Waits between tries of a request the API did not answer (connection refused while it starts, or reset):
 * doubling from 50 ms, about 6 s in all, so that a site started before its API answers once the API listens, and
 * a page whose API is down fails in bounded time.
 */
export const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1600, 3200]

/**
 * `request()` again after each delay while it throws (no answer at all); an answer, whatever its status, is
 * returned at once. After the last delay, throws `giveUp(lastError)`.
 */
export async function retrying<T>(
  request: () => Promise<T>,
  giveUp: (error: unknown) => Error,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request()
    } catch (error) {
      const delay = delays[attempt]
      if (delay === undefined) throw giveUp(error)
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}
