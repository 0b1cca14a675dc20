import { describe, expect, it } from 'vitest'
import { parsePeople } from '../../extract/registered-people.ts'
import { normalize } from '../../normalize/normalize.ts'
import * as abbreviations from './abbreviations.ts'
import * as adjectives from './adjectives.ts'
import * as bodyWords from './body-words.ts'
import * as calendar from './calendar.ts'
import * as cities from './cities.ts'
import * as clauseWords from './clause-words.ts'
import { commonWordSet } from './compiled.ts'
import { properNameSet, stopwordSet } from './compiled-analysis.ts'
import * as countries from './countries.ts'
import * as functionWords from './function-words.ts'
import * as givenNames from './given-names.ts'
import * as heads from './heads.ts'
import * as knownBodies from './known-bodies.ts'
import * as knownOutlets from './known-outlets.ts'
import * as media from './media.ts'
import * as nameParts from './name-parts.ts'
import * as numerals from './numerals.ts'
import * as organizations from './organizations.ts'
import * as paragraphOpeners from './paragraph-openers.ts'
import * as people from './people.ts'
import * as properNames from './proper-names.ts'
import * as regions from './regions.ts'
import * as reportingVerbs from './reporting-verbs.ts'
import * as rootInitialWords from './root-initial-words.ts'
import { strictNorm } from './spelling.ts'
import * as stopwords from './stopwords.ts'
import * as titles from './titles.ts'
import { writtenPeopleText } from './written-people.ts'
import { entries, writtenPlaceGroups } from './written-places.ts'

const modules: Record<string, Record<string, unknown>> = {
  abbreviations,
  adjectives,
  bodyWords,
  calendar,
  cities,
  clauseWords,
  countries,
  functionWords,
  givenNames,
  heads,
  knownBodies,
  knownOutlets,
  media,
  nameParts,
  numerals,
  organizations,
  paragraphOpeners,
  people,
  properNames,
  regions,
  reportingVerbs,
  rootInitialWords,
  stopwords,
  titles,
}

const ARABIC = /[\u0621-\u064A]/

/** Every Arabic string of a list, however deep in its entries. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return ARABIC.test(value) ? [value] : []
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

const lists = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => Array.isArray(value))
    .map(([name, value]) => ({ name: `${file}.${name}`, value: value as readonly unknown[] })),
)

/** Words spelled as `normalize` leaves them where a dictionary writes a hamza or ى: a list in normalised spelling. */
const NORMALISED_ONLY = [
  'الي',
  'اذا',
  'اذ',
  'اكد',
  'ان',
  'انه',
  'ايضا',
  'حتي',
  'متي',
  'او',
  'الا',
  'اما',
  'اي',
]

describe('the language data', () => {
  it('has Arabic lists in every data file', () => {
    expect(lists.length).toBeGreaterThan(50)
    for (const { name, value } of lists) expect(stringsOf(value).length, name).toBeGreaterThan(0)
  })

  it('keeps every entry a word or phrase after normalisation', () => {
    for (const { name, value } of lists) {
      for (const entry of stringsOf(value)) {
        const normal = normalize(entry)
        expect(normal.trim(), `${name}: ${entry}`).toBe(normal)
        expect(normal.length, `${name}: ${entry}`).toBeGreaterThan(0)
        expect(/\s{2}/.test(normal), `${name}: ${entry}`).toBe(false)
      }
    }
  })

  it('writes entries in dictionary spelling, not in the normalised one', () => {
    for (const { name, value } of lists) {
      const normalisedOnly = stringsOf(value).filter((entry) => NORMALISED_ONLY.includes(entry))
      expect(normalisedOnly, name).toEqual([])
    }
  })

  it('lists no word twice in one list', () => {
    for (const { name, value } of lists) {
      const entries = value.every((entry) => typeof entry === 'string')
        ? (value as string[])
        : value.flatMap((entry) => {
            const named = entry as { name?: unknown; lemma?: unknown }
            return typeof named.name === 'string' ? [named.name] : []
          })
      const repeated = entries.filter((entry, i) => entries.indexOf(entry) !== i)
      expect(repeated, name).toEqual([])
    }
  })
})

const words = (list: readonly string[], fold: (word: string) => string = normalize) =>
  new Set(list.map((word) => fold(word)))
const singleWords = (list: readonly string[]) => words(list.filter((entry) => !entry.includes(' ')))
const placeNames = [...countries.countries, ...regions.regions, ...cities.cities].flatMap((place) => [
  place.name,
  ...(place.variants ?? []),
])
const givenNameWords = words([...givenNames.arabicGivenNames, ...givenNames.foreignGivenNames], strictNorm)
const ambiguous = words(givenNames.ambiguousGivenNames, strictNorm)
/**
 * The one-word names the known outlets and bodies (`known-outlets.ts`, `known-bodies.ts`) give without a head: names
 * of entries with no `headed` forms, and variants.
 */
const bareKnownNames = words(
  [...knownOutlets.knownOutlets, ...knownBodies.knownBodies]
    .flatMap((entry) => [...(entry.headed ? [] : [entry.name]), ...(entry.variants ?? [])])
    .filter((name) => !name.includes(' ')),
)
/** The one-word names of this team's place lists that may be named without a head noun's help (not `cued`). */
const writtenPlaceWords = singleWords(
  writtenPlaceGroups.flatMap((list) => {
    const cued = new Set(entries(list.cued))
    return entries(`${list.towns}|${list.names}`).filter((name) => !cued.has(name))
  }),
)
/** The short forms of this team's people: each names its person anywhere. */
const writtenShortForms = words(
  parsePeople(writtenPeopleText).flatMap((person) => person.short),
  strictNorm,
)
const reportingVerbForms = words(
  reportingVerbs.reportingVerbs.flatMap((verb) => [...verb.past, ...(verb.present ?? [])]),
  strictNorm,
)

/**
 * Lists that must not share a word: each row names two compiled lists, why, and the words they share today by
 * design (a row with shared words documents an ambiguity the rules resolve elsewhere).
 */
const FORBIDDEN_PAIRS: readonly {
  a: string
  b: string
  why: string
  left: ReadonlySet<string>
  right: ReadonlySet<string>
  allowed?: readonly string[]
}[] = [
  {
    a: 'function words',
    b: 'given names',
    why: 'a function word is read as a name only when the given-name list marks it ambiguous (علي / على)',
    left: words(functionWords.functionWords, strictNorm),
    right: new Set([...givenNameWords].filter((word) => !ambiguous.has(word))),
    // آنا (Anna) and أنا (I) differ only in the alef the fold removes; a pronoun is no name in the news.
    allowed: ['انا'],
  },
  {
    a: 'reporting verbs',
    b: 'given names',
    why: 'a reporting verb before a name is a report, not the first name of a compound',
    left: reportingVerbForms,
    right: new Set([...givenNameWords].filter((word) => !ambiguous.has(word))),
  },
  {
    a: 'title heads',
    b: 'place names',
    why: 'a title opens a person’s mention, a place name a location’s',
    left: words(titles.titleHeads),
    right: singleWords(placeNames),
  },
  {
    a: 'title heads',
    b: 'the team’s place names',
    why: 'a title opens a person’s mention, not a town’s',
    left: words(titles.titleHeads),
    right: writtenPlaceWords,
  },
  {
    a: 'function words',
    b: 'the team’s place names',
    why: 'a function word is no town; a name that is one belongs to `cued`',
    left: words(functionWords.functionWords),
    right: writtenPlaceWords,
  },
  {
    a: 'function words',
    b: 'the team’s short forms of people',
    why: 'a short form names its person anywhere: a function word never does',
    left: words(functionWords.functionWords, strictNorm),
    right: writtenShortForms,
  },
  {
    a: 'reporting verbs',
    b: 'the team’s short forms of people',
    why: 'a reporting verb before a name is a report, not the person',
    left: reportingVerbForms,
    right: writtenShortForms,
  },
  {
    a: 'place heads',
    b: 'title heads',
    why: 'محافظة is a governorate, not the feminine of محافظ',
    left: words(heads.placeHeads),
    right: words(titles.titleHeads),
  },
  {
    a: 'stopwords',
    b: 'the stemmer’s proper names',
    why: 'a name kept whole would never be skipped, a stopword always is',
    left: stopwordSet,
    right: properNameSet,
    // على and the name علي are one word once normalised: queries drop it, the index keeps its letters.
    allowed: ['علي'],
  },
  {
    a: 'name particles',
    b: 'function words',
    why: 'a particle continues a name where a function word ends it',
    left: words([...nameParts.kunyaParticles, ...nameParts.compoundNameHeads, ...nameParts.nameParticles]),
    right: words(functionWords.functionWords),
    // أم (mother of / or) and لا (la / no) are particles only before a name, which the name rules check.
    allowed: ['ام', 'لا'],
  },
  {
    a: 'known outlets and bodies',
    b: 'given names',
    why: 'a name taken without a head is a person’s where it is also a given name: it needs its head (نادي الريان)',
    left: bareKnownNames,
    right: words([...givenNames.arabicGivenNames, ...givenNames.foreignGivenNames]),
  },
  {
    a: 'known outlets and bodies',
    b: 'function words and place names',
    why: 'a name taken without a head would take every use of the word or the place: it needs its head (صحيفة الرياض)',
    left: bareKnownNames,
    right: new Set([...words(functionWords.functionWords), ...singleWords(placeNames)]),
  },
  {
    a: 'known outlets and bodies',
    b: 'ordinary words of news',
    why: 'a name taken without a head would take every use of the word: it needs its head (صحيفة الخبر)',
    left: bareKnownNames,
    right: commonWordSet,
    // Names news writes often enough to be counted with its words, which read as nothing else.
    allowed: ['هواوي', 'الزمالك', 'الترجي'],
  },
  {
    a: 'numerals',
    b: 'given names',
    why: 'a number word ends a name (ثماني سنوات)',
    left: words(numerals.numeralWords, strictNorm),
    right: new Set([...givenNameWords].filter((word) => !ambiguous.has(word))),
  },
]

describe('lists that must not overlap', () => {
  for (const { a, b, why, left, right, allowed = [] } of FORBIDDEN_PAIRS) {
    it(`${a} × ${b}: ${why}`, () => {
      const shared = [...left].filter((word) => right.has(word) && !allowed.includes(word))
      expect(shared).toEqual([])
    })
  }
})
