import { DAY, inferArticleDate, precision } from '../extract/article-date.ts'
import type { Article, ArticleDate } from '../model/article.ts'
import type { DateMention, Entity, Quote } from '../model/extraction.ts'

// The extraction stage (quotes, entities, dates) adds optional fields to `Article`. Clustering and comparison read them
// through this narrow structural view, so they use them when present and work from sentences alone when absent.

// The views are the model's own types (`z.infer` of its schemas), narrowed to what clustering and comparison read:
// a field the model adds later cannot drift from a second declaration here.
export type EntityView = Pick<Entity, 'id' | 'name'> & Partial<Pick<Entity, 'kind' | 'roles' | 'mentions'>>
export type QuoteView = Pick<Quote, 'text' | 'start' | 'end' | 'sentence' | 'speaker'> &
  Partial<Pick<Quote, 'kind'>>
export type DateView = Pick<DateMention, 'text' | 'start' | 'end'> &
  Partial<Pick<DateMention, 'value' | 'kind' | 'target'>>

export interface ExtractionView {
  entities: EntityView[]
  quotes: QuoteView[]
  dates: DateView[]
}

const EMPTY: ExtractionView = { entities: [], quotes: [], dates: [] }

/** The extraction fields of an article, or empty lists when the article was parsed without extraction. */
export function extractionOf(article: Article): ExtractionView {
  const fields = article as Article & Partial<Record<keyof ExtractionView, unknown>>
  if (fields.entities === undefined && fields.quotes === undefined && fields.dates === undefined) return EMPTY
  return {
    entities: Array.isArray(fields.entities) ? (fields.entities as EntityView[]) : [],
    quotes: Array.isArray(fields.quotes) ? (fields.quotes as QuoteView[]) : [],
    dates: Array.isArray(fields.dates) ? (fields.dates as DateView[]) : [],
  }
}

/** Milliseconds since the epoch of an ISO date or date-time, or null. */
export function parseTime(value: string | undefined): number | null {
  if (value === undefined) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/**
 * The date an undated article gives itself: `Article.date`, or for a model stored before that field existed, the same
 * inference over its date mentions. Undefined when the article has a publication date.
 */
export function inferredDate(article: Article, extraction: ExtractionView): ArticleDate | undefined {
  if (article.publishedAt !== undefined) return undefined
  return article.date ?? inferArticleDate(article, extraction.dates)
}

/**
 * When the article's event happened, as far as the article says: its publication time, else the day its text gives
 * itself (`inferredDate`) as its own, in a header line, a dateline or a full date at the top. A month or a year alone
 * is too coarse to place an article among stories a few days apart, and a day its lead names is as often a day the
 * news recalls (the agreement of a month before) as its own (round 17): such an article counts as undated.
 */
export function articleTime(article: Article, extraction: ExtractionView): number | null {
  const published = parseTime(article.publishedAt)
  if (published !== null) return published
  const date = inferredDate(article, extraction)
  if (date === undefined || date.basis === 'lead' || precision(date.value) !== DAY) return null
  return parseTime(date.value)
}
