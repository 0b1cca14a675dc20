import { placePrepositionSet } from '../lang/ar/compiled-cues.ts'
import {
  clubOpenerSet,
  matchOfWordSet,
  outcomeVerbSet,
  sideFrameWordSet,
  sportAdjectiveSet,
  standingsAfterSet,
  standingsBeforeSet,
  strongFrameWordSet,
  teamHeadSet,
  winWordSet,
} from '../lang/ar/teams.ts'
import {
  commonWordSet,
  headedOnlyNames,
  nisbaPlaces,
  norm,
  numeralWordSet,
  organizationsByName,
  peoplePluralAdjectiveSet,
  stateWords,
  territoryNameSet,
} from './lexicon.ts'
import type { Recognition } from './recognize.ts'
import { displaySpan, type Found, foundFrom, joined, nextWordWith, type Scan } from './scan.ts'
import { isAdjectiveLike, isFunctionWord, isGivenName, isVerb, looksVerbal } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { readingIn, type Word } from './words.ts'

/** Words of matches a text needs before a bare name in a match's frame is read as a side. */
const MIN_MATCH_WORDS = 3
/** How far before على a word of winning may stand (الفوز الساحق على الخلود). */
const WIN_REACH = 4
const ON = norm('على')

/**
 * The sides of matches in sports news, named by their bare name: `ضد الوداد`, `أمام الخلود`, `مدرب الأهلي`,
 * `الفوز الساحق على الخلود`. Only in a text about matches (a few of `matchWords`); a side is a club the gazetteer
 * knows, one the text names after نادي or فريق (then anywhere), or after ضد، أمام، مواجهة or a win a word no list
 * knows and the counted ordinary words (`commonWordSet`) do not hold. One pass over the words.
 */
export function teamNames(scan: Scan, recognition: Recognition): Found[] {
  const { words } = scan
  const clubs = namedClubs(scan)
  if (clubs === undefined) return []
  for (const side of vouchedSides(scan)) clubs.add(side)
  const { claimed } = recognition
  const places = new Map<number, Found>()
  for (const f of recognition.found) if (f.kind === 'location' && f.form === 'name') places.set(f.first, f)
  for (const place of places.values()) if (headedTown(words, place)) clubs.add(words[place.first]!.norm)
  const sides: Found[] = []
  const sideTowns = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    if (claimed[i]) {
      const town = takeTownAsSide(scan, i, places.get(i), clubs)
      if (town) sideTowns.add(town)
      continue
    }
    // فريق الفيصلي … الفيصلي يبعد الوحدات: a club the text names after its head is a side wherever it stands.
    const club = clubs.has(scan.words[i]!.norm) && scan.words[i]!.bases[0]!.cut === 0
    // على "أهلي الخليل": a side in quote marks stands in its frame as a bare one does, and ends with the marks.
    const quoted = quoteBefore(scan.words[i]!.gap)
    const frame = frameBefore(scan, i, quoted)
    // مولودية الجزائر يحقق فوزا على …، الزوراء يهزم …: a side opening its clause before a verb of a match's outcome.
    const opening = !frame && !club && opensClause(words, i) ? sideOfTown(scan, i, places) : undefined
    if (opening && outcomeAfter(words, opening.last)) {
      sides.push(opening)
      claimed.fill(1, opening.first, opening.last + 1)
      i = opening.last
      continue
    }
    // ورفع الشرطة رصيده، احتفظ الفيصلي بالمركز: a word the standings frame is a side, even an ordinary word.
    const standing = !frame && !club ? standingSide(scan, i, places) : undefined
    if (standing) {
      sides.push(standing)
      claimed.fill(1, standing.first, standing.last + 1)
      i = standing.last
      continue
    }
    if (!frame && !club) continue
    const side =
      (frame ? sideOfTown(scan, i, places) : undefined) ?? bareSide(scan, i, clubs, frame === 'strong')
    if (!side || (quoted && !QUOTE_AFTER.test(scan.words[side.last + 1]?.gap ?? ''))) continue
    sides.push(side)
    claimed.fill(1, side.first, side.last + 1)
    i = side.last
  }
  if (sideTowns.size > 0) for (const place of places.values()) takeTownNamedAgain(scan, place, sideTowns)
  return sides
}

/**
 * فاز الفيصلي على ضيفه العقبة، المباراة أمام الريان: a town the place recognisers found, of one word and no state, is
 * the club named after it where it stands in a side's frame or the text names it after نادي or فريق. Makes the place
 * found at `i` that club and gives its word, or undefined.
 */
function takeTownAsSide(
  scan: Scan,
  i: number,
  place: Found | undefined,
  clubs: ReadonlySet<string>,
): string | undefined {
  // `places` holds only locations, and a place becomes a club here at most once: its kind needs no test.
  if (!place || place.last !== i) return
  const name = norm(place.name)
  if (stateWords.has(name) || territoryNameSet.has(name)) return
  const word = scan.words[i]!
  if (word.bases[0]!.cut !== 0) return
  if (!clubs.has(word.norm) && frameBefore(scan, i, false) === undefined) return
  nameClub(place)
  return word.norm
}

/**
 * … فيما بقي العقبة سابعا: the town a side's frame made a club is that club wherever the match text names it bare
 * again; after a preposition of place or with ب on it (في العقبة، بالعقبة) it stays the town.
 */
function takeTownNamedAgain(scan: Scan, place: Found, towns: ReadonlySet<string>): void {
  const word = scan.words[place.first]!
  if (place.kind !== 'location' || place.last !== place.first || !towns.has(word.norm)) return
  const before = scan.words[place.first - 1]
  if (before && joined(scan.words, place.first) && placePrepositionSet.has(before.norm)) return
  nameClub(place)
}

/**
 * بفريق الجزيرة، نادي العقبة: a one-word place the recognisers found right after نادي or فريق is the club named
 * after it, as a name no list knows is (`namedClubs`); `takeTownAsSide` leaves a state its place.
 */
function headedTown(words: readonly Word[], place: Found): boolean {
  const i = place.first
  const before = i > 0 ? words[i - 1] : undefined
  if (place.last !== i || !before || !joined(words, i) || words[i]!.bases[0]!.cut !== 0) return false
  return before.bases.some((b) => b.cut <= 1 && (b.flags & WordFlag.ClubHead) !== 0)
}

/** A town read as the club named after it: an organisation, named as the text writes it. */
function nameClub(place: Found): void {
  place.kind = 'organization'
  place.name = place.surface
}

/** خصم عنيد، فريق مغمور، نادٍ محلي: an indefinite adjective (فعيل, a participle, a nisba) names no town. */
const ADJECTIVE_SHAPED = /^(?:..ي.|م...+|.+ي)$/

/** Word `i` opens its sentence or its line. */
function opensClause(words: readonly Word[], i: number): boolean {
  const before = i > 0 ? words[i - 1] : undefined
  return !before || before.sentence !== words[i]!.sentence || before.block !== words[i]!.block
}

/** A verb of a match's outcome right after word `last` (يهزم، يتعادل، يحقق). */
function outcomeAfter(words: readonly Word[], last: number): boolean {
  const next = words[last + 1]
  return next !== undefined && joined(words, last + 1) && readingIn(next, outcomeVerbSet) !== undefined
}

const QUOTE_BEFORE = /^\s*["“«]$/

/** A quote mark opens right before the word; most words follow one space, which holds none. */
function quoteBefore(gap: string): boolean {
  return gap !== ' ' && QUOTE_BEFORE.test(gap)
}
const QUOTE_AFTER = /^["”»]/
const QUOTE_ONLY_AFTER = /^["”»]\s*$/

/**
 * أهلي الخليل، هلال القدس، مولودية الجزائر: in a match's frame, a word without the article before a known place is a
 * club named after its town; the town stays the place the recognisers found.
 */
function sideOfTown(scan: Scan, i: number, places: ReadonlyMap<number, Found>): Found | undefined {
  const { words } = scan
  const word = words[i]!
  const next = words[i + 1]
  if (!next || !joined(words, i + 1) || word.bases[0]!.cut !== 0 || word.norm.startsWith('ال'))
    return undefined
  if (word.number || word.norm.length < 3 || isFunctionWord(word) || isVerb(word)) return undefined
  // أمام هجمات السنغال، على حساب الأرجنتين: an ordinary word governs the state's name; a club's opener does not.
  if (commonWordSet.has(word.norm) && !clubOpenerSet.has(word.norm)) return undefined
  // على ضيفه وفاق سطيف: a word that frames a side (ضيفه، مدرب) is no club's name; the side follows it.
  if (readingIn(word, sideFrameWordSet) !== undefined) return undefined
  // شباب بلوزداد: a town no list knows is a word no list and no count of ordinary words holds.
  const town = !next.norm.startsWith('ال') && !ADJECTIVE_SHAPED.test(next.norm) && openName(next)
  const last = places.get(i + 1)?.last ?? (town ? i + 1 : -1)
  if (last < 0) return undefined
  const side = foundFrom(scan, i, last, word.bases[0]!, { kind: 'organization', name: '' }, 'name', false)
  side.name = side.surface
  return side
}

/**
 * A side the standings frame (رفع X رصيده، رصيد X، X بالمركز، X المتصدر): a club named after its town, or one word
 * with the article that is no function word, verb, number or word of matches, even an ordinary word (الشرطة،
 * النفط), in a text about matches.
 */
function standingSide(scan: Scan, i: number, places: ReadonlyMap<number, Found>): Found | undefined {
  const { words } = scan
  const word = words[i]!
  const before = i > 0 ? words[i - 1] : undefined
  // شباب الأردن رصيده: a club's opener before a town; any other word before a place is the clause's (وحلت السنغال).
  const town = clubOpenerSet.has(word.norm) ? sideOfTown(scan, i, places) : undefined
  const last = town?.last ?? i
  const after = words[last + 1]
  // رصيد "أهلي الخليل"، رفع "هلال القدس" رصيده: a side in quote marks stands in the frame as a bare one does.
  const quoted = quoteBefore(word.gap) && QUOTE_AFTER.test(after?.gap ?? '')
  const framedBefore =
    before !== undefined &&
    (joined(words, i) || (quoted && !opensClause(words, i))) &&
    before.bases.some((b) => b.cut === 0 && standingsBeforeSet.has(b.base))
  const framedAfter =
    after !== undefined &&
    (joined(words, last + 1) || (quoted && QUOTE_ONLY_AFTER.test(after.gap))) &&
    readingIn(after, standingsAfterSet) !== undefined
  if (!framedBefore && !framedAfter) return undefined
  if (town) return town
  const base = word.bases[0]!
  const w = word.norm
  if (base.cut !== 0 || !w.startsWith('ال') || w.length < 5 || word.number) return undefined
  if (isFunctionWord(word) || isVerb(word) || looksVerbal(word) || standingsBeforeSet.has(w)) return undefined
  const known = organizationsByName.get(w)
  if (known?.kind === 'organization') return foundFrom(scan, i, i, base, known, 'name', true)
  // الفريق المتصدر، اللاعب … رصيده: a word of matches is the team or the player the frame speaks of, no name.
  if (word.bases.some((b) => b.cut === 0 && (b.flags & WordFlag.MatchWord) !== 0)) return undefined
  return foundFrom(
    scan,
    i,
    i,
    base,
    { kind: 'organization', name: displaySpan(scan, i, i, base) },
    'name',
    false,
  )
}

/** Word `k` is a rank (فريق الكرة الأول): the words before it name a team of a club, not the club. */
function rankAfter(words: readonly Word[], k: number): boolean {
  const word = words[k]
  return word !== undefined && joined(words, k) && numeralWordSet.has(word.norm.replace(ARTICLE, ''))
}

const ARTICLE = /^ال/

/** نادي الوداد الرياضي: `الرياضي` after the name says it is a club's, even where the name is an ordinary word. */
function sportsClub(words: readonly Word[], k: number): boolean {
  const word = words[k]
  return word !== undefined && joined(words, k) && sportAdjectiveSet.has(word.norm)
}

/** The bare names after نادي or فريق in the text, or undefined when the text is not about matches. */
const MATCH_OR_CLUB = WordFlag.MatchWord | WordFlag.ClubHead

function namedClubs(scan: Scan): Set<string> | undefined {
  const { words } = scan
  let matchWords = 0
  const clubs = new Set<string>()
  for (
    let i = nextWordWith(scan, 0, MATCH_OR_CLUB);
    i < words.length;
    i = nextWordWith(scan, i + 1, MATCH_OR_CLUB)
  ) {
    const word = words[i]!
    if (word.bases.some((b) => b.cut <= 1 && (b.flags & WordFlag.MatchWord) !== 0)) matchWords++
    const next = words[i + 1]
    if (
      next &&
      joined(words, i + 1) &&
      word.bases.some((b) => b.cut <= 1 && (b.flags & WordFlag.ClubHead) !== 0)
    )
      if (
        next.norm.startsWith('ال') &&
        (openName(next, true) || sportsClub(words, i + 2)) &&
        !rankAfter(words, i + 2)
      )
        clubs.add(next.norm)
  }
  return matchWords >= MIN_MATCH_WORDS ? clubs : undefined
}

/** Times a word must stand in a side's place before the text's own use vouches for it as a club's name. */
const VOUCHING_PLACES = 2

/**
 * النصر، الاتفاق، الهلال: a club's bare name that is also an ordinary word (victory, agreement, crescent) is a side
 * where the text sets it in a side's place twice: after a side's frame (ضد، أمام، مدرب، لاعبي، الفوز على), after
 * a word of a match (مباراة النصر، لقاء الاتفاق), before ضد or أمام (الهلال ضد النصر), or joined by و to a word in
 * one of these (مدربي الهلال والنصر). Once would be a word of the news (مباراة الإياب، أمام الجمهور); twice, one
 * of them a side's frame, is the text naming a side. Definite words only.
 */
function vouchedSides(scan: Scan): Set<string> {
  const { words } = scan
  const placed = new Map<string, number>()
  const framed = new Set<string>()
  let previous: string | undefined
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    const reading = sideReading(word)
    if (reading === undefined || !joined(words, i)) {
      previous = undefined
      continue
    }
    const before = words[i - 1]!
    const frame = frameBefore(scan, i, false) !== undefined
    const place =
      frame ||
      readingIn(before, matchOfWordSet) !== undefined ||
      (reading.cut === 1 && previous !== undefined) ||
      againstAfter(words, i)
    const name = reading.base
    previous = place ? name : undefined
    if (!place) continue
    if (frame) framed.add(name)
    placed.set(name, (placed.get(name) ?? 0) + 1)
  }
  const vouched = new Set<string>()
  for (const [name, count] of placed) if (count >= VOUCHING_PLACES && framed.has(name)) vouched.add(name)
  return vouched
}

/**
 * The reading of a word that may be a side's bare name: a definite word of five letters or more, bare or behind و
 * (cut 1), no number, function word, verb or word of matches.
 */
function sideReading(word: Word): { base: string; cut: number } | undefined {
  if (word.number || isFunctionWord(word) || isVerb(word)) return undefined
  const base = word.bases.find(
    (b) => (b.cut === 0 || (b.cut === 1 && word.norm.startsWith('و'))) && b.base.startsWith('ال'),
  )
  if (!base || base.base.length < 5 || (base.flags & (WordFlag.MatchWord | WordFlag.ClubHead)) !== 0)
    return undefined
  if (winWordSet.has(base.base) || teamHeadSet.has(base.base) || stateWords.has(base.base)) return undefined
  return base
}

/** ضد or أمام right after word `i`: the word is the first side of a match (الهلال ضد النصر). */
function againstAfter(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]
  return (
    next !== undefined &&
    joined(words, i + 1) &&
    next.bases[0]!.cut === 0 &&
    strongFrameWordSet.has(next.norm)
  )
}

/**
 * What stands right before word `i`: a frame of a side (ضد، أمام، مدرب؛ `strong` for the other side of a match), or
 * على after a word of winning.
 */
function frameBefore(scan: Scan, i: number, quoted: boolean): 'strong' | 'member' | undefined {
  const { words } = scan
  const previous = i > 0 ? words[i - 1] : undefined
  if (!previous || !(joined(words, i) || (quoted && !opensClause(words, i)))) return undefined
  const base = readingIn(previous, sideFrameWordSet)
  if (base) return strongFrameWordSet.has(base.base) ? 'strong' : 'member'
  if (previous.norm !== ON) return undefined
  for (let k = i - 2; k >= Math.max(0, i - 1 - WIN_REACH) && joined(words, k + 1); k--)
    if (readingIn(words[k]!, winWordSet) !== undefined) return 'strong'
  return undefined
}

/** A side's bare name at word `i`: a known club, one named after نادي or فريق here, or (`open`) an unknown word. */
function bareSide(scan: Scan, i: number, clubs: ReadonlySet<string>, open: boolean): Found | undefined {
  const word = scan.words[i]!
  const base = word.bases[0]!
  if (base.cut !== 0 || word.number) return undefined
  // ضيفه الاتفاق، مدرب العهد: a listed body whose bare name is an ordinary word is a side in a match's frame.
  const known = organizationsByName.get(word.norm) ?? headedOnlyNames.get(word.norm)
  if (known?.kind === 'organization') return foundFrom(scan, i, i, base, known, 'name', true)
  if (!clubs.has(word.norm) && !(open && openName(word) && !describedAfter(scan, i))) return undefined
  const last = clubEpithet(scan, i + 1) ? i + 1 : i
  const name = displaySpan(scan, i, last, base)
  return foundFrom(scan, i, last, base, { kind: 'organization', name }, 'name', false)
}

/**
 * الوداد الرياضي، الكوكب المراكشي، المقاولون العرب: a definite nisba or a people's plural right after a side's
 * name is part of it, not a country's (ناساجي مازندران الإيراني: the gloss the news adds).
 */
function clubEpithet(scan: Scan, k: number): boolean {
  const word = scan.words[k]
  if (!word || !joined(scan.words, k) || word.bases[0]!.cut !== 0) return false
  const w = word.norm
  if (peoplePluralAdjectiveSet.has(w)) return true
  return w.startsWith('ال') && w.endsWith('ي') && w.length > 5 && !nisbaPlaces.has(w) && !isVerb(word)
}

/** An indefinite word with a noun or an adjective of its own after it (أمام خصم قوي): a common noun, not a name. */
function describedAfter(scan: Scan, i: number): boolean {
  const { words } = scan
  const next = words[i + 1]
  if (words[i]!.norm.startsWith('ال') || !next || !joined(words, i + 1) || next.number) return false
  return !isFunctionWord(next) && !isVerb(next) && !looksVerbal(next)
}

/**
 * A word that may be a club's own name: no list knows it, and it is no ordinary word of the news. After a club's
 * head (`headed`) a nisba-shaped word is a name too (فريق الفيصلي).
 */
function openName(word: Word, headed = false): boolean {
  const w = word.norm
  if (w.length < 3 || commonWordSet.has(w) || word.number) return false
  if ((word.flags & WordFlag.Known) !== 0) return false
  if (isFunctionWord(word) || isVerb(word) || looksVerbal(word) || isGivenName(word)) return false
  return w.startsWith('ال') ? w.length > 4 && (headed || !isAdjectiveLike(w)) : true
}
