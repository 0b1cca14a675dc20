/**
 * Writes `client/openapi.d.ts`, the types openapi-typescript generates from `/openapi.json`, for clients that use
 * the document rather than Hono's `hc`. Run with `pnpm --filter @marsad/api client`; a test checks that the
 * committed file is what this writes.
 */
import { writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { createApp } from '../src/app.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'

export const CLIENT_TYPES = new URL('./openapi.d.ts', import.meta.url)

// openapi-typescript builds its output with the TypeScript 5 compiler API, which TypeScript 7 (native) has not:
// it gets TypeScript 5 (the `typescript5` alias), and the rest of the workspace keeps 7.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'typescript' && context.parentURL?.includes('/openapi-typescript/'))
      return nextResolve('typescript5', { ...context, parentURL: import.meta.url })
    return nextResolve(specifier, context)
  },
})

/** The OpenAPI document the API serves. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const driver = openSqlite(':memory:')
  try {
    const app = createApp({ repo: createSqlRepository(driver), stories: false })
    return (await (await app.request('/openapi.json')).json()) as Record<string, unknown>
  } finally {
    driver.db.close()
  }
}

/** The client types of the document, as openapi-typescript writes them. */
export async function clientTypes(document: Record<string, unknown>): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const nodes = await openapiTS(document as never, { alphabetize: true })
  return `// Generated from /openapi.json by client/generate.ts (openapi-typescript). Do not edit.\n\n${astToString(nodes)}`
}

if (import.meta.main) {
  writeFileSync(CLIENT_TYPES, await clientTypes(await openApiDocument()))
  console.log(`wrote ${CLIENT_TYPES.pathname}`)
}
