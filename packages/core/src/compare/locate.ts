import type { Article } from '../model/article.ts'
import { normalize, normalizeWithOffsets } from '../normalize/normalize.ts'
import { stem } from '../normalize/stem.ts'
import { tokenize } from '../normalize/tokenize.ts'

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

/** Words looked at on each side of a name for the title that introduces it. */
const ROLE_WINDOW = 8

/**
 * Finds a role written in another form than the extraction's canonical one (مبعوثه الخاص for المبعوث الخاص): the
 * run of words just before the name at `mention` (or, for an apposition, just after it) whose light stems are the
 * role's, covering at least half of the role's words.
 */
export function locateRole(article: Article, role: string, mention: Span): Span | null {
  const exact = locate(article, role, mention.start)
  if (exact !== null && Math.abs(exact.end - mention.start) <= 2 * role.length + 20) return exact
  const wanted = new Set(tokenize(role).map((token) => stem(token.text)))
  if (wanted.size === 0) return null
  const tokens = tokenize(article.text)
  const at = tokens.findIndex((token) => token.start >= mention.start)
  if (at < 0) return null
  const run = (from: number, step: 1 | -1): Span | null => {
    let first: number | null = null
    let last: number | null = null
    const found = new Set<string>()
    for (let k = from, seen = 0; k >= 0 && k < tokens.length && seen < ROLE_WINDOW; k += step, seen++) {
      const word = stem(tokens[k]!.text)
      if (!wanted.has(word)) {
        if (first !== null) break
        continue
      }
      found.add(word)
      first = first === null ? k : first
      last = k
    }
    if (first === null || last === null || 2 * found.size < wanted.size) return null
    const [low, high] = first < last ? [first, last] : [last, first]
    return { start: tokens[low]!.start, end: tokens[high]!.end }
  }
  const end = tokens.findIndex((token) => token.start >= mention.end)
  return run(at - 1, -1) ?? (end < 0 ? null : run(end, 1)) ?? exact
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
