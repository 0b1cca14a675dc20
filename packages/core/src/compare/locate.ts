import type { Article } from '../model/article.ts'
import { normalize, normalizeWithOffsets } from '../normalize/normalize.ts'

export interface Span {
  start: number
  end: number
}

/**
 * Finds `needle` in the article's text: the occurrence nearest before `before` (a role is written just ahead of
 * the name it introduces), else the first; compared in normalised form when the exact spelling is not there.
 */
export function locate(article: Article, needle: string, before?: number): Span | null {
  const exact = nearest(article.text, needle, before)
  if (exact !== null) return { start: exact, end: exact + needle.length }
  const normal = normalizeWithOffsets(article.text)
  const wanted = normalize(needle)
  if (wanted.length === 0) return null
  const at = nearest(normal.text, wanted, before === undefined ? undefined : toNormal(normal.offsets, before))
  if (at === null) return null
  const start = normal.offsets.length === 0 ? at : normal.offsets[at]!
  const end = normal.offsets.length === 0 ? at + wanted.length : normal.offsets[at + wanted.length]!
  return { start, end }
}

function nearest(haystack: string, needle: string, before: number | undefined): number | null {
  if (needle.length === 0) return null
  if (before !== undefined) {
    const at = haystack.lastIndexOf(needle, before)
    if (at >= 0 && at + needle.length <= before + needle.length) return at
  }
  const first = haystack.indexOf(needle)
  return first >= 0 ? first : null
}

function toNormal(offsets: Uint32Array, source: number): number {
  if (offsets.length === 0) return source
  let low = 0
  let high = offsets.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsets[middle]! < source) low = middle + 1
    else high = middle
  }
  return low
}

/** Index of the article sentence holding offset `at`, if any. */
export function sentenceAt(article: Article, at: number): number | undefined {
  const index = article.sentences.findIndex((sentence) => at >= sentence.start && at < sentence.end)
  return index < 0 ? undefined : index
}
