/** A half-open span `[start, end)` of an article's text with what it marks. */
export type Mark<T> = { start: number; end: number; value: T }

/** A run of text, linked to an entity when it is a mention. */
export type Run = { text: string; entity?: string }

/** A stretch `[start, end)` of a sentence: inside a quote (by its index in `article.quotes`) or not. */
export type Stretch = { start: number; end: number; quote?: number; runs: Run[] }

/** What a block shows: its sentences, and any text between them (kept so that nothing of the input is lost). */
export type Piece = { sentence: number; stretches: Stretch[] } | { gap: string }

type Span = { start: number; end: number }

/**
 * Clips marks to `[from, to)` and keeps them apart: sorted by start, a mark that overlaps an earlier kept one is
 * dropped (the earlier, or on a tie the longer, wins). The rendering nests quotes and mentions and cannot show
 * crossing spans.
 */
export function disjoint<T>(marks: readonly Mark<T>[], from: number, to: number): Mark<T>[] {
  // Filtered before clipped: a sentence sees the marks of the whole article, few of which reach into it.
  const clipped = marks
    .filter((mark) => Math.min(mark.end, to) > Math.max(mark.start, from))
    .map((mark) => ({ ...mark, start: Math.max(mark.start, from), end: Math.min(mark.end, to) }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Mark<T>[] = []
  for (const mark of clipped) {
    const last = kept.at(-1)
    if (!last || mark.start >= last.end) kept.push(mark)
  }
  return kept
}

function runs(text: string, from: number, to: number, mentions: readonly Mark<string>[]): Run[] {
  const out: Run[] = []
  let at = from
  for (const mention of disjoint(mentions, from, to)) {
    if (mention.start > at) out.push({ text: text.slice(at, mention.start) })
    out.push({ text: text.slice(mention.start, mention.end), entity: mention.value })
    at = mention.end
  }
  if (at < to) out.push({ text: text.slice(at, to) })
  return out
}

/** Splits `text[from, to)` into stretches inside and outside quotes, each with its entity mentions. */
export function stretches(
  text: string,
  span: Span,
  quotes: readonly Mark<number>[],
  mentions: readonly Mark<string>[],
): Stretch[] {
  const out: Stretch[] = []
  let at = span.start
  for (const quote of disjoint(quotes, span.start, span.end)) {
    if (quote.start > at)
      out.push({ start: at, end: quote.start, runs: runs(text, at, quote.start, mentions) })
    const inside = runs(text, quote.start, quote.end, mentions)
    out.push({ start: quote.start, end: quote.end, quote: quote.value, runs: inside })
    at = quote.end
  }
  if (at < span.end) out.push({ start: at, end: span.end, runs: runs(text, at, span.end, mentions) })
  return out
}

/**
 * Lays out one block of an article: its sentences in order, with quotes and mentions inside them, and the text
 * between sentences as gaps. Every character of `text[block.start, block.end)` appears exactly once.
 */
export function layoutBlock(
  text: string,
  block: Span,
  sentences: readonly (Span & { index: number })[],
  quotes: readonly Mark<number>[] = [],
  mentions: readonly Mark<string>[] = [],
): Piece[] {
  const pieces: Piece[] = []
  let at = block.start
  const inside = sentences
    .map((sentence) => ({
      ...sentence,
      start: Math.max(sentence.start, block.start),
      end: Math.min(sentence.end, block.end),
    }))
    .sort((a, b) => a.start - b.start)
  for (const sentence of inside) {
    const start = Math.max(sentence.start, at)
    if (sentence.end <= start) continue
    if (start > at) pieces.push({ gap: text.slice(at, start) })
    pieces.push({
      sentence: sentence.index,
      stretches: stretches(text, { start, end: sentence.end }, quotes, mentions),
    })
    at = sentence.end
  }
  if (at < block.end) pieces.push({ gap: text.slice(at, block.end) })
  return pieces
}
