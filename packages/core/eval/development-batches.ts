import { readStructure } from '../src/structure/parse-article.ts'
import { loadGold, readCached } from './cache.ts'
import type { ExtractionGoldArticle } from './gold-schema.ts'

/** The development extraction batches: every other `real-N` is held out and never read by training or its tables. */
export const DEVELOPMENT_EXTRACTION = [
  'real-1',
  'real-2',
  'real-3',
  'real-4',
  'real-5',
  'real-6',
  'real-7',
  'real-8',
  'real-9',
  'real-10',
  'real-11',
  'real-12',
  'real-13',
  'real-14',
  'real-15',
  'real-16',
  'real-17',
  'real-18',
  'real-19',
  'real-20',
  'real-21',
  'real-22',
  'real-23',
  'real-24',
  'real-25',
  'real-26',
  'real-27',
  'real-28',
  'real-29',
  'real-30',
  'real-31',
  'real-32',
  'real-33',
  'real-34',
  'real-35',
  'real-36',
  'real-37',
  'real-38',
  'real-39',
  'real-40',
  'real-41',
  'real-42',
  'real-43',
  'real-44',
  'real-45',
  'real-46',
  'real-47',
  'real-48',
  'real-49',
  'real-50',
  'real-51',
  'real-52',
  'real-53',
  'real-54',
  'real-55',
] as const

/** The development story corpora: every other `stories-N` is held out and never read by training, an eval or a bench. */
export const DEVELOPMENT_STORIES = [
  'stories-1',
  'stories-2',
  'stories-3',
  'stories-4',
  'stories-5',
  'stories-6',
  'stories-7',
  'stories-8',
  'stories-9',
  'stories-10',
  'stories-11',
  'stories-12',
  'stories-13',
  'stories-14',
  'stories-15',
  'stories-16',
  'stories-17',
  'stories-18',
  'stories-19',
  'stories-20',
  'stories-21',
  'stories-22',
  'stories-23',
  'stories-24',
  'stories-25',
  'stories-26',
  'stories-27',
  'stories-28',
  'stories-29',
  'stories-30',
  'stories-31',
  'stories-32',
  'stories-33',
  'stories-34',
  'stories-35',
  'stories-36',
  'stories-37',
  'stories-38',
  'stories-39',
  'stories-40',
  'stories-41',
  'stories-42',
] as const

/** The development clutter corpora: every other `clutter-N` is held out and never opened by training. */
export const DEVELOPMENT_CLUTTER = [
  'clutter-1',
  'clutter-2',
  'clutter-3',
  'clutter-4',
  'clutter-5',
  'clutter-6',
  'clutter-7',
  'clutter-8',
  'clutter-9',
  'clutter-10',
  'clutter-11',
  'clutter-12',
  'clutter-13',
  'clutter-14',
  'clutter-15',
  'clutter-16',
  'clutter-17',
  'clutter-18',
  'clutter-19',
  'clutter-20',
  'clutter-21',
  'clutter-22',
  'clutter-23',
  'clutter-24',
  'clutter-25',
  'clutter-26',
  'clutter-27',
  'clutter-28',
  'clutter-29',
  'clutter-30',
  'clutter-31',
  'clutter-32',
  'clutter-33',
  'clutter-34',
] as const

/** The development differences sets: every other `differences-N` is held out and never read by training or its tables. */
export const DEVELOPMENT_DIFFERENCES = [
  'differences-1',
  'differences-2',
  'differences-3',
  'differences-4',
  'differences-5',
  'differences-6',
  'differences-7',
  'differences-8',
  'differences-9',
  'differences-10',
  'differences-11',
  'differences-12',
  'differences-13',
  'differences-14',
  'differences-15',
  'differences-16',
  'differences-17',
  'differences-18',
  'differences-19',
  'differences-20',
  'differences-21',
  'differences-22',
  'differences-23',
  'differences-24',
  'differences-25',
  'differences-26',
  'differences-27',
  'differences-28',
  'differences-29',
  'differences-30',
  'differences-31',
  'differences-32',
  'differences-33',
  'differences-34',
  'differences-35',
  'differences-36',
  'differences-37',
  'differences-38',
  'differences-39',
  'differences-40',
  'differences-41',
  'differences-42',
] as const

export interface DevelopmentItem {
  gold: ExtractionGoldArticle
  text: string
}

/**
 * The cached articles of each development extraction batch named, in that order: only those gold files are opened
 * (held-out batches are never read), and an article whose text the cache lacks is left out. When a batch has none,
 * says that `what` is skipped and ends the process; with `partial`, such batches are left out (named on stderr) and
 * the process ends only when no batch has a text.
 */
export function developmentBatches(
  names: readonly (typeof DEVELOPMENT_EXTRACTION)[number][],
  what: string,
  partial = false,
): { name: string; items: DevelopmentItem[] }[] {
  const gold = loadGold('real', names)
  const batches = names.map((name) => {
    const batch = gold.find((b) => b.batch === name)
    if (batch === undefined) throw new Error(`No extraction batch named ${name}`)
    const items = batch.articles.flatMap((article) => {
      const text = readCached(article.id)
      return text === null ? [] : [{ gold: article, text }]
    })
    return { name, items }
  })
  const empty = batches.filter((batch) => batch.items.length === 0)
  if (partial && empty.length < batches.length) {
    if (empty.length > 0)
      console.error(`${what}: no cached text for ${empty.map((batch) => batch.name).join(', ')}, left out`)
    return batches.filter((batch) => batch.items.length > 0)
  }
  if (empty.length > 0) {
    console.log(`${what} skipped: the development extraction texts are not in the cache`)
    process.exit(0)
  }
  return batches
}

/** What `extractWith` reads of a gold article: its text, the structure pass's blocks and sentences, its date. */
export function extractionInput({ gold, text }: DevelopmentItem) {
  const { blocks, sentences } = readStructure(text)
  return { text, blocks, sentences, ...(gold.publishedAt !== null && { publishedAt: gold.publishedAt }) }
}
