// zod's `v4/classic/external.js` with English as its one locale: a local export shadows the `export *` of the same
// name, so everything else is zod's own.
import * as core from './core.ts'

export * from 'zod/v4'
// English alone and no ahead-of-time parsers: the same shadows as ./core.ts's, which classic re-exports by the
// same names.
export {
  compile,
  INVALID,
  locales,
  withParser,
  ZodCompileAsyncError,
  ZodCompileUnsupportedError,
} from './core.ts'
export { core }
// `zod/v4` also exports `z`, the namespace with every locale; external.js has no `z`.
export const z = undefined
// Schemas read from JSON Schema (`fromJSONSchema`, 4 KB gzipped), which the API never calls, kept only by the
// namespace `extendZodWithOpenApi` is handed.
export const fromJSONSchema = undefined
