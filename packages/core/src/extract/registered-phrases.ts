import { HashFilter } from './hash-filter.ts'
import type { Phrase } from './lexicon.ts'
import { fits, type PhraseMatch } from './phrase-match.ts'
import type { Scan } from './scan.ts'
import { hashOf } from './word-flags.ts'

/**
 * Names of lists registered at run time (`registerPeople`) by their first normalised word, longest first. Kept apart
 * from the gazetteer's own index: the rules read a word that opens a gazetteer name as a known word (never a name no
 * list knows, never a family name), and a registered name's first word is often a given name (رشيد, ستيف) that they
 * must go on reading so where the registered name is not written.
 */
export const registeredPhrasesByFirstWord = new Map<string, Phrase[]>()

/** The first words' hashes: most readings are turned away by one bit. Built again by `registeredPhrasesChanged`. */
let firstWords: HashFilter | undefined

/** To be called once names are added to `registeredPhrasesByFirstWord`: sorts them and builds the filter again. */
export function registeredPhrasesChanged(): void {
  for (const phrases of registeredPhrasesByFirstWord.values())
    phrases.sort((a, b) => b.words.length - a.words.length)
  firstWords = new HashFilter(Array.from(registeredPhrasesByFirstWord.keys(), hashOf))
}

/**
 * The longest registered name starting at word `i`, its first word read without and then with its particles
 * (ستيف ويتكوف، لستيف ويتكوف), but not after ك on a word without the article (كريم is no ك before ريم).
 */
export function matchRegisteredPhrase(scan: Scan, i: number): PhraseMatch | undefined {
  // Asked at every word of every article, most often where no list is registered: this test alone is small enough
  // for the compiler to inline into the callers' loops, where the whole function was a call at each word.
  return firstWords === undefined ? undefined : registeredPhraseAt(scan, i, firstWords)
}

function registeredPhraseAt(scan: Scan, i: number, filter: HashFilter): PhraseMatch | undefined {
  const word = scan.words[i]
  if (!word || word.number) return undefined
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (!filter.mayHave(base.hash)) continue
    if (base.cut > 0 && word.norm.charCodeAt(base.cut - 1) === KAF && !base.base.startsWith('ال')) continue
    const phrases = registeredPhrasesByFirstWord.get(base.base)
    if (!phrases) continue
    for (const phrase of phrases) {
      if (fits(scan, i, phrase.words))
        return { target: phrase.target, first: i, last: i + phrase.words.length - 1, base }
    }
  }
  return undefined
}
const KAF = 0x0643 // ك
