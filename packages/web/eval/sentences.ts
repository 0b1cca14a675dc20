import { normalize } from '@marsad/core'
import { parsePage, textOf } from '../src/dom.ts'

/** The text of a range of inner HTML: tags stripped, entities decoded, white space collapsed. */
export function rangeText(html: string, range: { start: number; end: number }): string {
  return textOf(parsePage(html.slice(range.start, range.end)))
}

/**
 * Sentences as both sides are split for scoring, on purpose simpler than the core's segmenter so that no side is
 * favoured: at . ! ? ؟ … followed by space, and at line breaks; each compared normalised (letters folded, marks and
 * punctuation dropped, spaces single). Empty pieces are dropped.
 */
export function comparableSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟…])\s+|\n+/)
    .map((sentence) =>
      normalize(sentence)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .toLowerCase(),
    )
    .filter((sentence) => sentence.length > 0)
}

export interface BodyScore {
  reference: number
  extracted: number
  /** Reference sentences found among the extracted ones (each extracted sentence used once). */
  found: number
  recall: number
  /** Share of the extracted sentences that are not in the reference. */
  extra: number
}

export function scoreBody(reference: readonly string[], extracted: readonly string[]): BodyScore {
  const pool = new Map<string, number>()
  for (const sentence of extracted) pool.set(sentence, (pool.get(sentence) ?? 0) + 1)
  let found = 0
  for (const sentence of reference) {
    const left = pool.get(sentence) ?? 0
    if (left > 0) {
      found++
      pool.set(sentence, left - 1)
    }
  }
  return {
    reference: reference.length,
    extracted: extracted.length,
    found,
    recall: reference.length === 0 ? (extracted.length === 0 ? 1 : 0) : found / reference.length,
    extra: extracted.length === 0 ? 0 : (extracted.length - found) / extracted.length,
  }
}
