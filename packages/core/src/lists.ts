import { arabBodies } from './bodies.ts'
import { registerPlaces } from './extract/administrative-places.ts'
import { registerBodies } from './extract/registered-bodies.ts'
import { registerPeople } from './extract/registered-people.ts'
import { registerVerbs } from './extract/registered-verbs.ts'
import { registerGivenNames } from './extract/source-given-names.ts'
import { arabicGivenNames, writtenGivenNames } from './names.ts'
import { writtenPeople } from './people.ts'
import { arabPlaces, writtenPlaces } from './places.ts'
import { writtenVerbs } from './verbs.ts'

/** Which of the lists `registerWordLists` registers: each is registered unless set to `false`. */
export interface WordListChoice {
  /** The administrative places of `@marsad/core/places` (both its lists; `false` leaves out `writtenPlaces` too). */
  places?: boolean
  /** Only the team's own places, `writtenPlaces`. */
  writtenPlaces?: boolean
  /** The given names of `@marsad/core/names` (both its lists; `false` leaves out `writtenGivenNames` too). */
  names?: boolean
  /** Only the team's own list of foreign given names, `writtenGivenNames`. */
  writtenNames?: boolean
  /** The outlets and bodies of `@marsad/core/bodies`. */
  bodies?: boolean
  /** The people of `@marsad/core/people`. */
  people?: boolean
  /** The team's verbs of `@marsad/core/verbs`, `writtenVerbs`. */
  writtenVerbs?: boolean
}

/**
 * Registers every optional word list, in the one order the API (its Node server, parsing threads and Worker), the
 * CLI and the evaluation all use: a name two lists give keeps the first one's reading, so another order would read
 * some articles otherwise. Registering again changes nothing.
 */
export function registerWordLists(choice: WordListChoice = {}): void {
  if (choice.places !== false) registerPlaces(arabPlaces)
  if (choice.names !== false) registerGivenNames(arabicGivenNames)
  if (choice.names !== false && choice.writtenNames !== false) registerGivenNames(writtenGivenNames)
  if (choice.bodies !== false) registerBodies(arabBodies)
  if (choice.places !== false && choice.writtenPlaces !== false) registerPlaces(writtenPlaces)
  if (choice.people !== false) registerPeople(writtenPeople)
  if (choice.writtenVerbs !== false) registerVerbs(writtenVerbs)
}
