import { registerBodies, registerGivenNames, registerPlaces } from '@marsad/core'
import { arabBodies } from '@marsad/core/bodies'
import { arabicGivenNames } from '@marsad/core/names'
import { arabPlaces } from '@marsad/core/places'

/**
 * The core's optional word lists: the administrative divisions and towns of `@marsad/core/places`, the given names
 * of `@marsad/core/names` and the outlets and bodies of `@marsad/core/bodies`. Every runtime of the API registers them (the Node server and its parsing threads at
 * start, the Worker on its first event), so each finds the same places and persons. Registering again changes nothing.
 */
export function registerWordLists(): void {
  registerPlaces(arabPlaces)
  registerGivenNames(arabicGivenNames)
  registerBodies(arabBodies)
}
