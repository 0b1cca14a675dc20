// zod's `v4/classic/external.js` with English as its one locale: a local export shadows the `export *` of the same
// name, so everything else is zod's own.
import en from 'zod/v4/locales/en.js'
import * as core from './core.ts'

export * from 'zod/v4'
export { core }
export const locales = { en }
// `zod/v4` also exports `z`, the namespace with every locale; external.js has no `z`.
export const z = undefined
// Ahead-of-time parsers (`compile`, 8 KB gzipped) and schemas read from JSON Schema (`fromJSONSchema`, 4 KB), which
// the API never calls, kept only by the namespace `extendZodWithOpenApi` is handed.
export const compile = undefined
export const withParser = undefined
export const INVALID = undefined
export const ZodCompileAsyncError = undefined
export const ZodCompileUnsupportedError = undefined
export const fromJSONSchema = undefined
