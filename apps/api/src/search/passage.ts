import type { Article } from '@marsad/core'

/** What a search snippet is cut from: the start of an article with its structure. */
export type Passage = Pick<Article, 'text' | 'sentences' | 'blocks'>

/**
 * Longest passage stored for snippets, in characters: a whole news article of a few pages, or the start of a
 * longer one. A search reads, parses and analyses at most this much of each match.
 */
export const PASSAGE_LENGTH = 8000

/**
 * The start of `article` that snippets come from: its text up to the last sentence end within `maxLength` (cut at
 * `maxLength` when the first sentence is longer), with the sentences and blocks inside it.
 */
export function passageOf(article: Passage, maxLength = PASSAGE_LENGTH): Passage {
  const { text, sentences, blocks } = article
  if (text.length <= maxLength) return { text, sentences, blocks }
  let end = sentences.findLast((s) => s.end <= maxLength)?.end ?? maxLength
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--
  const clip = <T extends { text: string; start: number; end: number }>(span: T): T =>
    span.end <= end ? span : { ...span, end, text: span.text.slice(0, Math.max(0, end - span.start)) }
  return {
    text: text.slice(0, end),
    sentences: sentences.filter((s) => s.start < end).map(clip),
    blocks: blocks.filter((b) => b.start < end).map(clip),
  }
}

/**
 * The passage cut to its first sentence, and to `maxLength` characters: what a search shows once its budget for
 * snippets is spent.
 */
export function leadPassage(passage: Passage, maxLength: number): Passage {
  return passageOf(passage, Math.min(passage.sentences[0]?.end ?? maxLength, maxLength))
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
