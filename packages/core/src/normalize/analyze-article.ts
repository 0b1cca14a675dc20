import type { Article } from '../model/article.ts'
import { isContentBlock } from '../model/content-blocks.ts'
import { type AnalyzeOptions, analyze, type Term } from './analyze.ts'

/**
 * `analyze` block by block, with offsets into `article.text`. Block boundaries found by the parser split words the
 * scraper fused (`سورياوأكد` is the heading's `سوريا` and the paragraph's `وأكد`), so each half is found by search.
 * Page clutter is left out: a search for `الأكثر قراءة` should not find every article of a site.
 */
export function analyzeArticle(article: Pick<Article, 'text' | 'blocks'>, options?: AnalyzeOptions): Term[] {
  const terms: Term[] = []
  for (const block of article.blocks) {
    if (!isContentBlock(block.kind)) continue
    for (const term of analyze(block.text, options)) {
      terms.push({ term: term.term, start: block.start + term.start, end: block.start + term.end })
    }
  }
  return terms
}
