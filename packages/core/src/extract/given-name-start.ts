// A name with no title before it, opened by a given name (قال خالد العمري).

import { intensifierSet } from '../lang/ar/compiled-cues.ts'
import { COMMA } from '../segment/marks.ts'
import { definiteGivenNameOpens } from './definite-given-name.ts'
import {
  ambiguousGivenNameSet,
  compoundNameEndingSet as COMPOUND_ENDINGS,
  commonWordSet,
  complementizerSet,
  kunyaSet as KUNYA,
  monthNameOfMenSet,
  nisbaPlaces,
  phrasesByFirstWord,
  statementNounSet,
} from './lexicon.ts'
import { isUnknownNameWord, nisbaShapedFamilyName, PLURAL_OR_FEMININE } from './name-words.ts'
import { closingFamilyName, filiationFollows, filiationGivenName, nameEnd } from './person-names.ts'
import { joined, type Scan } from './scan.ts'
import { sourceGivenNameNormSet } from './source-given-names.ts'
import {
  abdReading,
  givenNameBase,
  givenNameSpelling,
  isFunctionWord,
  isGivenName,
  isKnownSurname,
  isNameParticle,
  isRoleWord,
  isSourceGivenName,
  isVerb,
  isVerbOfAnyList,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { type Base, bareOrConjoined, type Word } from './words.ts'

/**
 * A name that starts with a given name and has no title before it (قال خالد العمري). A given name that is also a
 * common word (أمل، نور) needs a known family name, another given name or a particle after it.
 */
export function givenNameStart(
  scan: Scan,
  i: number,
  afterName = false,
): { base: Base; last: number } | undefined {
  const { words } = scan
  const word = words[i]!
  let base = givenNameBase(word)
  let sourced: Base | undefined
  if (!base) {
    // أبو محمد الجولاني: a kunya starts with أبو or أم before a given name; عبد الله، عبد الرحمن are given names.
    const next = words[i + 1]
    if (!next || !joined(words, i + 1)) return undefined
    const kunya = KUNYA.has(word.norm) && isGivenName(next)
    // وعبد العزيز: after و too, as in a list of names.
    const abdBase = abdReading(word)
    const abd = abdBase !== undefined && next.norm.startsWith('ال') && !isFunctionWord(next)
    // فائقة بنت سعيد: a word no list knows before a particle of descent (بنت، بن، منت، ولد) and a given name is a
    // given name too, unless news uses it as an ordinary word.
    const filiation = filiationFollows(scan, i + 1) ? filiationGivenName(word) : undefined
    const beforeFamily = !kunya && !abd && !filiation && beforeNisbaFamilyName(scan, i)
    sourced = kunya || abd || filiation || beforeFamily ? undefined : sourceGivenNameBase(word)
    if (!kunya && !abd && !filiation && !beforeFamily && !sourced && !definiteGivenNameOpens(scan, i))
      return undefined
    base = filiation ?? (abd ? abdBase : undefined) ?? sourced ?? word.bases[0]!
  }
  if (!joined(words, i + 1) || monthAfterItsNoun(scan, i)) return undefined
  const next = words[i + 1]!
  if ((isAmbiguous(word, base) || base === sourced) && !vouchedFor(scan, i, base, afterName)) return undefined
  // بيان التضخم، تقرير البنك: a statement noun that is also a given name (بيان) starts a name only before a family
  // name in its usual shape.
  if (statementNounSet.has(base.base) && !isKnownSurname(next) && !next.norm.endsWith('ي')) return undefined
  const last = nameEnd(scan, i, base, true)
  return last > i ? { base, last } : undefined
}

const JOINED_ABD = /^عبدال.{3,}$/
const MONTH = 'شهر'

/** شهر رمضان، بشهر شعبان: a month that is also a man's name, right after the noun month, is the month. */
function monthAfterItsNoun(scan: Scan, i: number): boolean {
  const word = scan.words[i]!
  if (!monthNameOfMenSet.has(word.norm)) return false
  const before = scan.words[i - 1]
  return (
    before !== undefined && joined(scan.words, i) && before.bases.some((b) => b.cut <= 1 && b.base === MONTH)
  )
}

/**
 * A given name that is also a common word is a name only with more evidence after it: a particle, a known family
 * name or another given name; in the subject's place (right after a reporting verb, or after a name and و) a family
 * name or a closed name; between commas a closed name; or a family name in its nisba shape and a title in the
 * construct state. Each test is made only when the cheaper ones before it did not decide.
 */
function vouchedFor(scan: Scan, i: number, base: Base, afterName: boolean): boolean {
  const { words } = scan
  const word = words[i]!
  const next = words[i + 1]!
  // صهيب سنان، لمياء عبدالغفار: a name of the maintained lists after it vouches too, as the second of two names.
  if (isNameParticle(next) || isKnownSurname(next) || isGivenName(next) || isSourceGivenName(next))
    return true
  // إيناس عبدالدايم: a compound with عبد written as one word is a given name, listed or not.
  if (JOINED_ABD.test(next.norm)) return true
  if (COMPOUND_ENDINGS.has(next.norm) && compoundGivenName(scan, i + 2)) return true
  // توفيق شرف الدين: a compound in الدين after it is the father's or family's name (not one in الله: ناصر حزب الله).
  const after = words[i + 2]
  if (after?.norm === 'الدين' && joined(words, i + 2) && !next.norm.startsWith('ال')) return true
  // قال رائد الحسن: right after a reporting verb, the subject's place, a family name is evidence enough.
  const before = i > 0 ? words[i - 1] : undefined
  // وأوضح «رائد الحسن»: a quote mark alone between the verb and the name leaves it in the subject's place.
  // ثامر السويط وبدر الداهوم: after a name and و, another name is expected.
  const subjectPlace =
    (before !== undefined &&
      (joined(words, i) || quotedAlone(scan, i)) &&
      reportingVerb(before) !== undefined) ||
    (afterName && base.cut === 1 && word.norm[0] === 'و' && !PLURAL_OR_FEMININE.test(next.norm))
  const familyName =
    next.norm.startsWith('ال') &&
    !isFunctionWord(next) &&
    !isRoleWord(next) &&
    !phrasesByFirstWord.has(next.norm) &&
    !nisbaPlaces.has(next.norm)
  if (subjectPlace && familyName) return true
  // وسجل ماجد الشمري، عن طريق صلاح الهاشمي، وسالم العتيبي: a family name in its nisba shape that is no ordinary
  // word, after any verb, or anywhere without a preposition on the given name; not a word in ى (عيد الأضحى).
  const afterVerb = before !== undefined && joined(words, i) && base.cut === 0 && isVerb(before)
  const bare = bareOrConjoined(word, base) && !next.raw.endsWith('ى')
  if ((afterVerb || bare) && familyName && nisbaShapedFamilyName(next) && !commonWordSet.has(next.norm))
    return true
  if (bare && closedForeignFamilyName(scan, i + 1)) return true
  // قال عزيز أخنوش وزير الفلاحة، وزير الخارجية، ناصر بوريطة،: a word of no known class, then a title or a
  // comma, after a reporting verb or between commas.
  const betweenCommas = COMMA.test(word.gap) && (after === undefined || COMMA.test(after.gap))
  if (
    (subjectPlace || betweenCommas) &&
    (isUnknownNameWord(next, true) || closingFamilyName(scan, i + 1)) &&
    (after === undefined ||
      !joined(words, i + 2) ||
      titleHead(after) !== undefined ||
      (subjectPlace && complementizerSet.has(after.norm)))
  )
    return true
  // أن سليم التيساوي والي صفاقس: a family name in its nisba shape, then a title in the construct state.
  return (
    familyName &&
    nisbaShapedFamilyName(next) &&
    after !== undefined &&
    joined(words, i + 2) &&
    !after.norm.startsWith('ال') &&
    titleHead(after) !== undefined
  )
}

/** Word `i` opens a quote with nothing but its quote mark before it. */
function quotedAlone(scan: Scan, i: number): boolean {
  return scan.quoteOpeningAt.has(i) && scan.words[i]!.gap.trim().length === 1
}

/**
 * وسجل رياض بوعلام، في الدقيقة …، ومرر أكرم طنوس إلى …: a family name without the article that no list knows and
 * news does not use as an ordinary word, of four letters or more, closing the name (a mark or a function word after
 * it). Not a word in ي، ة or a pronoun (رصيد بشري، عيد ميلاده), where an adjective or a noun of the clause ends.
 */
function closedForeignFamilyName(scan: Scan, k: number): boolean {
  const { words } = scan
  const family = words[k]!
  const w = family.norm
  if (w.startsWith('ال') || w.length < 4 || CLAUSE_WORD_ENDING.test(w) || commonWordSet.has(w)) return false
  if ((family.bases[0]!.flags & WordFlag.Known) !== 0 || !isUnknownNameWord(family, true)) return false
  const after = words[k + 1]
  if (after === undefined || !joined(words, k + 1)) return true
  return isFunctionWord(after) && !intensifierSet.has(after.norm)
}

const CLAUSE_WORD_ENDING = /(?:[يةه]|ها)$/

/**
 * بدر الدين عبد الله، شهاب الدين منصور: after an ending of a compound given name, a given name, a particle or a known
 * family name makes the compound a name; alone it may be a phrase (نصر الدين قريب).
 */
function compoundGivenName(scan: Scan, k: number): boolean {
  const after = scan.words[k]
  if (after === undefined || !joined(scan.words, k)) return false
  return isGivenName(after) || isNameParticle(after) || isKnownSurname(after)
}

/**
 * لمياء عبد الغفار، صهيب سنان: a given name only the registered lists know (`registerGivenNames`), alone or after و;
 * the name must then be vouched for as an ambiguous one is.
 */
export function sourceGivenNameBase(word: Word): Base | undefined {
  if (sourceGivenNameNormSet.size === 0) return undefined
  // A loop, not `bases.find` with a closure over `word`: asked of every word, that gave each call a context to
  // allocate before its first test.
  for (const b of word.bases) if (bareOrConjoined(word, b) && isSourceGivenName(word, b)) return b
  return undefined
}

function isAmbiguous(word: Word, base: Base): boolean {
  return ambiguousGivenNameSet.has(givenNameSpelling(word, base))
}

/**
 * هويدا المصراتي، غيثة العلاكي: a word no list knows, of a given name's shape, before a family name in its nisba
 * shape opens a name. Both sides are asked of the ordinary words counted in news (`common-words.ts`): the first word
 * is none (not رجال المطافي), nor is the family name (not الطالب الجامعي); the first has no particle, possessive,
 * plural or verb form and four letters or more (a past verb of three, توج الأهلي, looks like any name).
 */
export function beforeNisbaFamilyName(scan: Scan, i: number): boolean {
  const { words } = scan
  const next = words[i + 1]
  if (next === undefined || !next.norm.startsWith('ال') || !next.norm.endsWith('ي')) return false
  const word = words[i]!
  if (!opensBeforeNisba(word)) return false
  if (!joined(words, i + 1) || !isUnknownNameWord(word) || isVerbOfAnyList(word)) return false
  // المثنى، المدعى: a word in ى is no nisba; التقاضي، التحدي: a verbal noun of form VI is no family name.
  if (next.raw.endsWith('ى') || VERBAL_NOUN_VI.test(next.norm) || titleHead(next) !== undefined) return false
  return nisbaShapedFamilyName(next) && !commonWordSet.has(next.norm)
}

/**
 * `beforeNisbaFamilyName`'s first tests of the word alone, a function of its spelling and of lists fixed for the
 * process: four letters or more, one reading and no known word, no article, و, possessive, plural or ordinary word.
 */
export function opensBeforeNisba(word: Word): boolean {
  const w = word.norm
  if (w.length < 4 || word.bases.length > 1 || (word.bases[0]!.flags & WordFlag.Known) !== 0) return false
  if (w.startsWith('ال') || w[0] === 'و' || POSSESSIVE_OR_PLURAL.test(w) || commonWordSet.has(w)) return false
  // أعبد، أكبر: a word of four letters in أ is a verb of the first person or an elative; its names are listed.
  return !(w.length === 4 && word.raw.startsWith('أ'))
}

/** دوره، دورنا، طالبو، مراحل: a possessive, a plural or a construct plural is a noun of the clause. */
const POSSESSIVE_OR_PLURAL = /(?:ه|ها|هم|هما|نا|ين|ون|ات|و)$/
const VERBAL_NOUN_VI = /^الت.ا.ي$/
