import { registerWordLists } from '@marsad/core/lists'

let registered = false

/**
 * `registerWordLists` (`@marsad/core/lists`) on the isolate's first event rather than at its top level, as the Node
 * server registers them at start, so that a Worker reads an article as the Node API does: building the lists'
 * indexes takes 50–100 ms, which would count against the Worker's start-up limit; an isolate that only serves reads
 * pays it once.
 */
export function registerWordListsOnce(): void {
  if (registered) return
  registered = true
  registerWordLists()
}
