import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { collectTextBlocks } from '../src/body/text-blocks.ts'
import { Element, parsePage } from '../src/dom.ts'
import { isoDate } from '../src/metadata/published-date.ts'

/** What Mozilla's Readability (Firefox Reader View), over linkedom's DOM, finds in a page: the baseline we compare with. */
export interface ReadabilityResult {
  /** The body's blocks, one per line, split from Readability's HTML the way ours are. */
  text: string
  title: string | undefined
  publishedAt: string | undefined
  source: string | undefined
  author: string | undefined
}

export function readabilityOf(html: string): ReadabilityResult {
  const { document } = parseHTML(html)
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's document stands in for the DOM type Readability declares.
  const article = new Readability(document as any).parse()
  const content = article?.content ?? ''
  const root = new Element('body', {}, parsePage(content).children)
  return {
    text: collectTextBlocks(root)
      .map((block) => block.text)
      .join('\n'),
    title: article?.title ?? undefined,
    publishedAt: isoDate(article?.publishedTime ?? undefined),
    source: article?.siteName ?? undefined,
    author: article?.byline ?? undefined,
  }
}
