/**
 * `zod` as the Worker bundles it (wrangler.toml's `alias`): zod's own modules, classes and English messages, with
 * `locales` and `core.locales` holding English alone. `@hono/zod-openapi` hands the whole `z` namespace to
 * `extendZodWithOpenApi`, which keeps every export of it in the bundle, and zod's `locales` namespace brings its
 * fifty-odd languages (37 KB gzipped) that the API never selects. Laid out as zod's `index.js`: `z` is the namespace
 * of ./classic.ts, its `external.js`.
 */
import * as z from './classic.ts'

export * from './classic.ts'
export { z, z as default }
