import type { Article } from '@marsad/core'

/** An entity as `parseArticle` extracts it (issue 4's `Article.entities`). */
export interface ArticleEntity {
  id: string
  kind: string
  name: string
  aliases?: string[]
  roles?: string[]
  mentions: { start: number; end: number; text: string }[]
}

/** A quote as `parseArticle` extracts it (issue 4's `Article.quotes`). */
export interface ArticleQuote {
  kind: string
  text: string
  start: number
  end: number
  sentence: number
  speaker: { name: string; entity?: string } | null
  verb?: string
}

/** The article's extracted entities; none when the model carries no extraction. */
export function entitiesOf(article: Article): ArticleEntity[] {
  const value = (article as { entities?: unknown }).entities
  return Array.isArray(value) ? (value as ArticleEntity[]) : []
}

export function quotesOf(article: Article): ArticleQuote[] {
  const value = (article as { quotes?: unknown }).quotes
  return Array.isArray(value) ? (value as ArticleQuote[]) : []
}
