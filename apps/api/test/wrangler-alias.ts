import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'esbuild'
import { unstable_readConfig } from 'wrangler'

const CONFIG = fileURLToPath(new URL('../wrangler.toml', import.meta.url))

/**
 * wrangler.toml's `alias` table, each target resolved as wrangler resolves it (Node resolution from the app's
 * folder). Wrangler's bundler swaps an import only when its specifier is exactly a key: `zod`, not `zod/v4`.
 */
export function wranglerAliases(): Record<string, string> {
  const resolve = createRequire(CONFIG).resolve
  const table: Record<string, string> = unstable_readConfig({ config: CONFIG }).alias ?? {}
  return Object.fromEntries(Object.entries(table).map(([from, to]) => [from, resolve(to)]))
}

/** The table as an esbuild plugin, for building the Worker as `wrangler deploy` does. */
export function esbuildAliases(): Plugin {
  const aliases = wranglerAliases()
  return {
    name: 'wrangler-alias',
    setup: (build) =>
      build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
        Object.hasOwn(aliases, path) ? { path: aliases[path] } : undefined,
      ),
  }
}

/** The table as Vite aliases, for running the workerd tests on the same modules. */
export function viteAliases(): { find: RegExp; replacement: string }[] {
  return Object.entries(wranglerAliases()).map(([from, to]) => ({ find: exactly(from), replacement: to }))
}

function exactly(specifier: string): RegExp {
  return new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
}
