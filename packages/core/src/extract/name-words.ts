import { ARTICLE_WITH_PARTICLE } from '../lang/ar/affixes.ts'
// Words that may stand in a person's name, one word at a time, and nouns that only look like names.
import {
  commonWordSet,
  mediaHeadOpen,
  numeralWordSet as NUMBER_WORDS,
  namingHeadSet,
  nisbaPlaces,
  organizationHeadSet,
  phrasesByFirstWord,
  placeHeadSet,
  sayingNounSet,
  speakerNounSet,
  stateNounSet,
  titleHeadSet,
} from './lexicon.ts'
import {
  keepAnswer,
  keptAnswer,
  UNKNOWN_NAME_INSIDE as UNKNOWN_NAME_INSIDE_QUESTION,
  UNKNOWN_NAME as UNKNOWN_NAME_QUESTION,
} from './spelling-answers.ts'
import {
  endsInAlef,
  givenNameBase,
  isAccusativeNoun,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isKnownSurname,
  isRoleWord,
  isVerb,
  looksVerbal,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base, Word } from './words.ts'

export function nisbaShapedFamilyName(word: Word): boolean {
  const w = word.norm
  return (
    w.startsWith('ال') &&
    w.endsWith('ي') &&
    w.length > 4 &&
    !isRoleWord(word) &&
    !nisbaPlaces.has(w) &&
    !isFunctionWord(word)
  )
}

/** نائباً، والياً (also written without tanwin): a title in the accusative, the office someone is given. */
export function accusativeTitle(word: Word): boolean {
  return ACCUSATIVE_TITLES.has(word.norm)
}

export const ACCUSATIVE_TITLES: ReadonlySet<string> = new Set(
  [...titleHeadSet]
    .map((title) => `${title.startsWith('ال') ? title.slice(2) : title}ا`)
    .filter((w) => w.length > 3),
)

/**
 * التأكيد، الاجتماع، الاستقبال: a verbal noun of form V, VI, VII, VIII or X with the article ends a name (وجدد عباس
 * التأكيد أن، وترأس عباس الاجتماع).
 */
export function isDefiniteMasdar(word: Word): boolean {
  const w = word.norm
  return (
    (w.length >= 7 ? DERIVED_MASDAR.test(w) : FORM_V_MASDAR.test(w)) &&
    !w.endsWith('ي') &&
    !isKnownSurname(word)
  )
}

const DERIVED_MASDAR = /^ال(?:ت|است|ان|ا.ت)/
/** التوقف، التقدم: the verbal noun of form V, three root letters after ت (not التاجر, a noun of ال and تاجر). */
const FORM_V_MASDAR = /^الت[^ا][^ا].$/

/**
 * سلامة المواطنين، سلامة الأشخاص، كامل الصلاحيات: a plural with the article (a participle's -ين/-ون, the broken
 * plural أفعال, abstract nouns in -يات) is the genitive of a noun, not a family name.
 */
export function isDefinitePlural(word: Word): boolean {
  const w = word.norm
  if (isKnownSurname(word)) return false
  return DEFINITE_PLURAL.test(w)
}

const DEFINITE_PLURAL = /^(?:الم.{3,}(?:ين|ون)|الا[^اوي].ا.|ال.{3,}يات)$/

/**
 * استمرار، اجتماع، انسحاب: an indefinite verbal noun of form VII, VIII or X, or one of form IV or a broken plural
 * أفعال (إقرار، أشغال), is a noun of the clause, never a word of a name.
 */
export function isNounShaped(w: string): boolean {
  return NOUN_SHAPE.test(w)
}

/** اجتمع، انطلق، استقبل: the past of verb forms VIII, VII and X. */
export const DERIVED_PAST = /^(?:ا[^اوي]ت[^اوي].|ان[^اوي]{3}|است[^اوي]{3})$/

/** تمكن، تحدث: the past of form V, ت and three root letters (its doubled middle unwritten). */
const FORM_V_PAST = /^ت[^اوي]{3}$/

/**
 * انطلقت، تعرضت، استقبلت: the past of a derived form (V, VII, VIII, X) with the feminine ت; of form V only where
 * news writes the word, since towns of the Maghreb have its shape (تمنرست).
 */
export function isFemininePast(w: string): boolean {
  return (
    isDerivedFemininePast(w) || (w.endsWith('ت') && FORM_V_PAST.test(w.slice(0, -1)) && commonWordSet.has(w))
  )
}

/** انطلقت، استقبلت: the past of form VII, VIII or X with the feminine ت. */
function isDerivedFemininePast(w: string): boolean {
  return w.endsWith('ت') && DERIVED_PAST.test(w.slice(0, -1))
}

const NOUN_SHAPE = /^(?:است[^ي].ا.|ا.ت.ا.|ان..ا.|ا[^اوي].ا.)$/

/** إحصاءات، مفاوضات، شعارات: a long feminine plural is a noun, never a word of a name. */
export function isLongFemininePlural(w: string): boolean {
  return w.length >= 6 && w.endsWith('ات')
}

export function isNameWord(word: Word): boolean {
  if (isNumberWord(word) || isCalendarWord(word) || isFunctionWord(word)) return false
  if (isGivenName(word) || isKnownSurname(word)) return true
  if (word.norm.startsWith('ال')) return isFamilyName(word, word.norm)
  return isUnknownNameWord(word) && !isFunctionWord(word) && !isVerb(word)
}

/**
 * A lone word with the article after a title is a family name (الرئيس الأسد، الوزير الشيباني) when it is known or
 * has the nisba shape of most family names and is no ordinary adjective; `الوزير الضيف` is a title and a noun.
 */
export function isFamilyName(word: Word, base: string): boolean {
  if (isRoleWord(word) || nisbaPlaces.has(base)) return false
  // الطالب الجامعي، الطبيب الشرعي: a nisba news uses as an ordinary adjective is no family name.
  return isKnownSurname(word) || (base.length > 4 && base.endsWith('ي') && !commonWordSet.has(base))
}

export function isNumberWord(word: Word): boolean {
  return NUMBER_WORDS.has(word.norm)
}

/** الأول، الثالث: a number or ordinal in words, with the article. */
export function isOrdinalWithArticle(word: Word): boolean {
  return word.norm.startsWith('ال') && NUMBER_WORDS.has(word.norm.slice(2))
}

export const POSSESSIVE = /(?:ها|هم|هما)$/

/**
 * سمير وهبي، NAME وورلي: inside a name, a nisba in ي that opens with و, where the word without و is none the lists or
 * the news know (not وعربي، ولبناني، وسامي), is a family name, not و and a word.
 */
function familyNameInWaw(word: Word): boolean {
  const w = word.norm
  // ورجوى: a word in ى is no nisba.
  if (w.length < 4 || !word.raw.endsWith('ي') || commonWordSet.has(w)) return false
  const rest = word.bases.find((b) => b.cut === 1)
  if (rest === undefined || word.bases.some((b) => b.cut > 1)) return false
  if ((rest.flags & WordFlag.Known) !== 0 || commonWordSet.has(rest.base)) return false
  return (
    !nisbaPlaces.has(rest.base) && !phrasesByFirstWord.has(rest.base) && givenNameBase(word) === undefined
  )
}

// The questions as constants of this module: an imported binding is read from its module at each test.
const UNKNOWN_NAME = UNKNOWN_NAME_QUESTION
const UNKNOWN_NAME_INSIDE = UNKNOWN_NAME_INSIDE_QUESTION
const NOT_UNKNOWN = 0
const UNKNOWN = 1
const IF_KNOWN_SURNAME = 2

/**
 * A word of no known class that may be part of a name: not a conjunction-led word, noun in -اً, or verb form.
 * Inside a name a first ف is the name's own (ماركوس فييرا); at its start it is more likely the conjunction.
 * Its reading of the spelling and of the fixed lists is kept on the spelling (`unknownNameReading`); only a known
 * family name, a list registered at run time (`registerPeople`), is asked at each call, and only of a word whose
 * answer turns on it.
 */
export function isUnknownNameWord(word: Word, inside = false): boolean {
  const { spelling } = word
  const question = inside ? UNKNOWN_NAME_INSIDE : UNKNOWN_NAME
  let kept = keptAnswer(spelling, question)
  if (kept === 0) {
    const reading = unknownNameReading(word, inside)
    keepAnswer(spelling, question + 2, reading === IF_KNOWN_SURNAME)
    kept = keepAnswer(spelling, question, reading === UNKNOWN) ? 3 : 1
  }
  return kept === 3 || (keptAnswer(spelling, question + 2) === 3 && isKnownSurname(word))
}

/**
 * `isUnknownNameWord` but for known family names: `UNKNOWN`, `NOT_UNKNOWN`, or `IF_KNOWN_SURNAME` where its one test
 * that a known family name turns (an ordinary word behind a particle, a derived past inside a name) refuses the word.
 */
function unknownNameReading(word: Word, inside: boolean): number {
  const w = word.norm
  const conjunction = (w[0] === 'و' && !(inside && familyNameInWaw(word))) || (w[0] === 'ف' && !inside)
  if (w.length < 2 || conjunction || (inside && w.endsWith('ة')) || ARTICLE_WITH_PARTICLE.test(w))
    return NOT_UNKNOWN
  // قيس سعيد يثق، الوزير خالد يعد: a present verb of three letters after a name; نقلت عن سامي علي قوله; نواف
  // الأحمد أميراً: the office a name is given.
  if (inside && ((w.length === 3 && w[0] === 'ي') || sayingNounSet.has(w) || accusativeTitle(word)))
    return NOT_UNKNOWN
  // مأمون حميدة تبنى، تولى: the past of form V in ى after a name is its predicate.
  if (inside && w.length === 4 && w[0] === 'ت' && word.raw.endsWith('ى')) return NOT_UNKNOWN
  // إيفان NAME تمكن من: a past of form V that news writes often (تمكن، تحدث، تسلم) is the predicate too.
  if (inside && FORM_V_PAST.test(w) && commonWordSet.has(w) && (word.bases[0]!.flags & WordFlag.Known) === 0)
    return NOT_UNKNOWN
  // تحدث النائب عطية شاكراً الوكالة: the accusative of an active participle (فاعلاً) after a name is the clause's.
  if (inside && w.length === 5 && w[1] === 'ا' && w.endsWith('ا')) return NOT_UNKNOWN
  // A place behind a particle (لدمشق، بروسيا) is never part of a person's name, nor is a head noun (ائتلاف، شركة).
  for (let m = 0; m < word.bases.length; m++) {
    const base = word.bases[m]!
    if (base.cut > 0 && phrasesByFirstWord.has(base.base)) return NOT_UNKNOWN
  }
  // كمال رزيق اجتمع، الوزير سامي انتقد: a derived verb in the past (forms VII, VIII, X) after a name is its predicate.
  // NAME انطلقت، NAME استقبلت: the same past with the feminine ت, its subject the noun after it. Neither refuses a
  // known family name.
  const ifKnownSurname =
    commonBehindParticle(word) || (inside && (DERIVED_PAST.test(w) || isDerivedFemininePast(w)))
  if (organizationHeadSet.has(w) || mediaHeadOpen.has(w) || namingHeadSet.has(w) || stateNounSet.has(w))
    return NOT_UNKNOWN
  // رئيس مجلس عمالة أكادير: a place's head after a title opens the place the role is of, not a name.
  if (placeHeadSet.has(w)) return NOT_UNKNOWN
  // A noun with a possessive pronoun (إفادتها، موقفهم) belongs to the clause, not to the name before it.
  if (w.length > 4 && POSSESSIVE.test(w)) return NOT_UNKNOWN
  if (isLongFemininePlural(w)) return NOT_UNKNOWN
  // وليد أزارو ليحرز، حسين بتدبير: ل before a present verb, ب or ل before a verbal noun of form II or V; لخمس
  // سنوات: a particle before a number word.
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (base.cut > 0 && behindParticleVerbal(w[base.cut - 1]!, base.base)) return NOT_UNKNOWN
    if (base.cut > 0 && NUMBER_WORDS.has(base.base)) return NOT_UNKNOWN
    // لاستطلاع رأيه، بانسحاب، لاجتماع: ب or ل before a verbal noun of a derived form is the clause's.
    if (base.cut === 1 && 'بل'.includes(w[0]!) && isNounShaped(base.base)) return NOT_UNKNOWN
  }
  // ترزيان، باشينيان: inside a name, a family name in -يان is not a present verb in the dual.
  const verbal = looksVerbal(word) && !(inside && w.length >= 5 && w.endsWith('يان'))
  if (isAccusativeNoun(word) || verbal || isRoleWord(word) || isNounShaped(w)) return NOT_UNKNOWN
  return ifKnownSurname ? IF_KNOWN_SURNAME : UNKNOWN
}

/**
 * مروان حمادة، مجدي مرسية: after a given name, a word in ة that news does not use as an ordinary word, with no
 * particle, no adjective's pattern (فعيلة، فاعلة، مفعلة) and no verbal noun's, is a family name.
 */
export function familyNameInTa(word: Word): boolean {
  const w = word.norm
  if (!w.endsWith('ة') || w.length < 4 || commonWordSet.has(w) || word.bases.length > 1) return false
  if ((word.flags & WordFlag.Known) !== 0) return false
  return !/^..ي.ة$|^.ا..ة$|^م...ة$|^ت...ة$|^ا..ا.ة$/.test(w)
}

/**
 * عبد الرحمن لمراسل، كمال رزيق بممثلي: an ordinary word of news behind ب، ل or ك is the clause's prepositional
 * phrase, not a family name; a base of three letters is left alone (بدور، بنت), and so is a known family name (asked
 * by the caller).
 */
function commonBehindParticle(word: Word): boolean {
  return word.bases.some((base) => base.cut > 0 && base.base.length >= 4 && commonWordSet.has(base.base))
}

function behindParticleVerbal(particle: string, base: string): boolean {
  if (particle === 'ل' && base.startsWith('ي')) return base.length >= 4 && base.length <= 5
  return (
    (particle === 'ل' || particle === 'ب') && base.startsWith('ت') && base.length >= 5 && base.length <= 6
  )
}

/** Ends of plural and feminine nouns (المواطنين، الحاضرون، الجهات، الحكومة), which family names rarely have. */
export const PLURAL_OR_FEMININE = /(?:ين|ون|ات|ة)$/

/**
 * ألكسندر، ألبرت: a name whose first letter is an alef with hamza, which folding writes as the article's alef, has no
 * article.
 */
export function hamzaOnAlef(word: Word, base: Base): boolean {
  const letter = word.raw[base.cut]
  return letter === 'أ' || letter === 'إ' || letter === 'آ'
}

/** A word the lexicon knows nothing of, in the shape of a transliterated name: no article, particle or plural. */
export function isForeignNameWord(word: Word, inside: boolean): boolean {
  const w = word.norm
  if (w.length < 3 || word.number || (word.flags & WordFlag.Known) !== 0 || speakerNounSet.has(w))
    return false
  if (
    (w.startsWith('ال') && !hamzaOnAlef(word, word.bases[0]!)) ||
    PLURAL_OR_FEMININE.test(w) ||
    POSSESSIVE.test(w)
  )
    return false
  // بفيروس، لموسكو: a first word that reads as ب or ل before a word is no name's start (a name such as برنارد is
  // lost here); ك is rarer before a noun, and كارستن keeps it.
  if (!inside && (w[0] === 'ب' || w[0] === 'ل') && word.bases.some((b) => b.cut > 0)) return false
  return isUnknownNameWord(word, inside) && !isVerb(word)
}

/**
 * A word that may stand in a name listed beside other names (`./person-lists.ts`): a given name or a word of a
 * name's shape at the start; inside, also a known family name or one with the article in its usual shape.
 */
export function isListedNameWord(word: Word, inside: boolean): boolean {
  if (word.number || isFunctionWord(word) || isVerb(word) || isCalendarWord(word) || isNumberWord(word))
    return false
  if (titleHead(word) !== undefined || isRoleWord(word)) return false
  if (isGivenName(word)) return true
  if (!inside) return isForeignNameWord(word, false)
  if (isKnownSurname(word)) return true
  // علي الشول، بسمة الأطرش: in a list of names, a family name with the article need not have the nisba shape.
  if (word.norm.startsWith('ال'))
    return !nisbaPlaces.has(word.norm) && !isDefiniteMasdar(word) && !isDefinitePlural(word)
  return isForeignNameWord(word, true) || (!endsInAlef(word) && isUnknownNameWord(word, true))
}
