import {
  ambiguousGivenNameSet,
  compoundNameEndingSet as COMPOUND_ENDINGS,
  complementizerSet,
  complementPrepositionSet,
  dayPartSet,
  descentParticleSet,
  familyNameOfFunctionWordSet,
  familyNameOfHouseSet,
  givenNameSet,
  honorificAfterNameSet,
  honorificBeforeNameSet,
  kunyaSet as KUNYA,
  monthComplementSet as MONTH_COMPLEMENTS,
  monthNameOfMenSet as MONTH_NAMES_OF_MEN,
  mediaHeadOpen,
  numeralWordSet as NUMBER_WORDS,
  namingHeadSet,
  nisbaPlaces,
  organizationHeadSet,
  phrasesByFirstWord,
  Start,
  sayingNounSet,
  speakerNounSet,
  statementNounSet,
  strictNorm,
  titleHeadSet,
} from './lexicon.ts'
import { joined, type Scan } from './scan.ts'
import {
  endsInAlef,
  givenNameBase,
  givenNameSpelling,
  isAccusativeNoun,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isKnownSurname,
  isNameParticle,
  isRoleWord,
  isVerb,
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
  let count = isNameParticle(first) ? 0 : 1
  let unknown = 0
  let lastUnknown = false
  let pendingParticle = isNameParticle(first)
  // عبد الفتاح، عبد العزيز: after عبد the word with ال is the rest of a given name, not a family name.
  let afterAbd = first.norm === 'عبد'
  // آل مسعود، بن منصور: the word a particle introduces is a family name; a word of no known class after it belongs to
  // the clause (ناصر آل مسعود بلقب، خالد بن منصور قوله), not to the name.
  let afterParticleWord = false
  if (!pendingParticle && base.base.startsWith('ال') && !beforeParticle(scan, i)) return i
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
    if (isFunctionWord(word) || isVerb(word) || isCalendarWord(word) || isNumberWord(word)) break
    // آدم الشيخ: a title with the article ends a name as its family name, unless a name follows it (الأمير فيصل).
    if (titleHead(word)) {
      const after = words[j + 1]
      const titleOfNext =
        after !== undefined && joined(words, j + 1) && (isGivenName(after) || isNameParticle(after))
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
      if (lastUnknown && !word.norm.endsWith('ي') && !isKnownSurname(word)) break
      if (isDefiniteMasdar(word) || isDefinitePlural(word)) break
      last = j
      // نواف سعود الناصر الصباح: after a given name and a father's name, a house's name may follow the family name.
      const after = words[j + 1]
      if (count >= 2 && after && joined(words, j + 1) && familyNameOfHouseSet.has(after.norm)) last = j + 1
      // خالد الجار الله، يوسف العبد الله: a family name compounded with الله.
      if (after && joined(words, j + 1) && after.norm === GOD && !isDefiniteMasdar(word)) last = j + 1
      break
    }
    if (afterParticleWord || !strong || unknown >= MAX_UNKNOWN_WORDS - 1) break
    if (!isUnknownNameWord(word, true) && !(count >= 1 && inNameBeforeFamilyName(scan, j))) {
      if (count >= 1 && repeatedFamilyName(scan, j)) last = j
      break
    }
    last = j
    count++
    unknown++
    lastUnknown = true
  }
  // A particle left without the word it introduces is not part of the name.
  if (pendingParticle && last === i && isNameParticle(first)) return -1
  return last
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
  const bare = strictNorm(word.raw).slice(2)
  if (!givenNameSet.has(bare) || isRoleWord(word) || nisbaPlaces.has(word.norm)) return false
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

function nisbaShapedFamilyName(word: Word): boolean {
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

/**
 * بوتفليقة، بوريطة، زيتونة: a family name in ة, which inside a name reads as a noun of the clause (محمد زيارة
 * الموقع) unless the name ends with it: punctuation, a verb, a function word or a title follows.
 */
function closingFamilyName(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const w = word.norm
  if (!w.endsWith('ة') || w.length < 4 || w[0] === 'و' || ARTICLE_WITH_PARTICLE.test(w)) return false
  if (POSSESSIVE.test(w) || isRoleWord(word) || organizationHeadSet.has(w) || mediaHeadOpen.has(w))
    return false
  if (word.bases.some((b) => b.cut > 0) && !w.startsWith('ب')) return false
  const next = words[j + 1]
  if (!next || !joined(words, j + 1)) return true
  // حمادة لـ"…": a particle written apart (لـ، بـ) opens the next phrase.
  if (next.norm.length === 1) return true
  return isFunctionWord(next) || isVerb(next) || titleHead(next) !== undefined || isAccusativeNoun(next)
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
  if (isVerb(word) || isRoleWord(word) || organizationHeadSet.has(w) || (w.length >= 6 && w.endsWith('ات')))
    return false
  const next = words[j + 1]
  if (next && joined(words, j + 1) && !isFunctionWord(next) && !isVerb(next)) return false
  const before = words[j - 1]!.norm
  for (const k of wordPlaces(scan).get(w) ?? []) {
    if (k !== j && words[k - 1]?.norm !== before && usedAsName(scan, k)) return true
  }
  return false
}

/** Where each word stands in the article, built once per scan when first asked. */
function wordPlaces(scan: Scan): ReadonlyMap<string, number[]> {
  let places = PLACES.get(scan)
  if (!places) {
    const built = new Map<string, number[]>()
    scan.words.forEach((word, k) => {
      const at = built.get(word.norm)
      if (at) at.push(k)
      else built.set(word.norm, [k])
    })
    PLACES.set(scan, built)
    places = built
  }
  return places
}

const PLACES = new WeakMap<Scan, Map<string, number[]>>()

/**
 * Word `k` stands as a person's name: a reporting verb's subject (وقال كبارة), before a complementiser (كبارة إن)
 * or before a title in the accusative (انتخاب كبارة نائباً).
 */
function usedAsName(scan: Scan, k: number): boolean {
  const { words } = scan
  const previous = words[k - 1]
  if (previous && joined(words, k) && reportingVerb(previous) !== undefined) return true
  const after = words[k + 1]
  if (!after || !joined(words, k + 1)) return false
  return complementizerSet.has(after.norm) || accusativeTitle(after)
}

function mayOpenRole(word: Word | undefined): boolean {
  if (word === undefined) return false
  if ((word.flags & Start.Title) !== 0) return true
  const w = word.norm
  return w.charCodeAt(w.length - 1) === ALEF && ACCUSATIVE_TITLES.has(w)
}

const ALEF = 0x627

/** نائباً، والياً (also written without tanwin): a title in the accusative, the office someone is given. */
function accusativeTitle(word: Word): boolean {
  return ACCUSATIVE_TITLES.has(word.norm)
}

const ACCUSATIVE_TITLES: ReadonlySet<string> = new Set(
  [...titleHeadSet]
    .map((title) => `${title.startsWith('ال') ? title.slice(2) : title}ا`)
    .filter((w) => w.length > 3),
)

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
  if (word.number || isFunctionWord(word) || isVerb(word) || calendar || isNumberWord(word)) return false
  if (honorificBeforeNameSet.has(word.norm) || timeOfDay(scan, i)) return false
  // A given name that is also a title (أمين) starts a name where a name is expected.
  const given = givenNameBase(word) !== undefined
  if (titleHead(word) && !(given && strong)) return false
  if (isNameParticle(word)) return true
  if (given || isKnownSurname(word)) return true
  if (!strong) return false
  if (base.base.startsWith('ال')) return isFamilyName(word, base.base) || beforeParticle(scan, i)
  // فرحات الزوي: after a title a first ف belongs to the name when a family name follows.
  if (word.norm[0] === 'ف' && isUnknownNameWord(word, true)) {
    const next = scan.words[i + 1]
    return next !== undefined && joined(scan.words, i + 1) && next.norm.startsWith('ال') && isNameWord(next)
  }
  if (!isUnknownNameWord(word)) return false
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
  return next !== undefined && joined(scan.words, i + 1) && !endsInAlef(next) && isNameWord(next)
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

/**
 * التأكيد، الاجتماع، الاستقبال: a verbal noun of form V, VI, VII, VIII or X with the article ends a name (وجدد عباس
 * التأكيد أن، وترأس عباس الاجتماع).
 */
function isDefiniteMasdar(word: Word): boolean {
  const w = word.norm
  return DERIVED_MASDAR.test(w) && w.length >= 7 && !w.endsWith('ي') && !isKnownSurname(word)
}

const DERIVED_MASDAR = /^ال(?:ت|است|ان|ا.ت)/

/**
 * سلامة المواطنين، سلامة الأشخاص، كامل الصلاحيات: a plural with the article (a participle's -ين/-ون, the broken
 * plural أفعال, abstract nouns in -يات) is the genitive of a noun, not a family name.
 */
function isDefinitePlural(word: Word): boolean {
  const w = word.norm
  if (isKnownSurname(word)) return false
  return DEFINITE_PLURAL.test(w)
}

const DEFINITE_PLURAL = /^(?:الم.{3,}(?:ين|ون)|الا[^اوي].ا.|ال.{3,}يات)$/

/**
 * استمرار، اجتماع، انسحاب: an indefinite verbal noun of form VII, VIII or X, or one of form IV or a broken plural
 * أفعال (إقرار، أشغال), is a noun of the clause, never a word of a name.
 */
function isNounShaped(w: string): boolean {
  return NOUN_SHAPE.test(w)
}

const NOUN_SHAPE = /^(?:است[^ي].ا.|ا.ت.ا.|ان..ا.|ا[^اوي].ا.)$/

function isNameWord(word: Word): boolean {
  if (isNumberWord(word) || isCalendarWord(word) || isFunctionWord(word)) return false
  if (isGivenName(word) || isKnownSurname(word)) return true
  if (word.norm.startsWith('ال')) return isFamilyName(word, word.norm)
  return isUnknownNameWord(word) && !isFunctionWord(word) && !isVerb(word)
}

/**
 * A lone word with the article after a title is a family name (الرئيس الأسد، الوزير الشيباني) when it is known or
 * has the nisba shape of most family names; `الوزير الضيف` is a title and a noun.
 */
function isFamilyName(word: Word, base: string): boolean {
  if (isRoleWord(word) || nisbaPlaces.has(base)) return false
  return isKnownSurname(word) || (base.length > 4 && base.endsWith('ي'))
}

function isNumberWord(word: Word): boolean {
  return NUMBER_WORDS.has(word.norm)
}

const POSSESSIVE = /(?:ها|هم|هما)$/

/** Particles with the article glued to a word (للمعهد، بالقرب، والحكومة) never open or continue a name. */
const ARTICLE_WITH_PARTICLE = /^(?:لل|بال|وال|فال|كال)/

/**
 * A word of no known class that may be part of a name: not a conjunction-led word, noun in -اً, or verb form.
 * Inside a name a first ف is the name's own (ماركوس فييرا); at its start it is more likely the conjunction.
 */
function isUnknownNameWord(word: Word, inside = false): boolean {
  const w = word.norm
  const conjunction = w[0] === 'و' || (w[0] === 'ف' && !inside)
  if (w.length < 2 || conjunction || (inside && w.endsWith('ة')) || ARTICLE_WITH_PARTICLE.test(w))
    return false
  // قيس سعيد يثق، الوزير خالد يعد: a present verb of three letters after a name; نقلت عن سامي علي قوله; نواف
  // الأحمد أميراً: the office a name is given.
  if (inside && ((w.length === 3 && w[0] === 'ي') || sayingNounSet.has(w) || accusativeTitle(word)))
    return false
  // A place behind a particle (لدمشق، بروسيا) is never part of a person's name, nor is a head noun (ائتلاف، شركة).
  for (const base of word.bases) if (base.cut > 0 && phrasesByFirstWord.has(base.base)) return false
  if (organizationHeadSet.has(w) || mediaHeadOpen.has(w) || namingHeadSet.has(w)) return false
  // A noun with a possessive pronoun (إفادتها، موقفهم) belongs to the clause, not to the name before it.
  if (w.length > 4 && POSSESSIVE.test(w)) return false
  // إحصاءات، مفاوضات: a long feminine plural is a noun.
  if (w.length >= 6 && w.endsWith('ات')) return false
  // وليد أزارو ليحرز، حسين بتدبير: ل before a present verb, ب or ل before a verbal noun of form II or V; لخمس
  // سنوات: a particle before a number word.
  for (const base of word.bases) {
    if (base.cut > 0 && behindParticleVerbal(w[base.cut - 1]!, base.base)) return false
    if (base.cut > 0 && NUMBER_WORDS.has(base.base)) return false
  }
  // ترزيان، باشينيان: inside a name, a family name in -يان is not a present verb in the dual.
  const verbal = looksVerbal(word) && !(inside && w.length >= 5 && w.endsWith('يان'))
  return !isAccusativeNoun(word) && !verbal && !isRoleWord(word) && !isNounShaped(w)
}

function behindParticleVerbal(particle: string, base: string): boolean {
  if (particle === 'ل' && base.startsWith('ي')) return base.length >= 4 && base.length <= 5
  return (
    (particle === 'ل' || particle === 'ب') && base.startsWith('ت') && base.length >= 5 && base.length <= 6
  )
}

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
  if (!base) {
    // أبو محمد الجولاني: a kunya starts with أبو or أم before a given name; عبد الله، عبد الرحمن are given names.
    const next = words[i + 1]
    if (!next || !joined(words, i + 1)) return undefined
    const kunya = KUNYA.has(word.norm) && isGivenName(next)
    const abd = word.norm === 'عبد' && next.norm.startsWith('ال') && !isFunctionWord(next)
    if (!kunya && !abd) return undefined
    base = word.bases[0]!
  }
  if (!joined(words, i + 1)) return undefined
  const next = words[i + 1]!
  if (isAmbiguous(word, base)) {
    // قال رائد الحسن: right after a reporting verb, the subject's place, a family name is evidence enough.
    const before = words[i - 1]
    // وأوضح «رائد الحسن»: a quote mark alone between the verb and the name leaves it in the subject's place.
    const quoted = scan.quoteOpeningAt.has(i) && word.gap.trim().length === 1
    // ثامر السويط وبدر الداهوم: after a name and و, another name is expected.
    const subjectPlace =
      (before !== undefined && (joined(words, i) || quoted) && reportingVerb(before) !== undefined) ||
      (afterName && base.cut === 1 && word.norm[0] === 'و' && !PLURAL_OR_FEMININE.test(next.norm))
    const familyName =
      next.norm.startsWith('ال') &&
      !isFunctionWord(next) &&
      !isRoleWord(next) &&
      !phrasesByFirstWord.has(next.norm) &&
      !nisbaPlaces.has(next.norm)
    // قال عزيز أخنوش وزير الفلاحة، وزير الخارجية، ناصر بوريطة،: a word of no known class, then a title or a
    // comma, after a reporting verb or between commas.
    const after = words[i + 2]
    const closedName =
      (isUnknownNameWord(next, true) || closingFamilyName(scan, i + 1)) &&
      (after === undefined ||
        !joined(words, i + 2) ||
        titleHead(after) !== undefined ||
        (subjectPlace && complementizerSet.has(after.norm)))
    const betweenCommas = COMMA.test(word.gap) && (after === undefined || COMMA.test(after.gap))
    // أن سليم التيساوي والي صفاقس: a family name in its nisba shape, then a title in the construct state.
    const titled =
      familyName &&
      nisbaShapedFamilyName(next) &&
      after !== undefined &&
      joined(words, i + 2) &&
      !after.norm.startsWith('ال') &&
      titleHead(after) !== undefined
    if (
      !isNameParticle(next) &&
      !isKnownSurname(next) &&
      !isGivenName(next) &&
      !(subjectPlace && (familyName || closedName)) &&
      !(betweenCommas && closedName) &&
      !titled
    ) {
      return undefined
    }
  }
  // بيان التضخم، تقرير البنك: a statement noun that is also a given name (بيان) starts a name only before a family
  // name in its usual shape.
  if (statementNounSet.has(base.base) && !isKnownSurname(next) && !next.norm.endsWith('ي')) return undefined
  const last = nameEnd(scan, i, base, true)
  return last > i ? { base, last } : undefined
}

const COMMA = /[،,]/

/** Ends of plural and feminine nouns (المواطنين، الحاضرون، الجهات، الحكومة), which family names rarely have. */
const PLURAL_OR_FEMININE = /(?:ين|ون|ات|ة)$/

function isAmbiguous(word: Word, base: Base): boolean {
  return ambiguousGivenNameSet.has(givenNameSpelling(word, base))
}

const MAX_SUBJECT_NAME_WORDS = 3

/**
 * A name no list knows in the subject's place: right after a reporting verb, two or three words of no known class
 * closed by a comma, a title or a noun of office (ذكرت مارتينا رينر مسؤولة الشؤون الداخلية، أن). The verb and the
 * closing word vouch for a name; a plural, feminine or definite word (مصادر مطلعة، شهود عيان) is never such a name.
 */
export function subjectPlaceName(scan: Scan, i: number): number {
  const { words } = scan
  const verb = words[i - 1]
  if (!verb || !joined(words, i) || reportingVerb(verb) === undefined) return -1
  const family = familyNamedSubject(scan, i)
  if (family > i) return family
  let last = i - 1
  for (let j = i; j < words.length && j - i < MAX_SUBJECT_NAME_WORDS; j++) {
    if (j > i && !joined(words, j)) break
    if (!isForeignNameWord(words[j]!, j > i)) break
    last = j
  }
  if (last <= i) return -1
  // A complementiser alone does not close such a name: شهود عيان إن reads the same as a name would.
  return closesSubjectName(scan, last + 1) ? last : -1
}

function closesSubjectName(scan: Scan, k: number): boolean {
  const { words } = scan
  const after = words[k]
  return (
    after === undefined ||
    !joined(words, k) ||
    titleHead(after) !== undefined ||
    speakerNounSet.has(after.norm)
  )
}

/**
 * أكّد معين الشعباني مدرب الفريق أن: in the subject's place, a word without the article and a family name in its
 * nisba shape are a name even when the first is also a common word (معين): an indefinite noun takes no definite
 * adjective. A comma, a title or a complementiser must close it.
 */
function familyNamedSubject(scan: Scan, i: number): number {
  const { words } = scan
  const first = words[i]!
  const family = words[i + 1]
  if (!family || !joined(words, i + 1) || !nisbaShapedFamilyName(family) || isKnownSurname(family)) return -1
  // إدارة المستشفى: a feminine noun in construct, and a genitive in ى, not a name.
  if (!strictNorm(family.raw).endsWith('ي') || first.norm.endsWith('ة')) return -1
  if (first.norm.startsWith('ال') || first.bases.length > 1 || statementNounSet.has(first.norm)) return -1
  if (speakerNounSet.has(first.norm) || !isUnknownNameWord(first) || isVerb(first)) return -1
  const after = words[i + 2]
  const closed = closesSubjectName(scan, i + 2) || (after !== undefined && complementizerSet.has(after.norm))
  return closed ? i + 1 : -1
}

/** A word the lexicon knows nothing of, in the shape of a transliterated name: no article, particle or plural. */
function isForeignNameWord(word: Word, inside: boolean): boolean {
  const w = word.norm
  if (
    w.length < 3 ||
    word.number ||
    word.bases.some((b) => (b.flags & WordFlag.Known) !== 0) ||
    speakerNounSet.has(w)
  )
    return false
  if (w.startsWith('ال') || PLURAL_OR_FEMININE.test(w) || POSSESSIVE.test(w)) return false
  // بفيروس، لموسكو: a first word that reads as ب or ل before a word is no name's start (a name such as برنارد is
  // lost here); ك is rarer before a noun, and كارستن keeps it.
  if (!inside && (w[0] === 'ب' || w[0] === 'ل') && word.bases.some((b) => b.cut > 0)) return false
  return isUnknownNameWord(word, inside) && !isVerb(word)
}

const MAX_APPOSED_NAME_WORDS = 3

/**
 * A name no rule started, vouched for by the role after it: كمال بلحاج، وزير الداخلية؛ زيان بن عمار، وزير الطاقة؛
 * (a comma and a title, the name opening a list's item: after punctuation or at the sentence's start), محرز
 * معمري والياً منتدباً (a title in the accusative). Two or three words of a name's shape, the first a given name or a
 * word no list knows. Returns the last word of the name, or -1.
 */
export function nameBeforeRole(scan: Scan, i: number): { base: Base; last: number } | undefined {
  const { words } = scan
  // Most words have no title two or three words after them: look for it first, by the start flags.
  if (!mayOpenRole(words[i + 2]) && !mayOpenRole(words[i + MAX_APPOSED_NAME_WORDS])) return undefined
  const first = words[i]!
  if (isFunctionWord(first) || isVerb(first) || isCalendarWord(first)) return undefined
  const before = words[i - 1]
  // أوضح الحسين عموتة، مدرب …: the subject's place opens the name as a list's item does.
  const opensItem =
    !before ||
    before.sentence !== first.sentence ||
    LIST_GAP.test(first.gap) ||
    (joined(words, i) && reportingVerb(before) !== undefined)
  const given = givenNameBase(first)
  // وأنور جسام مستشاراً: a given name after و opens the next item of a list; الحسين، المهدي: a given name with the
  // article, as the Maghreb writes some.
  const definiteGiven =
    first.norm.startsWith('ال') &&
    !isRoleWord(first) &&
    !COMPOUND_ENDINGS.has(first.norm) &&
    givenNameSet.has(strictNorm(first.raw).slice(2))
  // وعبد الرحيم حميد مدرباً: عبد opens a compound given name, after و too.
  const abd = first.bases.find((b) => b.base === 'عبد' && (b.cut === 0 || first.norm[0] === 'و'))
  const givenFirst =
    (given !== undefined && (given.cut === 0 || (given.cut === 1 && first.norm[0] === 'و'))) || definiteGiven
  if (!givenFirst && !abd && !isForeignNameWord(first, false)) return undefined
  for (let k = i + 1; k < words.length && k - i < MAX_APPOSED_NAME_WORDS; k++) {
    if (!joined(words, k)) return undefined
    const word = words[k]!
    // زيان بن عمار: a particle joins the name to the word after it; after عبد, the word with the article is the rest
    // of the given name.
    if (isNameParticle(word) || (k === i + 1 && abd && word.norm.startsWith('ال'))) continue
    const family = nisbaShapedFamilyName(word)
    const named = isGivenName(word) || isForeignNameWord(word, true) || closingFamilyName(scan, k)
    if (!family && !named) return undefined
    const role = roleFollows(scan, k + 1)
    // سليم التيساوي والي صفاقس: a title in the construct state after a family name in its nisba shape.
    if (role === 'accusative' || (role === 'apposed' && opensItem) || (role === 'construct' && family))
      return { base: given ?? abd ?? first.bases[0]!, last: k }
    if (family) return undefined
  }
  return undefined
}

const LIST_GAP = /[،,:؛;]/

/**
 * Word `k` opens a role: in apposition, a comma and a title (، وزير الداخلية), a title in the accusative (والياً), or
 * a title in the construct state before its genitive (والي صفاقس).
 */
function roleFollows(scan: Scan, k: number): 'apposed' | 'accusative' | 'construct' | undefined {
  const { words } = scan
  const word = words[k]
  if (!word || word.sentence !== words[k - 1]!.sentence) return undefined
  // Most words open no title: the start flags tell at once (a title in the accusative has none).
  const title = (word.flags & Start.Title) !== 0
  if (word.gap !== ' ' && APPOSITION_COMMA.test(word.gap)) {
    return title && titleHead(word) !== undefined && !word.norm.startsWith('ال') ? 'apposed' : undefined
  }
  if (!joined(words, k)) return undefined
  if (!title) return accusativeTitle(word) ? 'accusative' : undefined
  const genitive = words[k + 1]
  const head = titleHead(word)
  // للرئيس: a title behind a particle is a genitive of the clause, not a title in apposition.
  const construct =
    head?.possessive === 0 &&
    head.base.cut === 0 &&
    !word.norm.startsWith('ال') &&
    genitive !== undefined &&
    joined(words, k + 1)
  return construct && !isFunctionWord(genitive) && !isVerb(genitive) ? 'construct' : undefined
}

const APPOSITION_COMMA = /^\s*[،,]\s*$/

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
