import type { Article } from '@marsad/core'
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

/** The article's own title, else its first sentence cut to a headline's length. */
export function articleTitle(article: Pick<Article, 'title' | 'sentences' | 'text'>): string {
  if (article.title?.trim()) return article.title.trim()
  return excerpt(article.sentences[0]?.text ?? article.text, 110)
}
