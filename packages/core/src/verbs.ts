import { writtenVerbForms } from './lang/ar/written-verbs.ts'

/**
 * Common verbs of news in their third-person forms (6,259 forms of about 1,100 verbs), written blind by the team from
 * its own knowledge (`lang/ar/written-verbs.ts`), front-coded, for `registerVerbs`: a word the list holds opens no
 * person's name that the rules read from its context alone (after a title, in apposition, in a subject's place). Apart from the main entry point because of its weight (6.7 KB gzipped):
 * `parseArticle`'s bundle has no room left under its ceiling.
 */
export const writtenVerbs: string = writtenVerbForms
