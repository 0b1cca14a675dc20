import type { Article } from '../model/article.ts'
import { isContentBlock } from '../model/content-blocks.ts'
import { type AnalyzeOptions, analyzeInto, type Term, type TermSink } from './analyze.ts'

/**
 * `analyze` block by block, with offsets into `article.text`. Block boundaries found by the parser split words the
 * scraper fused (`سورياوأكد` is the heading's `سوريا` and the paragraph's `وأكد`), so each half is found by search.
 * Page clutter is left out: a search for `الأكثر قراءة` should not find every article of a site.
 */
export function analyzeArticle(article: Pick<Article, 'text' | 'blocks'>, options?: AnalyzeOptions): Term[] {
  const terms: Term[] = []
  analyzeArticleInto(article, (term, start, end) => terms.push({ term, start, end }), options)
  return terms
}

/** `analyzeArticle` without a `Term` per word: each term and its offsets into `article.text` go to `sink`, in order. */
export function analyzeArticleInto(
  article: Pick<Article, 'text' | 'blocks'>,
  sink: TermSink,
  options?: AnalyzeOptions,
): void {
  for (const block of article.blocks) {
    if (!isContentBlock(block.kind)) continue
    const offset = block.start
    analyzeInto(block.text, (term, start, end) => sink(term, offset + start, offset + end), options)
  }
}
