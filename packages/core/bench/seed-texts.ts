import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const SEEDS_DIR = join(import.meta.dirname, '../../../seeds')

/** The repository's seed articles, in name order: the benches' texts where the evaluation cache is absent. */
export function seedTexts(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'))
}
