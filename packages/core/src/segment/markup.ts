// Markdown that scrapers leave in news text: emphasis around titles (`**…**`), heading and quote prefixes, links
// and images. The model keeps it (its spans are the source); what readers are shown goes through `stripMarkup`.

const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g
const LINK = /\[([^\]\n]+)\]\([^)\n]*\)/g
const EMPHASIS = /\*{2,}|_{2,}|~{2,}/g
const PREFIX = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)+/gm
const SPACES = /[ \t]{2,}/g

/**
 * Text as a reader should see it: markdown emphasis markers (`**`, `__`, `~~`), heading and quote prefixes (`## `,
 * `> `) removed, links and images reduced to their text. For display only: offsets into the result do not index
 * `Article.text`.
 */
export function stripMarkup(text: string): string {
  if (!hasMarkup(text)) return text.trim()
  return withoutEmphasis(text.replace(IMAGE, '$1').replace(LINK, '$1'))
    .replace(PREFIX, '')
    .replace(SPACES, ' ')
    .trim()
}

/** The text without markdown emphasis markers (`**`, `__`, `~~`), its spacing untouched: for a piece of a line. */
export function withoutEmphasis(text: string): string {
  return hasMarkup(text) ? text.replace(EMPHASIS, '') : text
}

/** The text holds one of the marks markdown is made of (`*`, `_`, `~`, `[`, `#`, `>`). */
export function hasMarkup(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // * _ ~ [ # >
    if (code === 0x2a || code === 0x5f || code === 0x7e || code === 0x5b || code === 0x23 || code === 0x3e)
      return true
  }
  return false
}
