import { registerGivenNames, registerPlaces } from '@marsad/core'
import { arabicGivenNames } from '@marsad/core/names'
import { arabPlaces } from '@marsad/core/places'

let registered = false

/**
 * The administrative divisions and towns of `@marsad/core/places` and the given names of `@marsad/core/names`, so
 * the Worker finds the same districts, towns and persons as the Node API. Registered on the isolate's first event
 * rather than at its top level: building their indexes takes 20–40 ms, which would count against the Worker's
 * start-up limit; an isolate that only serves reads pays it once.
 */
export function registerWordListsOnce(): void {
  if (registered) return
  registered = true
  registerPlaces(arabPlaces)
  registerGivenNames(arabicGivenNames)
}
