import { registerGivenNames, registerPeople, registerPlaces } from '@marsad/core'
import { arabicGivenNames } from '@marsad/core/names'
import { writtenPeople } from '@marsad/core/people'
import { arabPlaces } from '@marsad/core/places'

/**
 * The core's optional word lists: the administrative divisions and towns of `@marsad/core/places`, the given names
 * of `@marsad/core/names` and the people of `@marsad/core/people`. Every runtime of the API registers them (the Node server and its parsing threads at
 * start, the Worker on its first event), so each finds the same places and persons. Registering again changes nothing.
 */
export function registerWordLists(): void {
  registerPlaces(arabPlaces)
  registerGivenNames(arabicGivenNames)
  registerPeople(writtenPeople)
}
