import { normalize } from '../../normalize/normalize.ts'
import { abbreviations } from './abbreviations.ts'
import { lineContinuingWords } from './clause-words.ts'
import { openingFunctionWords, openingVerbs } from './paragraph-openers.ts'
import { stemmerOrganizationNames, stemmerPersonNames, stemmerPlaceNames } from './proper-names.ts'
import { reportingVerbs, transmissionVerbs } from './reporting-verbs.ts'
import { articleInitialWords, rootInitialWords } from './root-initial-words.ts'
import { moreFunctionWords, stopwords } from './stopwords.ts'

// The lists the analyzer, the stemmer and the segmenter consult, compiled through `normalize`. Kept apart from
// `compiled.ts` so that search in the browser (`analyze`, `parseSearchQuery`) loads none of the gazetteer.

function normalizedSet(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().map((word) => normalize(word)))
}

/** Function words, normalised: search and ranking skip them. */
export const stopwordSet: ReadonlySet<string> = normalizedSet(stopwords)

/** Function words clustering skips beyond the stopwords, normalised. */
export const moreFunctionWordSet: ReadonlySet<string> = normalizedSet(moreFunctionWords)

/** Single-word names the stemmer keeps whole, normalised. */
export const properNameSet: ReadonlySet<string> = normalizedSet(
  stemmerPlaceNames,
  stemmerPersonNames,
  stemmerOrganizationNames,
)

/** Words whose first letter belongs to the root, normalised. */
export const rootInitialWordSet: ReadonlySet<string> = normalizedSet(rootInitialWords)

/** Words that begin with the letters of the article but keep them, normalised. */
export const articleInitialWordSet: ReadonlySet<string> = normalizedSet(articleInitialWords)

/** Abbreviations that do not end a sentence, as written: the segmenter reads them before any normalisation. */
export const abbreviationSet: ReadonlySet<string> = new Set(abbreviations)

/**
 * The third person singular of each reporting verb, as `buildVerbForms` in `compiled.ts` derives it (قال قالت يقول
 * تقول; defective رأى رأت), and the transmission verbs' forms (نقل نقلت).
 */
function reportingOpeners(): string[] {
  const forms: string[] = transmissionVerbs.map((word) => normalize(word))
  for (const verb of reportingVerbs) {
    for (const past of verb.past.map((word) => normalize(word))) {
      const defective = past.endsWith('ي') || past.endsWith('ا')
      forms.push(past, `${defective ? past.slice(0, -1) : past}ت`)
    }
    for (const present of (verb.present ?? []).map((word) => normalize(word))) {
      forms.push(present, `ت${present.slice(1)}`)
    }
  }
  return forms
}

const verbs = [...openingVerbs.map((word) => normalize(word)), ...reportingOpeners()]

/** Opening words: function words, verbs, and verbs with و or ف attached. */
export const paragraphOpenerSet: ReadonlySet<string> = new Set([
  ...openingFunctionWords.map((word) => normalize(word)),
  ...verbs,
  ...verbs.map((verb) => `و${verb}`),
  ...verbs.map((verb) => `ف${verb}`),
])

/**
 * Words that never end a sentence (في، ب، و), as written: a line that ends in one was broken off. Not normalised: the
 * preposition على folds into the name علي.
 */
export const lineContinuingWordSet: ReadonlySet<string> = new Set(lineContinuingWords)
