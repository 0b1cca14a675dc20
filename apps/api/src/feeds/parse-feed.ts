import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseFeedDate } from './feed-dates.ts'
import { FeedError } from './feed-error.ts'

/** One item of a feed: the page it links to. */
export interface FeedItem {
  /** What identifies the item across polls: its guid (RSS), id (Atom) or rdf:about (RSS 1.0), else its link. */
  key: string
  /** The item's page, absolute (relative links are resolved against the feed's URL, or its `xml:base`). */
  link: string
  /** ISO 8601, when the feed gives a date it is possible to read. */
  publishedAt?: string
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf'
  /** Each item once, in the feed's order: a repeated key or link is left out. */
  items: FeedItem[]
}

type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'channel',
})

/** The parsed document; the parser refuses a few documents its validator passes (a CDATA section left open). */
function readXml(xml: string): XmlNode {
  try {
    return parser.parse(xml) as XmlNode
  } catch (error) {
    throw new FeedError(`the feed is not well-formed XML: ${(error as Error).message}`)
  }
}

/**
 * Reads an RSS 2.0, Atom 1.0 or RSS 1.0 (RDF) document. Throws a `FeedError` naming the line and column of
 * malformed XML, or saying what the document is when it is not a feed.
 */
export function parseFeed(xml: string, feedUrl: string): Feed {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const { msg, line, col } = valid.err
    throw new FeedError(`the feed is not well-formed XML: ${msg} (line ${line}, column ${col})`)
  }
  const doc = readXml(xml)
  if (isNode(doc.rss)) {
    const channel = (doc.rss.channel as XmlNode[] | undefined)?.[0]
    if (!channel) throw new FeedError('the RSS document has no <channel>')
    const base = baseOf(channel, feedUrl)
    return feed(
      'rss',
      listOf(channel.item)
        .filter(isNode)
        .map((item) => rssItem(item, base)),
    )
  }
  if (isNode(doc.feed)) {
    const base = baseOf(doc.feed, feedUrl)
    return feed(
      'atom',
      listOf(doc.feed.entry)
        .filter(isNode)
        .map((entry) => atomEntry(entry, baseOf(entry, base))),
    )
  }
  if (isNode(doc.RDF)) {
    return feed(
      'rdf',
      listOf(doc.RDF.item)
        .filter(isNode)
        .map((item) => rdfItem(item, feedUrl)),
    )
  }
  const root = Object.keys(doc).find((key) => !key.startsWith('?'))
  throw new FeedError(
    root === undefined
      ? 'the document is empty'
      : `the document is not an RSS, Atom or RDF feed (its root element is <${root}>)`,
  )
}

type Draft = Omit<FeedItem, 'key'> & { key: string | undefined }

function feed(format: Feed['format'], drafts: (Draft | undefined)[]): Feed {
  const items: FeedItem[] = []
  const seen = new Set<string>()
  for (const draft of drafts) {
    if (!draft) continue
    const key = draft.key ?? draft.link
    if (seen.has(key) || seen.has(draft.link)) continue
    seen.add(key).add(draft.link)
    items.push({ ...draft, key })
  }
  return { format, items }
}

function rssItem(item: XmlNode, base: string): Draft | undefined {
  const guid = listOf(item.guid)[0]
  const guidText = textOf(guid)
  // A guid is the item's address unless it says otherwise (isPermaLink defaults to true).
  const permalink = isNode(guid) && guid['@isPermaLink'] === 'false' ? undefined : guidText
  const link = resolve(textOf(listOf(item.link)[0]) ?? permalink, base)
  if (!link) return undefined
  return draft(guidText, link, textOf(item.pubDate) ?? textOf(item.date))
}

function atomEntry(entry: XmlNode, base: string): Draft | undefined {
  const links = listOf(entry.link).filter(isNode)
  const alternate = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0]
  const link = resolve(textOf(alternate?.['@href']), base)
  if (!link) return undefined
  return draft(textOf(entry.id), link, textOf(entry.published) ?? textOf(entry.updated))
}

function rdfItem(item: XmlNode, base: string): Draft | undefined {
  const about = textOf(item['@about'])
  const link = resolve(textOf(item.link) ?? about, base)
  if (!link) return undefined
  return draft(about, link, textOf(item.date))
}

function draft(key: string | undefined, link: string, date: string | undefined): Draft {
  const publishedAt = parseFeedDate(date)
  return { key, link, ...(publishedAt && { publishedAt }) }
}

/** The `xml:base` an element sets (removeNSPrefix leaves it as `@base`), resolved against the outer base. */
function baseOf(node: XmlNode, outer: string): string {
  const base = textOf(node['@base'])
  return (base && resolve(base, outer)) ?? outer
}

/** An absolute http(s) URL, or undefined for what is not one (a `javascript:` link, an unparsable one). */
function resolve(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined
  let url: URL
  try {
    url = new URL(href, base)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  url.hash = ''
  return url.href
}

/** An element's or attribute's text (an element with attributes is parsed as a node holding `#text`). */
function textOf(value: unknown): string | undefined {
  const text = isNode(value) ? value['#text'] : value
  if (typeof text !== 'string') return undefined
  const trimmed = text.trim()
  return trimmed === '' ? undefined : trimmed
}

function listOf(value: unknown): unknown[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
