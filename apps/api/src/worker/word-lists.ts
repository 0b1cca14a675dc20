import { registerWordLists } from '../word-lists.ts'

let registered = false

/**
 * `registerWordLists` on the isolate's first event rather than at its top level: building the lists' indexes takes
 * 20–40 ms, which would count against the Worker's start-up limit; an isolate that only serves reads pays it once.
 */
export function registerWordListsOnce(): void {
  if (registered) return
  registered = true
  registerWordLists()
}
