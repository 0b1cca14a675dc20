import { type Article, isContentBlock, stripMarkup } from '@marsad/core'
import { excerpt } from './text.ts'

/** The outlet's name, else the host of its address; null when the corpus does not say. */
export function outletName(article: Pick<Article, 'source'>): string | null {
  const { name, url } = article.source ?? {}
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

/** How a page names an article's outlet: its name, or the article's id when the corpus gives no outlet. */
export function outletLabel(article: Pick<Article, 'source' | 'id'>): string {
  return outletName(article) ?? `مصدر غير مسمّى (${article.id})`
}

/**
 * The article's own title, else its first sentence cut to a headline's length, without markdown. Sentences cover
 * the article's content only, so page clutter is never a title.
 */
export function articleTitle(article: Pick<Article, 'title' | 'sentences' | 'text' | 'blocks'>): string {
  const own = stripMarkup(article.title ?? '')
  if (own) return own
  return excerpt(
    stripMarkup(article.sentences[0]?.text ?? (article.blocks.length === 0 ? article.text : '')),
    110,
  )
}

/** The article's content (headings and paragraphs, without markdown) as one text, for descriptions. */
export function contentText(article: Pick<Article, 'blocks'>): string {
  return article.blocks
    .filter((block) => isContentBlock(block.kind))
    .map((block) => stripMarkup(block.text))
    .join(' ')
}
