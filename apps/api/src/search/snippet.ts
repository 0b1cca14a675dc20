import {
  type Article,
  analyzeArticleInto,
  analyzeInto,
  isContentBlock,
  stripMarkup,
  type Term,
} from '@marsad/core'

/** A span of text with the ranges of it that matched the query. */
export interface Highlighted {
  text: string
  /** Offsets into `text`, sorted, not overlapping. */
  highlights: { start: number; end: number }[]
}

export const SNIPPET_LENGTH = 240

/** Ranges of the words of `text` whose analysed term is one of `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): Highlighted {
  const highlights: Highlighted['highlights'] = []
  analyzeInto(text, (term, start, end) => {
    if (terms.has(term)) highlights.push({ start, end })
  })
  return { text, highlights }
}

/** The terms of `text` that are among `terms`, with their offsets moved by `offset`; no object for the others. */
function hitsIn(text: string, terms: ReadonlySet<string>, offset = 0): Term[] {
  const hits: Term[] = []
  analyzeInto(text, (term, start, end) => {
    if (terms.has(term)) hits.push({ term, start: offset + start, end: offset + end })
  })
  return hits
}

/**
 * The passage of an article that best shows why it matched: the sentence with the most distinct query terms
 * (the earliest on a tie), cut to about `maxLength` characters around its first match, with the matched words
 * located in the original, unnormalised text. The lead sentence when only the title matched. Sentences cover the
 * article's content only, so page clutter (menus, "most read" lists, share bars) is never a snippet.
 */
export function snippet(
  article: Pick<Article, 'text' | 'sentences' | 'blocks'>,
  terms: ReadonlySet<string>,
  maxLength = SNIPPET_LENGTH,
): Highlighted {
  const { text, sentences } = article
  let best = { start: 0, end: Math.min(text.length, maxLength), hits: [] as Term[] }
  if (sentences.length === 0) {
    // No content sentence: an article of page clutter alone shows nothing of it.
    if (article.blocks.some((block) => !isContentBlock(block.kind))) return { text: '', highlights: [] }
    analyzeArticleInto(article, (term, start, end) => {
      if (terms.has(term)) best.hits.push({ term, start, end })
    })
  } else {
    best = { start: sentences[0]!.start, end: sentences[0]!.end, hits: [] }
    let score = 0
    // Sentence by sentence, stopping at the first that has every term: no later one can beat it, and analysing
    // the rest of a long article would cost more than the search itself.
    for (const sentence of sentences) {
      const hits = hitsIn(sentence.text, terms, sentence.start)
      const distinct = new Set(hits.map((t) => t.term)).size
      if (distinct <= score) continue
      score = distinct
      best = { start: sentence.start, end: sentence.end, hits }
      if (score === terms.size) break
    }
  }
  const focus = best.hits[0]?.start ?? best.start
  const [start, end] = window(text, best.start, best.end, focus, maxLength)
  const prefix = start > best.start ? '…' : ''
  const suffix = end < best.end ? '…' : ''
  const shown = text.slice(start, end)
  // Markdown a scraper kept (`**…**`) is not shown; its matches are found again in what is.
  const plain = stripMarkup(shown)
  if (plain !== shown.trim()) return highlight(`${prefix}${plain}${suffix}`, terms)
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: best.hits
      .filter((t) => t.start >= start && t.end <= end)
      .map((t) => ({ start: t.start - start + prefix.length, end: t.end - start + prefix.length })),
  }
}

/**
 * A window of at most `maxLength` inside [from, to) that shows `focus`, widened to whole words (by at most
 * `WORD_SLACK` characters each way, so a text without spaces cannot make it grow).
 */
function window(text: string, from: number, to: number, focus: number, maxLength: number): [number, number] {
  if (to - from <= maxLength) return [from, to]
  let start = Math.max(from, Math.min(focus - Math.floor(maxLength / 4), to - maxLength))
  let end = Math.min(to, start + maxLength)
  for (let n = 0; start > from && n < WORD_SLACK && !/\s/.test(text[start - 1]!); n++) start--
  for (let n = 0; end < to && n < WORD_SLACK && !/\s/.test(text[end]!); n++) end++
  if (isLowSurrogate(text.charCodeAt(start))) start++
  if (isLowSurrogate(text.charCodeAt(end))) end++
  return [start, end]
}

const WORD_SLACK = 40

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** `Highlighted` as HTML: the text escaped, matches wrapped in `<mark>`. */
export function toHtml(value: Highlighted): string {
  let html = ''
  let at = 0
  for (const { start, end } of value.highlights) {
    html += `${escapeHtml(value.text.slice(at, start))}<mark>${escapeHtml(value.text.slice(start, end))}</mark>`
    at = end
  }
  return html + escapeHtml(value.text.slice(at))
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
