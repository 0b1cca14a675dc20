import type { Spelling } from './spellings.ts'

/**
 * Questions the per-word passes ask of every word whose answer is a function of its spelling alone (its readings and
 * their strings, against lists fixed for the process), kept on the spelling (`Spelling.answers`) the first time one
 * is asked: a spelling serves every article that holds it, so a word written before is answered by a bit test rather
 * than by hashing its strings again. Two bits a question, from the question's number: asked, and yes. Numbers, not an
 * object's fields: the bundler writes an imported number in place.
 */
/** dates.ts: a reading is one of the words that open a date (أمس، الشهر، يناير …). */
export const DATE_TRIGGER = 0
/** word-classes.ts `isGivenNameAfterArticle`: the word less its article is a given name (الحسين). */
export const GIVEN_NAME_AFTER_ARTICLE = 2
/** recognize.ts `contextMayOpen`: a word with the article that ends in ي (الشامي، التونسي). */
export const DEFINITE_IN_YA = 4
/**
 * recognize.ts `contextMayOpen`: a word of five letters or more that opens with the article, no particle before, and
 * is a given name less its article (الحسين).
 */
export const LONG_DEFINITE = 6
/** recognize.ts `contextMayOpen`: `opensBeforeNisba`, the word alone may open a name before a nisba's family name. */
export const OPENS_BEFORE_NISBA = 10
/**
 * name-words.ts `isUnknownNameWord` at a name's start: a word of a name's shape no list knows, whatever the known
 * family names; the question after it (`UNKNOWN_NAME + 2`): such a word only if it is a known family name.
 */
export const UNKNOWN_NAME = 12
/** name-words.ts `isUnknownNameWord` inside a name; the question after it as `UNKNOWN_NAME`'s. */
export const UNKNOWN_NAME_INSIDE = 16
/**
 * reports.ts `findReports`: the word alone may open a report (a cue's first word or a verb that passes words on, وأن
 * and the like, a reporting verb).
 */
export const REPORTS_ALONE = 8

/** The kept answer: 0 not asked yet, 1 no, 3 yes (bits `question` and `question + 1`). */
export function keptAnswer(spelling: Spelling, question: number): number {
  return (spelling.answers >>> question) & 3
}

/** Keeps `yes` as the answer of `question` for `spelling`, and returns it. */
export function keepAnswer(spelling: Spelling, question: number, yes: boolean): boolean {
  spelling.answers |= (yes ? 3 : 1) << question
  return yes
}
