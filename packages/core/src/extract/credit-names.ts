import {
  bylineOpeners,
  bylineTails,
  coversAll,
  foldWord,
  pageLabels,
  sectionNames,
  textParts,
} from '../lang/ar/clutter-markers.ts'
import {
  bareNewsEndingSet,
  citingCueSet,
  fmFirstSet,
  fmSecondSet,
  generalMediaNounSet,
  timeBeforeTodaySet,
  timeNameEndingSet,
} from '../lang/ar/compiled-cues.ts'
import {
  commonWordSet,
  complementizerSet,
  genericAdjectiveSet,
  interviewNounSet,
  mediaByName,
  mediaHeadOpen,
  mediaNameWordSet,
  newsroomNounSet,
  nisbaPlaces,
  norm,
} from './lexicon.ts'
import { matchPhrase } from './phrase-match.ts'
import { addAlternate, baseStart, displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import {
  isAdjectiveLike,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isVerb,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base, Word } from './words.ts'

/** Words of an outlet's name before its ending or in a credit line. */
const MAX_NAME_WORDS = 2
const DASH = /^\s*[-–—ـ_/|]+\s*$/
const COLON = /^\s*:\s*$/
const DIGITS = /^\d+$/
const DASH_WORD = /^[-–—ـ/]+$/

/** The first code unit of a `DASH_WORD`: asked of the word before every word first, most are refused without the regex. */
function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x0640 || code === 0x2f
}

function isDashWord(raw: string): boolean {
  return isDash(raw.charCodeAt(0)) && DASH_WORD.test(raw)
}

/** A code unit of `DASH`'s class or a colon in a gap: what `DASH` and `COLON` need, found without them. */
function dashOrColonIn(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const code = gap.charCodeAt(k)
    if (isDash(code) || code === UNDERSCORE || code === BAR || code === COLON_CODE) return true
  }
  return false
}

const UNDERSCORE = 0x5f
const BAR = 0x7c
const COLON_CODE = 0x3a

/** A dash right after a name, before the text it credits (بغداد/ أخبار البلد- أصدرت). */
const DASH_AFTER = /^[-–—ـ]+\s*$/

/**
 * Outlets named where no head announces them, found after the main pass over the words no recogniser took:
 * - a name with an outlet's ending (بلدي نيوز، الوكيل الإخباري، وكالة شفق نيوز);
 * - a credit or dateline at a paragraph's start: `NAME - PLACE`, `NAME:` before the text, a line of a name and a
 *   number alone (رياضة 365), and `PLACE - NAME:` (مسقط - العمانية:), where a nisba alone is that country's agency.
 */
export function findCredits(scan: Scan, claimed: Uint8Array, named: Found[]): Found[] {
  const { words } = scan
  const found: Found[] = []
  // Places by their first word, and those an outlet's name took over, to drop from `named` at the end.
  const places: Places = { byFirst: new Map(), outlets: new Map(), taken: new Set() }
  // رفيق إنفو: a name read as a person's that ends in an outlet's ending is the outlet's name; no person's ends so.
  const people = new Map<number, Found>()
  // العراقية الإخبارية، السومرية نيوز: a definite nisba may open an outlet's name before its ending.
  const nisbas = new Set<number>()
  // One loop over the names: each read of a name's fields is a megamorphic load (names come in many shapes).
  for (const f of named) {
    const { kind, form, first, last } = f
    if (kind === 'location' && form === 'name') places.byFirst.set(first, f)
    else if (kind === 'media' && form === 'name') places.outlets.set(first, f)
    else if (kind === 'person' && last > first) people.set(last, f)
    if (form === 'nisba' && first === last) nisbas.add(first)
  }
  // ابراهيم لاشين … وأضاف لاشين أن: a word the article gave as a person's last name is that person, not ل on a name.
  const lastNames = new Set<string>()
  for (const last of people.keys()) lastNames.add(words[last]!.norm)
  const openings: Openings = { block: -1, last: -1 }
  for (let i = 0; i < words.length; i++) {
    const opens = opensParagraphAt(openings, words, i)
    if (opens && scan.credit[i] === 1 && SOURCE_OPENERS.has(words[i]!.norm)) {
      const source = sourceLine(scan, i, named, places)
      if (source) {
        found.push(source)
        claimed.fill(1, source.first, source.last + 1)
        i = source.last
        continue
      }
    }
    if (claimed[i]) {
      const person = (words[i]!.bases[0]!.flags & MEDIA_NAME_ENDING) !== 0 ? people.get(i) : undefined
      if (person) {
        places.taken.add(person)
        const outlet = media(scan, person.first, i)
        found.push(outlet)
        claimed.fill(1, person.first, i + 1)
        continue
      }
      // مسقط-شبكة الأخبار العمانية: an outlet the main pass read may open a longer one after a dateline's place. The
      // outlet after the word is asked first: one look-up in a map of a few, where the head's is one a reading.
      const credit = opens
        ? creditWithPlace(scan, i, claimed, places)
        : places.outlets.has(i) || (places.outlets.has(i + 1) && mediaHead(words[i]!) !== undefined)
          ? afterPlaceDash(scan, i, claimed, places)
          : undefined
      if (credit) {
        found.push(credit)
        i = credit.last
      }
      continue
    }
    if (!opens && quietWord(scan, i)) continue
    // Cheap tests first: most words are no initial, stand after no bracket and open no paragraph.
    const word = words[i]!
    const credit =
      endingName(scan, i, claimed, nisbas, places) ??
      (word.norm.length === 1 ? dottedAcronym(scan, i, claimed) : undefined) ??
      ((i === 0 || word.breakBefore) && word.gap.includes('(')
        ? bracketedOutlet(scan, i, claimed, places)
        : undefined) ??
      (word.norm === 'ل' ? interviewCredit(scan, i, claimed, places) : undefined) ??
      (word.norm.length > 4 && word.norm[0] === 'ل' && !lastNames.has(word.norm)
        ? gluedAddressee(scan, i)
        : undefined) ??
      (scan.quoteOpeningAt.has(i) && citedBefore(words, i)
        ? citedOutlet(scan, i, claimed, places)
        : undefined) ??
      (scan.quoteOpeningAt.has(i) && correspondentBefore(words, i)
        ? reportedOutlet(scan, i, claimed, places)
        : undefined) ??
      (opens ? datelineName(scan, i, claimed) : afterPlaceDash(scan, i, claimed, places)) ??
      (opens ? creditWithPlace(scan, i, claimed, places) : undefined)
    if (!credit) continue
    found.push(credit, ...(credit.nested ?? []))
    claimed.fill(1, credit.nested?.[0]?.first ?? credit.first, credit.last + 1)
    i = credit.last
  }
  if (places.taken.size > 0) {
    const kept = named.filter((f) => !places.taken.has(f))
    named.length = 0
    named.push(...kept)
  }
  return found
}

/**
 * Word `i` (not the first) that none of `findCredits`'s rules can take unless it opens a paragraph: after one space
 * and no dash word, of two letters or more not in ل, no outlet's ending (FM's إم included) and opening no quote. Most
 * words are.
 */
function quietWord(scan: Scan, i: number): boolean {
  const { words } = scan
  const word = words[i]!
  const w = word.norm
  if (word.gap !== ' ' || w.length < 2 || w.charCodeAt(0) === LAM) return false
  if ((word.bases[0]!.flags & MEDIA_NAME_ENDING) !== 0 || isDash(words[i - 1]!.raw.charCodeAt(0)))
    return false
  if (w.length === FM_LENGTH && fmEnding(words, i)) return false
  return scan.quoted[i] !== 1 || !scan.quoteOpeningAt.has(i)
}

const LAM = 0x644
// A constant of this module: an imported `WordFlag.X` is read from its module's object at each test.
const MEDIA_NAME_ENDING = WordFlag.MediaNameEnding

interface Places {
  byFirst: Map<number, Found>
  /** Outlets by their first word: a shorter outlet a credit's name holds (شبكة الأخبار العمانية) gives way to it. */
  outlets: Map<number, Found>
  /** Names of `named` an outlet's name took over (places, and a person's name with an outlet's ending). */
  taken: Set<Found>
}

/**
 * أ.ف.ب، و.م.ع، د.ب.أ: three letters or more joined by dots are an agency's initials; two are a unit or a title
 * (ل.س، ر.س، ق.م، أ.د), and so is anything after an amount. The name is the gazetteer's when it knows the initials;
 * the learned check leaves it.
 */
function dottedAcronym(scan: Scan, i: number, claimed: Uint8Array): Found | undefined {
  const { words } = scan
  if (words[i]!.norm.length !== 1 || words[i + 1]?.gap !== '.') return undefined
  let last = i
  while (
    words[last]!.norm.length === 1 &&
    !words[last]!.number &&
    words[last + 1]?.gap === '.' &&
    words[last + 1]!.norm.length === 1 &&
    !claimed[last + 1]
  ) {
    last++
  }
  if (last - i < 2 || words[last + 1]?.gap.startsWith('.') || words[i - 1]?.number) return undefined
  const letters = words
    .slice(i, last + 1)
    .map((word) => word.raw)
    .join(' ')
  const known = mediaByName.get(norm(letters))
  const name = scan.text.slice(words[i]!.start, words[last]!.end)
  const target = known ?? { kind: 'media' as const, name }
  // No common word or cut name is written as dotted letters: the form vouches for the outlet as a head noun would.
  return { ...foundFrom(scan, i, last, words[i]!.bases[0]!, target, 'name', !!known), vouched: true }
}

const MAX_BRACKETED_WORDS = 3

/**
 * An outlet's name in brackets: spoken to (في تصريح لـ(NAME)، لـ ( NAME ) أن), after its head noun (لصحيفة (لا
 * ريبوبليكا)), or in a dateline between its place and the dash (تونس (NAME) -، الجزائر 12 فبراير 2026 (NAME) ـ).
 */
function bracketedOutlet(scan: Scan, i: number, claimed: Uint8Array, places: Places): Found | undefined {
  const { words } = scan
  const word = words[i]!
  if (i === 0 || !word.gap.includes('(')) return undefined
  // …. (الوكالة الوطنية): after a sentence's end, only a credit closing the paragraph.
  const afterEnd = !OPEN_BRACKET.test(word.gap)
  if (afterEnd && !SENTENCE_END_BEFORE.test(word.gap)) return undefined
  let last = i
  // لـ(أصوات العراق): a place the name holds gives way to the outlet, as in a credit line.
  const inside: Found[] = []
  while (last + 1 < words.length && last - i < MAX_BRACKETED_WORDS && joined(words, last + 1)) {
    if (!claimed[last + 1]) {
      last++
      continue
    }
    const place = last + 1 > i ? places.byFirst.get(last + 1) : undefined
    if (!place || place.start !== words[last + 1]!.start) break
    inside.push(place)
    last = place.last
  }
  const close = words[last + 1]
  if (close && !CLOSE_BRACKET.test(close.gap)) return undefined
  if (inside.length > 0 && (inside.length > 1 || inside[0]!.first === i)) return undefined
  for (let k = i; k <= last; k++) {
    // كوردستان 24، يقين 24: a number may end an outlet's name, never open it.
    const number = words[k]!.number && !(k === last && k > i)
    if (isVerb(words[k]!) || number || isCalendarWord(words[k]!)) return undefined
  }
  const before = words[i - 1]!
  const spokenTo = before.norm === 'ل' && !COMMA_OR_STOP.test(word.gap)
  const headed = mediaHead(before) !== undefined && !COMMA_OR_STOP.test(word.gap)
  // The dash is in the gap after the bracket, or a word of its own (تونس (NAME) ـــ).
  const dash = close !== undefined && (DASH_AFTER_BRACKET.test(close.gap) || DASH_WORD.test(close.raw))
  const dated = dash && datelineBefore(scan, i, places)
  const unknownPlace = dash && !dated ? datelinePlace(scan, i, claimed) : undefined
  // …". (الوكالة الوطنية): an outlet's definite head and its adjective in brackets after a sentence's end, closing
  // the paragraph, credit it.
  if (afterEnd) {
    const closing =
      (close === undefined || close.block !== word.block) &&
      last === i + 1 &&
      word.norm.startsWith('ال') &&
      mediaHeadOpen.has(word.norm.slice(2)) &&
      isAdjectiveLike(words[last]!.norm) &&
      words[last]!.norm.startsWith('ال') &&
      !genericAdjectiveSet.has(words[last]!.norm)
    return closing ? media(scan, i, last) : undefined
  }
  if (!spokenTo && !headed && !dated && !unknownPlace) return undefined
  if (!headed && !spokenTo && !isFreeWord(word)) return undefined
  const found = media(scan, i, last)
  if (unknownPlace) found.nested = [unknownPlace]
  // مقديشو (صوت الصومال) ـــ: a dateline's outlet may hold a place, which stays a place as in a body's name.
  if (spokenTo || headed) for (const place of inside) places.taken.add(place)
  return found
}

/**
 * هرغيسا (NAME) -: a paragraph that opens with one word no recogniser took, then an outlet in brackets and a dash,
 * is a dateline; the word is its place.
 */
function datelinePlace(scan: Scan, i: number, claimed: Uint8Array): Found | undefined {
  const { words } = scan
  const k = i - 1
  const word = words[k]!
  if (claimed[k] || !opensParagraph(words, k) || !isFreeWord(word) || word.norm.startsWith('ال'))
    return undefined
  if (word.bases[0]!.flags & WordFlag.Known) return undefined
  const found = foundFrom(scan, k, k, word.bases[0]!, { kind: 'location', name: word.raw }, 'name', false)
  found.name = found.surface
  return found
}

const OPEN_BRACKET = /^[\sـ]*\(\s*$/
const CLOSE_BRACKET = /^\s*\)/
const DASH_AFTER_BRACKET = /^\s*\)\s*[-–—ـ]+/
const COMMA_OR_STOP = /[،,.:]/
/** A sentence's end (its stop, or a quote's closing mark after it) before an opening bracket. */
const SENTENCE_END_BEFORE = /^[.!؟?]?["”»']?[.!؟?]\s*\(\s*$|^["”»'][.!؟?]?\s*\(\s*$/

const MAX_DATELINE_WORDS = 14
const CORRESPONDING = norm('الموافق')
/** The era's letter after a year, Gregorian or Hijri (1439 هـ الموافق 2018 م). */
const ERA_LETTERS: ReadonlySet<string> = new Set([norm('م'), norm('هـ')])

/** Words `0…i-1` of word `i`'s paragraph are a dateline: a place, then a date or nothing. */
function datelineBefore(scan: Scan, i: number, places: Places): boolean {
  const { words } = scan
  let first = i - 1
  while (first > 0 && i - first < MAX_DATELINE_WORDS && words[first - 1]!.block === words[i]!.block) first--
  if (first > 0 && words[first - 1]!.block === words[i]!.block) return false
  for (let k = first; k < i; k++) {
    const word = words[k]!
    // مقديشو 14 ربيع الأول 1441 – الموافق 11 نوفمبر 2019 (NAME) –: a date in two calendars.
    if (word.number || isCalendarWord(word) || ERA_LETTERS.has(word.norm) || word.norm === CORRESPONDING)
      continue
    if (DASH_WORD.test(word.raw)) continue
    // ربيع الأول، جمادى الآخرة: the second word of a month's name.
    if (k > first && isCalendarWord(words[k - 1]!) && word.norm.startsWith('ال')) continue
    const place = places.byFirst.get(k)
    if (!place) return false
    k = place.last
  }
  return first < i
}

/** Word `i` ends an outlet's name (نيوز، الإخباري): the name runs back over up to two free words. */
function endingName(
  scan: Scan,
  i: number,
  claimed: Uint8Array,
  nisbas: ReadonlySet<number>,
  places: Places,
): Found | undefined {
  const { words } = scan
  // شمس إف إم: the two words of FM end a radio's name as one ending does.
  const start = fmEnding(words, i) ? i - 1 : i
  if (start === i && (words[i]!.bases[0]!.flags & WordFlag.MediaNameEnding) === 0) return undefined
  // آنذاك بريس أورتوفو: an ending followed by a word no reader took, in the same phrase, opens a person's name.
  if (
    start === i &&
    joined(words, i + 1) &&
    !claimed[i + 1] &&
    isFreeWord(words[i + 1]!) &&
    unknownWord(words[i + 1]!)
  )
    return undefined
  // العراق نيوز، زاد الأردن الإخباري: a place before the ending is the name's too, and stays a place.
  const place = joined(words, start) ? placeEndingBefore(places, start) : undefined
  if (place) return namedWithPlace(scan, i, claimed, place)
  let first = start
  while (first > 0 && start - first < MAX_NAME_WORDS && joined(words, first) && !claimed[first - 1]) {
    const word = words[first - 1]!
    if (word.number || isVerb(word) || mediaHead(word) || (isFunctionWord(word) && word.norm.length < 4))
      break
    // مراسل شمس إف إم: the newsroom noun is no part of the outlet's name.
    if (word.bases.some((b) => newsroomNounSet.has(b.base))) break
    first--
    // العراقية الإخبارية: a definite nisba right before the ending opens the name.
    if (first === start - 1 && nisbas.has(first) && word.norm.startsWith('ال')) break
  }
  if (first === start) return undefined
  // وكالة شفق نيوز: the head before the name is one more way of writing it.
  const head = first > 0 && joined(words, first) ? mediaHead(words[first - 1]!) : undefined
  // الرسالة الخبرية: without the أ of its verbal noun, the ending after one definite noun and no outlet's head is that
  // noun's adjective (the news message), not an outlet's name (وكالة نون الخبرية).
  if (
    !head &&
    first === i - 1 &&
    words[first]!.norm.startsWith('ال') &&
    bareNewsEndingSet.has(words[i]!.norm)
  )
    return undefined
  const found = media(scan, first, i)
  if (head) addAlternate(found, displaySpan(scan, first - 1, i, head))
  if (aloneOnLine(words, first, i)) found.vouched = true
  return found
}

/** A word no list knows, without the article, not one of the news's ordinary words: a name's (أورتوفو). */
function unknownWord(word: Word): boolean {
  return (
    (word.bases[0]!.flags & WordFlag.Known) === 0 &&
    !word.norm.startsWith('ال') &&
    !commonWordSet.has(word.norm)
  )
}

/**
 * Words `first`…`last` are their line's only words: a name with an outlet's ending alone on a line is the page's
 * credit or the outlet's name over its article (أفق نيوز), which the line's shape vouches for as a head noun would.
 */
function aloneOnLine(words: readonly Word[], first: number, last: number): boolean {
  const block = words[first]!.block
  return words[first - 1]?.block !== block && words[last + 1]?.block !== block
}

/** Words `i - 1` and `i` are إف إم (or أف أم), FM written in Arabic letters. */
export function fmEnding(words: readonly Word[], i: number): boolean {
  const before = i > 0 ? words[i - 1] : undefined
  const word = words[i]
  // Asked at every word an outlet's name may end at: the length of إم rules out almost all before any look-up.
  return (
    before !== undefined &&
    word !== undefined &&
    word.norm.length === FM_LENGTH &&
    fmSecondSet.has(word.norm) &&
    fmFirstSet.has(before.norm) &&
    joined(words, i)
  )
}

const FM_LENGTH = 2

/** The place of `places` whose last word is word `i - 1`. */
function placeEndingBefore(places: Places, i: number): Found | undefined {
  for (const place of places.byFirst.values()) if (place.last === i - 1) return place
  return undefined
}

/**
 * An outlet's name of a place and its ending (word `i`), with one free word before the place where there is one
 * (زاد الأردن الإخباري). A bare ending that may be an adjective of the place (الخبرية) names none.
 */
function namedWithPlace(scan: Scan, i: number, claimed: Uint8Array, place: Found): Found | undefined {
  const { words } = scan
  if (bareNewsEndingSet.has(words[i]!.norm)) return undefined
  const k = place.first - 1
  const before = words[k]
  // زاد الأردن: a first word that opens its line may have a verb's shape; elsewhere it must be free.
  const opener =
    before !== undefined &&
    joined(words, place.first) &&
    !claimed[k] &&
    !mediaHead(before) &&
    !isFunctionWord(before) &&
    (isFreeWord(before) || (opensParagraph(words, k) && lineOpener(before, dashAfter(words, i))))
  const first = opener ? k : place.first
  const word = words[first]!
  // لعمان نت: the place's own reading, without the particle it carries.
  const base = opener
    ? word.bases[0]!
    : (word.bases.find((b) => baseStart(word, b.cut) === place.start) ?? word.bases[0]!)
  const name = displaySpan(scan, first, i, base)
  const known = mediaByName.get(norm(name))
  const found = foundFrom(scan, first, i, base, known ?? { kind: 'media', name }, 'name', known !== undefined)
  if (aloneOnLine(words, first, i)) found.vouched = true
  return found
}

/**
 * زاد in زاد الأردن الإخباري -: no number and no و; a verb of saying only on a credit line, before its dash (not
 * ذكرت العراق نيوز أن …).
 */
function lineOpener(word: Word, credit: boolean): boolean {
  return !word.number && word.norm[0] !== 'و' && (credit || reportingVerb(word) === undefined)
}

/** A dash follows word `i` (a credit line's `NAME -`). */
function dashAfter(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]
  return next !== undefined && DASH.test(next.gap)
}

/** Words `i…j-1` before a number may name an outlet: Arabic, no article (المادة 24 - is a clause of a law). */
function numberedOutlet(words: readonly Word[], i: number, j: number): boolean {
  for (let k = i; k < j; k++)
    if (!ARABIC_WORD.test(words[k]!.raw) || words[k]!.norm.startsWith('ال')) return false
  return true
}

const ARABIC_WORD = /^[\u0621-\u064a]+$/

/** A credit at a paragraph's start (word `i` opens it): its name, or undefined. */
function datelineName(scan: Scan, i: number, claimed: Uint8Array): Found | undefined {
  const { words } = scan
  let last = i - 1
  for (let j = i; j < words.length && j - i < MAX_NAME_WORDS + 1 && !claimed[j]; j++) {
    if (j > i && !joined(words, j)) break
    const word = words[j]!
    if (word.number) {
      // رياضة 365: a name and a number alone on its line; يقين 24 – NAME: a name ending in a number before a dash.
      const after = words[j + 1]
      if (j > i && DIGITS.test(word.raw) && (!after || after.block !== word.block)) return media(scan, i, j)
      if (j > i && DIGITS.test(word.raw) && after && DASH.test(after.gap) && numberedOutlet(words, i, j))
        return media(scan, i, j)
      break
    }
    // أحداث اليوم -، فلسطين اليوم: a word of time ends an outlet's name right before the credit's dash.
    if (
      j === i + 1 &&
      timeNameEndingSet.has(word.norm) &&
      dashAfter(words, j) &&
      !timeBeforeTodaySet.has(words[i]!.norm)
    ) {
      // The dash after such a name makes the line a credit whatever follows it.
      return isFreeWord(words[i]!) ? media(scan, i, j) : undefined
    }
    if (!isFreeWord(word)) break
    last = j
  }
  if (last < i) return undefined
  if (isFunctionWord(words[i]!) && !mediaNameWordSet.has(words[i]!.norm)) return undefined
  // 09:44 PM، 18-آب، 04 Jan 2019، 32 دقيقة: a word after a number on its line is what the number counts or dates,
  // unless a colon makes the line a credit (2025-08-21 NAME:).
  const before = i > 0 ? words[i - 1] : undefined
  if (before?.number && before.block === words[i]!.block && !COLON.test(words[last + 1]?.gap ?? ''))
    return undefined
  const credit = creditEnding(scan, i, last)
  // متابعة- NAME:، إعداد: NAME، خاص _ NAME: a byline's opener or tail is no outlet.
  const first = credit && foldWord(words[i]!.raw)
  if (!first || bylineOpeners.byFirst.has(first) || bylineTails.byFirst.has(first)) return undefined
  return pageFurniture(words, i, last) ? undefined : credit
}

/**
 * العنوان:، أخبار محلية –، الأخبار الصحية، تقديم: a page's label, a section's name, or a section's name and its adjective (أخبار
 * عربية) before a colon or dash heads what follows; it credits no outlet, unless the gazetteer knows the name.
 */
function pageFurniture(words: readonly Word[], i: number, last: number): boolean {
  const span = words.slice(i, last + 1)
  if (mediaByName.has(norm(span.map((word) => word.raw).join(' ')))) return false
  const folded = span.map((word) => foldWord(word.raw))
  if (coversAll(pageLabels, folded) || coversAll(sectionNames, folded) || coversAll(textParts, folded))
    return true
  const adjective = words[last]!.norm
  // أخبار عربية، الأخبار الصحية: the adjective agrees with the section's word, both with the article or neither.
  return (
    last === i + 1 &&
    sectionNames.byFirst.get(folded[0]!)?.some((phrase) => phrase.length === 1) === true &&
    adjective.startsWith('ال') === words[i]!.norm.startsWith('ال') &&
    SECTION_ADJECTIVE.test(adjective)
  )
}

/** عربية، محلية، دولي: the nisba that says which news a section holds. */
const SECTION_ADJECTIVE = /(?:ية|ي)$/

/**
 * ليبيا المستقبل-، صوت عدن/ خاص:، الترا تونس - فريق التحرير: a credit line whose outlet's name holds a place. The
 * place found there gives way to the outlet; a place alone (القاهرة -) stays the dateline's place.
 */
function creditWithPlace(scan: Scan, i: number, claimed: Uint8Array, places: Places): Found | undefined {
  const { words } = scan
  let last = i - 1
  let free = 0
  const inside: Found[] = []
  for (let j = i; j < words.length && j - i < MAX_NAME_WORDS; j++) {
    if (j > i && !joined(words, j)) break
    const word = words[j]!
    if (!claimed[j]) {
      if (!isFreeWord(word)) break
      free++
      last = j
      continue
    }
    const place = places.byFirst.get(j)
    if (!place || place.start !== word.start) break
    inside.push(place)
    last = place.last
    j = place.last
  }
  if (free === 0 || inside.length === 0 || last < i) return undefined
  const credit = creditEnding(scan, i, last)
  if (!credit) return undefined
  for (const place of inside) places.taken.add(place)
  claimed.fill(1, i, last + 1)
  return credit
}

/** The outlet of words `i`…`last` at a line's start, when what follows them makes the line a credit. */
function creditEnding(scan: Scan, i: number, last: number): Found | undefined {
  const { words } = scan
  const dated = last === i ? outletAfterPlace(scan, i) : undefined
  if (dated) return dated
  const after = words[last + 1]
  if (!after || after.block !== words[last]!.block) {
    // ليبيا المستقبل-، المتوسط:، a byline of a name alone: the outlet's name on a line of its own, unless the name
    // reads as its writer's.
    const rest = scan.text.slice(words[last]!.end, lineEnd(scan.text, words[last]!.end))
    if (CREDIT_END.test(rest)) return media(scan, i, last)
    return rest.trim() === '' && scan.credit[i] === 1 && !writersName(scan, i, last)
      ? media(scan, i, last)
      : undefined
  }
  // وطنا اليوم:قررت الوزارة: a colon before the text's first verb, or with no space around it; NAME: PLACE, the
  // dateline's place after the outlet and a colon.
  if (COLON.test(after.gap) && (isVerb(after) || after.gap === ':' || datelinePlaceAt(scan, last + 1)))
    return media(scan, i, last)
  if (DASH.test(after.gap)) {
    // NAME - PLACE: the dateline's place after the outlet; NAME _ أعلن: the text's first verb.
    if (placeAt(scan, last + 1) || isVerb(after)) return media(scan, i, last)
    // صوت عدن/ خاص:، الترا تونس - فريق التحرير: a byline's tail after the outlet; not an outlet's own name
    // (الضفة الغربية – صدى الإخبارية: the dateline's place, then the outlet).
    if (creditTail(scan, last + 1) && !outletNameAt(scan, last + 1)) return media(scan, i, last)
  }
  return undefined
}

/**
 * هرجيسا: قلب أفريقيا أعلنت، انجمينا – رفيق إنفو صرح: a dateline of a place no list knows, one word without the
 * article, then a colon or a dash and the outlet, one to three words before the text's first verb or a colon. The
 * place is the word before the separator (a dateline puts it first), the outlet what follows, unless that is a known
 * place (سلاميديا – كسلا: the outlet first); a name opened by a given name needs an outlet's ending (رفيق إنفو), else
 * it is the reporter's.
 */
function outletAfterPlace(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const place = words[i]!
  const next = words[i + 1]
  if (!next || next.block !== place.block || !(COLON.test(next.gap) || DASH_GAP.test(next.gap)))
    return undefined
  if (place.norm.startsWith('ال') || place.bases[0]!.flags & WordFlag.Known) return undefined
  // سلاميديا – كسلا: a known place after the separator makes the first name the outlet's (NAME - PLACE).
  if (mediaByName.has(place.norm) || !isFreeWord(place) || placeAt(scan, i + 1)) return undefined
  let k = i + 1
  while (k - i <= MAX_DATELINE_OUTLET && datelineOutletWord(words[k]!)) {
    const after = words[k + 1]
    if (!after || after.block !== place.block || !joined(words, k + 1) || !datelineOutletWord(after)) break
    k++
  }
  if (!datelineOutletWord(words[k]!) || k - i > MAX_DATELINE_OUTLET) return undefined
  const after = words[k + 1]
  if (after && after.block === place.block && !COLON.test(after.gap) && !isVerb(after)) return undefined
  const ending = (words[k]!.bases[0]!.flags & WordFlag.MediaNameEnding) !== 0
  for (let m = i + 1; m <= k; m++) if (isGivenName(words[m]!) && !ending) return undefined
  const outlet = media(scan, i + 1, k)
  const found = foundFrom(scan, i, i, place.bases[0]!, { kind: 'location', name: place.raw }, 'name', false)
  found.name = found.surface
  outlet.nested = [found]
  return outlet
}

const MAX_DATELINE_OUTLET = 3
/** A dash between two names, with or without spaces (انجمينا – رفيق إنفو، الكومبس-مالمو). */
const DASH_GAP = /^\s*[-–—ـ]+\s*$/

/** A word an outlet's name may hold: no number, verb, particle or date (a given name may: رفيق إنفو). */
function datelineOutletWord(word: Word): boolean {
  if (word.number || word.norm.length < 2 || isCalendarWord(word) || isVerb(word)) return false
  return !isFunctionWord(word) || mediaNameWordSet.has(word.norm)
}

/**
 * A name of a first word without the article and a family nisba (`سامر الحدادي`), of no outlet the gazetteer knows:
 * the writer's name on a byline's line, not an outlet's.
 */
function writersName(scan: Scan, i: number, last: number): boolean {
  const { words } = scan
  const name = norm(scan.text.slice(words[i]!.start, words[last]!.end))
  return (
    last > i &&
    !words[i]!.norm.startsWith('ال') &&
    FAMILY_NISBA.test(words[last]!.norm) &&
    !mediaByName.has(name)
  )
}

const FAMILY_NISBA = /^ال..+ي$/

/** Punctuation alone after a name to the end of its line: `ليبيا المستقبل-`، `المتوسط:`. */
const CREDIT_END = /^\s*[-–—ـ_/:]+\s*$/

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from)
  return end < 0 ? text.length : end
}

/**
 * The words after a credit's dash to its line's end: a byline's tail (خاص، متابعة، وكالات) ending the line or
 * before a colon, or any few words of no verb on a line the page marks as a byline.
 */
function creditTail(scan: Scan, j: number): boolean {
  const { words } = scan
  const block = words[j]!.block
  let k = j
  while (k + 1 < words.length && words[k + 1]!.block === block && k - j < MAX_NAME_WORDS) k++
  if (words[k + 1]?.block === block) return false
  for (let m = j; m <= k; m++) if (isVerb(words[m]!)) return false
  if (scan.credit[j] === 1) return true
  return k === j && bylineTails.byFirst.has(foldWord(words[j]!.raw))
}

/** The words from `j` to their line's end name an outlet: one the gazetteer knows, or a name with an outlet's ending. */
function outletNameAt(scan: Scan, j: number): boolean {
  const { words } = scan
  let k = j
  while (words[k + 1]?.block === words[j]!.block) k++
  if ((words[k]!.bases[0]!.flags & WordFlag.MediaNameEnding) !== 0) return true
  return mediaByName.has(norm(scan.text.slice(words[j]!.start, words[k]!.end)))
}

/**
 * مسقط ـ العمانية: — the outlet after a dateline's place, to its line's end, a colon or a dash (بغداد/ أخبار البلد-
 * …); a country's nisba alone is its agency. A place may end the name (الرياض - صوت الإمارات), and stays a place.
 */
function afterPlaceDash(scan: Scan, i: number, claimed: Uint8Array, places: Places): Found | undefined {
  const { words } = scan
  const word = words[i]!
  if (i === 0) return undefined
  // The dash is the gap before the name, or a word of its own (a tatweel: مسقط ـ العمانية). Most gaps are one space.
  // بغداد/الرافدين: a slash or dash glued to both words; القاهرة "صوت النيل": the outlet in quote marks.
  // Most gaps that are not one space hold a comma or a stop: a look for the marks spares them both regexes.
  const marked = word.gap !== ' ' && dashOrColonIn(word.gap)
  const dashGap = marked && DASH.test(word.gap)
  // امدرمان: NAME on a line of its own: a colon after the dateline's place credits the outlet when the name ends the
  // line (أم درمان: أعلن … is the story's first sentence).
  const colonGap = !dashGap && marked && COLON.test(word.gap)
  if (!dashGap && !colonGap && scan.quoted[i] === 1 && scan.quoteOpeningAt.has(i) && QUOTE_GAP.test(word.gap))
    return quotedDateline(scan, i, claimed)
  const before = words[i - 1]!.raw
  const dashWord = !dashGap && isDashWord(before)
  if (!dashGap && !dashWord && !colonGap) return undefined
  const place = placeEndingAt(scan, dashWord ? i - 2 : i - 1)
  if (place === undefined || !opensParagraph(words, place)) return undefined
  let last = i - 1
  let outlet: Found | undefined
  // بغداد/ شبكة أخيار العراق-: two free words, then a place that ends the name may make it three.
  for (let j = i; j < words.length && j - i <= MAX_NAME_WORDS; j++) {
    if (j > i && !joined(words, j)) break
    const place = j > i && claimed[j] ? places.byFirst.get(j) : undefined
    if (place) {
      last = place.last
      break
    }
    // مسقط-شبكة الأخبار العمانية: a shorter outlet read inside the name gives way to it.
    // The head noun the main pass claimed with the outlet after it opens the name (شبكة الأخبار).
    if (j === i && claimed[j] && mediaHead(words[j]!) !== undefined && places.outlets.has(j + 1)) {
      last = j
      continue
    }
    const shorter = claimed[j] && outlet === undefined ? places.outlets.get(j) : undefined
    if (shorter && shorter.last - i < MAX_NAME_WORDS) {
      outlet = shorter
      last = shorter.last
      j = shorter.last
      continue
    }
    const candidate = words[j]!
    if (
      j - i === MAX_NAME_WORDS ||
      claimed[j] ||
      (!isFreeWord(candidate) && !nisbaPlaces.has(candidate.norm))
    )
      break
    last = j
  }
  // شبكة فلسطين الرياضية، أخبار المال والأعمال، دارفور 24: an adjective, a joined word or a number may close the name.
  if (last >= i && closingWord(words, last + 1)) last++
  const after = words[last + 1]
  // تونس – NAME / WRITER, but لندن/ WRITER/ الأناضول: the name after the slash is the outlet there.
  const slash = after !== undefined && SLASH.test(after.gap) && !outletNameAt(scan, last + 1)
  const ends =
    !after || after.block !== word.block || COLON.test(after.gap) || DASH_AFTER.test(after.gap) || slash
  if (last < i || !ends) return undefined
  if (colonGap && (after?.block === word.block || ordinaryName(words, i, last))) return undefined
  // الكويت / وكالات /، إسطنبول - متابعات: a byline's tail after the place credits no outlet.
  if (last === i && bylineTails.byFirst.has(foldWord(word.raw))) return undefined
  if (outlet) {
    // مسقط - شبكة الأخبار: the outlet the main pass read, and its head, alone are its own reading.
    if (last === outlet.last) return undefined
    places.taken.add(outlet)
  }
  const found = media(scan, i, last)
  const country = last === i ? nisbaPlaces.get(word.norm) : undefined
  if (country) found.gloss = country
  return found
}

/** المصدر، source: a credit line opened by one of them names where the article was taken from. */
const SOURCE_OPENERS: ReadonlySet<string> = new Set([norm('المصدر'), 'source', 'Source'])
/** Words of a source's name on its credit line (وكالة الأنباء العراقية، فاس نيوز ميديا). */
const MAX_SOURCE_WORDS = 4
const COLON_OR_DASH = /^\s*[:\-–—ـ]+\s*$/
/** An address, not a name: a link's scheme, a path or `www.` (a bare domain is a name: `Kataeb.org`). */
const ADDRESS = /:\/\/|\/|www\.|@/i

/**
 * المصدر: تحيا مصر، المصدر : فاس نيوز ميديا، المصدر: Kataeb.org — a credit line that opens with its source and a
 * colon names, to its line's end, the outlet the article comes from. A name the main pass read as an outlet is kept
 * (the learned check would drop a name seen only on a credit line); places and shorter outlets read inside the name
 * give way to it (فاس، فاس نيوز), as in a credit line's `NAME - PLACE` (a place alone is the outlet only where the
 * gazetteer knows it as one: الجزيرة); words no recogniser took are the outlet's own name (the line's shape vouches
 * for it, as a head noun would). Not a link, a writer (a given name first), a byline's tail (المصدر: وكالات),
 * ordinary words alone, or a name read as a body or a person (المصدر: وزارة الصحة).
 */
function sourceLine(scan: Scan, i: number, named: Found[], places: Places): Found | undefined {
  const { words } = scan
  const next = words[i + 1]
  if (!next || next.block !== words[i]!.block || !COLON_OR_DASH.test(next.gap)) return undefined
  let k = i + 1
  while (words[k + 1]?.block === next.block && !dashOrColonIn(words[k + 1]!.gap)) k++
  if (k - i > MAX_SOURCE_WORDS || ADDRESS.test(scan.text.slice(next.start, lineEnd(scan.text, next.start))))
    return undefined
  // المصدر: NAME - وكالات، NAME - الرياض: after a dash, only a byline's tail or a place; else the line is no credit
  // of one outlet (المصدر: صباح اليوم - وكالات).
  const rest = words[k + 1]?.block === next.block ? k + 1 : undefined
  if (rest !== undefined && !creditRest(scan, rest, named)) return undefined
  // المصدر: موقع صدى الوادي: the name without its head noun, as the main pass reads موقع NAME.
  const first = k > i + 1 && mediaHead(next) !== undefined ? i + 2 : i + 1
  const inside: Found[] = []
  for (const f of named) {
    if (f.last <= i || f.first > k) continue
    if ((f.first === i + 1 || f.first === first) && f.last === k && f.kind === 'media') {
      f.vouched = true
      return undefined
    }
    if ((f.kind !== 'location' && f.kind !== 'media') || f.first < first || f.last > k) return undefined
    inside.push(f)
  }
  if (isGivenName(words[first]!) || (k === first && bylineTails.byFirst.has(foldWord(words[first]!.raw))))
    return undefined
  if (ordinaryName(words, first, k)) return undefined
  for (let m = first; m <= k; m++) if (isCalendarWord(words[m]!)) return undefined
  // المصدر : وكال (a page cut off): one word is an outlet's name only where the gazetteer knows it, it has an
  // outlet's ending, or it is written in Latin letters (a domain: Kataeb.org).
  const word = words[first]!
  if (
    first === k &&
    !mediaByName.has(word.norm) &&
    (word.bases[0]!.flags & WordFlag.MediaNameEnding) === 0 &&
    !isLatinLetter(word.raw.charCodeAt(0)) &&
    !inside.some((f) => f.kind === 'media')
  )
    return undefined
  const whole =
    inside.length === 1 &&
    inside[0]!.kind === 'location' &&
    inside[0]!.first === first &&
    inside[0]!.last === k
  if (whole && !mediaByName.has(norm(scan.text.slice(words[first]!.start, words[k]!.end)))) return undefined
  for (const place of inside) places.taken.add(place)
  const found = media(scan, first, k)
  found.vouched = true
  return found
}

/** The words after a source's dash to its line's end: one byline's tail (وكالات) or one place the main pass read. */
function creditRest(scan: Scan, j: number, named: readonly Found[]): boolean {
  const { words } = scan
  const block = words[j]!.block
  let k = j
  while (words[k + 1]?.block === block) k++
  if (k === j && bylineTails.byFirst.has(foldWord(words[j]!.raw))) return true
  return named.some((f) => f.kind === 'location' && f.first === j && f.last === k)
}

/** Words `first`…`last` are all ordinary words of the news (a headline's `غزة: انتخابات`), no outlet's name. */
function ordinaryName(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!commonWordSet.has(words[k]!.norm)) return false
  return true
}

/** Word `k` closes an outlet's name after a dateline's place: a definite adjective, a word joined by و, a number. */
function closingWord(words: readonly Word[], k: number): boolean {
  const word = words[k]
  if (!word || !joined(words, k)) return false
  if (DIGITS.test(word.raw)) return true
  return (
    (word.norm.startsWith('ال') && isAdjectiveLike(word.norm)) ||
    (word.norm.startsWith('وال') && word.norm.length > 4)
  )
}

/** الرأي الجديد / NAME: the writer's name after a slash. */
const SLASH = /^\s*\/\s*$/

/** `PLACE "NAME"` opening a paragraph: the outlet a dateline credits, in quote marks after its place. */
function quotedDateline(scan: Scan, i: number, claimed: Uint8Array): Found | undefined {
  const place = placeEndingAt(scan, i - 1)
  if (place === undefined || !opensParagraph(scan.words, place)) return undefined
  const last = quotedName(scan, i, claimed)
  return last === undefined ? undefined : media(scan, i, last)
}

/** The last word of a name of free words in quote marks opening at word `i`, of at most MAX_QUOTED_WORDS. */
function quotedName(scan: Scan, i: number, claimed: Uint8Array): number | undefined {
  const quote = scan.quoteOpeningAt.get(i)
  for (let j = i; j < scan.words.length && j - i < MAX_QUOTED_WORDS; j++) {
    if (claimed[j] || !isFreeWord(scan.words[j]!)) return undefined
    if (scan.quoteClosingAt.get(j) === quote) return j
  }
  return undefined
}

const MAX_QUOTED_WORDS = 3
/** The gap before a dateline's quoted outlet: its mark, after the dash where there is one (صيدا - "NAME"). */
const QUOTE_GAP = /^\s*(?:[-–—ـ]+\s*)?["“”«]$/

/**
 * وأضاف لـ"نبض الشارع"، في تصريحات خاصة لـ الصباحية أن: لـ written apart after a verb of saying or a noun of
 * an interview credits the outlet spoken to. The name is in quote marks, or one definite word before a complementiser or
 * punctuation.
 */
function interviewCredit(scan: Scan, i: number, claimed: Uint8Array, places: Places): Found | undefined {
  const { words } = scan
  const particle = words[i]!
  const next = words[i + 1]
  if (!particle.raw.includes('ـ') || next === undefined || !saidTo(words, i)) return undefined
  if (scan.quoteOpeningAt.has(i + 1)) return quotedOutlet(scan, i + 1, claimed, places)
  if (!joined(words, i + 1) || claimed[i + 1] || !next.norm.startsWith('ال') || !isFreeWord(next))
    return undefined
  const after = words[i + 2]
  const ends = after === undefined || !joined(words, i + 2) || complementizerSet.has(after.norm)
  return ends ? media(scan, i + 1, i + 1) : undefined
}

/**
 * وأفاد لموزاييك بأن، وفي تصريح لـNAME اليوم: ل written on one word no list knows and the news does not use as an
 * ordinary one, after a verb of saying or a noun of an interview and before a complementiser or اليوم, is the outlet
 * spoken to (a person spoken to has a given name the lists know, or a title).
 */
function gluedAddressee(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const word = words[i]!
  const after = words[i + 1]
  if (!after || (!complementizerSet.has(after.norm) && after.norm !== TODAY) || !joined(words, i + 1))
    return undefined
  const noun = word.bases.find((b) => b.cut === 1)
  if (!noun || noun.base.startsWith('ال') || POSSESSED.test(noun.base)) return undefined
  if ((noun.flags & WordFlag.Known) !== 0 || commonWordSet.has(noun.base) || !saidTo(words, i))
    return undefined
  if (isVerb(word) || isFunctionWord(word) || isGivenName(word) || titleHead(word)) return undefined
  const found = foundFrom(scan, i, i, noun, { kind: 'media', name: '' }, 'name', false)
  found.name = found.surface
  return found
}

const TODAY = norm('اليوم')
/** لمراسلنا، لمحاميه: a noun with a possessive suffix is no outlet's name. */
const POSSESSED = /(?:نا|ه|ها|هم|هما|كم)$/

/**
 * The outlet in quote marks opening at word `i` where the words say it is one (spoken to, or cited): every word
 * of the quote is its name, a place in it (لـ"عمان نت"، لـ"نبأ مصر") and a word that is also a time (لـ«الصباح
 * الجديد») too. The place stays a place of its own, as one in a body's name does.
 */
function quotedOutlet(scan: Scan, i: number, claimed: Uint8Array, places: Places): Found | undefined {
  const { words } = scan
  const quote = scan.quoteOpeningAt.get(i)
  // لـ"وسائل الإعلام": the media in general, or their people, are no outlet.
  if (generalMediaNounSet.has(words[i]!.norm)) return undefined
  for (let j = i; j < words.length && j - i < MAX_QUOTED_WORDS; j++) {
    const place = claimed[j] ? places.byFirst.get(j) : undefined
    if (!place && (claimed[j] || !outletWord(words[j]!))) return undefined
    const last = place ? place.last : j
    if (scan.quoteClosingAt.get(last) !== quote) {
      j = last
      continue
    }
    // قال لـ"سالم": a given name alone in the marks is a person's.
    return last === i && isGivenName(words[i]!) ? undefined : media(scan, i, last)
  }
  return undefined
}

/**
 * بحسب “عكاظ”.، وحسب "الأيام"، فإن …: a quoted name after a cue is the source's whole name only where the
 * attribution ends with it (not بحسب "معلومات أولية" نقلها بيان …, a quoted phrase a verb goes on from).
 */
function citedOutlet(scan: Scan, i: number, claimed: Uint8Array, places: Places): Found | undefined {
  const found = quotedOutlet(scan, i, claimed, places)
  const after = found && scan.words[found.last + 1]
  const goesOn =
    after !== undefined && after.sentence === scan.words[i]!.sentence && !CLAUSE_BREAK.test(after.gap)
  return goesOn ? undefined : found
}

const CLAUSE_BREAK = /[،,؛;.:]/

/** A word an outlet's quoted name may hold: a free word, or one that is also a time or a number (أفريقيا 1). */
function outletWord(word: Word): boolean {
  if (word.number) return true
  if (word.norm.length < 2 || isDashWord(word.raw) || isVerb(word)) return false
  return !isFunctionWord(word) || mediaNameWordSet.has(word.norm)
}

/** بحسب "…"، وحسب «…»، نقلا عن "…": the quote at word `i` follows a cue that cites a source. */
function citedBefore(words: readonly Word[], i: number): boolean {
  const before = i > 0 ? words[i - 1] : undefined
  if (before === undefined || before.sentence !== words[i]!.sentence) return false
  if (citingCueSet.has(before.norm)) return true
  return before.norm === 'عن' && words[i - 2]?.norm === QUOTING
}

const QUOTING = norm('نقلا')

/** لمراسلة "…": the quote at word `i` follows a correspondent, whose outlet it may name. */
function correspondentBefore(words: readonly Word[], i: number): boolean {
  const before = i > 0 ? words[i - 1] : undefined
  if (before === undefined || before.sentence !== words[i]!.sentence) return false
  return before.bases.some((b) => CORRESPONDENTS.has(b.base))
}

const CORRESPONDENTS: ReadonlySet<string> = new Set([norm('مراسل'), norm('مراسلة')])

/**
 * أفادت مصادر لمراسلة "…" أن، قال لمراسل "…": the correspondent's outlet, where the report's complementiser or the
 * clause's end follows the marks.
 */
function reportedOutlet(scan: Scan, i: number, claimed: Uint8Array, places: Places): Found | undefined {
  const found = quotedOutlet(scan, i, claimed, places)
  const after = found && scan.words[found.last + 1]
  if (!found || !after || after.sentence !== scan.words[i]!.sentence || CLAUSE_BREAK.test(after.gap))
    return found
  return after.bases.some((b) => complementizerSet.has(b.base)) ? found : undefined
}

/** A verb of saying, or a noun of an interview and its adjective, stands in the few words before word `i` (not
 * رسالة لـ"…": a letter is written to anyone). */
function saidTo(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const word = words[k]!
    if (reportingVerb(word) !== undefined || word.bases.some((b) => interviewNounSet.has(b.base))) return true
    if (!joined(words, k + 1) && k < i - 1) return false
  }
  return false
}

function mediaHead(word: Word): Base | undefined {
  return word.bases.find((b) => mediaHeadOpen.has(b.base))
}

function media(scan: Scan, first: number, last: number): Found {
  const word = scan.words[first]!
  const base = word.bases[0]!
  const name = scan.text.slice(word.start, scan.words[last]!.end)
  const known = mediaByName.get(norm(name))
  return foundFrom(scan, first, last, base, known ?? { kind: 'media', name }, 'name', known !== undefined)
}

/**
 * `opensParagraph` for the words in text order, each block read once: its last word that opens it (the first after
 * its Latin words and numbers) is found where the walk enters it, not by looking back from every word.
 */
interface Openings {
  block: number
  last: number
}

function opensParagraphAt(openings: Openings, words: readonly Word[], i: number): boolean {
  const { block } = words[i]!
  if (block !== openings.block) {
    openings.block = block
    // The walk may enter a block past its first word (a credit spans blocks): from the block's start.
    let k = i
    while (k > 0 && words[k - 1]!.block === block) k--
    while (k + 1 < words.length && words[k + 1]!.block === block && !plainWord(words[k]!)) k++
    openings.last = k
  }
  return i <= openings.last
}

/** A word that ends a paragraph's opening: not a number, not in Latin letters. */
function plainWord(word: Word): boolean {
  return !word.number && !isLatinLetter(word.raw.charCodeAt(0))
}

/** The first word of a paragraph, or the first after Latin letters and digits only (date 2025-08-21 NAME:). */
function opensParagraph(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const word = words[k]!
    if (word.block !== words[i]!.block) return true
    if (!word.number && !isLatinLetter(word.raw.charCodeAt(0))) return false
  }
  return true
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** A known place at word `j` that ends its line or comes before the text's first verb (سلاميديا: كسلا). */
function datelinePlaceAt(scan: Scan, j: number): boolean {
  const place = matchPhrase(scan, j, (target) => target.kind === 'location')
  if (place?.base.cut !== 0) return false
  const { words } = scan
  const next = words[place.last + 1]
  return !next || next.block !== words[j]!.block || isVerb(next)
}

function placeAt(scan: Scan, j: number): boolean {
  const place = matchPhrase(scan, j, (target) => target.kind === 'location')
  return place !== undefined && place.base.cut === 0
}

/** The first word of a known place that ends at word `last`, if one does. */
function placeEndingAt(scan: Scan, last: number): number | undefined {
  for (let first = last; first >= 0 && last - first < 3; first--) {
    const place = matchPhrase(scan, first, (target) => target.kind === 'location')
    if (place && place.base.cut === 0 && place.last === last) return first
  }
  return undefined
}

/**
 * A word that may be part of an outlet's name: no function word (but اليوم of المصري اليوم), verb, title, given
 * name or number.
 */
function isFreeWord(word: Word): boolean {
  if (word.number || word.norm.length < 2 || isDashWord(word.raw) || isCalendarWord(word)) return false
  if (isFunctionWord(word) && !mediaNameWordSet.has(word.norm)) return false
  return !isVerb(word) && !titleHead(word) && !isGivenName(word)
}
