import { ARTICLE_WITH_PARTICLE } from '../lang/ar/affixes.ts'
import { descriptorWordSet } from '../lang/ar/offices.ts'
import { findAdministrativePlaces } from './administrative-places.ts'
import { findCommunes } from './commune-names.ts'
import { findCompassRegions } from './compass-regions.ts'
import { findCredits } from './credit-names.ts'
import { definiteGivenNameOpens } from './definite-given-name.ts'
import { findEchoedFamilyNames } from './echoed-family-names.ts'
import {
  beforeNisbaFamilyName,
  givenNameStart,
  opensBeforeNisba,
  sourceGivenNameBase,
} from './given-name-start.ts'
import {
  bareNisbaStems,
  commonWordSet,
  complementizerSet,
  compoundNameEndingSet,
  contextualCities,
  demonstrativeSet,
  descentParticleSet,
  descriptiveAdjectiveSet,
  honorificBeforeNameSet,
  markedForm,
  markedPlaces,
  mediaHeadOpen,
  nameParticleSet,
  namingHeadSet,
  nisbaPlaces,
  norm,
  placeHeadSet,
  placeNameAdjectiveSet,
  placeOpeningFunctionWords,
  Start,
  stackableTitleSet,
  type Target,
  timeZoneNounSet,
} from './lexicon.ts'
import { loneNameAfterTitle } from './lone-family-names.ts'
import { matchMediaHead } from './media-names.ts'
import { isForeignNameWord, isListedNameWord, isNumberWord, isUnknownNameWord } from './name-words.ts'
import { nameAfterRole } from './names-after-roles.ts'
import { nameBeforeRole, roleMayFollow } from './names-before-roles.ts'
import { lastWordBefore, matchOrganizationHead } from './organization-names.ts'
import { findListedPeople } from './person-lists.ts'
import { filiationFollows, nameEnd, ordinaryWordsOnly } from './person-names.ts'
import { matchPhrase, type PhraseMatch } from './phrase-match.ts'
import { findPlaceLists } from './place-lists.ts'
import { matchPlaceHead } from './place-names.ts'
import { namedByHead } from './quote-names.ts'
import { matchRegisteredPhrase } from './registered-phrases.ts'
import { matchRole, type RoleMatch } from './roles.ts'
import {
  addAlternate,
  afterQuotedName,
  baseStart,
  commaGap,
  displaySpan,
  type Found,
  foundFrom,
  joined,
  type RoleSpan,
  type Scan,
  wordMarks,
} from './scan.ts'
import { findScorers } from './scorer-names.ts'
import { sourceGivenNameNormSet } from './source-given-names.ts'
import {
  DEFINITE_IN_YA as DEFINITE_IN_YA_QUESTION,
  keepAnswer,
  keptAnswer,
  LONG_DEFINITE as LONG_DEFINITE_QUESTION,
  OPENS_BEFORE_NISBA as OPENS_BEFORE_NISBA_QUESTION,
} from './spelling-answers.ts'
import { subjectPlaceName } from './subject-place-names.ts'
import {
  givenNameBase,
  isAccusativeNoun,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isGivenNameAfterArticle,
  isKnownSurname,
  isNameParticle,
  isRoleWord,
  isVerb,
  isVerbOfAnyList,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base, Word } from './words.ts'

// The questions as constants of this module: an imported binding is read from its module at each test.
const DEFINITE_IN_YA = DEFINITE_IN_YA_QUESTION
const LONG_DEFINITE = LONG_DEFINITE_QUESTION
const OPENS_BEFORE_NISBA = OPENS_BEFORE_NISBA_QUESTION

export interface Recognition {
  found: Found[]
  roles: RoleSpan[]
  /** 1 for words inside a name or a role. */
  claimed: Uint8Array
}

interface Candidate {
  /** Last word the match covers (its head included). */
  last: number
  found: Found[]
  role?: RoleSpan
}

/**
 * One left-to-right pass over the words. At each word every recogniser proposes a match; the longest wins (ties go
 * to the earlier recogniser: outlet heads, the gazetteer, organisation heads, titled people, given names), and the
 * scan resumes after it. A word no recogniser takes may still be a nisba adjective (الروسي → روسيا).
 */
export function recognize(scan: Scan): Recognition {
  const { words } = scan
  const found: Found[] = []
  const roles: RoleSpan[] = []
  const claimed = wordMarks(words.length)
  const titles = titleQuotes(scan)
  let lastPerson = -1
  let i = 0
  while (i < words.length) {
    // The words of a title (فيلم "الطريق إلى إربد") name no one.
    if (titles?.[i]) {
      claimed[i] = 1
      i++
      continue
    }
    const word = words[i]!
    // One lookup per reading tells which recognisers can start here; most words start none.
    // A function word starts only a place's name of several words (أم درمان، أم القيوين).
    // علي: the flag is the normalised spelling's (على); the word itself decides.
    const functionWord = (word.bases[0]!.flags & FUNCTION_WORD) !== 0 && isFunctionWord(word)
    const flagged = word.number || functionWord ? 0 : startsAt(word)
    // `filiationStart`'s context rules only add a given name's start: not asked where the flags already give one,
    // nor of a word that fails the first test of each (most words).
    const asked =
      !word.number && !functionWord && (flagged & GIVEN_NAME_START) === 0 && contextMayOpen(words, i, word)
    const starts = asked ? flagged | filiationStart(scan, i) : flagged
    const afterPerson = lastPerson === i - 1 && joined(words, i)
    // A function word that starts no gazetteer phrase (most: في، من، على) opens no place's name: no set look-up.
    const opensPlace =
      functionWord && (word.flags & PHRASE_START) !== 0 && placeOpeningFunctionWords.has(word.norm)
    const listed = opensPlace || functionWord ? undefined : registeredPerson(scan, i)
    const candidate = opensPlace
      ? placeAfterFunctionWord(scan, i)
      : starts === 0
        ? undefined
        : bestCandidate(scan, i, starts, afterPerson)
    // A registered name is preferred to a name the rules read over the same words (its canonical spelling), and to
    // one they run on from it into a word that is no name's.
    const best = listed ? listedOrLonger(scan, listed, candidate) : candidate
    if (best) {
      const named = best.found.length > 0 ? best.found[best.found.length - 1] : undefined
      if (named?.kind === 'person' && named.last === best.last) lastPerson = best.last
      // A loop, not a spread: asked at every name, the spread goes through V8's generic call.
      for (let n = 0; n < best.found.length; n++) found.push(best.found[n]!)
      if (best.role) roles.push(best.role)
      claimed.fill(1, i, best.last + 1)
      i = best.last + 1
      continue
    }
    // `subjectPlaceName`'s first test, a reporting verb right before (its spelling's answer, kept), asked here: of
    // the seeds' 205 words an article that reached the call, some 5 get past it, and the call cost more than the test.
    const subjectName =
      starts === 0 && !functionWord && i > 0 && reportingVerb(words[i - 1]!) !== undefined
        ? subjectPlaceName(scan, i)
        : -1
    const apposed =
      subjectName < i && !functionWord && !word.number && roleMayFollow(words, i)
        ? nameBeforeRole(scan, i)
        : undefined
    if (apposed) {
      found.push(person(scan, i, apposed.last, apposed.base))
      lastPerson = apposed.last
      claimed.fill(1, i, apposed.last + 1)
      i = apposed.last + 1
      continue
    }
    if (subjectName > i) {
      found.push(person(scan, i, subjectName, word.bases[0]!))
      lastPerson = subjectName
      claimed.fill(1, i, subjectName + 1)
      i = subjectName + 1
      continue
    }
    if (starts & NISBA_START) {
      const nisba = matchNisba(scan, i)
      if (nisba) {
        found.push(nisba)
        const named = nisbaPerson(scan, i, nisba)
        if (named) {
          found.push(named)
          claimed.fill(1, i, named.last + 1)
          i = named.last + 1
          continue
        }
      }
    }
    i++
  }
  // A region read by its direction adjective (والجبل الشمالي) is an item of a list of places like a known one.
  found.push(...findCompassRegions(scan, claimed, found))
  found.push(...findPlaceLists(scan, claimed, found), ...findCommunes(scan, claimed))
  found.push(...findAdministrativePlaces(scan, claimed, found))
  found.push(...findCredits(scan, claimed, found), ...findScorers(scan, claimed))
  found.push(...findListedPeople(scan, found, claimed))
  found.push(...findEchoedFamilyNames(scan, found, claimed))
  for (const f of found) addHeadedForm(scan, f)
  return { found: withoutClockPlaces(scan, withoutUnconfirmedCities(found)), roles, claimed }
}

/**
 * بتوقيت القدس: a place that names a time zone is no place of the news; دوماً (always, and Douma): a word of one word
 * written with the tanwin of the accusative is an adverb or a noun, never a place's name; هذه الظاهرة (this
 * phenomenon, and an Omani governorate): a word with the article after a demonstrative is the noun it points at;
 * بليون (a billion, and ب + Lyon): a number in words is no place behind a particle.
 */
function withoutClockPlaces(scan: Scan, found: Found[]): Found[] {
  // A loop, not `filter` with a closure: the closure ran in V8's baseline tier, several times dearer per place.
  const kept: Found[] = []
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind !== 'location' || !clockPlace(scan, f)) kept.push(f)
  }
  return kept
}

function clockPlace(scan: Scan, f: Found): boolean {
  const { words } = scan
  const word = words[f.first]!
  if (f.first === f.last && (isAccusativeNoun(word) || isNumberWord(word) || birthplaceIdiom(scan, f)))
    return true
  const before = f.first > 0 ? words[f.first - 1] : undefined
  if (!before || !joined(words, f.first)) return false
  if (f.first === f.last && word.norm.startsWith('ال') && demonstrativeSet.has(before.norm)) return true
  for (let n = 0; n < before.bases.length; n++) {
    const b = before.bases[n]!
    if (b.cut <= 1 && timeZoneNounSet.has(b.base)) return true
  }
  return false
}

/** مسقط رأسه (his birthplace): Muscat's name as the first word of the idiom. */
function birthplaceIdiom(scan: Scan, f: Found): boolean {
  const word = scan.words[f.first]!
  const next = scan.words[f.first + 1]
  return (
    word.norm === MUSCAT &&
    next !== undefined &&
    joined(scan.words, f.first + 1) &&
    next.norm.startsWith(HEAD)
  )
}

const MUSCAT = norm('مسقط')
const HEAD = norm('رأس')

/** سيول (Seoul, and floods): a city that is also an ordinary word counts only where its country is named too. */
function withoutUnconfirmedCities(found: Found[]): Found[] {
  if (!found.some((f) => f.kind === 'location' && contextualCities.has(f.name))) return found
  const places = new Set(found.filter((f) => f.kind === 'location').map((f) => f.name))
  return found.filter((f) => {
    const country = f.kind === 'location' ? contextualCities.get(f.name) : undefined
    return country === undefined || places.has(country)
  })
}

/**
 * A name after its head noun is written both ways in the news (وكالة رويترز and رويترز, محافظة المفرق and المفرق):
 * the headed form becomes an alternate, so that the entity answers to either.
 */
function addHeadedForm(scan: Scan, f: Found): void {
  if (f.kind !== 'media' && f.kind !== 'location') return
  const { words } = scan
  let head = f.head
  if (head === undefined && f.kind === 'location' && f.form === 'name') {
    const before = f.first > 0 ? words[f.first - 1] : undefined
    if (before && joined(words, f.first) && before.bases.some((b) => placeHeadSet.has(b.base)))
      head = f.first - 1
  }
  if (head === undefined || head >= f.first) return
  const word = words[head]!
  const base = word.bases.find((b) => placeHeadSet.has(b.base) || mediaHeadOpen.has(b.base)) ?? word.bases[0]!
  const headed = displaySpan(scan, head, f.last, base)
  addAlternate(f, headed)
}

/** A place's name of several words that opens with a function word at word `i` (أم درمان), if one does. */
function placeAfterFunctionWord(scan: Scan, i: number): Candidate | undefined {
  const place = matchPhrase(scan, i, (target) => target.kind === 'location')
  if (!place || place.last === i || place.base.cut !== 0) return undefined
  return { last: place.last, found: [foundFrom(scan, i, place.last, place.base, place.target, 'name', true)] }
}

/** A person of a list registered at run time (`registerPeople`) whose name is written at word `i`. */
function registeredPerson(scan: Scan, i: number): Candidate | undefined {
  const match = matchRegisteredPhrase(scan, i)
  if (!match) return undefined
  return { last: match.last, found: [foundFrom(scan, i, match.last, match.base, match.target, 'name', true)] }
}

/**
 * A registered name of several words, or the longer reading of the rules that opens at the same word: the longer only
 * where the words after the listed name go on a name (محمد مصطفى أبو شامة), not where they are the clause's (إصابة
 * NAME1 NAME2 نجم المنتخب، زيارة النائب NAME1 NAME2 قصر بعبدا).
 */
function listedOrLonger(scan: Scan, listed: Candidate, candidate: Candidate | undefined): Candidate {
  if (!candidate || candidate.last <= listed.last) return listed
  const named = listed.found[0]!
  if (named.first === named.last || nameGoesOn(scan, listed.last + 1)) return candidate
  const longer = candidate.found[candidate.found.length - 1]
  return longer?.kind === 'person' && longer.first === named.first ? listed : candidate
}

/**
 * Word `k` goes on the name before it: a particle or a compound's second part (بن، أبو، آل، الدين), a vetted family
 * name, a given name that is no role's or descriptor's word (نجم، لاعب), a word of a foreign name's shape that is no
 * passive participle, or a word with the article that is no ordinary word, place or function word (الشامي). A role's
 * word, a head noun, a participle or an ordinary word (نجم، قصر، موجود، الموجود) does not, after a full name the list
 * gives.
 */
function nameGoesOn(scan: Scan, k: number): boolean {
  const word = scan.words[k]
  if (!word || word.number || !joined(scan.words, k)) return false
  const w = word.norm
  if (nameParticleSet.has(w) || descentParticleSet.has(w) || compoundNameEndingSet.has(w)) return true
  if (isKnownSurname(word)) return true
  if (isRoleWord(word) || descriptorWordSet.has(w) || titleHead(word) !== undefined || isFunctionWord(word))
    return false
  if (w.startsWith('ال')) return !commonWordSet.has(w) && !nisbaPlaces.has(w) && w.length > 4
  if (isGivenName(word)) return true
  return !PASSIVE_PARTICIPLE.test(w) && isForeignNameWord(word, true)
}

/** مفعول: موجود، مسؤول، مشمول. */
const PASSIVE_PARTICIPLE = /^م..و.$/

/**
 * رئيس الحكومة NAME1 NAME2: a role's name that opens a registered name of several words is that name, where the
 * rules read fewer of its words or run it on into a word that goes on no name.
 */
function withRegisteredName(scan: Scan, named: Named): Named {
  const found = named.person
  const match = matchRegisteredPhrase(scan, found.first)
  if (!match || match.last === match.first || match.last === found.last) return named
  if (match.last < found.last && nameGoesOn(scan, match.last + 1)) return named
  const person = foundFrom(scan, found.first, match.last, match.base, match.target, 'name', true)
  return { ...named, person }
}

/** `afterPerson`: a person's name ends right before word `i`. */
function bestCandidate(scan: Scan, i: number, starts: number, afterPerson: boolean): Candidate | undefined {
  let best: Candidate | undefined
  if (starts & Start.Marked) {
    const marked = markedPlace(scan, i)
    if (marked) best = longer(best, { last: i, found: [marked] })
  }
  if (starts & Start.MediaHead) {
    const media = matchMediaHead(scan, i)
    if (media) best = longer(best, { last: media.last, found: [media, ...(media.nested ?? [])] })
  }
  if (starts & Start.Phrase) {
    const phrase = matchPhrase(scan, i)
    if (
      phrase &&
      !adjectiveOfNoun(scan, i, phrase.last, phrase.target) &&
      !describedNoun(scan, phrase) &&
      !particleBeforeFunctionWord(scan, phrase)
    ) {
      best = longer(best, {
        last: phrase.last,
        found: [foundFrom(scan, i, phrase.last, phrase.base, phrase.target, 'name', true)],
      })
    }
  }
  if (starts & Start.OrganizationHead) {
    const organization = matchOrganizationHead(scan, i)
    if (organization) {
      best = longer(best, { last: organization.last, found: [organization, ...(organization.nested ?? [])] })
    }
  }
  if (starts & Start.PlaceHead) {
    const places = matchPlaceHead(scan, i)
    if (places) best = longer(best, { last: Math.max(...places.map((p) => p.last)), found: places })
  }
  if (starts & Start.Title) {
    const role = matchRole(scan, i)
    if (role) best = longer(best, titledPerson(scan, role))
  }
  if (starts & Start.GivenName) {
    const given = givenNameStart(scan, i, afterPerson)
    if (given) best = longer(best, { last: given.last, found: [person(scan, i, given.last, given.base)] })
  }
  return best
}

/**
 * المناطق الشمالية والوسطى والشرقية: a place named by an adjective's shape (الشرقية، الوسطى) right after a definite
 * noun, or after such an adjective and و, is that noun's adjective, not the place.
 */
function adjectiveOfNoun(scan: Scan, i: number, last: number, target: Target): boolean {
  const { words } = scan
  const word = words[i]!
  const before = i > 0 ? words[i - 1] : undefined
  if (target.kind !== 'location' || last !== i || !before || !joined(words, i)) return false
  const bare = withoutWa(word.norm)
  // الوفد الإسكندرية، القوات اللاذقية: a city in a nisba's shape that news does not use as an adjective is the city.
  if (!ADJECTIVE_SHAPE.test(bare) || !(commonWordSet.has(bare) || placeNameAdjectiveSet.has(bare)))
    return false
  // بالغوطة الشرقية: the noun may carry a preposition.
  const previous = before.bases.find((b) => b.cut <= 1 && b.base.startsWith('ال'))?.base
  return previous !== undefined && !isFunctionWord(before) && !placeHeadSet.has(previous)
}

/**
 * بحماس كبير: a body's name of one word without the article, with an indefinite adjective of size or standing after
 * it, is the common noun it is also (a name takes no such adjective).
 */
function describedNoun(scan: Scan, phrase: PhraseMatch): boolean {
  if (phrase.target.kind !== 'organization' || phrase.last !== phrase.first) return false
  const { words } = scan
  const after = words[phrase.last + 1]
  return (
    after !== undefined &&
    joined(words, phrase.last + 1) &&
    !phrase.base.base.startsWith('ال') &&
    descriptiveAdjectiveSet.has(after.norm)
  )
}

/**
 * بأي، بأى (with any): a one-letter particle before a function word written with its hamza is that phrase, not the
 * name of one word its letters fold to (باي, a Somali region).
 */
function particleBeforeFunctionWord(scan: Scan, phrase: PhraseMatch): boolean {
  if (phrase.last !== phrase.first || phrase.base.cut !== 0) return false
  const word = scan.words[phrase.first]!
  if (!ALEFS_WITH_HAMZA.has(word.raw[1]!)) return false
  for (let n = 0; n < word.bases.length; n++) {
    const b = word.bases[n]!
    if (b.cut === 1 && b.flags & WordFlag.FunctionWord) return true
  }
  return false
}

/** أ، إ، آ: the alefs that folding writes as a bare ا. */
const ALEFS_WITH_HAMZA = new Set(['أ', 'إ', 'آ'])

function withoutWa(word: string): string {
  return word.startsWith('وال') ? word.slice(1) : word
}

const ADJECTIVE_SHAPE = /^ال.+(?:ية|ي|ى)$/

/** The candidate that reaches further; the earlier one on a tie. */
function longer(best: Candidate | undefined, candidate: Candidate): Candidate {
  return best && candidate.last <= best.last ? best : candidate
}

/** A role and the name after it, or the role alone. */
function titledPerson(scan: Scan, role: RoleMatch): Candidate {
  const { words } = scan
  const span: RoleSpan = {
    role: role.role,
    first: role.first,
    last: role.last,
    start: baseStart(words[role.first]!, role.base.cut),
    end: words[role.last]!.end,
  }
  const read = longerName(scan, role, nameAfter(scan, role, true) ?? nameAfterOfficePlace(scan, role))
  if (!read) return { last: role.last, found: role.nested, role: span }
  const named = withRegisteredName(scan, read)
  named.person.roles = named.roles
  span.person = named.person
  return { last: named.person.last, found: [...role.nested, ...named.nested, named.person], role: span }
}

/**
 * مراسل القناة في نابلس سامي حمدان، بأن …؛ رئيس ولاية جوبالاند في الصومال، علي غودلاوي، …: the place of the office
 * after في stands between the role and its name. The name must be closed (a comma, a complementiser, the sentence's
 * end), since a noun of the clause may follow a place as well (أكد السفير في عمّان دعم بلاده).
 */
function nameAfterOfficePlace(scan: Scan, role: RoleMatch): Named | undefined {
  const { words } = scan
  const k = role.last + 1
  const word = words[k]
  if (!word || word.norm !== IN || !joined(words, k) || !joined(words, k + 1)) return undefined
  const known = matchPhrase(scan, k + 1, (target) => target.kind === 'location')
  const places = known
    ? [foundFrom(scan, k + 1, known.last, known.base, known.target, 'name', true)]
    : matchPlaceHead(scan, k + 1)
  if (!places || places.length === 0) return undefined
  const last = Math.max(...places.map((place) => place.last))
  const named = nameAfter(scan, { ...role, last, nested: [...role.nested, ...places] }, true)
  if (!named || !closesApposition(scan, named.person.last + 1, named.person.first)) return undefined
  return { ...named, nested: [...places, ...named.nested] }
}

const IN = norm('في')

/**
 * المدرب الألماني NAME المدير الفني …: a name no list knows right after the role, taken when the article writes its
 * last word again (وقال NAME), as it does a person's surname.
 */
function unlistedName(scan: Scan, role: RoleMatch): Named | undefined {
  const named = nameAfterRole(scan, undefined, role.last + 1)
  if (!named || named.last === named.first) return undefined
  const first = scan.words[named.first]!
  // A full name opens with a given name, not the article (الوكيل العام), and no word of it may be a particle and a
  // noun of the clause (لمباراة، وعارض، باقرار).
  if (first.norm.startsWith('ال')) return undefined
  for (let k = named.first; k <= named.last; k++) {
    if (scan.words[k]!.bases.some((base) => base.cut > 0)) return undefined
  }
  return { person: person(scan, named.first, named.last, first.bases[0]!), roles: [role.role], nested: [] }
}

/**
 * The lists' reading of a role's name, unless it is one word the gazetteer lacks and the unlisted reading goes on from
 * it (المدرب الألماني ماتياس NAME: a given name whose surname no list knows). The unlisted reading is sought only
 * where it may win.
 */
function longerName(scan: Scan, role: RoleMatch, listed: Named | undefined): Named | undefined {
  if (!listed) return unlistedName(scan, role)
  const { first, last, known } = listed.person
  if (first !== last || known) return listed
  const unlisted = unlistedName(scan, role)
  return unlisted?.person.first === first ? unlisted : listed
}

interface Named {
  person: Found
  roles: string[]
  nested: Found[]
}

/**
 * The name a role introduces: right after it, after a second title (وزيرة الصحة الأردنية د. رنا الشوبكي، رئيس
 * لجنة التحكيم المخرج المصري محمد البنا), or in apposition between commas (المتحدث باسم المنظمة، الدكتور أندريه
 * لوران، قال …).
 */
function nameAfter(scan: Scan, role: RoleMatch, outer: boolean): Named | undefined {
  const { words } = scan
  const acronym = bracketedAcronym(scan, role.last + 1)
  const start = honorificsAfter(scan, formerlyAfter(scan, role.last + 1 + acronym))
  const next = words[start]
  if (!next || next.sentence !== words[role.last]!.sentence) return undefined
  // الوزير لـ«الأيام»: a particle written apart opens the phrase it governs, never a name.
  if (next.norm.length === 1 && next.raw.includes('ـ')) return undefined
  // محافظاً للبنك ومحمد عمر نائباً له: a name after و is a second person, not the role's; after ل or ب
  // (الممثل لفتحي باشاغا) it is the role's genitive.
  if (!isGivenName(next) && givenNameBase(next)?.cut === 1 && PARTICLES.includes(next.norm[0]!))
    return undefined
  // الرئيس التنفيذي لسوناطراك، رشيد حشيشي،: a word behind ل that no list knows, with a name in apposition after it,
  // is the body the role serves; the apposed name is the role's.
  if (outer && start === role.last + 1 && bodyBehindLam(scan, start)) {
    const apposed = nameAfter(scan, { ...role, last: start }, true)
    if (apposed) return apposed
  }
  const quoted = quotedNameAt(scan, start)
  if (quoted >= 0) {
    const last = nameEnd(scan, start, next.bases[0]!, true)
    if (last === quoted)
      return { person: person(scan, start, last, next.bases[0]!), roles: [role.role], nested: [] }
  }
  if (
    acronym > 0 ||
    role.dotted ||
    start > role.last + 1 ||
    joined(words, start) ||
    afterQuotedName(scan, start)
  ) {
    const base = next.bases[0]!
    const last = nameEnd(scan, start, base, true)
    if (last > start || (last === start && loneNameAfterTitle(scan, start)))
      return { person: person(scan, start, last, base), roles: [role.role], nested: [] }
    return outer ? innerTitle(scan, role, start) : undefined
  }
  if (!outer || !commaGap(next) || next.gap.length > 3) return undefined
  // وزير المالية، دكتور جبريل إبراهيم عن …: a second title vouches for the name as a closing comma would.
  const inner = innerTitle(scan, role, start, true)
  if (inner) return inner
  const named = appositiveName(scan, role, start)
  // المتحدث باسم الوزارة، أحمد سالم، قال …; the report's complementiser also closes it (…، أحمد سالم أن).
  if (named && closesApposition(scan, named.person.last + 1, start)) return named
  return closedApposition(scan, role, start)
}

/** Word `k` is one word behind ل, no listed name word, and a comma follows it. */
function bodyBehindLam(scan: Scan, k: number): boolean {
  const word = scan.words[k]!
  const after = scan.words[k + 1]
  return (
    word.norm[0] === LAM &&
    word.bases.some((base) => base.cut === 1) &&
    !isGivenName(word) &&
    !isKnownSurname(word) &&
    after !== undefined &&
    after.sentence === word.sentence &&
    commaGap(after)
  )
}

const LAM = norm('ل')

/** Word `k` ends an apposition opened at word `start`: a comma, the sentence's end or a complementiser. */
function closesApposition(scan: Scan, k: number, start: number): boolean {
  const after = scan.words[k]
  return (
    !after ||
    after.sentence !== scan.words[start]!.sentence ||
    commaGap(after) ||
    complementizerSet.has(after.norm)
  )
}

/**
 * وزير الأوقاف، أحمد التوفيق، أن …؛ رئيسة الحكومة، سارة الزعفراني الزنزري، إن …: between the role's comma and
 * the next one, a given name (one that is also a common word, too) or a word of a name's shape no list knows, and the
 * words up to the close are the name,
 * whatever else those words may read as (التوفيق, a verbal noun), unless one is a verb, a function word, a date, a
 * number or a title.
 */
function closedApposition(scan: Scan, role: RoleMatch, start: number): Named | undefined {
  const { words } = scan
  const first = words[start]!
  // الوزير الأول، نذير لعرباوي، …: a first word no list knows in a name's shape, too.
  const base = givenNameBase(first) ?? (isListedNameWord(first, false) ? first.bases[0] : undefined)
  if (!base || base.cut > 0) return undefined
  for (let k = start + 1; k < words.length && k - start < MAX_APPOSED_NAME_WORDS; k++) {
    if (!joined(words, k)) return undefined
    const word = words[k]!
    const particle = isNameParticle(word)
    if (!particle && !appositionNameWord(word)) return undefined
    if (!particle && closesApposition(scan, k + 1, start)) {
      // رئيس الجماعة، حفل الافتتاح.: ordinary words of news are the clause going on, not a name.
      if (ordinaryWordsOnly(words, start, k)) return undefined
      return { person: person(scan, start, k, base), roles: [role.role], nested: [] }
    }
  }
  return undefined
}

const MAX_APPOSED_NAME_WORDS = 4

function appositionNameWord(word: Word): boolean {
  return !(
    word.number ||
    isFunctionWord(word) ||
    isVerbOfAnyList(word) ||
    isCalendarWord(word) ||
    isAccusativeNoun(word) ||
    titleHead(word) !== undefined ||
    isRoleWord(word) ||
    ARTICLE_WITH_PARTICLE.test(word.norm)
  )
}

/**
 * A one-word acronym in brackets after a role's body (المتحدثة باسم مكتب تنسيق الشؤون الإنسانية (أوتشا) إنغريد
 * سفنسون) stands between the role and the name without parting them: 1 when word `k` is one, else 0.
 */
function bracketedAcronym(scan: Scan, k: number): number {
  const { words } = scan
  const word = words[k]
  const after = words[k + 1]
  if (!word || !after || word.gap.trim() !== '(' || after.gap.trim() !== ')') return 0
  return word.sentence === after.sentence ? 1 : 0
}

/** وزيرة السياحة سابقاً نورية زرهوني: past the adverb of a former office, between the role and the name. */
function formerlyAfter(scan: Scan, k: number): number {
  const word = scan.words[k]
  return word && joined(scan.words, k) && word.norm === FORMERLY ? k + 1 : k
}

const FORMERLY = norm('سابقا')
const PARTICLES = 'ولب'

/**
 * الوزير السابق "حميد قرين"، المدير العام، "أمين شيكر"،: a name set whole in quote marks after its role, with or
 * without a comma: the last word of the name, or -1.
 */
function quotedNameAt(scan: Scan, k: number): number {
  const quote = scan.quoteOpeningAt.get(k)
  const word = scan.words[k]
  if (!quote || !word || !QUOTED_NAME_GAP.test(word.gap)) return -1
  // "كورينتين مارتينيز": a name no list knows, set whole in quote marks.
  if (!isGivenName(word) && !isListedNameWord(word, false) && !quotedNameWord(word)) return -1
  const last = lastWordBefore(scan, quote.close)
  return last > k && last - k < MAX_QUOTED_NAME_WORDS ? last : -1
}

const QUOTED_NAME_GAP = /^[\s،,]*["«“]\s*$/
const MAX_QUOTED_NAME_WORDS = 4

/** Past words of respect before a title or a name (رئيس مجلس الوزراء سمو الشيخ …، صاحب السمو الأمير …). */
function honorificsAfter(scan: Scan, k: number): number {
  const { words } = scan
  let j = k
  while (words[j] && joined(words, j) && honorificBeforeNameSet.has(words[j]!.norm)) j++
  return j
}

function innerTitle(scan: Scan, role: RoleMatch, start: number, apposition = false): Named | undefined {
  const inner = matchRole(scan, start)
  if (!inner || (!apposition && !stackableTitleSet.has(inner.base.base))) return undefined
  const named = nameAfter(scan, inner, false)
  if (!named) return undefined
  return {
    person: named.person,
    roles: [role.role, ...named.roles],
    nested: [...inner.nested, ...named.nested],
  }
}

/**
 * المستشار الاقتصادي، مظهر محمد صالح،: in apposition, a word no list knows is a given name when a known given name
 * (the father's) follows it.
 */
function fatherNamed(scan: Scan, role: RoleMatch, start: number): Named | undefined {
  const { words } = scan
  const next = words[start + 1]
  if (!next || !joined(words, start + 1) || !isGivenName(next)) return undefined
  const base = words[start]!.bases[0]!
  const last = nameEnd(scan, start, base, true)
  return last > start + 1
    ? { person: person(scan, start, last, base), roles: [role.role], nested: [] }
    : undefined
}

function appositiveName(scan: Scan, role: RoleMatch, start: number): Named | undefined {
  const given = givenNameStart(scan, start)
  if (given) return { person: person(scan, start, given.last, given.base), roles: [role.role], nested: [] }
  // مدرب الفريق، الإسباني ماركو فيرنانديز،: a nisba introduces the name in apposition as a title would.
  const nisba = matchNisba(scan, start)
  const next = scan.words[start + 1]
  if (!nisba) return fatherNamed(scan, role, start)
  if (!next || !joined(scan.words, start + 1) || next.norm.startsWith('ال')) return undefined
  const last = nameEnd(scan, start + 1, next.bases[0]!, true)
  if (last <= start + 1) return undefined
  return { person: person(scan, start + 1, last, next.bases[0]!), roles: [role.role], nested: [nisba] }
}

/** A person's name over words `first..last`, canonical when the gazetteer knows it. */
function person(scan: Scan, first: number, last: number, base: Base): Found {
  const known = matchPhrase(scan, first, (target) => target.kind === 'person')
  if (known && known.last >= last) {
    return foundFrom(scan, first, known.last, known.base, known.target, 'name', true)
  }
  const name = displaySpan(scan, first, last, base)
  return foundFrom(scan, first, last, base, { kind: 'person', name }, 'name', false, name)
}

/** A place told apart from another only by its marks: عمّان (Amman), also behind a particle (وعمّان). */
function markedPlace(scan: Scan, i: number): Found | undefined {
  const word = scan.words[i]!
  const form = markedForm(word.raw)
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (base.cut > 1) continue
    const target = markedPlaces.get(base.cut === 0 ? form : form.slice(1))
    if (target) return foundFrom(scan, i, i, base, target, 'name', true)
  }
  return undefined
}

function startsAt(word: Word): number {
  return word.flags & STARTS
}

/**
 * فائقة بنت سعيد: a word before a particle of descent and a given name may open a name no list knows
 * (`givenNameStart`).
 */
function filiationStart(scan: Scan, i: number): number {
  const opens =
    filiationFollows(scan, i + 1) ||
    beforeNisbaFamilyName(scan, i) ||
    definiteGivenNameOpens(scan, i) ||
    sourceGivenNameStart(scan.words[i]!)
  return opens ? Start.GivenName : 0
}

/**
 * Whether any rule of `filiationStart` may take word `i`, by the first tests of each: a particle of descent after it
 * (`filiationFollows`), a definite word in ي after it and a word that may open a name before one
 * (`beforeNisbaFamilyName`), a definite word of five letters or more without a particle that is a given name less its
 * article (`definiteGivenNameOpens`), maintained lists of given names (`sourceGivenNameStart`). Asked of some 260 words an article, where all four rules find nothing: one test here
 * spares four calls.
 */
function contextMayOpen(words: readonly Word[], i: number, word: Word): boolean {
  const next = words[i + 1]
  if (next !== undefined) {
    if ((next.bases[0]!.flags & DESCENT_PARTICLE) !== 0) return true
    if (definiteInYa(next) && beforeNisbaAlone(word)) return true
  }
  if (longDefinite(word)) return true
  // `sourceGivenNameBase` takes only a reading the registered names hold: where they are registered (as the API and
  // the CLI register them), a test of the set alone would let every word through.
  if (sourceGivenNameNormSet.size === 0) return false
  for (let n = 0; n < word.bases.length; n++) if (sourceGivenNameNormSet.has(word.bases[n]!.base)) return true
  return false
}

/** الشامي: the article and a final ي, a spelling's kept answer (asked of the word after every word asked). */
function definiteInYa(word: Word): boolean {
  const { spelling } = word
  const kept = keptAnswer(spelling, DEFINITE_IN_YA)
  if (kept !== 0) return kept === 3
  return keepAnswer(spelling, DEFINITE_IN_YA, word.norm.startsWith('ال') && word.norm.endsWith('ي'))
}

/**
 * `opensBeforeNisba`, a spelling's kept answer: of the seeds' some 20 words an article before a definite word in ي,
 * none passes it.
 */
function beforeNisbaAlone(word: Word): boolean {
  const { spelling } = word
  const kept = keptAnswer(spelling, OPENS_BEFORE_NISBA)
  if (kept !== 0) return kept === 3
  return keepAnswer(spelling, OPENS_BEFORE_NISBA, opensBeforeNisba(word))
}

/**
 * الحسين: five letters or more that open with the article, read without a particle, and a given name less the
 * article (`definiteGivenNameOpens`' tests of the word alone: of the seeds' some 100 long definite words an article,
 * one is); a spelling's kept answer.
 */
function longDefinite(word: Word): boolean {
  const { spelling } = word
  const kept = keptAnswer(spelling, LONG_DEFINITE)
  if (kept !== 0) return kept === 3
  const yes =
    word.norm.length >= 5 &&
    word.bases[0]!.cut === 0 &&
    word.norm.startsWith('ال') &&
    isGivenNameAfterArticle(word)
  return keepAnswer(spelling, LONG_DEFINITE, yes)
}

// Constants of this module: an imported `WordFlag.X` or `Start.X` is read from its module's object at each test, and
// these are tested at every word.
const DESCENT_PARTICLE = WordFlag.DescentParticle
const FUNCTION_WORD = WordFlag.FunctionWord
const STARTS = WordFlag.Starts
const GIVEN_NAME_START = Start.GivenName
const PHRASE_START = Start.Phrase
const NISBA_START = Start.Nisba

/**
 * لمياء، صهيب: a given name only the maintained lists know opens a name too (`givenNameStart` asks for evidence
 * after it). It carries no start flag: a word no list knows stays one for the other rules (a town in a list of
 * places, تالة، عفيف, is also a given name).
 */
function sourceGivenNameStart(word: Word): boolean {
  return sourceGivenNameBase(word) !== undefined
}

/** 1 for the words of a title in quote marks; none where the article quotes no title, as most do. */
function titleQuotes(scan: Scan): number[] | undefined {
  let titles: number[] | undefined
  for (const [first, quote] of scan.quoteOpeningAt) {
    if (quote.depth === 0 && namedByHead(scan, first, namingHeadSet)) {
      // A plain array: a typed array per article costs several times more to make.
      titles ??= new Array(scan.words.length).fill(0)
      titles.fill(1, first, lastWordBefore(scan, quote.close) + 1)
    }
  }
  return titles
}

/**
 * A person after a definite nisba standing as a noun (متقدماً على الكويتية دانة العنزي والإماراتي سيف النعيمي): the
 * nisba vouches for a name as a title does, when the name ends in a family name with the article and no word of it
 * is known to be something else.
 */
function nisbaPerson(scan: Scan, i: number, nisba: Found): Found | undefined {
  const { words } = scan
  const start = i + 1
  const next = words[start]
  if (!next || !joined(words, start) || !words[i]!.bases.some((b) => b.cut <= 1 && b.base.startsWith('ال')))
    return undefined
  // A word that may carry a particle (بمشاركة، لتعزيز) opens a name only when it is a known given name.
  if (nisba.first !== i || next.norm.startsWith('ال') || (next.bases.length > 1 && !isGivenName(next)))
    return undefined
  // الليرة السورية مقابل …: a nisba after a definite noun is its adjective, not a noun introducing a name.
  const before = i > 0 ? words[i - 1] : undefined
  const conjoined = words[i]!.norm[0] === 'و' && nisba.start > words[i]!.start
  if (before && joined(words, i) && !conjoined && before.norm.startsWith('ال') && !isFunctionWord(before))
    return undefined
  const base = next.bases[0]!
  const last = nameEnd(scan, start, base, true)
  if (last <= start || !(words[last]!.norm.startsWith('ال') || apposedTitle(scan, last + 1))) return undefined
  return person(scan, start, last, base)
}

/** A title in the construct state right after a name (خورخي خيسوس مدرب صفوف الهلال) describes its person. */
function apposedTitle(scan: Scan, k: number): boolean {
  const { words } = scan
  const word = words[k]
  if (!word || !words[k + 1] || !joined(words, k) || !joined(words, k + 1) || word.norm.startsWith('ال'))
    return false
  return titleHead(word) !== undefined
}

/**
 * A nisba adjective: a mention of its place. The bare masculine singular (روسي، تركي) is also a given name or a
 * noun, so it counts only right after an indefinite noun (مسؤول روسي).
 */
function matchNisba(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const word = words[i]!
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    const place = base.flags & Start.Nisba ? nisbaPlaces.get(base.base) : undefined
    if (!place) continue
    if (bareNisbaStems.has(base.base)) {
      const previous = words[i - 1]
      if (
        !previous ||
        !joined(words, i) ||
        previous.norm.startsWith('ال') ||
        isFunctionWord(previous) ||
        isVerb(previous)
      ) {
        return undefined
      }
    }
    return foundFrom(scan, i, i, base, { kind: 'location', name: place }, 'nisba', true)
  }
  return undefined
}

/**
 * The first word of a name set whole in quote marks: the marks vouch for the name, so a word no list or count of news
 * knows opens it whatever its ending or first letter reads as (كورينتين, in ين; باتريك, in ب).
 */
function quotedNameWord(word: Word): boolean {
  return (
    isUnknownNameWord(word, true) &&
    !commonWordSet.has(word.norm) &&
    (word.flags & WordFlag.Known) === 0 &&
    !isVerbOfAnyList(word)
  )
}
