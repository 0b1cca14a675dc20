import { registerPlaces } from '@marsad/core'
import { arabPlaces } from '@marsad/core/places'

let registered = false

/**
 * The administrative divisions of `@marsad/core/places`, so the Worker finds the same districts and communes as the
 * Node API. Registered on the isolate's first event rather than at its top level: building their index takes
 * 15–35 ms, which would count against the Worker's start-up limit; an isolate that only serves reads pays it once.
 */
export function registerPlacesOnce(): void {
  if (registered) return
  registered = true
  registerPlaces(arabPlaces)
}
