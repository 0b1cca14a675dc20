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

// What XML 1.0 forbids in a document (§2.2 Char): C0 controls but tab and line breaks, U+FFFE, U+FFFF, and
// surrogates that pair with nothing.
const xmlForbidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text for an XML document the site writes (the feed): `plainText` without the characters XML forbids, which a
 * single one of would make the whole feed unreadable. Escaping cannot help: XML has no escape for them.
 */
export function xmlText(text: string): string {
  return plainText(text).replace(xmlForbidden, '')
}

/** A text on one line: every run of white space one space, none at the ends. */
export const flatText = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The first `max` characters of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const flat = flatText(text)
  if (flat.length <= max) return flat
  const cut = flat.lastIndexOf(' ', max)
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`
}
