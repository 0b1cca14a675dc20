// zod's `v4/classic/external.js` with English as its one locale: a local export shadows the `export *` of the same
// name, so everything else is zod's own.
import en from 'zod/v4/locales/en.js'
import * as core from './core.ts'

export * from 'zod/v4'
export { core }
export const locales = { en }
// `zod/v4` also exports `z`, the namespace with every locale; external.js has no `z`.
export const z = undefined
