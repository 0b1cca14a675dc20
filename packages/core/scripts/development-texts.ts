import { loadGold, readCached } from '../eval/cache.ts'
import { DEVELOPMENT_CLUTTER, DEVELOPMENT_STORIES } from '../eval/development-batches.ts'

/** An Arabic word, marks and tatweel included. */
export const ARABIC_WORD = /[\u0621-\u064A\u0640\u064B-\u0652\u0670]+/g

/**
 * The development story and clutter texts of the evaluation cache (never an extraction batch, never a held-out
 * one), which the data scripts count words in; empty without the cache.
 */
export function developmentTexts(): string[] {
  const ids = [
    ...loadGold('stories', [...DEVELOPMENT_STORIES]).flatMap((corpus) => corpus.articles.map((a) => a.id)),
    ...loadGold('clutter', [...DEVELOPMENT_CLUTTER]).flatMap((corpus) => corpus.pages.map((p) => p.id)),
  ]
  return ids.flatMap((id) => readCached(id) ?? [])
}
