import { isContentBlock, stripMarkup } from '@marsad/core'
import { excerpt, flatText } from './text.ts'

type Sourced = { source?: { name?: string | undefined; url?: string | undefined } | string | null }

/** The outlet's name, else the host of its address; null when the article does not say. */
export function outletName(article: Sourced): string | null {
  const source = article.source
  if (typeof source === 'string') return source.trim() || null
  const { name, url } = source ?? {}
  if (name?.trim()) return name.trim()
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '')
    } catch {
      return null
    }
  }
  return null
}

/** How a page names an article's outlet. An id is never a name: an unnamed outlet is said to be unnamed. */
export function outletLabel(article: Sourced): string {
  return outletName(article) ?? 'مصدر غير مسمّى'
}

/**
 * The article's own title, else its first sentence (a summary's lead) cut to a headline's length, without
 * markdown. Sentences cover the article's content only, so page clutter is never a title.
 */
export function articleTitle(article: {
  title?: string | null | undefined
  sentences?: { text: string }[]
  text?: string
  lead?: string
  blocks?: unknown[]
}): string {
  const own = stripMarkup(article.title ?? '')
  if (own) return own
  const first =
    article.sentences?.[0]?.text ?? article.lead ?? (article.blocks?.length === 0 ? article.text : '')
  return excerpt(stripMarkup(first ?? ''), 110)
}

/**
 * The opening of the article's content (headings and paragraphs, without markdown) as one line of at most `max`
 * characters, for descriptions: `excerpt` of the whole content, made of only as many blocks as the cut needs.
 */
export function contentExcerpt(article: { blocks: { kind: string; text: string }[] }, max: number): string {
  const parts: string[] = []
  let length = 0
  for (const block of article.blocks) {
    if (!isContentBlock(block.kind as never)) continue
    const text = stripMarkup(block.text)
    parts.push(text)
    length += text.length + 1
    // Spaces only shrink when collapsed: once what is kept collapses to more than `max + 1` characters, the
    // rest changes neither the cut nor whether there is one.
    if (length > max + 1 && flatText(parts.join(' ')).length > max + 1) break
  }
  return excerpt(parts.join(' '), max)
}
