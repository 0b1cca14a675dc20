import {
  type Article,
  type ArticleInput,
  ArticleInputError,
  analyzeArticleInto,
  analyzeToString,
  normalize,
  parseArticle,
  resolveOutlet,
  stripMarkup,
} from '@marsad/core'
import { htmlArticleInput } from '@marsad/web'
import { FIELD_LIMITS, type IngestArticle } from '../schemas/article.ts'
import { passageOf } from '../search/passage.ts'
import type { ArticleWrite, EntityWrite } from '../storage/repository.ts'
import { dateKey } from './dates.ts'
import { entitiesOf, quotesOf } from './extraction.ts'
import { sha256Hex } from './hash.ts'

export interface PreparedArticle {
  article: Article
  write: ArticleWrite
}

const LEAD_LENGTH = 280

/** What the API ingests: the core's input (its text), or a news page's HTML with the URL it came from. */
export type IngestInput = ArticleInput | HtmlArticleInput

export interface HtmlArticleInput {
  html: string
  url: string
  id?: string | undefined
  title?: string | undefined
  source?: ArticleInput['source']
  publishedAt?: string | undefined
}

/** A checked `IngestArticle` as the ingest pipeline takes it: a page (`html`, `url`) or the core's text input. */
export function toIngestInput(item: IngestArticle): IngestInput {
  const { html, url, text, ...known } = item
  if (html !== undefined && url !== undefined) return { html, url, ...known }
  return { ...known, text: text ?? '' }
}

/**
 * Parses one input with the core (a page through `@marsad/web` first) and derives every stored form of it. Throws
 * the core's `ArticleInputError` for input that is not an article, a page without article text among them.
 */
export async function prepareArticle(input: IngestInput, ingestedAt: string): Promise<PreparedArticle> {
  const article = parseArticle(textInput(input))
  return { article, write: await articleWrite(article, ingestedAt) }
}

/**
 * The core's input for an ingest input: a page's body text (with its headings, title, date and outlet) read from
 * its HTML, with the id its article will have; a text input as it is. Throws `ArticleInputError`, naming `html`
 * for what was read from a page.
 */
export function textInput(input: IngestInput): ArticleInput {
  if (!('html' in input)) return input
  const { html, url, ...given } = input
  try {
    // A field given as undefined leaves the page's own (htmlArticleInput's defaults).
    const read = htmlArticleInput(html, url, given)
    if (read.text.length > FIELD_LIMITS.text) {
      throw new ArticleInputError([
        `text: is ${read.text.length} characters long, over the limit of ${FIELD_LIMITS.text}`,
      ])
    }
    return read
  } catch (error) {
    // The core names the text it was given; the client gave html, from which that text was read.
    if (error instanceof ArticleInputError) {
      throw new ArticleInputError(
        error.issues.map((issue) => issue.replace(/^text: /, 'html: the article text ')),
      )
    }
    throw error
  }
}

/** Every stored form of a parsed article. */
export async function articleWrite(article: Article, ingestedAt: string): Promise<ArticleWrite> {
  const title = article.title ?? null
  const outlet = article.source ? resolveOutlet(article.source) : null
  const source = outlet?.name ?? null
  return {
    id: article.id,
    hash: await contentHash(article),
    title,
    source,
    sourceKey: outlet?.key ?? null,
    publishedAt: article.publishedAt ?? null,
    publishedKey: dateKey(article.publishedAt),
    lead: leadOf(article),
    ingestedAt,
    json: JSON.stringify(article),
    passage: JSON.stringify(passageOf(article)),
    searchTitle: title === null ? '' : analyzeToString(title),
    // Block by block: words a scraper fused across a heading and its paragraph are indexed apart.
    searchBody: searchBodyOf(article),
    entities: entityWrites(article),
  }
}

/** `analyzeArticle`'s terms joined by spaces, the form the full-text index stores. */
function searchBodyOf(article: Article): string {
  const terms: string[] = []
  analyzeArticleInto(article, (term) => terms.push(term))
  return terms.join(' ')
}

/** What makes two ingests the same article: the id and every input field, nothing derived. */
export function contentHash(article: Article): Promise<string> {
  const { id, title, source, publishedAt, text } = article
  return sha256Hex(
    JSON.stringify([id, title ?? null, source?.name ?? null, source?.url ?? null, publishedAt ?? null, text]),
  )
}

/** The form outlet names are filtered by: normalised Arabic, lower-case Latin, single spaces. */
export function sourceKey(name: string): string {
  return normalize(name).toLowerCase().replace(/\s+/g, ' ').trim()
}

/** The first sentence as a reader sees it: sentences cover content only, so page clutter is never a lead. */
function leadOf(article: Article): string {
  const first = article.sentences[0]?.text ?? (article.blocks.length === 0 ? article.text : '')
  const lead = stripMarkup(first).replace(/\s+/g, ' ').trim()
  return lead.length <= LEAD_LENGTH ? lead : `${lead.slice(0, LEAD_LENGTH - 1).trimEnd()}…`
}

function entityWrites(article: Article): EntityWrite[] {
  const quotes = new Map<string, number>()
  for (const quote of quotesOf(article)) {
    const entity = quote.speaker?.entity
    if (entity) quotes.set(entity, (quotes.get(entity) ?? 0) + 1)
  }
  const byId = new Map<string, EntityWrite>()
  for (const entity of entitiesOf(article)) {
    const seen = byId.get(entity.id)
    if (seen) {
      seen.mentions += entity.mentions.length
      seen.roles = unique([...seen.roles, ...(entity.roles ?? [])])
      seen.aliases = unique([...seen.aliases, ...(entity.aliases ?? [])])
      continue
    }
    byId.set(entity.id, {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      nameKey: sourceKey(entity.name),
      mentions: entity.mentions.length,
      quotes: quotes.get(entity.id) ?? 0,
      roles: unique(entity.roles ?? []),
      aliases: unique((entity.aliases ?? []).filter((alias) => alias !== entity.name)),
    })
  }
  return [...byId.values()]
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
