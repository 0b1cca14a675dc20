// Given names of maintained lists (`@marsad/core/names`), registered at start: a name opens with them only where
// evidence after it vouches for one (`given-name-start.ts`).
import { givenNameSet, norm, strictNorm } from './lexicon.ts'
import { registeredWords } from './registered-words.ts'

/** Registered given names in strict spelling (ى kept), less those the hand lists give. Empty until registered. */
export const sourceGivenNameSet = new Set<string>()
/** The same in plain normalisation (a word's readings are in it): a cheap first test, before the strict spelling. */
export const sourceGivenNameNormSet = new Set<string>()

/**
 * Adds given names to person recognition, for every `parseArticle` after the call (the list of
 * `@marsad/core/names`; the Node API, its Worker and the CLI register it at start). `names` is front-coded
 * (`lang/ar/front-coding.ts`), as the entry point ships the sources' list, or a list of words (the team's own). Such
 * a name opens a person's name only with evidence after it (a particle, a family name, another given name, or the
 * subject's place after a reporting verb), as a given name that is also an ordinary word does. Registering twice
 * changes nothing.
 */
export function registerGivenNames(names: string | readonly string[]): void {
  for (const word of registeredWords(names, strictNorm, 'registerGivenNames')) {
    if (givenNameSet.has(word)) continue
    sourceGivenNameSet.add(word)
    sourceGivenNameNormSet.add(norm(word))
  }
}
