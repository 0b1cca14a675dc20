// Verbs of a list loaded apart (`@marsad/core/verbs`), registered at start: a word the list holds is no word of a name
// the rules read from its context alone (`isVerbOfAnyList`, word-classes.ts), unless a list of given names holds it.
import { norm } from './lexicon.ts'
import { registeredWords } from './registered-words.ts'
import { sourceGivenNameNormSet } from './source-given-names.ts'
import { WordFlag } from './word-flags.ts'
import type { Word } from './words.ts'

/** The registered verbs' forms in plain normalisation (hamza and ى folded, as news often writes them). */
const registeredVerbSet = new Set<string>()

/**
 * Adds verbs to person recognition, for every `parseArticle` after the call (the list of `@marsad/core/verbs`; the
 * Node API, its Worker and the CLI register it at start). `verbs` is front-coded (`lang/ar/front-coding.ts`), as the
 * entry point ships the team's list, or a list of words. Such a word opens no person's name after a title or in the
 * subject's place (`المتهم تسلم المبلغ`، `اللاعب تأثر نفسيا`), unless a list of given names holds it too; a listed
 * person's full name is read whole whatever its words. Registering twice changes nothing.
 */
export function registerVerbs(verbs: string | readonly string[]): void {
  for (const word of registeredWords(verbs, norm, 'registerVerbs')) registeredVerbSet.add(word)
}

/**
 * The word as written is a verb of the registered list (`registerVerbs`) that no list of given names holds: a given
 * name is the stronger cue, and the list is looked up folded, where a verb may spell a name (تأمر is تامر, يأسر is
 * ياسر, أراد and باشر are names of the maintained lists). Not behind و or ف: there the letter is often a name's own
 * (فيصل is no ف + يصل, فادي no ف + أدى); read behind them the list fixed nothing more and cut a true name (round 37).
 * False while no list is registered.
 */
export function isListedVerb(word: Word): boolean {
  if (registeredVerbSet.size === 0) return false
  const whole = word.bases[0]!
  return (
    registeredVerbSet.has(whole.base) &&
    (whole.flags & WordFlag.GivenNameLoose) === 0 &&
    !sourceGivenNameNormSet.has(whole.base)
  )
}
