/** Latency quantiles of a list of times in ms. */
export function latencies(times: readonly number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1) ?? Number.NaN,
  }
}

/**
 * A reader of random stored articles at a fixed rate (open loop: each read is sent on time whether or not the
 * previous ones were answered, so that a stall of the server is seen by every read it holds up, not by one).
 * `readAtRate(done)` reads until `done()` and answers the latencies in ms; failed reads go to `errors`.
 */
export function openLoopReader(url: string, ids: readonly string[], perSecond: number) {
  const errors: string[] = []
  async function readAtRate(done: () => boolean): Promise<number[]> {
    const times: number[] = []
    const sent: Promise<void>[] = []
    let next = performance.now()
    while (!done()) {
      const id = ids[Math.floor(Math.random() * ids.length)]!
      const start = performance.now()
      sent.push(
        fetch(`${url}/v1/articles/${encodeURIComponent(id)}`)
          .then(async (res) => {
            await res.arrayBuffer()
            if (res.status !== 200) throw new Error(`${res.status}`)
            times.push(performance.now() - start)
          })
          .catch((error: Error) => {
            errors.push(`read ${id}: ${error.message}`)
          }),
      )
      next += 1000 / perSecond
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())))
    }
    await Promise.all(sent)
    return times
  }
  return { readAtRate, errors }
}

/** Sets the bench's exit code: 0 only when the floor was met and no read of the open-loop reader failed. */
export function settleVerdict(met: boolean, readErrors: readonly string[]): void {
  process.exitCode = met ? 0 : 1
  if (readErrors.length > 0) {
    console.log(`${readErrors.length} reads failed, the first: ${readErrors[0]}`)
    process.exitCode = 1
  }
}
