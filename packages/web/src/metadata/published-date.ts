import { articleNode, type JsonLdNode } from './json-ld.ts'
import { firstMeta, type PageMetadata } from './page-metadata.ts'

/** Where a page's publication date was read. */
export type DateBasis = 'json-ld' | 'meta' | 'time' | 'dateline'

// Meta names outlets and their CMSs use for the publication date, in order of how often they are right.
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article:published',
  'published_time',
  'og:published_time',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'article.published',
]

/** The publication date the page's metadata states, as an ISO date or date-time, with where it was found. */
export function metadataDate(metadata: PageMetadata): { value: string; basis: DateBasis } | undefined {
  const article = articleNode(metadata.jsonLd)
  const fromJsonLd = [article, ...metadata.jsonLd].flatMap((node) =>
    node === undefined ? [] : [fieldOf(node, 'datePublished'), fieldOf(node, 'dateCreated')],
  )
  for (const candidate of fromJsonLd) {
    const value = isoDate(candidate)
    if (value) return { value, basis: 'json-ld' }
  }
  const meta = isoDate(firstMeta(metadata, ...DATE_META))
  if (meta) return { value: meta, basis: 'meta' }
  for (const time of metadata.times) {
    const value = isoDate(time)
    if (value) return { value, basis: 'time' }
  }
  return undefined
}

function fieldOf(node: JsonLdNode, key: string): string | undefined {
  const value = node[key]
  return typeof value === 'string' ? value : undefined
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i

/**
 * A date as the core takes it: `YYYY-MM-DD`, or a date-time with seconds and, when the page gave one, its offset.
 * The day is the one the page wrote, never shifted to UTC, so that a late-evening article keeps its local date.
 * Other forms (RFC 2822, a Unix time) go through `Date.parse` and come out in UTC.
 */
export function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined
  const trimmed = text.trim()
  const match = ISO.exec(trimmed)
  if (match) {
    const [, year, month, day, hour, minute, second, fraction, zone] = match
    if (!validDay(Number(year), Number(month), Number(day))) return undefined
    const date = `${year}-${month}-${day}`
    if (hour === undefined || Number(hour) > 23 || Number(minute) > 59) return date
    const offset =
      zone === undefined
        ? ''
        : zone.toUpperCase() === 'Z'
          ? 'Z'
          : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
    return `${date}T${hour}:${minute}:${second ?? '00'}${fraction ?? ''}${offset}`
  }
  const millis = /^\d{10}(\d{3})?$/.test(trimmed)
    ? Number(trimmed) * (trimmed.length === 10 ? 1000 : 1)
    : Date.parse(trimmed)
  if (Number.isNaN(millis)) return undefined
  const year = new Date(millis).getUTCFullYear()
  if (year < 1990 || year > 2100) return undefined
  return new Date(millis).toISOString().replace('.000Z', 'Z')
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}
