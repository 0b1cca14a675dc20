import {
  colourAdjectiveSet,
  commonWordSet,
  contextualFamilyNames,
  divisionHeadSet,
  featureHeadSet,
  genericAdjectiveSet,
  locatingAdjectiveSet,
  looseFeatureHeadSet,
  markedCitiesByNorm,
  placeNameAdjectiveSet as NAME_ADJECTIVES,
  nisbaPlaces,
  norm,
  numeralWordSet,
  periodNounUnits,
  phrasesByFirstWord,
  placeBodyHeadSet,
  placeHeadIdiomSet,
  placeHeadSet,
  placeNameOpenerSet,
  placeVerbalNounHeadSet,
  stateFormSet,
  titledFeatureHeadSet,
  vicinityNounSet,
} from './lexicon.ts'
import { DERIVED_PAST, isFemininePast, POSSESSIVE } from './name-words.ts'
import { matchPhrase } from './phrase-match.ts'
import { addAlternate, displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import {
  isAccusativeNoun,
  isAdjectiveLike,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isNameParticle,
  isRoleWord,
  isVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { WordPairs } from './word-pairs.ts'
import { type Base, rawCut, readingIn, readingWithCut, type Word } from './words.ts'

const PLACE_BODY_HEAD_PAIRS = new WordPairs(placeBodyHeadSet)
const PLACE_HEAD_IDIOMS = new WordPairs(placeHeadIdiomSet)
/** وأدى الأمانة: no head of a site is spelt with أ before its end (مرفأ), which normalising folds into ا (أدى → ادي، as وادي). */
const HAMZA_ALEF = /أ./

/**
 * Indefinite adjectives after a feminine head (مدينة كبيرة، قرية نائية، ولاية أمريكية، منطقة واسعة، بلدة مجاورة):
 * nisba and plural endings, the patterns فعيلة and فاعلة, a participle in م, and with `short` any short word in ة
 * (منطقة حرة، مدينة ضخمة). A longer name in ة is a name (بلدة أبريهة، منطقة أكودة); so is a short one in a list of
 * places (وجلمة، وتالة).
 */
function isIndefiniteAdjective(norm: string, short = true): boolean {
  // قرنبالية، نفزة: a word news does not use as an ordinary word is a name, whatever its ending.
  const ordinary = commonWordSet.has(norm) || norm.length < 4
  if (/(?:ية|ين|ون)$/.test(norm) && (ordinary || ordinaryNisba(norm))) return true
  if (!norm.endsWith('ة')) return false
  return (
    (short && norm.length < 5 && ordinary) ||
    /^..ي.ة$|^.ا..ة$/.test(norm) ||
    (norm[0] === 'م' && norm.length >= 5)
  )
}

/** صناعية، زراعية: a nisba of an ordinary noun (صناعة، زراعي) is an adjective too. */
function ordinaryNisba(norm: string): boolean {
  if (!norm.endsWith('ية')) return false
  const stem = norm.slice(0, -2)
  return [`${stem}ة`, `${stem}ي`, `ال${stem}ة`, `ال${stem}ية`].some((form) => commonWordSet.has(form))
}

/**
 * Places the gazetteer does not know, named by their head noun in the construct state: `ولاية تكانت`،
 * `محافظة الحديدة`، `مدينة كيدي ماغا`, and after a dual head two places (`ولايتي الحوض الشرقي وكيدي ماغا`). The
 * name is one word, with a direction adjective or a second word of no known class; a known word after the head is
 * left to the gazetteer, and a common noun (ولاية الرئيس، مدينة كبيرة) names no place.
 */
export function matchPlaceHead(scan: Scan, i: number): Found[] | undefined {
  const head = scan.words[i]!
  if (readingIn(head, featureHeadSet) !== undefined && !HAMZA_ALEF.test(head.raw)) {
    // دير الزور، دير البلح: a place the gazetteer knows that opens with the head is that place, left to it.
    const known = matchPhrase(scan, i, (target) => target.kind === 'location')
    return known && known.last > i ? undefined : matchFeature(scan, i)
  }
  const state = readingIn(head, stateFormSet)
  if (state) return longForm(scan, i, state)
  const base = head.bases.find((b) => placeHeadSet.has(b.base))
  if (!base) return undefined
  if (!joined(scan.words, i + 1)) {
    const quoted = quotedName(scan, i)
    return quoted && [quoted]
  }
  // كمنطقة تتمتع بالحكم الذاتي: a head after ك (as a …) says what a place is like, not its name.
  if (base.cut === 1 && head.norm[0] === 'ك') return undefined
  // إحياء مهرجان: written with its hamza under the alef, the word is a verbal noun (reviving), not أحياء.
  if (base.base === PLURAL_HEAD && head.raw.slice(rawCut(head.raw, base.cut)).startsWith('إ'))
    return undefined
  // ولاية أمن تطوان: a body's head, not a place named أمن.
  // منطقة الجزاء: the penalty area.
  const complement = scan.words[i + 1]!.norm
  if (PLACE_BODY_HEAD_PAIRS.has(base.base, complement) || PLACE_HEAD_IDIOMS.has(base.base, complement))
    return undefined
  if (placeVerbalNounHeadSet.has(base.base) && governedByVerbalNoun(scan, i + 1, base.base === SPENDING))
    return undefined
  // منطقة زلزال، منطقة نفوذ: after منطقة, an ordinary word without the article says what kind of area it is.
  if (base.base === AREA && !complement.startsWith('ال') && commonWordSet.has(complement)) return undefined
  // منطقة التفجير، منطقة الاحتفال: a verbal noun of a derived stem after منطقة names what happens there.
  if (
    base.base === AREA &&
    complement.startsWith('ال') &&
    VERBAL_NOUN.test(complement.slice(2)) &&
    matchPhrase(scan, i + 1, (target) => target.kind === 'location') === undefined
  )
    return undefined
  // A dual or plural head names two places (محافظتي البصرة وميسان، أحياء التبانة والقبة); the first may be one the
  // gazetteer knows, which it reports itself, and the second still one it does not.
  const dual = base.base.endsWith('تي') || base.base === PLURAL_HEAD
  const first = placeName(scan, i + 1, 0)
  const known = first || !dual ? undefined : matchPhrase(scan, i + 1, (target) => target.kind === 'location')
  if (!first && !known) return undefined
  const found = first ? [first] : []
  const end = first?.last ?? known!.last
  const next = scan.words[end + 1]
  if (dual && next && joined(scan.words, end + 1) && next.norm[0] === 'و') {
    const second = placeName(scan, end + 1, 1)
    if (second) found.push(second)
  }
  return found.length > 0 ? found : undefined
}

const PLURAL_HEAD = norm('أحياء')
const MAX_QUOTED_WORDS = 3

/**
 * منطقة "NAME"، قرية «NAME NAME2»: one to three words in quote marks right after a head, none a word any list or the
 * count of news knows, nor a number, a verb or a date, are the place's name.
 */
function quotedName(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const first = words[i + 1]
  if (!first || first.sentence !== words[i]!.sentence || !scan.quoteOpeningAt.has(i + 1)) return undefined
  if (scan.text.slice(words[i]!.end, first.start).trim().length !== 1) return undefined
  let last = i + 1
  while (!scan.quoteClosingAt.has(last) && last - i < MAX_QUOTED_WORDS && joined(words, last + 1)) last++
  if (!scan.quoteClosingAt.has(last)) return undefined
  for (let k = i + 1; k <= last; k++) {
    const word = words[k]!
    if (word.number || commonWordSet.has(word.norm) || (word.bases[0]!.flags & WordFlag.Known) !== 0)
      return undefined
    if (isFunctionWord(word) || isVerb(word) || isCalendarWord(word) || isRoleWord(word)) return undefined
  }
  const found = foundFrom(scan, i + 1, last, first.bases[0]!, { kind: 'location', name: '' }, 'name', false)
  found.name = found.surface
  return found
}
const AREA = norm('منطقة')
const SPENDING = norm('قضاء')

/**
 * ولاية السيسي (his term), مقاطعة الانتخابات (boycotting them), قضاء الأطفال (their spending): after a head that is
 * also a verbal noun, a person the gazetteer knows or an ordinary word no place list holds is the noun's genitive.
 */
function governedByVerbalNoun(scan: Scan, j: number, spending: boolean): boolean {
  const word = scan.words[j]!
  if (contextualFamilyNames.has(word.norm)) return true
  // قضاء أوقات ممتعة: a plural in ات without the article is what قضاء spends (ولاية غوجارات is a state).
  const ordinary =
    commonWordSet.has(word.norm) || (spending && word.norm.endsWith('ات') && !word.norm.startsWith('ال'))
  return ordinary && matchPhrase(scan, j, (target) => target.kind === 'location') === undefined
}

/** الجمهورية التونسية، للجمهورية الفرنسية: a state's long form is the state, written so. */
function longForm(scan: Scan, i: number, base: Base): Found[] | undefined {
  const nisba = scan.words[i + 1]
  if (!nisba || !joined(scan.words, i + 1) || !nisba.norm.startsWith('ال') || !nisba.norm.endsWith('ية'))
    return undefined
  const state = nisbaPlaces.get(nisba.norm)
  if (state === undefined) return undefined
  const found = foundFrom(scan, i, i + 1, base, { kind: 'location', name: state }, 'name', true)
  addAlternate(found, displaySpan(scan, i, i + 1, base))
  return [found]
}

/**
 * A place's name of no known class at word `j`, read with `cut` letters of particle off (a name after و in a list).
 * `listed`: the word stands in a list of places, where a short name in ة is a name (وجلمة، وتالة).
 */
export function placeName(scan: Scan, j: number, cut: number, listed = false): Found | undefined {
  const { words } = scan
  const word = words[j]!
  const base = readingWithCut(word, cut)
  if (!base) return undefined
  const opened = openedName(scan, j, base)
  if (opened) return opened
  if (!isUnknownName(word, base) || (cut === 0 && particleOnOrdinaryWord(word))) return undefined
  if (PRESENT_OF_THREE.test(base.base)) return undefined
  // لولاية أولى، لولاية ثانية: a numeral after the head counts terms or zones; it names none.
  if (numeralWordSet.has(base.base)) return undefined
  const definite = base.base.startsWith('ال')
  const adjective = isIndefiniteAdjective(base.base, !listed)
  if (!definite && (adjective || isAccusativeNoun(word))) return undefined
  let last = j
  const after = words[j + 1]
  if (after && joined(words, j + 1)) {
    if (NAME_ADJECTIVES.has(after.norm)) last = j + 1
    else if (!after.norm.startsWith('ال') && ordinaryWord(after)) {
      // مدينة نواذيبو تستقبل، قرية مهضم للإطلاع: an ordinary word of news is the clause's, not the name's; one with
      // the article may be the second noun of a construct name (حي بستان الزيتون).
    } else if (
      !definite &&
      after.norm.startsWith('ال') &&
      !isRoleWord(after) &&
      !nisbaPlaces.has(after.norm) &&
      !genericAdjectiveSet.has(after.norm) &&
      !locatingAdjectiveSet.has(after.norm) &&
      !isFunctionWord(after) &&
      !isVerb(after) &&
      !isCalendarWord(after) &&
      // ولاية اترارزة السيد فلان، منطقة شنغن الشهر الماضي: a title or a period opens the clause's next phrase.
      titleHead(after) === undefined &&
      !periodNounUnits.has(after.norm)
    ) {
      // حي واد الحمص، حي باب السلسلة: a construct of two words.
      last = j + 1
    } else if (
      !definite &&
      !after.norm.startsWith('ال') &&
      after.norm[0] !== 'و' &&
      // بوسكورة بضواحي: a particle before the second word opens a phrase of its own.
      !after.bases.some((b) => b.cut === 1 && vicinityNounSet.has(b.base)) &&
      !particleOnDefinite(after) &&
      (isUnknownName(after, after.bases[0]!) || closingGivenName(scan, j + 1)) &&
      !(PRESENT_OF_FOUR.test(after.norm) && !isGivenName(after)) &&
      !isIndefiniteAdjective(after.norm) &&
      !isAccusativeNoun(after)
    ) {
      last = j + 1
    }
  }
  const found = foundFrom(scan, j, last, base, { kind: 'location', name: '' }, 'name', false)
  found.name = found.surface
  return found
}

/**
 * حي بابا عمرو: a given name as a place's second word, where the name closes after it; before another name's word it
 * opens a person's name (قرية جودا محمد علي).
 */
function closingGivenName(scan: Scan, k: number): boolean {
  const { words } = scan
  const word = words[k]!
  if (word.bases[0]!.cut !== 0 || !isGivenName(word)) return false
  const next = words[k + 1]
  if (!next || !joined(words, k + 1) || isFunctionWord(next) || isVerb(next)) return true
  // حي بابا عمرو بمدينة حمص: ب or ل on the next word opens the clause's phrase.
  const particle = next.norm[0]
  return (
    (particle === 'ب' || particle === 'ل') &&
    !isGivenName(next) &&
    next.bases.some((b) => b.cut === 1 && b.base.length >= 4)
  )
}

/**
 * A word news writes in many texts and hardly ever after a place's head or a given name (`common-words.ts`), alone
 * or behind ب or ل (للإطلاع): the clause's word, not a name's second.
 */
function ordinaryWord(word: Word): boolean {
  // أرض الصومال: a word that opens a name the gazetteer knows is left to it.
  if (phrasesByFirstWord.has(word.norm)) return false
  if (commonWordSet.has(word.norm)) return true
  return word.bases.some((b) => b.cut > 0 && b.base.length >= 4 && commonWordSet.has(b.base))
}

/**
 * جسر النصر قاصدين: after a word with the article, an indefinite masculine plural (a participle of the clause's
 * subject) is no word of the name; a given name in ين stays (جسر الملك حسين).
 */
function pluralAfterDefinite(words: readonly Word[], j: number): boolean {
  const w = words[j]!.norm
  return (
    w.length >= 6 &&
    (w.endsWith('ين') || w.endsWith('ون')) &&
    !w.startsWith('ال') &&
    words[j - 1]!.norm.startsWith('ال') &&
    !isGivenName(words[j]!)
  )
}

/**
 * مركب محمد الخامس، حقل الشيبة: a given name, or a word with the article that is no ordinary word, no plural in ات
 * (مجمع الصناعات, a kind of complex) and no article alone (a text cut mid-word).
 */
function opensSiteName(word: Word): boolean {
  if (isGivenName(word)) return true
  return (
    word.norm.startsWith('ال') &&
    word.norm.length > 3 &&
    !word.norm.endsWith('ات') &&
    !VERBAL_NOUN.test(word.norm.slice(2)) &&
    !ordinaryWord(word)
  )
}

/**
 * طريق السلطان قابوس، طريق دمشق: a title and a given name, or a known place, after the head, not after عن (عن طريق
 * الرئيس فلان، عن طريق تركيا: by way of someone, through a country).
 */
function opensTitledName(scan: Scan, i: number): boolean {
  const { words } = scan
  if (words[i]!.norm === ROAD && words[i - 1]?.norm === BY_WAY && joined(words, i)) return false
  if (matchPhrase(scan, i + 1, (target) => target.kind === 'location')?.base.cut === 0) return true
  const name = words[i + 2]
  return (
    titleHead(words[i + 1]!) !== undefined && name !== undefined && joined(words, i + 2) && isGivenName(name)
  )
}

const ROAD = norm('طريق')
const BY_WAY = norm('عن')

/** قاعة المحاكمة، مجمع التدريب: a verbal noun of a derived stem (مفاعلة، تفعيل، استفعال، افتعال) names an activity. */
const VERBAL_NOUN = /^(?:م.ا..ة|ت..ي.|است...ا.|ا.ت.ا.)$/

function closingAdjective(w: string): boolean {
  return (
    isAdjectiveLike(w) || genericAdjectiveSet.has(w) || DEFINITE_FAIIL.test(w) || colourAdjectiveSet.has(w)
  )
}

/** القديم، الجديد: an adjective of the pattern فعيل with the article. */
const DEFINITE_FAIIL = /^ال..ي.$/

/** أم قصر، أبي الجعد، بئر علي: an opener and the word after it, whatever that word is, short of a function word. */
function openedName(scan: Scan, j: number, base: Base): Found | undefined {
  const { words } = scan
  const after = words[j + 1]
  if (!placeNameOpenerSet.has(base.base) || !after || !joined(words, j + 1)) return undefined
  if (
    after.number ||
    isFunctionWord(after) ||
    isVerb(after) ||
    isCalendarWord(after) ||
    after.norm[0] === 'و'
  )
    return undefined
  if (isIndefiniteAdjective(after.norm) || isAccusativeNoun(after)) return undefined
  const found = foundFrom(scan, j, j + 1, base, { kind: 'location', name: '' }, 'name', false)
  found.name = found.surface
  return found
}

/** The word after an opener at word `j` (أم قصر) is a name's: joined to it, no particle, verb, date or number. */
function opensNamePair(scan: Scan, j: number): boolean {
  const after = scan.words[j + 1]
  if (!after || !joined(scan.words, j + 1) || after.number || after.norm[0] === 'و') return false
  return !isFunctionWord(after) && !isVerb(after) && !isCalendarWord(after)
}

/** A reading no lexicon knows: no name, title, role, function word, verb or date. */
function isUnknownName(word: Word, base: Base): boolean {
  if (word.number || base.base.length < 3 || (base.flags & WordFlag.Known) !== 0) return false
  if (word.flags & (WordFlag.Starts | WordFlag.FunctionWord)) return false
  if (clauseWord(word)) return false
  return (
    !isFunctionWord(word) && !isVerb(word) && !isCalendarWord(word) && !isRoleWord(word) && !titleHead(word)
  )
}

/**
 * أحياء بأكملها، أوقات فراغهم، بحيرة تغمرها، أضنة انتشر، مدينة تعرضت، طبرق تناول: a word with a pronoun on it, or a
 * derived verb in the past, belongs to the clause; no place's name the lists lack holds one.
 */
function clauseWord(word: Word): boolean {
  const w = word.norm
  return (
    (w.length > 4 && POSSESSIVE.test(w)) || DERIVED_PAST.test(w) || FORM_VI_PAST.test(w) || isFemininePast(w)
  )
}

/** بمدينة طبرق تناول فيه، ولاية NAME تبادل: the past of form VI (تفاعل), ت, a root letter, ا and two more. */
const FORM_VI_PAST = /^ت[^اوي]ا.[^اةى](?:وا)?$/

/**
 * منطقة تقع على، مدينة تضم: right after a head, a word of three letters opening with ت or ي is a present verb of the
 * clause (a name's later word may have the shape: جودا يار).
 */
const PRESENT_OF_THREE = /^[تي]..$/

/**
 * محافظة NAME يناقش: after a name's first word, a word of four letters or more in ي (not يا: كفر ياسيف) and no given
 * name (قبر يوسف) is the clause's present verb.
 */
const PRESENT_OF_FOUR = /^ي[^ا]..+$/

const MAX_FEATURE_WORDS = 4
const VALLEY = norm('وادي')
const NAMED_AFTER = new Set([VALLEY, norm('بحر'), norm('خليج')])
const PREPOSITION = /^[بل]/

function locative(base: string): boolean {
  return (
    base.startsWith('ال') || placeHeadSet.has(base) || featureHeadSet.has(base) || divisionHeadSet.has(base)
  )
}

/** قرطاج بالضاحية الشمالية: ب or ل on a word with the article opens a phrase of the clause, never a name's second word. */
function particleOnDefinite(word: Word): boolean {
  return PREPOSITION.test(word.norm) && word.bases.some((b) => b.cut === 1 && b.base.startsWith('ال'))
}

/** منطقة بالعالم، مدينة للسلام: ب or ل and the article on an ordinary word open a phrase of the clause, not a name. */
function particleOnOrdinaryWord(word: Word): boolean {
  return word.bases.some(
    (b) =>
      b.cut > 0 &&
      b.base.length > 4 &&
      b.base.startsWith('ال') &&
      PREPOSITION.test(word.norm) &&
      (commonWordSet.has(b.base) || commonWordSet.has(b.base.slice(2))),
  )
}

/** بسعة، لشهر، لمعاينة: ب or ل on an ordinary word or a verbal noun without the article (not بورقيبة, a name). */
function indefiniteAfterParticle(word: Word): boolean {
  return word.bases.some(
    (b) => b.cut === 1 && !b.base.startsWith('ال') && (commonWordSet.has(b.base) || VERBAL_NOUN.test(b.base)),
  )
}

/** جبل هيلان بمأرب: a preposition on a place's head, its article or a place the gazetteer knows. */
function opensPlace(scan: Scan, j: number): boolean {
  if (scan.words[j]!.bases.some((b) => b.cut === 1 && locative(b.base))) return true
  return matchPhrase(scan, j, (target) => target.kind === 'location')?.base.cut === 1
}

/** وحديقة، ومنطقة: a site's or place's head, or an ordinary word of news, behind و. */
function joinedHead(word: Word): boolean {
  const behind = readingWithCut(word, 1)
  return (
    behind !== undefined &&
    (featureHeadSet.has(behind.base) || placeHeadSet.has(behind.base) || commonWordSet.has(behind.base))
  )
}

/**
 * A site named by its head and up to four words (كورنيش أبوظبي، ملعب الأمير عبدالله الفيصل، ستاد عمان الدولي): one
 * place with the head in its name, and the known place it names, if any, besides. The name stops at punctuation, a
 * function word, a verb, a date, a number or a nisba (ميناء جيهان التركي).
 */
function matchFeature(scan: Scan, i: number): Found[] | undefined {
  const { words } = scan
  const base = readingIn(words[i]!, featureHeadSet)!
  let last = i
  let inner: Found | undefined
  for (let j = i + 1; j < words.length && j - i <= MAX_FEATURE_WORDS; j++) {
    if (!joined(words, j)) break
    const word = words[j]!
    if (j === i + 1 && titledFeatureHeadSet.has(base.base) && !opensTitledName(scan, i)) break
    // قصر ثقافة سوهاج: a known place past the first word is the place the site is named after too, and ends it.
    if (!inner) {
      const place = matchPhrase(scan, j, (target) => target.kind === 'location')
      if (place && place.base.cut === 0) {
        // ستاد عمان الدولي: a site is named after a city (عمّان) rather than the country spelt like it (عُمان).
        const city = place.last === j ? markedCitiesByNorm.get(word.norm) : undefined
        inner = foundFrom(scan, j, place.last, place.base, city ?? place.target, 'name', true)
        last = place.last
        j = place.last
        continue
      }
    }
    // ستاد عمان الدولي، هضبة حضرموت الجنوبية: after a known place only an adjective like الدولي or a direction goes on.
    if (inner && !genericAdjectiveSet.has(word.norm) && !NAME_ADJECTIVES.has(word.norm)) break
    // ميناء أم قصر، شارع عين نجم: a name's opener (also أم or, عين appointed) and the word after it.
    if (j === i + 1 && !inner && placeNameOpenerSet.has(word.norm) && opensNamePair(scan, j)) {
      last = j + 1
      j++
      continue
    }
    if (word.number || isFunctionWord(word) || isVerb(word) || isCalendarWord(word)) break
    // كفر بالنعمة، ملعب بالعاصمة: ب or ل on a word with the article right after the head opens the clause's phrase.
    if (j === i + 1 && particleOnDefinite(word)) break
    if (!inner && clauseWord(word) && matchPhrase(scan, j, () => true) === undefined) break
    if (word.norm[0] === 'و' && !word.norm.startsWith('ال') && j > i + 1) break
    // ملعب وحديقة، مسجد ومدرسة: right after the head, و on another site's or place's head or on an ordinary word
    // joins a second thing; no name opens so (ملعب وهران does).
    if (j === i + 1 && word.norm[0] === 'و' && joinedHead(word)) break
    // قصر معاشيق بمدينة كريتر، مخيم الطيبلي بمديرية الخوخة: a preposition on a place's head or article opens where it
    // is; on a noun without the article (سد الموجب بسعة، ميناء أم قصر لشهر) it opens the clause's phrase.
    if (j > i + 1 && PREPOSITION.test(word.norm) && (opensPlace(scan, j) || indefiniteAfterParticle(word)))
      break
    // قصر العدل الواقع بشارع: past the name's first word, an ordinary word of news is the clause's, unless it is
    // an adjective, a nisba or of the pattern فعيل, which may close the name (محمية صور الطبيعية، قصر المؤتمرات القديم).
    // شارع الملك عبدالعزيز، طريق الملك فهد بن عبدالعزيز: a given name after a title or بن names the site's patron,
    // however often news writes it.
    const before = words[j - 1]!
    const patron = (titleHead(before) !== undefined || isNameParticle(before)) && isGivenName(word)
    if (j > i + 1 && ordinaryWord(word) && !closingAdjective(word.norm) && !patron) break
    if (j > i + 1 && pluralAfterDefinite(words, j)) break
    // دير NAME شرق نابلس: a compass or vicinity noun past the name's first word places the site, names none of it.
    if (j > i + 1 && vicinityNounSet.has(word.norm)) break
    const generic = genericAdjectiveSet.has(word.norm)
    if (nisbaPlaces.has(word.norm) && !generic) break
    if (j === i + 1 && !word.norm.startsWith('ال') && isAccusativeNoun(word)) break
    // مجمع عليه، حقل الطاقة، مركب صيد: after a head of ordinary phrases too, the site's name opens with a given name
    // or a word with the article that is no ordinary word (مركب محمد الخامس، حقل الشيبة).
    if (j === i + 1 && looseFeatureHeadSet.has(base.base) && !opensSiteName(word)) break
    // مقبرة جماعية، محمية طبيعية: an indefinite adjective says what kind of site it is, not its name.
    if (j === i + 1 && !word.norm.startsWith('ال') && isIndefiniteAdjective(word.norm)) break
    last = j
    if (generic) break
  }
  if (last === i) return undefined
  const name = displaySpan(scan, i, last, base)
  const feature = foundFrom(scan, i, last, base, { kind: 'location', name }, 'name', false)
  // وادي النيل: a valley is named after its river, which is no place of its own beside it.
  // بحر عُمان، خليج السويس: a sea or a gulf is named after a state or a city too; the name is the sea's alone.
  return inner && !NAMED_AFTER.has(base.base) ? [feature, inner] : [feature]
}
