import {
  mediaPhrasesByFirstWord,
  organizationPhrasesByFirstWord,
  type Phrase,
  phrasesByFirstWord,
  Start,
  type Target,
} from './lexicon.ts'
import { joined, type Scan } from './scan.ts'
import { WordFlag } from './word-flags.ts'
import type { Base } from './words.ts'

/** Phrases by their first word, and the word flag each first word's reading carries: a word without it starts none. */
export interface PhraseIndex {
  byFirstWord: ReadonlyMap<string, readonly Phrase[]>
  flag: number
}

export const gazetteerPhrases: PhraseIndex = { byFirstWord: phrasesByFirstWord, flag: Start.Phrase }
export const organizationPhrases: PhraseIndex = {
  byFirstWord: organizationPhrasesByFirstWord,
  flag: WordFlag.OrganizationNameFirst,
}
export const mediaPhrases: PhraseIndex = {
  byFirstWord: mediaPhrasesByFirstWord,
  flag: WordFlag.MediaNameFirst,
}

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
  index: PhraseIndex = gazetteerPhrases,
): PhraseMatch | undefined {
  const { words } = scan
  const word = words[i]
  if (!word || word.number || (word.flags & index.flag) === 0) return undefined
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    // A reading without the flag starts no phrase of the index: no look-up of its string.
    if ((base.flags & index.flag) === 0) continue
    if (likeningCut(word.norm, base)) continue
    const phrases = index.byFirstWord.get(base.base)
    if (!phrases) continue
    for (const phrase of phrases) {
      if (accept && !accept(phrase.target)) continue
      if (fits(scan, i, phrase.words))
        return { target: phrase.target, first: i, last: i + phrase.words.length - 1, base }
    }
  }
  return undefined
}

/**
 * ك (like) read off a word before a name without the article: news likens with it before a definite noun
 * (كالقاهرة) and otherwise writes it as a word's own first letter (كريمة, not ك and the governorate ريمة).
 */
function likeningCut(word: string, base: Base): boolean {
  return base.cut > 0 && word.charCodeAt(base.cut - 1) === KAF && !base.base.startsWith('ال')
}
const KAF = 0x0643 // ك

/** The words after word `i` are the rest of `phrase` (normalised), with no punctuation between them. */
export function fits(scan: Scan, i: number, phrase: readonly string[]): boolean {
  const { words } = scan
  for (let k = 1; k < phrase.length; k++) {
    if (!joined(words, i + k) || words[i + k]!.norm !== phrase[k]) return false
  }
  return true
}
