import { registerBodies, registerGivenNames, registerPeople, registerPlaces } from '@marsad/core'
import { arabBodies } from '@marsad/core/bodies'
import { arabicGivenNames } from '@marsad/core/names'
import { writtenPeople } from '@marsad/core/people'
import { arabPlaces, writtenPlaces } from '@marsad/core/places'

/**
 * The core's optional word lists from maintained sources and the outlets and bodies this team wrote: the
 * administrative divisions and towns of `@marsad/core/places`, the given names of `@marsad/core/names` and the
 * outlets and bodies of `@marsad/core/bodies`. Every runtime of the API registers them (the Node server and its
 * parsing threads at start, the Worker on its first event), so each finds the same places and persons. Registering
 * again changes nothing.
 */
export function registerWordLists(): void {
  registerPlaces(arabPlaces)
  registerGivenNames(arabicGivenNames)
  registerBodies(arabBodies)
}

/**
 * The lists this team wrote from its own knowledge (round 35): the places of `writtenPlaces` and the people of
 * `@marsad/core/people`. Every runtime registers them after `registerWordLists` (the Node server and its parsing
 * threads at start, the Worker on its first event).
 */
export function registerWrittenLists(): void {
  registerPlaces(writtenPlaces)
  registerPeople(writtenPeople)
}
