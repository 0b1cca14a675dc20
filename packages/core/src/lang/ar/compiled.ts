import type { EntityKind } from '../../model/extraction.ts'
import {
  colourAdjectives,
  describingParticiples,
  descriptiveAdjectives,
  elatives,
  epithetAdjectives,
  genericAdjectives,
  locatingAdjectives,
  peoplePluralAdjectives,
  placeNameAdjectives,
} from './adjectives.ts'
import {
  ambiguousMonths,
  dayParts,
  fromTodayWords,
  futureMarkers,
  gregorianMonths,
  hijriMonths,
  levantineMonths,
  monthComplements,
  monthContextWords,
  monthsThatAreNames,
  periodNouns,
  periodsOfYear,
  relativeDirections,
  thisWords,
  tomorrowWords,
  vagueCounts,
  weekdays,
  yearWords,
  yesterdayWords,
} from './calendar.ts'
import { cities } from './cities.ts'
import {
  affiliationPrepositions,
  audienceNouns,
  bareComplementizers,
  clauseBoundaries,
  clauseParticles,
  clauseTrailers,
  complementizers,
  complementPrepositions,
  conjunctionsWithAn,
  demonstratives,
  fillerOpeners,
  firstPersonOpeners,
  groupCountNouns,
  impersonalVerbs,
  kanaAndSisters,
  narrationOpeners,
  occasionPronouns,
  partitiveWords,
  predicateVerbs,
  purposeNouns,
  qadParticles,
  relativeMa,
  relativePronouns,
  resumptivePrepositions,
  speakerActs,
  speakingOccasionNouns,
  statementPronouns,
  subjectClauseOpeners,
  titleTailStops,
  topicPrepositions,
  verbParticles,
  verbSubjectAdverbs,
} from './clause-words.ts'
import { stopwordSet as stopwords } from './compiled-analysis.ts'
import { countries, nisbaLookalikes, stateKindNouns } from './countries.ts'
import { decodeFrontCoded } from './front-coding.ts'
import {
  anonymousSpeakerNouns,
  commonVerbs,
  functionWords,
  partitiveSpeakerPronouns,
  sameAsBefore,
  sourcelessSpeakerNouns,
  speakerNouns,
} from './function-words.ts'
import { commonWordForms } from './generated/common-words.ts'
import { territoryNames } from './generated/places.ts'
import { ambiguousGivenNames, arabicGivenNames, foreignGivenNames } from './given-names.ts'
import {
  boardsOfBodies,
  companyListNouns,
  courtHeads,
  districtHeads,
  divisionHeads,
  featureHeads,
  functionBodyHeads,
  genericBodies,
  governingHeads,
  governmentHeads,
  institutionHeads,
  leadershipComplements,
  leadershipHeads,
  looseDivisionHeads,
  looseFeatureHeads,
  mediaHeads,
  ministryPortfolios,
  municipalityHeads,
  namedAfterHeads,
  namedOnlyHeads,
  namesakeBodyHeads,
  namesakeSiteHeads,
  namesakeTitles,
  namingHeads,
  newsroomNouns,
  numberedHeads,
  openHeads,
  openHeadsNeedingName,
  organizationHeads,
  organsOfBodies,
  ownedPlaceHeads,
  partyHeads,
  placeBodyHeads,
  placeHeadIdioms,
  placeHeads,
  placeListHeads,
  placeNameOpeners,
  placeOutletHeads,
  placeVerbalNounHeads,
  seatedHeads,
  securityForceHeads,
  stateForms,
  stateNouns,
  titledFeatureHeads,
  verbalNounHeads,
  vicinityNouns,
} from './heads.ts'
import {
  mediaGenitives,
  mediaNameEndings,
  mediaNameWords,
  mediaOutlets,
  placeOutletEndings,
  placeOutletNewsNouns,
} from './media.ts'
import {
  compoundNameEndings,
  compoundNameHeads,
  definiteNamesOfRoles,
  descentParticles,
  familyNamesOfFunctionWords,
  familyNamesOfHouses,
  honorifics,
  honorificsAfterNames,
  honorificsBeforeNames,
  honorificsWithPronoun,
  kunyaParticles,
  maghrebiDescentParticles,
  nameParticles,
  namesAfterAbd,
  praiseAfterNames,
  scoringMinuteWords,
  scoringVerbs,
} from './name-parts.ts'
import { numeralWords } from './numerals.ts'
import { organizations } from './organizations.ts'
import { people, personGenitiveNouns } from './people.ts'
import { placePartWords, regions, timeZoneNouns } from './regions.ts'
import {
  asHePutItNouns,
  attributionCues,
  interviewNouns,
  relativeReportForms,
  reportingNouns,
  reportingVerbs,
  sayingByNouns,
  sayingNouns,
  transmissionVerbs,
} from './reporting-verbs.ts'
import { sourcePlaces } from './source-places.ts'
import { markedForm, norm, normSet, strictNorm } from './spelling.ts'
import { statementNouns, statementPlaceVerbs } from './statement-nouns.ts'
import {
  courtesyTitles,
  relationalHeads,
  roleLinks,
  roleWords,
  sovereignTitles,
  stackableTitles,
  titleFeminineNouns,
  titleHeads,
} from './titles.ts'

// The language data compiled once, at module load, into normalised Sets and Maps: every lookup during extraction is
// a hash probe on a normalised word.

export { displayForm, markedForm, norm, normSet, strictNorm } from './spelling.ts'

export interface Target {
  kind: EntityKind
  name: string
  gloss?: string
}

export interface Phrase {
  words: readonly string[]
  target: Target
}

/** Ordinary words of news (normalised), counted in news texts (`generated/common-words.ts`): behind a particle,
 * such a word is no part of a name (عبد الرحمن لمراسل، كمال رزيق بممثلي). */
export const commonWordSet: ReadonlySet<string> = new Set(decodeFrontCoded(commonWordForms))

/** The test of `isCommonPlaceWord`, built on first use (the gazetteer's build is the first). */
let commonWord: ((word: string, byShape: boolean) => boolean) | undefined

/** Gazetteer names by their first normalised word; each list longest first. */
export const phrasesByFirstWord: ReadonlyMap<string, readonly Phrase[]> = buildPhrases()

function buildPhrases(): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>()
  const seen = new Map<string, Target>()
  const keyOf = (form: string) => norm(form).split(/\s+/).filter(Boolean).join(' ')
  const add = (form: string, target: Target) => {
    const words = norm(form).split(/\s+/).filter(Boolean)
    const key = words.join(' ')
    if (words.length === 0 || seen.has(key)) return
    seen.set(key, target)
    const list = index.get(words[0]!) ?? []
    list.push({ words, target })
    index.set(words[0]!, list)
    if (target.kind === 'location') addInformal(words, target)
  }
  // قطاع غزه، الجيزه: news that writes a word's final ة as ه writes place names so too. Not a lone word without the
  // article, which may be a noun with its pronoun (جده: his grandfather, and Jeddah).
  const addInformal = (words: readonly string[], target: Target) => {
    if (words.length === 1 && !words[0]!.startsWith('ال')) return
    if (!words.some((word) => word.endsWith('ة'))) return
    const informal = words.map((word) => (word.endsWith('ة') ? `${word.slice(0, -1)}ه` : word))
    const key = informal.join(' ')
    if (seen.has(key)) return
    seen.set(key, target)
    const list = index.get(informal[0]!) ?? []
    list.push({ words: informal, target })
    index.set(informal[0]!, list)
  }
  const addAll = (
    entry: { name: string; variants?: readonly string[]; headed?: readonly string[] },
    target: Target,
  ) => {
    if (!entry.headed) add(entry.name, target)
    for (const form of entry.variants ?? []) add(form, target)
    for (const form of entry.headed ?? []) add(form, target)
  }
  for (const country of countries) addAll(country, { kind: 'location', name: country.name })
  for (const region of regions) addAll(region, { kind: 'location', name: region.name })
  for (const city of cities) {
    if (!city.marked) addAll(city, { kind: 'location', name: city.name, gloss: city.country })
  }
  for (const org of organizations) addAll(org, { kind: 'organization', name: org.name })
  for (const outlet of mediaOutlets) {
    addAll(outlet, { kind: 'media', name: outlet.name, ...(outlet.country && { gloss: outlet.country }) })
  }
  for (const person of people) {
    addAll(person, { kind: 'person', name: person.name })
    for (const form of person.short ?? []) add(form, { kind: 'person', name: person.name })
  }
  // Maintained sources after the hand lists: a name the lists already give keeps its entity, and the source's
  // other forms of that place become its variants.
  for (const place of sourcePlaces(isCommonPlaceWord, isNewsWord)) {
    const forms = [place.name, ...place.variants]
    const known = forms.map((form) => seen.get(keyOf(form))).find((target) => target !== undefined)
    if (known !== undefined && known.kind !== 'location') continue
    const target = known ?? { kind: 'location', name: place.name }
    for (const form of forms) add(form, target)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

/**
 * Whether a single word a source lists as a place is also an ordinary word or a given name (بشار): a function word,
 * verb, title or role, a head noun, a compass word, a word of three letters or fewer, or, unless `byShape` is false,
 * an adjective's shape (الشرقية، الوسطى، الزرقاء).
 */
export function isCommonPlaceWord(word: string, byShape = true): boolean {
  commonWord ??= commonWordTest()
  return commonWord(word, byShape)
}

function commonWordTest(): (word: string, byShape: boolean) => boolean {
  const words = new Set<string>([...stopwords, ...placePartWords.map(norm)])
  for (const list of [
    functionWords,
    arabicGivenNames,
    commonVerbs,
    roleWords,
    titleHeads,
    stackableTitles,
    organizationHeads,
  ]) {
    for (const word of list) words.add(norm(word))
  }
  return (word, byShape) => {
    const form = norm(word)
    const bare = form.startsWith('ال') ? form.slice(2) : form
    return (
      bare.length <= 3 || words.has(form) || words.has(bare) || (byShape && /^ال.+(ية|ي|ى|اء)$/.test(form))
    )
  }
}

/** A noun without the article with the pronouns of his, her and their: ة turns to ت before them. */
function possessiveForms(noun: string): string[] {
  if (noun.startsWith('ال')) return []
  const stem = noun.endsWith('ة') ? `${noun.slice(0, -1)}ت` : noun
  return [`${stem}ه`, `${stem}ها`, `${stem}هم`]
}

/** Whether news writes `word`, or `word` with the article, as an ordinary word (`commonWordSet`). */
function isNewsWord(word: string): boolean {
  const form = norm(word)
  return commonWordSet.has(form) || commonWordSet.has(`ال${form}`)
}

/** Cities that are places only where the article names their country (see `City.contextual`): name → country. */
export const contextualCities: ReadonlyMap<string, string> = new Map(
  cities.filter((city) => city.contextual).map((city) => [city.name, city.country]),
)

/** Marked cities by their unmarked form (عمان → عمّان): inside a site's name (ستاد عمان الدولي) it is the city. */
export const markedCitiesByNorm: ReadonlyMap<string, Target> = new Map(
  cities
    .filter((city) => city.marked)
    .map((city) => [norm(city.name), { kind: 'location', name: city.name, gloss: city.country }]),
)

/** Places recognised only when written with their marks (see `City.marked`), by `markedForm`. */
export const markedPlaces: ReadonlyMap<string, Target> = new Map(
  cities
    .filter((city) => city.marked)
    .map((city) => [markedForm(city.name), { kind: 'location', name: city.name, gloss: city.country }]),
)

/** Media outlets by normalised name, including names that need a head (الحياة in صحيفة "الحياة"). */
export const mediaByName: ReadonlyMap<string, Target> = new Map(
  mediaOutlets.flatMap((outlet) => {
    const target: Target = {
      kind: 'media',
      name: outlet.name,
      ...(outlet.country && { gloss: outlet.country }),
    }
    return [outlet.name, ...(outlet.variants ?? [])].map((form) => [norm(form), target] as const)
  }),
)

/**
 * Names of the social platforms (`kind: 'social'`), canonical and in Latin letters, lower-cased: where something was
 * posted, no outlet.
 */
export const socialPlatformNames: ReadonlySet<string> = new Set(
  mediaOutlets
    .filter((outlet) => outlet.kind === 'social')
    .flatMap((outlet) => [outlet.name, ...(outlet.latin ?? []).map((name) => name.toLowerCase())]),
)

/** Organisations by normalised name, including the bare names of `headed` entries (الأهلي in نادي الأهلي). */
export const organizationsByName: ReadonlyMap<string, Target> = new Map(
  organizations.flatMap((org) =>
    [org.name, ...(org.variants ?? [])].map(
      (form) => [norm(form), { kind: 'organization', name: org.name } as Target] as const,
    ),
  ),
)

/**
 * Bare names of registered bodies that need their head (العهد، الاتفاق: ordinary words of news), by normalised name:
 * `registerBodies` fills it, and a match's frame reads them as sides (`team-names.ts`), never the text at large.
 */
export const headedOnlyNames: ReadonlyMap<string, Target> = new Map()

/** Media names by first word, including the bare names of `headed` outlets: what may follow صحيفة or قناة. */
export const mediaPhrasesByFirstWord: ReadonlyMap<string, readonly Phrase[]> = indexPhrases(
  [...mediaByName].map(([key, target]) => ({ words: key.split(' '), target })),
)

function indexPhrases(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>()
  for (const phrase of phrases) {
    const list = index.get(phrase.words[0]!) ?? []
    list.push(phrase)
    index.set(phrase.words[0]!, list)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

/** Organisation names by first word, including the bare names of `headed` entries: what may follow مدرب or رئيس. */
export const organizationPhrasesByFirstWord: ReadonlyMap<string, readonly Phrase[]> = indexPhrases(
  [...organizationsByName].map(([key, target]) => ({ words: key.split(' '), target })),
)

/** Short forms that identify a gazetteer person only when the article names them in full. */
export const contextualAliases: ReadonlyMap<string, readonly string[]> = new Map(
  people.filter((person) => person.contextual).map((person) => [person.name, person.contextual!.map(norm)]),
)

/** One-word `contextual` forms of gazetteer people (الأسد، حميدتي), normalised. */
export const contextualFamilyNames: ReadonlySet<string> = new Set(
  [...contextualAliases.values()].flat().filter((alias) => !alias.includes(' ')),
)

/** Nouns whose genitive is a person: see `personGenitiveNouns`. */
export const personGenitiveNounSet: ReadonlySet<string> = new Set(personGenitiveNouns.map(norm))

/** Nisba adjectives in all their forms (الروسي، روسية، السوريين، الروس) → the place's canonical name. */
export const nisbaPlaces: ReadonlyMap<string, string> = buildNisba()

/** Masculine singular forms without the article (روسي), which are also given names or nouns when alone. */
export const bareNisbaStems: ReadonlySet<string> = new Set(
  [...countries, ...regions].flatMap((place) => (place.nisba ?? []).map(norm)),
)

/**
 * The words that name a state, → its canonical name: its one-word names (إسبانيا، المغرب) and its nisba forms with the
 * article (المغربي، المغربية، المغاربة), also after the conjunction و or a preposition ب / ل. Bare nisba forms (مغربي)
 * are left out: they are also given names (`bareNisbaStems`). Regions are not states.
 */
export const stateWords: ReadonlyMap<string, string> = buildStateWords()

/** Every name CLDR gives a state or territory (زامبيا، كوستاريكا), normalised: a side named so is a national team. */
export const territoryNameSet: ReadonlySet<string> = new Set(
  territoryNames.flatMap(([, ...names]) => names.map(norm)),
)

function buildStateWords(): Map<string, string> {
  const map = new Map<string, string>()
  const add = (form: string, state: string) => {
    for (const clitic of ['', 'و', 'ب', 'ل', 'وب', 'ول'])
      if (!map.has(clitic + form)) map.set(clitic + form, state)
  }
  const states = new Set(countries.map((country) => country.name))
  for (const country of countries)
    for (const name of [country.name, ...(country.variants ?? [])]) {
      const form = norm(name)
      if (!form.includes(' ')) add(form, country.name)
    }
  for (const [form, place] of nisbaPlaces) if (form.startsWith('ال') && states.has(place)) add(form, place)
  return map
}

function buildNisba(): Map<string, string> {
  const map = new Map<string, string>()
  const lookalikes = normSet(nisbaLookalikes)
  const add = (form: string, place: string) => {
    if (lookalikes.has(form)) return
    if (!map.has(form)) map.set(form, place)
    if (!map.has(`ال${form}`)) map.set(`ال${form}`, place)
  }
  for (const place of [...countries, ...regions]) {
    for (const nisba of place.nisba ?? []) {
      const stem = norm(nisba)
      for (const suffix of ['', 'ة', 'ون', 'ين', 'ان', 'تان', 'تين', 'ات']) add(stem + suffix, place.name)
    }
    for (const plural of (place as { plurals?: readonly string[] }).plurals ?? [])
      add(norm(plural), place.name)
  }
  return map
}

/**
 * `المملكة`، `السلطنة` (normalised, with the article) → the states whose full names open with that kind of state
 * (المملكة العربية السعودية، مملكة البحرين → المملكة).
 */
export const statesOfKind: ReadonlyMap<string, ReadonlySet<string>> = buildStatesOfKind()

function buildStatesOfKind(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  for (const noun of stateKindNouns) {
    const kind = norm(noun)
    const states = new Set<string>()
    for (const country of countries) {
      const names = (country.variants ?? []).map((name) => bareArticle(norm(name).split(' ')[0]!))
      if (names.includes(kind)) states.add(country.name)
    }
    map.set(`ال${kind}`, states)
  }
  return map
}

function bareArticle(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word
}

export const functionWordSet = normSet(functionWords)

/** Function words that open a place's name of several words (أم in أم درمان، أم القيوين): only they start a name. */
export const placeOpeningFunctionWords: ReadonlySet<string> = new Set(
  [...phrasesByFirstWord].flatMap(([first, phrases]) =>
    functionWordSet.has(first) &&
    phrases.some((phrase) => phrase.words.length > 1 && phrase.target.kind === 'location')
      ? [first]
      : [],
  ),
)
/** Object pronouns of the third person written on a verb (وصفه، فيجيبه). */
const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما']
/** Object pronouns written on a verb's past form, with the feminine ت before them (وصفه، اعتبرته). */
const OBJECT_SUFFIXES = [...OBJECT_PRONOUNS, 'ته', 'تها']

/** Common verbs, with the forms an intransitive verb of saying takes with an object pronoun (تابعته: followed it). */
export const commonVerbSet: ReadonlySet<string> = new Set([
  ...normSet(commonVerbs),
  ...reportingVerbs
    .filter((verb) => verb.intransitive)
    .flatMap((verb) =>
      verb.past.map(norm).flatMap((past) => OBJECT_SUFFIXES.map((suffix) => `${past}${suffix}`)),
    ),
])
export const speakerNounSet = normSet(speakerNouns)
export const sameAsBeforeSet = normSet(sameAsBefore)
export const anonymousNounSet = normSet(anonymousSpeakerNouns)
export const partitivePronounSet = normSet(partitiveSpeakerPronouns)
export const sourcelessNounSet = normSet(sourcelessSpeakerNouns)
export const stackableTitleSet = normSet(stackableTitles)
export const relationalHeadSet = normSet(relationalHeads)
/** Role words, and each indefinite one with a possessive pronoun (وزير خارجيته، ووزيرة ماليتها). */
export const roleWordSet = normSet([...roleWords, ...roleWords.flatMap(possessiveForms)])
export const roleLinkSet = normSet(roleLinks)
export const organizationHeadSet = normSet(organizationHeads)
export const partyHeadSet = normSet(partyHeads)

/**
 * A list of place heads with each head in ة also as pages written with ه for ة spell it (قريه، منطقه، مدينه), unless
 * that spelling is a noun with its pronoun (بلده, his country; محافظه, its governor; عماله, his workers).
 */
function placeHeadSpellings(words: readonly string[]): ReadonlySet<string> {
  const heads = new Set(words.map(norm))
  for (const head of [...heads]) {
    if (!head.endsWith('ة')) continue
    const stem = head.slice(0, -1)
    if (!commonWordSet.has(stem) && !commonWordSet.has(`${stem}ه`)) heads.add(`${stem}ه`)
  }
  return heads
}

/** Nouns of places in the construct state before a place's name (ولاية تكانت); the duals name two (ولايتي). */
export const placeHeadSet = placeHeadSpellings(placeHeads)
export const featureHeadSet = placeHeadSpellings(featureHeads)
export const looseFeatureHeadSet = placeHeadSpellings(looseFeatureHeads)
export const placeListHeadSet = normSet(placeListHeads)
export const divisionHeadSet = placeHeadSpellings(divisionHeads)
export const districtHeadSet = placeHeadSpellings(districtHeads)
export const looseDivisionHeadSet = placeHeadSpellings(looseDivisionHeads)
export const municipalityHeadSet = normSet(municipalityHeads)
export const timeZoneNounSet = normSet(timeZoneNouns)
export const placeNameOpenerSet = normSet(placeNameOpeners)
export const newsroomNounSet = normSet(newsroomNouns)
export const placeBodyHeadSet = normSet(placeBodyHeads)
export const placeHeadIdiomSet = normSet(placeHeadIdioms)
export const placeVerbalNounHeadSet = normSet(placeVerbalNounHeads)
export const stateFormSet = normSet(stateForms)
export const vicinityNounSet = normSet(vicinityNouns)
/** `genericBodies`, normalised: names a head match must not give. */
export const genericBodySet = normSet(genericBodies)
export const companyListNounSet = normSet(companyListNouns)
export const peoplePluralAdjectiveSet = normSet(peoplePluralAdjectives)
export const organOfBodySet = normSet(organsOfBodies)
export const boardOfBodySet = normSet(boardsOfBodies)
export const mediaGenitiveSet = normSet(mediaGenitives)
export const institutionHeadSet = normSet(institutionHeads)
export const governmentHeadSet = normSet(governmentHeads)
export const securityForceHeadSet = normSet(securityForceHeads)
export const leadershipHeadSet = normSet(leadershipHeads)
export const numberedHeadSet = normSet(numberedHeads)
export const leadershipComplementSet = normSet(leadershipComplements)
export const functionBodyHeadSet = normSet(functionBodyHeads)
export const namingHeadSet = normSet(namingHeads)
/** `placeOutletHeads`, normalised: whether the place alone after the head names the outlet. */
export const placeOutletHeadBare: ReadonlyMap<string, boolean> = new Map(
  placeOutletHeads.map((h) => [norm(h.word), h.bare]),
)
export const placeOutletEndingSet = normSet(placeOutletEndings)
export const placeOutletNewsNounSet = normSet(placeOutletNewsNouns)
export const mediaHeadOpen: ReadonlyMap<string, boolean> = new Map(
  mediaHeads.map((h) => [norm(h.word), h.open]),
)

/** Given names in strict normalisation (ى kept): see `strictNorm`. */
export const givenNameSet: ReadonlySet<string> = new Set(
  [...arabicGivenNames, ...foreignGivenNames, ...namesAfterAbd.map((name) => `عبد${name}`)].map(strictNorm),
)
export const ambiguousGivenNameSet: ReadonlySet<string> = new Set(ambiguousGivenNames.map(strictNorm))
const FEMININE_NOUNS = normSet(titleFeminineNouns)

/**
 * Title heads with the feminine of each (الأمين → الأمينة، ممثل → ممثلة، الممرض → الممرضة), except where the
 * feminine is a given name (أمين → أمينة). Titles in ي (القاضي) and in alef keep their own listed feminines.
 */
export const titleHeadSet: ReadonlySet<string> = new Set([
  ...titleHeads.map(norm),
  ...titleHeads
    .filter((title) => title.length > 2 && !/[ةاىيءآ]$/.test(title))
    .map((title) => `${title}ة`)
    .filter((title) => !givenNameSet.has(strictNorm(title)) && !FEMININE_NOUNS.has(norm(title)))
    .map(norm),
])

/** Family names of gazetteer people (بوتين، الأسد، لافروف): evidence that the word before them is a given name. */
export const knownSurnameSet: ReadonlySet<string> = new Set(
  people.flatMap((person) =>
    [person.name, ...(person.variants ?? [])].flatMap((form) => norm(form).split(' ').slice(1)),
  ),
)

/** Words that join the parts of a compound name: أبو قصرة، بن سلمان، عبد الله. */
export const nameParticleSet: ReadonlySet<string> = normSet([
  ...kunyaParticles,
  ...compoundNameHeads,
  ...nameParticles,
])
export const descentParticleSet: ReadonlySet<string> = normSet(descentParticles)
export const maghrebiDescentParticleSet: ReadonlySet<string> = normSet(maghrebiDescentParticles)
/** Kunya particles: أبو، أبي، أم. */
export const kunyaSet: ReadonlySet<string> = normSet(kunyaParticles)
/** Words that open a compound name with the next, which outlets write apart or joined (عبد اللهيان، عبداللهيان). */
export const compoundHeadSet: ReadonlySet<string> = normSet([...compoundNameHeads, ...kunyaParticles])
export const compoundNameEndingSet: ReadonlySet<string> = normSet(compoundNameEndings)
export const honorificSet: ReadonlySet<string> = normSet(honorifics)
export const praiseAfterNameSet: ReadonlySet<string> = normSet(praiseAfterNames)
export const honorificBeforeNameSet: ReadonlySet<string> = normSet(honorificsBeforeNames)
/** معاليه، سعادتها، سموه: a word of respect with the pronoun of the one who holds it (ة written ت before it). */
export const honorificPronounSet: ReadonlySet<string> = normSet(
  honorificsWithPronoun.flatMap((word) => {
    const stem = word.endsWith('ة') ? `${word.slice(0, -1)}ت` : word
    return [`${stem}ه`, `${stem}ها`]
  }),
)
export const honorificAfterNameSet: ReadonlySet<string> = normSet(honorificsAfterNames)
export const familyNameOfHouseSet: ReadonlySet<string> = normSet(familyNamesOfHouses)
export const familyNameOfFunctionWordSet: ReadonlySet<string> = normSet(familyNamesOfFunctionWords)
export const scoringMinuteSet: ReadonlySet<string> = normSet(scoringMinuteWords)
export const scoringVerbSet: ReadonlySet<string> = normSet(scoringVerbs)
export const statementNounSet: ReadonlySet<string> = normSet(statementNouns)
export const statementPlaceVerbSet: ReadonlySet<string> = normSet(statementPlaceVerbs)

/** Forms of the reporting verbs, derived from `reportingVerbs`. */
export interface VerbForm {
  lemma: string
  /** The verb reports only with a clause or a quote after it. */
  clause: boolean
  /** Whom or what the verb speaks of stands before بأن (وصف القرار بأنه). */
  object: boolean
  participle: boolean
  /** Nouns that, right after the verb, are its object in a set phrase (لفت النظر), never its subject. */
  setObjects?: ReadonlySet<string>
  /**
   * The form is also a function word once folded (بيّن and بين, between; أبان and إبان, during): only its shadda or
   * its hamza above makes it the verb.
   */
  marked?: boolean
}

export const reportingForms: ReadonlyMap<string, VerbForm> = buildVerbForms()

function buildVerbForms(): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>()
  const add = (form: string, value: VerbForm) => {
    if (!forms.has(form)) forms.set(form, functionWordSet.has(form) ? { ...value, marked: true } : value)
  }
  for (const verb of reportingVerbs) {
    const finite: VerbForm = {
      lemma: verb.lemma,
      clause: verb.clause ?? false,
      object: verb.object ?? false,
      participle: false,
      ...(verb.setObjects && { setObjects: normSet(verb.setObjects) }),
    }
    const withPronoun: VerbForm = finite.object ? { ...finite, object: false } : finite
    for (const past of verb.past.map(norm)) {
      const defective = past.endsWith('ي') || past.endsWith('ا')
      const stem = defective ? past.slice(0, -1) : past
      for (const form of [past, `${stem}ت`, `${stem}وا`, `${stem}تا`, defective ? `${stem}يا` : `${past}ا`]) {
        add(form, finite)
      }
      // With an object pronoun, the subject comes after it: وصفه محللون، اعتبرته الوزارة; the pronoun is whom the verb
      // speaks of (ما وصفه الوزير بأنه), so the noun after it is never that.
      if (!defective && !verb.intransitive)
        for (const suffix of OBJECT_SUFFIXES) add(`${past}${suffix}`, withPronoun)
    }
    for (const present of (verb.present ?? []).map(norm)) {
      const feminine = `ت${present.slice(1)}`
      const defective = present.endsWith('ي') || present.endsWith('و')
      add(present, finite)
      add(feminine, finite)
      if (!defective) {
        for (const form of [`${present}ون`, `${present}ان`, `${feminine}ان`]) add(form, finite)
        // فيجيبه مستشاره، تسألها المذيعة: as in the past, the subject comes after the object pronoun.
        if (!verb.intransitive)
          for (const suffix of OBJECT_PRONOUNS) {
            add(`${present}${suffix}`, withPronoun)
            add(`${feminine}${suffix}`, withPronoun)
          }
      }
    }
    const participle: VerbForm = { ...finite, participle: true }
    for (const base of (verb.participles ?? []).map(norm)) {
      const stem = base.endsWith('ي') ? base.slice(0, -1) : base
      // مشيرين، مشيران، مشيرتين، مشيرات: the plural, the dual and the feminine plural as well.
      const forms = base.endsWith('ي')
        ? [`${base}ا`, `${stem}ية`, `${stem}يين`, `${stem}يان`, `${stem}يتين`, `${stem}يات`]
        : [`${base}ا`, `${base}ة`, `${base}ين`, `${base}ان`, `${base}تين`, `${base}ات`]
      for (const form of forms) add(form, participle)
    }
  }
  return forms
}

export const transmissionVerbForms = normSet(transmissionVerbs)

export interface CueForm {
  words: readonly string[]
  lemma: string
  link?: string
}

export const attributionCueForms: readonly CueForm[] = attributionCues.map((cue) => ({
  words: cue.words.map(norm),
  lemma: cue.lemma,
  ...(cue.link && { link: norm(cue.link) }),
}))

export const complementizerSet = normSet(complementizers)
export const bareComplementizerSet = normSet(bareComplementizers)

export const complementPrepositionSet = normSet(complementPrepositions)
export const purposeNounSet = normSet(purposeNouns)

/** What can start at a word, as bit flags: which recognisers are worth running there. */
export const Start = {
  Phrase: 1,
  OrganizationHead: 2,
  MediaHead: 4,
  Title: 8,
  GivenName: 16,
  Marked: 32,
  Nisba: 64,
  PlaceHead: 128,
} as const

export const ministryPortfolioSet = normSet(ministryPortfolios)

/** The `Start` flags of each normalised word that starts anything (a reading of a word, particles removed). */
export const startFlags: ReadonlyMap<string, number> = buildStartFlags()

function buildStartFlags(): Map<string, number> {
  const flags = new Map<string, number>()
  const set = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag)
  for (const word of phrasesByFirstWord.keys()) set(word, Start.Phrase)
  for (const word of organizationHeadSet) set(word, Start.OrganizationHead)
  for (const organ of organOfBodySet) set(organ.split(' ')[0]!, Start.OrganizationHead)
  for (const word of functionBodyHeadSet) set(word, Start.OrganizationHead)
  for (const word of governmentHeadSet) set(word, Start.OrganizationHead)
  for (const heads of securityForceHeadSet) set(heads.split(' ')[0]!, Start.OrganizationHead)
  for (const word of ministryPortfolioSet) set(word, Start.OrganizationHead)
  for (const word of mediaHeadOpen.keys()) set(word, Start.MediaHead)
  for (const word of newsroomNounSet) set(word, Start.MediaHead)
  for (const word of titleHeadSet) set(word, Start.Title)
  for (const word of relationalHeadSet) {
    // مديرتها: a feminine head writes its ة as ت before the pronoun.
    const stem = word.endsWith('ة') ? `${word.slice(0, -1)}ت` : word
    for (const suffix of ['ه', 'ها', 'هم', 'هما']) set(stem + suffix, Start.Title)
  }
  set('د', Start.Title)
  for (const word of givenNameSet) set(norm(word), Start.GivenName)
  for (const word of [...compoundNameHeads, ...kunyaParticles]) set(norm(word), Start.GivenName)
  for (const word of markedPlaces.keys()) set(norm(word), Start.Marked)
  for (const word of nisbaPlaces.keys()) set(word, Start.Nisba)
  for (const word of placeHeadSet) set(word, Start.PlaceHead)
  for (const word of featureHeadSet) set(word, Start.PlaceHead)
  for (const word of stateFormSet) set(word, Start.PlaceHead)
  for (const heads of placeBodyHeadSet) set(heads.split(' ')[0]!, Start.OrganizationHead)
  return flags
}

// Words the rules read around verbs, names and heads (see each list's file for what it holds).

export const kanaSet: ReadonlySet<string> = normSet(kanaAndSisters.flat())
/** كان and its sisters, with the verbs of being and seeming whose next word is their predicate. */
export const predicateVerbSet: ReadonlySet<string> = normSet([...kanaAndSisters.flat(), ...predicateVerbs])
export const resumptivePrepositionSet: ReadonlySet<string> = normSet(resumptivePrepositions)
/** كان itself, alone or after و or ف: وكان، فكانت. */
export const kanaWithConjunctionSet: ReadonlySet<string> = normSet(
  kanaAndSisters[0]!.flatMap((form) => [form, `و${form}`, `ف${form}`]),
)
export const clauseBoundarySet = normSet(clauseBoundaries)
export const clauseTrailerSet = normSet(clauseTrailers)
export const demonstrativeSet = normSet(demonstratives)
export const narrationOpenerSet = normSet(narrationOpeners)
export const speakerActSet = normSet(speakerActs)
export const firstPersonOpenerSet = normSet(firstPersonOpeners)
export const clauseParticleSet = normSet(clauseParticles)
export const subjectClauseOpenerSet = normSet(subjectClauseOpeners)
export const conjunctionWithAnSet = normSet(conjunctionsWithAn)
export const fillerOpenerSet = normSet(fillerOpeners)
export const audienceNounSet = normSet(audienceNouns)
export const topicPrepositionSet = normSet(topicPrepositions)
export const verbSubjectAdverbSet = normSet(verbSubjectAdverbs)
export const occasionPronounSet = normSet(occasionPronouns)
export const statementPronounSet = normSet(statementPronouns)
export const speakingOccasionNounSet = normSet(speakingOccasionNouns)
export const relativeMaSet = normSet(relativeMa)
export const qadSet = normSet(qadParticles)
export const relativePronounSet = normSet(relativePronouns)
export const partitiveWordSet = normSet(partitiveWords)
export const groupCountNounSet = normSet(groupCountNouns)
export const affiliationPrepositionSet = normSet(affiliationPrepositions)
export const titleTailStopSet = normSet(titleTailStops)
export const verbParticleSet = normSet(verbParticles)
export const impersonalVerbSet = normSet(impersonalVerbs)
export const relativeReportFormSet = normSet(relativeReportForms)
export const asHePutItSet = normSet(asHePutItNouns)
export const sayingBySet = normSet(sayingByNouns)
export const sayingNounSet = normSet(sayingNouns)
export const reportingNounSet = normSet(reportingNouns)
export const interviewNounSet = normSet(interviewNouns)
export const placeNameAdjectiveSet = normSet(placeNameAdjectives)
export const colourAdjectiveSet = normSet(colourAdjectives)
export const elativeSet = normSet(elatives)
export const descriptiveAdjectiveSet = normSet(descriptiveAdjectives)
export const genericAdjectiveSet = normSet(genericAdjectives)
export const locatingAdjectiveSet = normSet(locatingAdjectives)
export const describingParticipleSet = normSet(describingParticiples)
export const epithetAdjectiveSet = normSet(epithetAdjectives)
export const openHeadSet = normSet(openHeads)
export const openHeadNeedingNameSet = normSet(openHeadsNeedingName)
export const namedAfterHeadSet = normSet(namedAfterHeads)
export const namesakeSiteHeadSet = normSet(namesakeSiteHeads)
export const namesakeBodyHeadSet = normSet(namesakeBodyHeads)
export const namesakeHeadSet: ReadonlySet<string> = new Set([...namesakeSiteHeadSet, ...namesakeBodyHeadSet])
export const namesakeTitleSet = normSet(namesakeTitles)
export const ownedPlaceHeadSet = normSet(ownedPlaceHeads)
export const namedOnlyHeadSet = normSet(namedOnlyHeads)
export const titledFeatureHeadSet = normSet(titledFeatureHeads)
export const governingHeadSet = normSet(governingHeads)
export const verbalNounHeadSet = normSet(verbalNounHeads)
export const seatedHeadSet = normSet(seatedHeads)
export const courtHeadSet = normSet(courtHeads)
export const sovereignTitleSet = normSet(sovereignTitles)
export const courtesyTitleSet = normSet(courtesyTitles)
export const numeralWordSet = normSet(numeralWords)
export const stateNounSet = normSet(stateNouns)
export const definiteNameOfRoleSet = normSet(definiteNamesOfRoles)

export const monthNameOfMenSet = normSet(monthsThatAreNames)
export const monthComplementSet = normSet(monthComplements)

/** Heads after which a quoted span is a name, not a quote: موقع "ستاندرد"، حملة "…"، وزارة "…". */
export const headsOfNamesSet: ReadonlySet<string> = new Set([
  ...namingHeadSet,
  ...mediaHeadOpen.keys(),
  ...organizationHeadSet,
])

/** Words of month and weekday names, except those that are also ordinary words (الأول، الثاني, the ambiguous months). */
export const calendarWordSet: ReadonlySet<string> = new Set(
  [...gregorianMonths, ...levantineMonths, ...hijriMonths, ...weekdays]
    .flat()
    .flatMap((name) => norm(name).split(' '))
    .filter((word) => !ambiguousMonths.map(norm).includes(word) && word !== 'الاول' && word !== 'الثاني'),
)

/** المقبل، القادم: a date they follow is still to come. */
export const futureMarkerSet = normSet(futureMarkers)

/** Weekday names by their normalised form: Sunday = 0. */
export const weekdayByName: ReadonlyMap<string, number> = new Map(
  weekdays.flatMap((forms, day) => forms.map((form) => [norm(form), day] as const)),
)

/** Gregorian and Levantine month names (one or two words) by their normalised form: January = 0. */
export const monthByName: ReadonlyMap<string, number> = new Map(
  [gregorianMonths, levantineMonths].flatMap((months) =>
    months.flatMap((forms, month) => forms.map((form) => [norm(form), month] as const)),
  ),
)

// Words of relative and partial dates (see `calendar.ts`).

export const yearWordSet = normSet(yearWords)
/** Parts of the day (صباح، مساء): صباح is also a given name. */
export const dayPartSet = normSet(dayParts)
export const periodNounUnits: ReadonlyMap<string, 'week' | 'month' | 'year'> = new Map(
  periodNouns.map(([word, unit]) => [norm(word), unit]),
)
export const relativeDirectionMap: ReadonlyMap<string, -1 | 1> = new Map(
  relativeDirections.map(([word, direction]) => [norm(word), direction]),
)
export const vagueCountSet = normSet(vagueCounts)
export const monthContextSet = normSet(monthContextWords)
export const fromTodaySet = normSet(fromTodayWords)
export const yesterdaySet = normSet(yesterdayWords)
export const tomorrowSet = normSet(tomorrowWords)
export const thisSet = normSet(thisWords)
export const periodOfYearSet = normSet(periodsOfYear)

export const mediaNameEndingSet = normSet(mediaNameEndings)
export const mediaNameWordSet = normSet(mediaNameWords)
