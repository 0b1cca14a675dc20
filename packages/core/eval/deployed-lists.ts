// The lists the Node API, the CLI and `eval` register before they parse (`@marsad/core/places`,
// `@marsad/core/names`, `@marsad/core/bodies`, `@marsad/core/people`). Every script that parses pages to count, train or diagnose imports this module, so that it
// reads pages as the deployed parser does: until round 29 the training and census scripts parsed without them, so
// the learned layers were fitted on readings with no registered given name or place, and met them only at run time.
import { arabBodies } from '../src/bodies.ts'
import { registerBodies, registerGivenNames, registerPeople, registerPlaces } from '../src/index.ts'
import { arabicGivenNames } from '../src/names.ts'
import { writtenPeople } from '../src/people.ts'
import { arabPlaces, writtenPlaces } from '../src/places.ts'

// In the Node API's order (apps/api/src/word-lists.ts): a name two lists give keeps the first one's reading.
registerPlaces(arabPlaces)
registerGivenNames(arabicGivenNames)
registerBodies(arabBodies)
registerPlaces(writtenPlaces)
registerPeople(writtenPeople)
