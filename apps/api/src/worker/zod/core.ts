// `zod/v4/core` with English as its one locale, for the `core` of ./classic.ts.
import en from 'zod/v4/locales/en.js'

export * from 'zod/v4/core'
export const locales = { en }
