// `zod/v4/core` with English as its one locale and without `compile` (see ./classic.ts), for the `core` of ./classic.ts.
import en from 'zod/v4/locales/en.js'

export * from 'zod/v4/core'
export const locales = { en }
// Ahead-of-time parsers (zod's `compile.js`, 8 KB gzipped), which the API never calls; ./classic.ts re-exports these.
export const compile = undefined
export const compileFn = undefined
export const withParser = undefined
export const INVALID = undefined
export const ZodCompileAsyncError = undefined
export const ZodCompileUnsupportedError = undefined
