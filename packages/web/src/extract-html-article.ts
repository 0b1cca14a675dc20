import { hostOf, parseArticle } from '@marsad/core'
import { type BodyBlock, bodyBlocks } from './body/body-blocks.ts'
import { findBodyElements } from './body/find-body.ts'
import { collectTextBlocks, type TextBlock } from './body/text-blocks.ts'
import { type Document, Element, elementsUnder, hintsOf, parsePage, textOf } from './dom.ts'
import { findAuthor } from './metadata/author.ts'
import { findOutlet, statedSiteNames, titleSiteName } from './metadata/outlet.ts'
import { type PageMetadata, readPageMetadata } from './metadata/page-metadata.ts'
import { type DateBasis, isoDate, metadataDate } from './metadata/published-date.ts'
import { siteNamesInPage } from './metadata/site-name-in-page.ts'
import { findTitle } from './metadata/title.ts'
import { resolveUrl } from './url.ts'

/** What an HTML news page holds, read from its markup and metadata. */
export interface HtmlArticle {
  /** The body: paragraphs and headings in reading order, separated by blank lines. Empty when the page has none. */
  text: string
  /** The body's blocks, as `text` joins them. */
  blocks: BodyBlock[]
  /** Spans of `text` that are headings (h2–h4, bold-only short paragraphs). */
  headings: { start: number; end: number }[]
  title: string | undefined
  /** ISO date or date-time (the day as the page wrote it). */
  publishedAt: string | undefined
  /** Where the date was read: JSON-LD, a meta tag, a `<time datetime>`, or an Arabic dateline in the page's text. */
  dateBasis: DateBasis | undefined
  /** The outlet's name: the core's table's name for a known outlet, else `og:site_name` or the publisher, else the host. */
  source: string | undefined
  /** Whether the core's table of outlets knows the outlet. */
  sourceKnown: boolean
  author: string | undefined
  /** `<link rel=canonical>`, else `og:url`, else `url`; resolved against `url`. */
  canonicalUrl: string
  /** The address the page was fetched from, as given. */
  url: string
  /** `<html lang>`, when the page declares it. */
  language: string | undefined
}

/**
 * Reads a news page: the article body without navigation, related links, comments, share bars or ads (paragraphs
 * and headings as the markup sets them apart), the title, the publication date, the outlet, the author and the
 * canonical address. `url` is where the page came from; it resolves relative links and names the outlet when the
 * page does not. Never throws on odd HTML: a page without an article gives an empty `text`.
 */
export function extractHtmlArticle(html: string, url: string): HtmlArticle {
  const document = parsePage(html)
  const metadata = readPageMetadata(document)
  const root = bodyOf(document)
  const blocks = collectTextBlocks(root)
  const siteName = statedSiteNames(metadata)[0]
  const h1s = blocks.filter((block) => block.role === 'title').map((block) => block.text)
  const title = findTitle(metadata, h1s, siteName)
  const bodyElements = findBodyElements(blocks)
  const body = bodyBlocks(blocks, bodyElements, { title, siteName })
  const { text, headings } = joinBlocks(body)
  const canonical = metadata.links.get('canonical')?.[0] ?? metadata.meta.get('og:url')?.[0]
  const canonicalUrl = (canonical && resolveUrl(canonical, url)) || url
  // The canonical address names the outlet even when the page was read from a file or a mirror.
  const inPage = {
    titlePart: titleSiteName(metadata.documentTitle, title),
    ...siteNamesInPage(
      root,
      blocks.map((block) => block.text),
    ),
  }
  const arabic = /^ar\b/i.test(metadata.lang ?? '') || /[\u0621-\u064a]/.test(title ?? '')
  const outlet = findOutlet(metadata, /^https?:/i.test(canonicalUrl) ? canonicalUrl : url, inPage, arabic)
  const date = metadataDate(metadata) ?? datelineDate(blocks, bodyElements, title)
  return {
    text,
    blocks: body,
    headings,
    title,
    publishedAt: date?.value,
    dateBasis: date?.basis,
    source: outlet?.name,
    sourceKnown: outlet?.known ?? false,
    author: findAuthor(metadata, bylineOf(root), [
      ...statedSiteNames(metadata),
      outlet?.name,
      ...Object.values(inPage),
      hostLabel(canonicalUrl),
    ]),
    canonicalUrl,
    url,
    language: metadata.lang ?? languageMeta(metadata),
  }
}

// `akhbarelyom` of akhbarelyom.com: the name a site gives itself in Latin letters.
function hostLabel(url: string): string | undefined {
  return hostOf(url)?.split('.')[0]
}

function bodyOf(document: Document): Element {
  for (const element of elementsUnder(document)) if (element.name === 'body') return element
  // A fragment without <body>: a body element stands in for the document (the children keep their own parent).
  return new Element('body', {}, document.children)
}

function joinBlocks(blocks: readonly BodyBlock[]): Pick<HtmlArticle, 'text' | 'headings'> {
  let text = ''
  const headings: HtmlArticle['headings'] = []
  for (const block of blocks) {
    if (text) text += '\n\n'
    if (block.kind === 'heading') headings.push({ start: text.length, end: text.length + block.text.length })
    text += block.text
  }
  return { text, headings }
}

function languageMeta(metadata: PageMetadata): string | undefined {
  return metadata.meta.get('content-language')?.[0] ?? metadata.meta.get('og:locale')?.[0]
}

const BYLINE_HINT = /author|byline|writer|kateb|katib/
const MAX_BYLINE_CHARS = 80

function bylineOf(root: Element): string | undefined {
  for (const element of elementsUnder(root)) {
    const isByline = element.attribs.rel === 'author' || element.attribs.itemprop === 'author'
    if (!isByline && !BYLINE_HINT.test(hintsOf(element))) continue
    const text = textOf(element)
    // A name has two words at least: a single word under an author class is a section or a label.
    if (text && text.length <= MAX_BYLINE_CHARS && !/\d{4}/.test(text) && text.includes(' ')) return text
  }
  return undefined
}

const DATELINE_WINDOW = 6
const LEAD_BLOCKS = 3
const MAX_DATE_LINE_CHARS = 80
const ABOVE_TITLE_BLOCKS = 3

// An Arabic dateline or date line near the title: the core reads dates as it does in scraped text (a labelled
// date, a place and a date before the lead, a full date at the top); a short line of its own with a numeric date
// (2017/02/25, 25-02-2017), which the core leaves to tables and forms, is read here.
function datelineDate(
  blocks: readonly TextBlock[],
  body: readonly Element[],
  title: string | undefined,
): { value: string; basis: DateBasis } | undefined {
  const roots = new Set(body)
  const first = blocks.findIndex((block) => block.ancestors.some((element) => roots.has(element)))
  if (first < 0) return undefined
  const titleAt = title === undefined ? -1 : blocks.findIndex((block) => block.text === title)
  const from =
    titleAt >= 0 && titleAt <= first + LEAD_BLOCKS ? titleAt + 1 : Math.max(0, first - DATELINE_WINDOW)
  const near = blocks
    .slice(from, Math.max(from, first) + LEAD_BLOCKS)
    .filter((block) => block.text.length <= 600)
  if (near.length === 0) return undefined
  const article = parseArticle(near.map((block) => block.text).join('\n'))
  if (article.date && /^\d{4}-\d{2}-\d{2}$/.test(article.date.value))
    return { value: article.date.value, basis: 'dateline' }
  // Some pages put the date line just above the title, with the section's name.
  const above = titleAt > 0 ? blocks.slice(Math.max(0, titleAt - ABOVE_TITLE_BLOCKS), titleAt).reverse() : []
  for (const block of [...near, ...above]) {
    if (block.text.length > MAX_DATE_LINE_CHARS) continue
    const value = numericDate(block.text)
    if (value) return { value, basis: 'dateline' }
  }
  return undefined
}

function numericDate(text: string): string | undefined {
  const yearFirst = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/.exec(text)
  const dayFirst = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/.exec(text)
  const [year, month, day] = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : []
  if (year === undefined) return undefined
  return isoDate(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`)
}
