// Embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). Marks (LRM, RLM, ALM) cannot
// reorder surrounding text and stay.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * Text for places that cannot isolate it (the document title, feed items): without its bidi controls an
 * article's text cannot reorder what follows it. Inside the page, article text is isolated with CSS instead
 * and keeps every character.
 */
export function plainText(text: string): string {
  return text.replace(bidiControls, '')
}

/** The first `max` characters of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.lastIndexOf(' ', max)
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`
}
