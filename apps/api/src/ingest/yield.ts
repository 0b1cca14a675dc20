/**
 * Lets the event loop answer what is waiting (reads, on Node, whose storage calls are synchronous) before a long
 * write goes on: `setImmediate` on Node. On Workers each request has its own CPU, so nothing is waited for.
 */
export function yieldToLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate
  return immediate ? new Promise((resolve) => immediate(resolve)) : Promise.resolve()
}
