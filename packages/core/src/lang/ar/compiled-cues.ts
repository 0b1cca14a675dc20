import { directionAdjectives, intensifiers, rankingAdjectives } from './adjectives.ts'
import {
  bodyPlurals,
  careAdjectives,
  chamberComplements,
  chamberHeads,
  expoNames,
  groupNouns,
  hospitalKinds,
  schoolKinds,
  specialisedAdjectives,
  venueGenitives,
  venueTails,
} from './body-words.ts'
import {
  bareYearWords,
  dualYearWords,
  newsCycleWords,
  timeBeforeToday,
  weekdays,
  yearPrepositions,
} from './calendar.ts'
import {
  andOthers,
  citingCues,
  frontedSides,
  genitiveGoverningWords,
  governedPrepositions,
  listIntroducers,
  negationParticles,
  placePrepositions,
  pointingDemonstratives,
  reportAdverbs,
  singularRelatives,
  sourceParticiples,
  sourcePrepositions,
} from './clause-words.ts'
import { communeHead, genericPlaceNouns, provinceHeads, rankDistrictHeads } from './heads.ts'
import {
  bareNewsEndings,
  broadcasterHeads,
  fmFirstLetters,
  fmSecondLetters,
  generalMediaNouns,
  outletAdjectives,
  siteAdjectives,
  timeNameEndings,
} from './media.ts'
import { compoundOpenings } from './name-parts.ts'
import { teenWords } from './numerals.ts'
import { compassNouns, partNouns } from './regions.ts'
import { normSet, strictNorm } from './spelling.ts'
import { royalAdjectives } from './titles.ts'

// The cue words that single rules read around a name, a date or a quote (a chamber's complement, a preposition of
// a list of places, FM after a radio's name), compiled once through `norm` like the rest of the language data.

export const chamberHeadSet = normSet(chamberHeads)
export const chamberComplementSet = normSet(chamberComplements)
export const hospitalKindSet = normSet(hospitalKinds)
export const schoolKindSet = normSet(schoolKinds)
export const specialisedSet = normSet(specialisedAdjectives)
export const bodyPluralSet = normSet(bodyPlurals)
export const venueGenitiveSet = normSet(venueGenitives)
export const expoSet = normSet(expoNames)
export const venueTailSet = normSet(venueTails)
export const careAdjectiveSet = normSet(careAdjectives)
export const groupNounSet = normSet(groupNouns)

export const genitiveGoverningSet = normSet(genitiveGoverningWords)
export const governedPrepositionSet = normSet(governedPrepositions)
export const placePrepositionSet = normSet(placePrepositions)
export const sourcePrepositionSet = normSet(sourcePrepositions)
export const sourceParticipleSet = normSet(sourceParticiples)
export const pointingDemonstrativeSet = normSet(pointingDemonstratives)
export const singularRelativeSet = normSet(singularRelatives)
export const negationSet = normSet(negationParticles)
export const reportAdverbSet = normSet(reportAdverbs)
export const frontedSideSet = normSet(frontedSides)
export const citingCueSet = normSet(citingCues)
export const listIntroducerSet = normSet(listIntroducers)
export const andOthersSet = normSet(andOthers)

export const fmFirstSet = normSet(fmFirstLetters)
export const fmSecondSet = normSet(fmSecondLetters)
export const timeNameEndingSet = normSet(timeNameEndings)
export const timeBeforeTodaySet = normSet(timeBeforeToday)
export const bareNewsEndingSet = normSet(bareNewsEndings)
export const broadcasterHeadSet = normSet(broadcasterHeads)
export const siteAdjectiveSet = normSet(siteAdjectives)
export const generalMediaNounSet = normSet(generalMediaNouns)
export const outletAdjectiveSet = normSet(outletAdjectives)

export const bareYearWordSet = normSet(bareYearWords)
export const yearPrepositionSet = normSet(yearPrepositions)
export const dualYearWordSet = normSet(dualYearWords)
export const rankDistrictHeadSet = normSet(rankDistrictHeads)
export const provinceHeadSet = normSet(provinceHeads)
export const communeHeadSet = normSet([communeHead])
export const genericPlaceNounSet = normSet(genericPlaceNouns)
export const compassNounSet = normSet(compassNouns)
export const partNounSet = normSet(partNouns)
export const directionAdjectiveSet = normSet(directionAdjectives)
export const teenWordSet = normSet(teenWords)
export const royalAdjectiveSet = normSet(royalAdjectives)
export const rankingAdjectiveSet = normSet(rankingAdjectives)
export const intensifierSet = normSet(intensifiers)
/** عبد and أبو in strict normalisation (ى kept), as given names are compared. */
export const compoundOpeningStrictSet: ReadonlySet<string> = new Set(compoundOpenings.map(strictNorm))
export const compoundOpeningSet = normSet(compoundOpenings)

/** The news cycle's words and every weekday, with and without the article, as the comparison folds them. */
export const newsCycleWordList: readonly string[] = [...newsCycleWords, ...weekdays.flat()].flatMap(
  (word) => [word, word.replace(/^ال/, '')],
)
