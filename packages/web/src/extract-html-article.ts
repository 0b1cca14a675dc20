import { hostOf } from '@marsad/core'
import { type BodyBlock, bodyBlocks } from './body/body-blocks.ts'
import { findBodyElements } from './body/find-body.ts'
import { collectTextBlocks } from './body/text-blocks.ts'
import { type Document, Element, elementsUnder, parsePage } from './dom.ts'
import { bylineOf, findAuthor } from './metadata/author.ts'
import { datelineDate } from './metadata/dateline-date.ts'
import { findOutlet, statedSiteNames, titleSiteName } from './metadata/outlet.ts'
import { type PageMetadata, readPageMetadata } from './metadata/page-metadata.ts'
import { type DateBasis, metadataDate } from './metadata/published-date.ts'
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
