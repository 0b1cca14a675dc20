import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CACHE_DIR } from '../eval/cache.ts'

// The development pages of the evaluation cache, by an allow-list: held-out batches are annotated into the same
// folder and must never be read by a bench.
const DEVELOPMENT_PAGE = /^(real-[1-9]|clutter-[1-7]|stories-[1-6])-\d+\.txt$/

/** The cached development pages' texts in name order; none where the cache is not on this machine. */
export function developmentPages(): string[] {
  if (!existsSync(CACHE_DIR)) return []
  return readdirSync(CACHE_DIR)
    .filter((name) => DEVELOPMENT_PAGE.test(name))
    .sort()
    .map((name) => readFileSync(join(CACHE_DIR, name), 'utf8'))
}
