import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

/** The repository's seed articles: two outlets' reports of one event, kept byte-identical to the originals. */
export const seedsDir = join(import.meta.dirname, '../../../seeds')

export function readSeed(id: string): string {
  return readFileSync(join(seedsDir, `${id}.txt`), 'utf8')
}

export function seedIds(): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => basename(name, '.txt'))
    .sort()
}

export const SEED_A = '000_c46bd0adb6ed7856'
export const SEED_B = '003_52349cd9e965743e'
