// The lists the API, the CLI and `eval` register before they parse (`registerWordLists`, `@marsad/core/lists`).
// Every script that parses pages to count, train or diagnose imports this module, so that it reads pages as the
// deployed parser does: until round 29 the training and census scripts parsed without them, so the learned layers
// were fitted on readings with no registered given name or place, and met them only at run time.
import { registerWordLists } from '../src/lists.ts'

registerWordLists()
