import { ARTICLE_WITH_PARTICLE } from '../lang/ar/affixes.ts'
import { rankingAdjectiveSet } from '../lang/ar/compiled-cues.ts'
// Where a person's name starts and ends: which word may open a name, and which words it runs on to.

import { definiteGivenNameOpens } from './definite-given-name.ts'
import {
  compoundNameEndingSet as COMPOUND_ENDINGS,
  commonWordSet,
  complementizerSet,
  complementPrepositionSet,
  courtesyTitleSet,
  dayPartSet,
  definiteNameOfRoleSet,
  descentParticleSet,
  familyNameOfFunctionWordSet,
  familyNameOfHouseSet,
  honorificAfterNameSet,
  honorificBeforeNameSet,
  monthComplementSet as MONTH_COMPLEMENTS,
  monthNameOfMenSet as MONTH_NAMES_OF_MEN,
  maghrebiDescentParticleSet,
  mediaHeadOpen,
  nisbaPlaces,
  organizationHeadSet,
  phrasesByFirstWord,
  sayingNounSet,
} from './lexicon.ts'
import {
  accusativeTitle,
  DERIVED_PAST,
  familyNameInTa,
  hamzaOnAlef,
  isDefiniteMasdar,
  isDefinitePlural,
  isFamilyName,
  isLongFemininePlural,
  isNameWord,
  isNounShaped,
  isNumberWord,
  isOrdinalWithArticle,
  isUnknownNameWord,
  nisbaShapedFamilyName,
  POSSESSIVE,
} from './name-words.ts'
import { joined, type Scan } from './scan.ts'
import {
  endsInAlef,
  givenNameBase,
  isAccusativeNoun,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isGivenNameAfterArticle,
  isKnownSurname,
  isNameParticle,
  isRoleWord,
  isSourceGivenName,
  isVerb,
  isVerbOfAnyList,
  looksVerbal,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base, Word } from './words.ts'

const MAX_NAME_WORDS = 4
const GOD = 'الله'
const MAX_UNKNOWN_WORDS = 3

/**
 * The extent of a person's name starting at word `i`: given names, family names, particles (أبو قصرة، بن سلمان)
 * and, where the context vouches for a name (`strong`: after a title, or after a known given name), words of no
 * known class (بوغدانوف). A name stops at punctuation, function words, verbs, roles and dates; a family name with
 * ال (الشرع) ends it. Returns the last word of the name, or -1.
 */
export function nameEnd(scan: Scan, i: number, base: Base, strong: boolean): number {
  const { words } = scan
  const first = words[i]!
  if (!isNameStart(scan, i, base, strong)) return -1
  let last = i
  // وعبد العزيز: عبد opens a compound given name after و too.
  const abdFirst = base.base === 'عبد'
  const particleFirst = isNameParticle(first) || abdFirst
  let count = particleFirst ? 0 : 1
  let unknown = 0
  let lastUnknown = false
  let pendingParticle = particleFirst
  // عبد الفتاح، عبد العزيز: after عبد the word with ال is the rest of a given name, not a family name.
  let afterAbd = abdFirst
  // آل مسعود، بن منصور: the word a particle introduces is a family name; a word of no known class after it belongs to
  // the clause (ناصر آل مسعود بلقب، خالد بن منصور قوله), not to the name.
  let afterParticleWord = false
  // The name stopped before a noun of the clause: a first word of news alone then is the clause's too (حل القضية).
  let clauseAfter = false
  // المختار ولد داداه، الفاضل محمد الأمين: a given name with the article may open a longer name.
  if (
    !pendingParticle &&
    base.base.startsWith('ال') &&
    !hamzaOnAlef(first, base) &&
    !beforeParticle(scan, i) &&
    !definiteGivenNameOpens(scan, i)
  )
    return i
  for (let j = i + 1; j < words.length && count < MAX_NAME_WORDS; j++) {
    if (!joined(words, j)) break
    const word = words[j]!
    if (word.number) break
    if (pendingParticle) {
      if (isFunctionWord(word) || isVerb(word)) break
      last = j
      pendingParticle = false
      afterParticleWord = afterAbd === false && word.norm !== 'عبد'
      count++
      if (word.norm.startsWith('ال') && !isGivenName(word) && !afterAbd) {
        // محمد ولد الشيخ الغزواني: a family name in its nisba shape may follow the word a particle introduces.
        const after = words[j + 1]
        if (after && joined(words, j + 1) && count < MAX_NAME_WORDS && nisbaShapedFamilyName(after))
          last = j + 1
        break
      }
      afterAbd = false
      continue
    }
    if (isNameParticle(word)) {
      pendingParticle = true
      afterAbd = word.norm === 'عبد'
      continue
    }
    if (honorificAfterNameSet.has(word.norm) || timeOfDay(scan, j)) break
    if (strong && count === 1 && functionWordFamilyName(scan, j)) {
      last = j
      break
    }
    if (alaAsGivenName(scan, j)) {
      last = j
      count++
      continue
    }
    const calendar = isCalendarWord(word) && !monthNameInName(scan, j)
    if (isFunctionWord(word) || isVerb(word) || calendar || isNumberWord(word)) break
    // عمار ولد محمد الأمين: inside a name, a role that is also a name is one, unless its complement follows (محمد
    // الأمين العام للحزب).
    if (last === j - 1 && definiteNameOfRoleSet.has(word.norm) && !roleComplementAfter(scan, j)) {
      last = j
      count++
      afterParticleWord = false
      continue
    }
    // محمد أمين الجعبري: a title that is also a given name, right after a name and before a family name, is the
    // name's (not أمين عام الحزب، أمين الصندوق, where its complement follows).
    if (last === j - 1 && titleHead(word) && givenBeforeFamily(scan, j)) {
      last = j
      count++
      continue
    }
    // آدم الشيخ: a title with the article ends a name as its family name, unless a name follows it (الأمير فيصل،
    // السيد NAME).
    if (titleHead(word)) {
      const after = words[j + 1]
      const titleOfNext =
        after !== undefined &&
        joined(words, j + 1) &&
        (isGivenName(after) || isNameParticle(after) || courtesyBeforeName(word, after))
      // محمد الشيخ ولد NAME: after a given name, a title with the article before ولد or منت is a middle name, as the
      // Mauritanian press writes compound given names.
      if (
        word.norm.startsWith('ال') &&
        count === 1 &&
        last === j - 1 &&
        after !== undefined &&
        joined(words, j + 1) &&
        maghrebiDescentParticleSet.has(after.norm) &&
        isGivenName(words[j - 1]!)
      ) {
        last = j
        count++
        continue
      }
      if (!word.norm.startsWith('ال') || titleOfNext || count !== 1) break
      last = j
      break
    }
    if (pastVerbGivenName(scan, j)) break
    if (isGivenName(word) || isKnownSurname(word)) {
      last = j
      count++
      lastUnknown = false
      if (isKnownSurname(word) && !isGivenName(word)) break
      continue
    }
    // محمد الطاهر سيالة، محمد المصطفى ولد المين: a given name with the article is a middle name when the name
    // runs on after it.
    if (word.norm.startsWith('ال') && definiteMiddleName(scan, j, strong)) {
      last = j
      count++
      continue
    }
    if (word.norm.startsWith('ال')) {
      // نقلت الوكالة عن سامي حداد القول إن: the verbal noun of saying after a name is the clause's, not a family name.
      if (sayingNounSet.has(word.norm)) break
      const familyShaped = count === 1 && isGivenName(words[j - 1]!) && word.norm.endsWith('ي')
      if ((isRoleWord(word) && !familyShaped) || (nisbaPlaces.has(word.norm) && count === 1 && !strong)) break
      // After words of no known class (ماركوس فييرا), a word with the article is a family name only in its usual
      // nisba shape (محمد شياع السوداني), not a noun (ماركوس فييرا التسجيل).
      // نور الدين، سيف الدين، فتح الرحمن: the word is the rest of a compound given name, and the family name may
      // follow.
      if (COMPOUND_ENDINGS.has(word.norm)) {
        last = j
        count++
        continue
      }
      if (
        lastUnknown &&
        !word.norm.endsWith('ي') &&
        !isKnownSurname(word) &&
        !closingUnlistedFamilyName(scan, j)
      )
        break
      if (isDefiniteMasdar(word) || isDefinitePlural(word) || beforeOrdinal(scan, j)) break
      // خطف إسلام عيسى الكرة، NAME البارحة: a feminine noun news writes as an ordinary word is the clause's; the
      // family names in ة (الخلايلة، الطراونة) are no words of news. After one given name only where the clause goes
      // on: a family name news often writes alone (الدبيبة) closes its name before punctuation.
      if (
        word.norm.endsWith('ة') &&
        commonWordSet.has(word.norm) &&
        !isKnownSurname(word) &&
        (count >= 2 || clauseGoesOn(scan, j))
      ) {
        clauseAfter = true
        break
      }
      last = j
      // نواف سعود الناصر الصباح: after a given name and a father's name, a house's name may follow the family name.
      const after = words[j + 1]
      if (count >= 2 && after && joined(words, j + 1) && familyNameOfHouseSet.has(after.norm)) last = j + 1
      // خالد الجار الله، يوسف العبد الله: a family name compounded with الله.
      if (after && joined(words, j + 1) && after.norm === GOD && !isDefiniteMasdar(word)) last = j + 1
      break
    }
    if (afterParticleWord && !grandfatherBeforeFamilyName(scan, j) && !familyNameAfterFather(scan, j)) break
    // أعلن المستشار حازم بدوي فوز الرئيس، أصدر محمد مرسي قرارا، غادر نايف أكرد بداعي الإصابة: after a given name and
    // a second name, a word news writes as an ordinary word is the clause's (the verb's object, a phrase), not a third
    // name.
    if (count >= 2 && ordinaryWordOfClause(scan, j)) break
    if (!strong || unknown >= MAX_UNKNOWN_WORDS - 1) break
    if (!isUnknownNameWord(word, true) && !(count >= 1 && inNameBeforeFamilyName(scan, j))) {
      // مروان حمادة: a family name in ة after a given name ends the name.
      const familyInTa = isGivenName(words[j - 1]!) && familyNameInTa(word)
      if (
        count >= 1 &&
        (repeatedFamilyName(scan, j) ||
          familyNameBeforePunctuation(scan, j) ||
          familyInTa ||
          closingUnlistedFamilyName(scan, j))
      )
        last = j
      break
    }
    last = j
    count++
    unknown++
    lastUnknown = true
  }
  // A particle left without the word it introduces is not part of the name.
  if (pendingParticle && last === i && isNameParticle(first)) return -1
  if ((last > i || clauseAfter) && ordinaryWordsOnly(words, i, last)) return -1
  return last
}

/**
 * A name's last word that the rules' shapes would leave out, taken where a title vouches for the name and the name
 * closes right after the word (punctuation, a function word, a complementiser or a verb follows), when no list of
 * verbs and no count of news knows it and it takes no particle:
 * - without the article, a word that only its shape reads as a verb, a plural or a noun pattern (المحامية NAME امباي
 *   في، الدكتور NAME عبيدات ما، المدرب NAME يوفيتشيفيتش عن);
 * - with the article after a word of no known class that takes no particle, a family name out of its nisba shape
 *   (NAME مشعان الدبوس،), no verbal noun, plural, role, body or place, closed by punctuation, a complementiser or a
 *   verb (not a function word: شدياق بقص الشريط في).
 */
function closingUnlistedFamilyName(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const w = word.norm
  if (w.length < 5 || word.bases.length > 1 || w[0] === 'و' || w.endsWith('ة') || POSSESSIVE.test(w))
    return false
  if (word.bases[0]!.flags & WordFlag.Known || isNewsForm(w) || phrasesByFirstWord.has(w)) return false
  if (isVerbOfAnyList(word) || isRoleWord(word) || titleHead(word) !== undefined || isAccusativeNoun(word))
    return false
  if (endsInAlef(word) || isNumberWord(word)) return false
  // سيطلب، ستعلن: the future's س before a present is the clause's verb, listed or not.
  if (/^س[يتن]/.test(w)) return false
  const definite = w.startsWith('ال')
  if (definite) {
    if (nisbaPlaces.has(w) || organizationHeadSet.has(w) || isDefiniteMasdar(word) || isDefinitePlural(word))
      return false
    // شدياق بقص الشريط في: a word behind a particle before it is the clause's, and so is the noun it governs.
    if (words[j - 1]!.bases.length > 1) return false
  } else if (ARTICLE_WITH_PARTICLE.test(w)) return false
  const next = words[j + 1]
  if (next === undefined || !joined(words, j + 1)) return true
  // A noun with the article before a preposition is the clause's more often than a name's end (الشريط في).
  return (!definite && isFunctionWord(next)) || complementizerSet.has(next.norm) || isVerb(next)
}

/** Word `j` is a given name without the article, and a listed or nisba-shaped family name follows it. */
function givenBeforeFamily(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const after = words[j + 1]
  if (word.norm.startsWith('ال') || !isGivenName(word) || after === undefined || !joined(words, j + 1))
    return false
  if (isKnownSurname(after)) return true
  return nisbaShapedFamilyName(after) && !commonWordSet.has(after.norm) && titleHead(after) === undefined
}

/**
 * فوز الرئيس، قرارا بترقية، بأداء اليمين: a word of no listed name that news writes as an ordinary word is the
 * clause's when a word of the clause follows it (a noun, not a name, a function word, a verb or a number: كليجدار
 * أوغلو على stays a name); behind ب، ل or ك, one whose base of four letters or more news so writes is the clause's
 * wherever it stands.
 */
function ordinaryWordOfClause(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const w = word.norm
  if (w.length < 3 || w.startsWith('ال') || isGivenName(word) || isKnownSurname(word)) return false
  for (let n = 1; n < word.bases.length; n++) {
    const { base, cut } = word.bases[n]!
    if (cut === 1 && base.length >= 4 && 'بلك'.includes(w[0]!) && isNewsForm(base)) return true
  }
  // لبنان، بيروت: a name the gazetteer knows is a name, whatever news writes it as.
  if (!isNewsForm(w) || phrasesByFirstWord.has(w)) return false
  const next = words[j + 1]
  if (next === undefined || !joined(words, j + 1) || next.number) return false
  return !(
    isFunctionWord(next) ||
    isVerb(next) ||
    isGivenName(next) ||
    isNameParticle(next) ||
    isKnownSurname(next)
  )
}

/**
 * The clause goes on after word `j`: a word follows with no punctuation between, and it is no complementiser, verb
 * or title, which would close a name (NAME الدبيبة، أمس and NAME الدبيبة إن, but خطف NAME الكرة من).
 */
function clauseGoesOn(scan: Scan, j: number): boolean {
  const next = scan.words[j + 1]
  if (next === undefined || !joined(scan.words, j + 1)) return false
  return !(complementizerSet.has(next.norm) || isVerb(next) || titleHead(next) !== undefined)
}

function isNewsForm(w: string): boolean {
  return commonWordSet.has(w) || commonWordSet.has(`ال${w}`)
}

/**
 * نظيره المغربي بهدف نظيف: words that are each an ordinary word of news, none a listed name word, are a phrase of
 * the clause, not a name the context vouched for.
 */
export function ordinaryWordsOnly(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const word = words[k]!
    if (!isNewsForm(word.norm) || isGivenName(word) || isKnownSurname(word) || isNameParticle(word))
      return false
  }
  return true
}

/**
 * إبراهيم مصطفى على محافظ المشروع، وفيصل على ورابى،: inside a name, على is the given name علي as the press of Egypt
 * and Sudan spells it (final ي written ى) where the preposition cannot stand: before punctuation or a title, or
 * before a word of a name's shape that news does not use and that ends the name.
 */
function alaAsGivenName(scan: Scan, j: number): boolean {
  const { words } = scan
  if (words[j]!.raw !== 'على') return false
  if (endsName(scan, j + 1)) return true
  const next = words[j + 1]!
  return (
    !next.norm.startsWith('ال') &&
    !next.norm.endsWith('ه') &&
    !commonWordSet.has(next.norm) &&
    isUnknownNameWord(next, true) &&
    endsName(scan, j + 2)
  )
}

// A function, not a closure over `words` in `alaAsGivenName`: that gave every call a context to allocate.
function endsName(scan: Scan, k: number): boolean {
  const { words } = scan
  return !words[k] || !joined(words, k) || titleHead(words[k]!) !== undefined
}

/**
 * وأضاف مهدي عيسى الهدف الثاني: a noun with the article before an ordinal with the article is the clause's (the
 * second goal), not a family name.
 */
function beforeOrdinal(scan: Scan, j: number): boolean {
  const next = scan.words[j + 1]
  return (
    next !== undefined &&
    joined(scan.words, j + 1) &&
    (isOrdinalWithArticle(next) || rankingAdjectiveSet.has(next.norm)) &&
    !isKnownSurname(scan.words[j]!)
  )
}

/**
 * جميلة بنت سالم مصبح المهيري: after the father's name a word no list knows is the grandfather's when it is no
 * ordinary word of news and a family name in its usual shape closes the name after it (not ناصر آل مسعود بلقب).
 */
function grandfatherBeforeFamilyName(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const next = words[j + 1]
  if (commonWordSet.has(word.norm) || !isUnknownNameWord(word, true)) return false
  return next !== undefined && joined(words, j + 1) && (nisbaShapedFamilyName(next) || isKnownSurname(next))
}

/**
 * إسلمو ولد محمد أمبادي: in a Mauritanian name the family's name may follow the father's after ولد or منت. A word no
 * list knows is taken there when it is no ordinary word of news and the name ends after it (punctuation, a
 * function word, a verb or a title), not where the clause goes on (محمد ولد أحمد رئيساً).
 */
function familyNameAfterFather(scan: Scan, j: number): boolean {
  const { words } = scan
  const particle = words[j - 2]
  if (particle === undefined || !maghrebiDescentParticleSet.has(particle.norm)) return false
  const word = words[j]!
  if (commonWordSet.has(word.norm) || word.norm.startsWith('ال') || !isUnknownNameWord(word, true))
    return false
  const next = words[j + 1]
  if (next === undefined || !joined(words, j + 1)) return true
  return (
    isFunctionWord(next) || isVerb(next) || titleHead(next) !== undefined || complementizerSet.has(next.norm)
  )
}

/**
 * الإعلامي محمد خلف المدير العام، الرئيس محمد خلف،: a family name that is also a preposition ends the name when
 * no noun follows for it to govern: a comma, a title, a verb or a complementiser.
 */
function functionWordFamilyName(scan: Scan, j: number): boolean {
  const { words } = scan
  if (!familyNameOfFunctionWordSet.has(words[j]!.norm) || !isGivenName(words[j - 1]!)) return false
  const after = words[j + 1]
  if (!after || !joined(words, j + 1)) return true
  return (
    titleHead(after) !== undefined || isVerb(after) || complementizerSet.has(after.norm) || isRoleWord(after)
  )
}

function definiteMiddleName(scan: Scan, j: number, strong: boolean): boolean {
  const { words } = scan
  const word = words[j]!
  if (!isGivenNameAfterArticle(word) || isRoleWord(word) || nisbaPlaces.has(word.norm)) return false
  const next = words[j + 1]
  if (!next || !joined(words, j + 1) || next.number) return false
  if (isNameParticle(next) || (isGivenName(next) && !pastVerbGivenName(scan, j + 1))) return true
  if (!strong || next.norm.startsWith('ال')) return false
  return isUnknownNameWord(next, true) || closingFamilyName(scan, j + 1)
}

/**
 * سالم النواف أشرف على الحملة: after a family name with the article, a given name in the shape of a past verb of
 * form IV (أشرف، أكرم) before the preposition such a verb takes is the clause's verb, not the next part of the name.
 */
function pastVerbGivenName(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const next = words[j + 1]
  if (!next || !joined(words, j + 1) || !complementPrepositionSet.has(next.norm)) return false
  if (!words[j - 1]?.norm.startsWith('ال')) return false
  return word.norm.length === 4 && /^[أإ]/.test(word.raw) && isGivenName(word)
}

/**
 * بوتفليقة، بوريطة، زيتونة: a family name in ة, which inside a name reads as a noun of the clause (محمد زيارة
 * الموقع) unless the name ends with it: punctuation, a verb, a function word or a title follows.
 */
export function closingFamilyName(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const w = word.norm
  if (!w.endsWith('ة') || w.length < 4 || w[0] === 'و' || ARTICLE_WITH_PARTICLE.test(w)) return false
  if (POSSESSIVE.test(w) || isRoleWord(word) || organizationHeadSet.has(w) || mediaHeadOpen.has(w))
    return false
  // لمدينة، فرصة: a particle before a word of the clause; فرنجية keeps its ف, no word reads after it. After ب
  // only a counted word of four letters or more is the clause's (بزيارة، بجولة; not بركة، بوريطة).
  const ordinary = w.startsWith('ب') ? countedReading : ordinaryReading
  if (word.bases.some((b) => b.cut > 0 && ordinary(b))) return false
  const next = words[j + 1]
  if (!next || !joined(words, j + 1)) return true
  // حمادة لـ"…": a particle written apart (لـ، بـ) opens the next phrase.
  if (next.norm.length === 1) return true
  return isFunctionWord(next) || isVerb(next) || titleHead(next) !== undefined || isAccusativeNoun(next)
}

/**
 * حاكم المدينة السيد NAME، خليفة القائد السيد NAME: a courtesy title before a word of a name's shape that no list
 * or count of news knows opens that name; it is not the family name of the words before it.
 */
function courtesyBeforeName(title: Word, after: Word): boolean {
  return courtesyTitleSet.has(title.norm) && isUnknownNameWord(after, true) && !commonWordSet.has(after.norm)
}

/** العام، للحزب: the word after a role is its adjective or the body it serves, unless it is a name (الأمين الحسن). */
function roleComplementAfter(scan: Scan, j: number): boolean {
  const next = scan.words[j + 1]
  if (next === undefined || !joined(scan.words, j + 1) || isGivenName(next) || isKnownSurname(next))
    return false
  return next.norm.startsWith('ال') || next.norm.startsWith('لل')
}

/** A reading of a word behind a particle that is a known word or an ordinary word of news. */
function countedReading(base: Base): boolean {
  return base.base.length >= 4 && commonWordSet.has(base.base)
}

function ordinaryReading(base: Base): boolean {
  return (base.flags & WordFlag.Known) !== 0 || commonWordSet.has(base.base) || base.base.length < 4
}

/**
 * رئيس البلدية عبد الله كبارة، … وانتخاب كبارة نائباً: a word that would read otherwise (ك before بارة, a noun in ة)
 * closes the name when the article names the person by it alone elsewhere, where it can only be a name.
 */
function repeatedFamilyName(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const w = word.norm
  if (w.length < 3 || w.startsWith('ال') || w[0] === 'و' || POSSESSIVE.test(w) || endsInAlef(word))
    return false
  if (isVerb(word) || isRoleWord(word) || organizationHeadSet.has(w) || isLongFemininePlural(w)) return false
  // أعلن … انتهاء الدورة: a verbal noun of a derived stem is the object of the verb elsewhere, not a name.
  if (isNounShaped(w)) return false
  // تابع النائب كريم كبارة أزمة المياه: before a noun of the clause, only a reporting verb's subject elsewhere (واعلن
  // كبارة) vouches for the word as a family name.
  const next = words[j + 1]
  const runsOn = next !== undefined && joined(words, j + 1) && !isFunctionWord(next) && !isVerb(next)
  const before = words[j - 1]!.norm
  // A walk over the words, not a table of where each stands: asked of a few words in few articles, a table built for
  // the article cost more than all the walks.
  for (let k = 0; k < words.length; k++) {
    if (k === j || words[k]!.norm !== w || (k > 0 ? words[k - 1]!.norm : undefined) === before) continue
    if (runsOn ? subjectOfReport(scan, k) : usedAsName(scan, k)) return true
  }
  return false
}

/**
 * السيد كريم ليمني، وهم عبد الرحيم علي سيفان،: where a title or a known given name vouches for a name, a word that
 * only a reading behind a particle or a verb's shape takes from the name (ل before يمني; سيفان) is its family name
 * when punctuation closes the name right after it and no list knows the word whole.
 */
function familyNameBeforePunctuation(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const w = word.norm
  if (joined(words, j + 1) || !words[j + 1] || w.length < 4 || w.startsWith('ال') || w[0] === 'و')
    return false
  if (word.bases[0]!.flags & WordFlag.Known || commonWordSet.has(w) || w.endsWith('ة') || POSSESSIVE.test(w))
    return false
  // بالتزامن، لدمشق، للصحفيين، انتقد: a phrase of the clause or a derived verb, read so whole.
  if (ARTICLE_WITH_PARTICLE.test(w) || DERIVED_PAST.test(w) || w.endsWith('ات')) return false
  for (let n = 0; n < word.bases.length; n++) {
    const b = word.bases[n]!
    if (b.cut > 0 && (phrasesByFirstWord.has(b.base) || commonWordSet.has(b.base))) return false
  }
  return !isVerb(word) && !isRoleWord(word) && !isAccusativeNoun(word) && !endsInAlef(word)
}

/**
 * Word `k` stands as a person's name: a reporting verb's subject (وقال كبارة), before a complementiser (كبارة إن)
 * or before a title in the accusative (انتخاب كبارة نائباً).
 */
function usedAsName(scan: Scan, k: number): boolean {
  const { words } = scan
  if (subjectOfReport(scan, k)) return true
  const after = words[k + 1]
  if (!after || !joined(words, k + 1)) return false
  return complementizerSet.has(after.norm) || accusativeTitle(after)
}

function subjectOfReport(scan: Scan, k: number): boolean {
  const previous = scan.words[k - 1]
  return previous !== undefined && joined(scan.words, k) && reportingVerb(previous) !== undefined
}

/** A word in ة inside a name: a family name that ends it, or a given name before a family name in ي (نورية يمينة زرهوني). */
function inNameBeforeFamilyName(scan: Scan, j: number): boolean {
  if (closingFamilyName(scan, j)) return true
  const { words } = scan
  const word = words[j]!
  const next = words[j + 1]
  const w = word.norm
  if (
    !w.endsWith('ة') ||
    POSSESSIVE.test(w) ||
    isRoleWord(word) ||
    w[0] === 'و' ||
    organizationHeadSet.has(w)
  )
    return false
  if (word.bases.some((b) => b.cut > 0) || !next || !joined(words, j + 1)) return false
  const family = next.norm
  return (
    family.endsWith('ي') &&
    !family.startsWith('ال') &&
    family.length > 3 &&
    !isFunctionWord(next) &&
    !isVerb(next) &&
    !isRoleWord(next)
  )
}

function isNameStart(scan: Scan, i: number, base: Base, strong: boolean): boolean {
  const word = scan.words[i]!
  const calendar = isCalendarWord(word) && !(strong && monthGivenName(scan, i))
  if (word.number || isFunctionWord(word) || isVerbOfAnyList(word) || calendar || isNumberWord(word))
    return false
  // الملك عبدالعزيز رحمه الله: a prayer written after a name ends it and opens none.
  if (honorificBeforeNameSet.has(word.norm) || honorificAfterNameSet.has(word.norm) || timeOfDay(scan, i))
    return false
  // A given name that is also a title (أمين) starts a name where a name is expected.
  const given = givenNameBase(word) !== undefined
  if (titleHead(word) && !(given && strong)) return false
  if (isNameParticle(word) || base.base === 'عبد') return true
  if (given || isKnownSurname(word) || definiteGivenNameOpens(scan, i)) return true
  // لمياء، صهيب: a name of the maintained lists, where a title or evidence after it vouches for a name.
  if (strong && isSourceGivenName(word, base)) return true
  if (filiationFollows(scan, i + 1) && filiationGivenName(word) === base) return true
  if (!strong) return false
  if (base.base.startsWith('ال') && !hamzaOnAlef(word, base))
    return isFamilyName(word, base.base) || beforeParticle(scan, i)
  // فرحات الزوي: after a title a first ف belongs to the name when a family name follows.
  if (word.norm[0] === 'ف' && isUnknownNameWord(word, true)) {
    const next = scan.words[i + 1]
    return next !== undefined && joined(scan.words, i + 1) && next.norm.startsWith('ال') && isNameWord(next)
  }
  if (!isUnknownNameWord(word)) return verbalForeignName(scan, i)
  // الوزير دعمه للقرار، الوزير جولته: a noun with the possessive ه after a title is its object, unless a name word
  // follows it.
  if (word.norm.endsWith('ه') && word.norm.length >= 4) {
    const next = scan.words[i + 1]
    if (!next || !joined(scan.words, i + 1) || !isNameWord(next)) return false
  }
  // بممثلي، لمسؤولي، بمشاركة: a preposition on a participle or a noun of place is no name's start.
  if (word.bases.some((b) => b.cut > 0 && b.base[0] === 'م' && b.base.length >= 4)) return false
  // اتصالا هاتفيا is an accusative noun, لوكا بيانكي a name; مهمة لدمشق a noun, جمانة الغلاي a name: a first word
  // ending in alef or ة needs a name word after it.
  if (!endsInAlef(word) && !word.norm.endsWith('ة')) return true
  const next = scan.words[i + 1]
  if (next === undefined || !joined(scan.words, i + 1)) return false
  return (!endsInAlef(next) && isNameWord(next)) || filiationFollows(scan, i + 1)
}

/**
 * المدرب الإيطالي سيرجيو رومانو بأن، الوزير تشين قانغ اليوم: after a title a transliterated name may look like a present
 * verb (سي…، ت…، ي…). It opens a name when news does not use it (verbs of news are counted ordinary words) and a
 * word no list or count knows follows, itself no verb's shape.
 */
function verbalForeignName(scan: Scan, i: number): boolean {
  const { words } = scan
  const word = words[i]!
  const next = words[i + 1]
  if (!looksVerbal(word) || isVerbOfAnyList(word) || commonWordSet.has(word.norm) || word.bases.length > 1)
    return false
  // الأمير يرعى حفل: a present in ي that ends in ى (يرعى، يلقى) is a defective verb's, no transliterated name's.
  if (word.norm[0] === 'ي' && word.raw.endsWith('ى')) return false
  if (!next || !joined(words, i + 1) || commonWordSet.has(next.norm) || /^ال|ه$/.test(next.norm)) return false
  // سيعلن قراره: a noun with its pronoun after the verb is its object.
  return isUnknownNameWord(next, true) && (next.flags & WordFlag.Known) === 0
}

/** فائقة بنت سعيد، نورة بنت محمد: a particle of descent and a given name after a word make that word a given name. */
export function filiationFollows(scan: Scan, j: number): boolean {
  const particle = scan.words[j]
  const father = scan.words[j + 1]
  if (particle === undefined || father === undefined) return false
  if ((particle.bases[0]!.flags & WordFlag.DescentParticle) === 0) return false
  return joined(scan.words, j) && joined(scan.words, j + 1) && isGivenName(father)
}

/**
 * The reading of the word before بنت and a given name that is a given name (وميثاء بنت سيف: ميثاء, after the
 * conjunction): no function word, verb, role or ordinary word of news, nor a particle before one.
 */
export function filiationGivenName(word: Word): Base | undefined {
  if (isFunctionWord(word) || isVerbOfAnyList(word) || isRoleWord(word)) return undefined
  const conjunction = word.norm[0] === 'و' ? word.bases.find((base) => base.cut === 1) : undefined
  const reading = conjunction ?? word.bases[0]!
  const w = reading.base
  if (w.length < 3 || w.startsWith('ال') || commonWordSet.has(w)) return undefined
  const particle = word.bases.some((base) => base.cut > 0 && base !== reading && commonWordSet.has(base.base))
  return particle ? undefined : reading
}

/**
 * المختار ولد اجاي، الناهة منت حمدي: a word with the article before ولد، منت، بن is a given name (the Mauritanian
 * and Maghrebi usage), where the context already vouches for a name.
 */
function beforeParticle(scan: Scan, i: number): boolean {
  const { words } = scan
  const next = words[i + 1]
  const after = words[i + 2]
  return (
    next !== undefined &&
    after !== undefined &&
    joined(words, i + 1) &&
    joined(words, i + 2) &&
    descentParticleSet.has(next.norm) &&
    !isFunctionWord(after) &&
    !isVerb(after)
  )
}

function monthGivenName(scan: Scan, i: number): boolean {
  const word = scan.words[i]!
  const next = scan.words[i + 1]
  if (!MONTH_NAMES_OF_MEN.has(word.norm) || !next || !joined(scan.words, i + 1)) return false
  return next.norm.startsWith('ال') && !MONTH_COMPLEMENTS.has(next.norm) && !isCalendarWord(next)
}

/**
 * أسامة ربيع، رامي رجب إن: after a given name, a month that is also a man's name (ربيع، رجب، رمضان، شعبان) is his
 * family name unless the month's complement, a number or another word of the calendar follows it (ربيع الأول).
 */
function monthNameInName(scan: Scan, j: number): boolean {
  const { words } = scan
  if (!MONTH_NAMES_OF_MEN.has(words[j]!.norm) || !isGivenName(words[j - 1]!)) return false
  const next = words[j + 1]
  if (!next || !joined(words, j + 1)) return true
  return !next.number && !MONTH_COMPLEMENTS.has(next.norm) && !isCalendarWord(next) && !isNumberWord(next)
}

/**
 * صباح اليوم، مساء أمس: a part of the day that dates the clause, not the given name صباح (سمو الشيخ صباح الخالد),
 * which a family name follows.
 */
function timeOfDay(scan: Scan, j: number): boolean {
  const { words } = scan
  if (!dayPartSet.has(words[j]!.norm)) return false
  const next = words[j + 1]
  if (!next || !joined(words, j + 1) || isCalendarWord(next)) return true
  return !(familyNameOfHouseSet.has(next.norm) || isKnownSurname(next) || isFamilyName(next, next.norm))
}
