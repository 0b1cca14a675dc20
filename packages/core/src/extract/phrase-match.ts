import { type Phrase, phrasesByFirstWord, type Target } from './lexicon.ts'
import { joined, type Scan } from './scan.ts'
import type { Base } from './words.ts'

export interface PhraseMatch {
  target: Target
  first: number
  last: number
  base: Base
}

/**
 * The longest gazetteer name starting at word `i`, reading the first word without and then with its particles
 * (روسيا، بروسيا، للشرق الأوسط). The other words must follow without punctuation between them.
 */
export function matchPhrase(
  scan: Scan,
  i: number,
  accept?: (target: Target) => boolean,
  index: ReadonlyMap<string, readonly Phrase[]> = phrasesByFirstWord,
): PhraseMatch | undefined {
  const { words } = scan
  const word = words[i]
  if (!word || word.number) return undefined
  for (const base of word.bases) {
    const phrases = index.get(base.base)
    if (!phrases) continue
    for (const phrase of phrases) {
      if (accept && !accept(phrase.target)) continue
      if (fits(scan, i, phrase.words))
        return { target: phrase.target, first: i, last: i + phrase.words.length - 1, base }
    }
  }
  return undefined
}

/** The words after word `i` are the rest of `phrase` (normalised), with no punctuation between them. */
export function fits(scan: Scan, i: number, phrase: readonly string[]): boolean {
  const { words } = scan
  for (let k = 1; k < phrase.length; k++) {
    if (!joined(words, i + k) || words[i + k]!.norm !== phrase[k]) return false
  }
  return true
}
