/**
 * Lets the event loop answer what is waiting (reads, on Node, whose storage calls are synchronous) before a long
 * write goes on: `setImmediate` on Node. On Workers each request has its own CPU, so nothing is waited for.
 */
export function yieldToLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate
  return immediate ? new Promise((resolve) => immediate(resolve)) : Promise.resolve()
}

/**
 * For a loop of many short steps: a function to await after each, which yields to the event loop once `ms` have
 * passed since it last did, so that the loop holds it at most about that long at once without paying a turn of the
 * event loop per step.
 */
export function yieldEvery(ms: number): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < ms) return
    await yieldToLoop()
    since = performance.now()
  }
}
