import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import {
  ClutterGoldSchema,
  DifferencesGoldSchema,
  ExtractionGoldSchema,
  StoriesGoldSchema,
} from './gold-schema.ts'

/** The git-ignored folder of real third-party texts, `<id>.txt` each (the core README's annotation guideline); MARSAD_EVAL_CACHE moves it. */
export const CACHE_DIR = process.env.MARSAD_EVAL_CACHE ?? fileURLToPath(new URL('./cache/', import.meta.url))
export const GOLD_DIR = fileURLToPath(new URL('./gold/', import.meta.url))

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

export function cachePath(id: string): string {
  return `${CACHE_DIR.replace(/\/?$/, '/')}${id}.txt`
}

/** The cached text of `id`, or null when the cache lacks it. */
export function readCached(id: string): string | null {
  const path = cachePath(id)
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}

/** Each gold page or article with its cached text; those the cache lacks are left out. */
export function withCachedText<T extends { id: string }>(pages: readonly T[]): { gold: T; text: string }[] {
  return pages.flatMap((gold) => {
    const text = readCached(gold.id)
    return text === null ? [] : [{ gold, text }]
  })
}

const SCHEMAS = {
  real: ExtractionGoldSchema,
  stories: StoriesGoldSchema,
  clutter: ClutterGoldSchema,
  differences: DifferencesGoldSchema,
} as const
type Family = keyof typeof SCHEMAS

/**
 * Every committed gold file of a family (`real-1.json`, `real-2.json` … for `real`), parsed and validated; with
 * `only`, just the files of those names, so that training on development data never opens a held-out file.
 */
export function loadGold<F extends Family>(
  family: F,
  only?: readonly string[],
): z.infer<(typeof SCHEMAS)[F]>[] {
  if (!existsSync(GOLD_DIR)) return []
  return readdirSync(GOLD_DIR)
    .filter((name) => name.startsWith(`${family}-`) && name.endsWith('.json'))
    .filter((name) => only === undefined || only.includes(name.slice(0, -'.json'.length)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => SCHEMAS[family].parse(JSON.parse(readFileSync(GOLD_DIR + name, 'utf8'))) as never)
}

export interface CacheCheck {
  present: number
  missing: string[]
  changed: string[]
}

/** Compares the cache with the gold's hashes: which texts are there, missing, or not the ones annotated. */
export function checkCache(pages: readonly { id: string; sha256: string }[]): CacheCheck {
  const result: CacheCheck = { present: 0, missing: [], changed: [] }
  for (const page of pages) {
    const text = readCached(page.id)
    if (text === null) result.missing.push(page.id)
    else if (sha256(text) !== page.sha256) result.changed.push(page.id)
    else result.present++
  }
  return result
}
