import type { DifferenceValue } from '../model/coverage.ts'
import type { SentenceSpace } from './sentence-space.ts'

/** A differing detail as shown: its text in the article, with offsets into the article from a span of one sentence. */
export function differenceValue(
  space: SentenceSpace,
  article: number,
  sentence: number,
  span: { start: number; end: number },
  value: string,
): DifferenceValue {
  const source = space.articles[article]!
  const offset = source.sentences[sentence]!.start
  const [start, end] = [offset + span.start, offset + span.end]
  return { articleId: source.id, text: source.text.slice(start, end), sentence, start, end, value }
}
