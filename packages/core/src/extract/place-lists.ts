import {
  andOthersSet,
  genericPlaceNounSet,
  listIntroducerSet,
  placePrepositionSet,
} from '../lang/ar/compiled-cues.ts'
import { COMMA } from '../segment/marks.ts'
import { commonWordSet, contextualCities, norm, placeHeadSet, placeListHeadSet } from './lexicon.ts'
import { placeName } from './place-names.ts'
import { type Found, nextWordWith, type Scan } from './scan.ts'
import { isAdjectiveLike, isFunctionWord, looksVerbal } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { readingWithCut, type Word } from './words.ts'

/** A list item: a place found before, or a name no list knows (`found` undefined until it is taken). */
interface Item {
  first: number
  last: number
  known: boolean
  /** Joined to the item before by و (not by a comma alone). */
  and: boolean
  found?: Found
}

/**
 * Places of no known class named in a list with places (بكل من القيروان وسبيطلة والجم وغيرها من المدن، مدن
 * طرابلس والميناء والبداوي، من كردفان ودارفور). A list is items joined by و or by commas; an item is a place
 * found before or one or two words no list knows. Its unknown items are places when the list follows a plural of
 * places (مدن، مناطق، المقاطعات الإدارية), holds two known places, ends in وغيرها, or opens after a preposition
 * of place with its unknown item right before a known place. Runs after the main pass, on words no recogniser took.
 */
export function findPlaceLists(scan: Scan, claimed: Uint8Array, found: readonly Found[]): Found[] {
  const { words } = scan
  // By first word, as an array: every word asks it once or twice, where a Map's look-up costs several times more.
  const placeAt: (Found | undefined)[] = new Array(words.length).fill(undefined)
  // What `listStart` asks first: a list may open only at a known place, two words before one, or at a plural of
  // places. Those words alone are tried, in text order: most words are none of them.
  const opens: number[] = []
  for (const f of found) {
    // سيول (Seoul, and floods) vouches for no list: it may be no place at all.
    if (f.kind !== 'location' || f.form !== 'name' || contextualCities.has(f.name)) continue
    const before = placeAt[f.first]
    if (!before) opens.push(f.first, f.first - 2)
    if (!before || f.last > before.last) placeAt[f.first] = f
  }
  const added: Found[] = []
  // Every list opens at a known place, a plural of places or a preposition of place: an article with no known place
  // has no list (a plural's items must hold a place, or a preposition's a known one after it) unless a plural heads one.
  for (let i = nextWordWith(scan, 0, WordFlag.PlaceListHead); i < words.length; ) {
    opens.push(i)
    i = nextWordWith(scan, i + 1, WordFlag.PlaceListHead)
  }
  if (opens.length === 0) return added
  sortIndices(opens)
  let reached = -1
  for (let o = 0; o < opens.length; o++) {
    const i = opens[o]!
    if (i <= reached || (o > 0 && i === opens[o - 1])) continue
    const start = listStart(scan, i, placeAt)
    if (!start) continue
    const items = listFrom(scan, claimed, placeAt, start.first)
    if (items.length === 0) continue
    reached = items[items.length - 1]!.last
    if (!listOfPlaces(scan, items, start.by)) continue
    for (const item of items) {
      if (item.known || !item.found) continue
      added.push(item.found)
      claimed.fill(1, item.first, item.last + 1)
    }
  }
  return added
}

/**
 * Sorts a short list of word indices in place, by insertion: the places come mostly in text order, and a comparator
 * called by `sort` costs more than the few moves.
 */
function sortIndices(list: number[]): void {
  for (let n = 1; n < list.length; n++) {
    const value = list[n]!
    let k = n
    while (k > 0 && list[k - 1]! > value) {
      list[k] = list[k - 1]!
      k--
    }
    list[k] = value
  }
}

type Opener = 'head' | 'place' | 'preposition'

/** The longest known place starting at each word. */
type PlaceAt = readonly (Found | undefined)[]

/** Where a list may start at word `i`: after a plural of places, at a known place, or after a preposition. */
function listStart(scan: Scan, i: number, placeAt: PlaceAt): { first: number; by: Opener } | undefined {
  const { words } = scan
  const word = words[i]!
  const place = placeAt[i]
  // Cheap tests first: most places end their sentence's list at once, most words open none.
  if (place) {
    if (!continues(scan, place.last + 1)) return undefined
    return { first: i, by: afterListHead(scan, i) ? 'head' : 'place' }
  }
  // The flag of all the word's readings first: a bit test spares most words the search of their readings.
  const head =
    (word.flags & WordFlag.PlaceListHead) !== 0
      ? word.bases.find((b) => b.cut <= 1 && (b.flags & WordFlag.PlaceListHead) !== 0)
      : undefined
  if (head) {
    // المقاطعات الإدارية الشراقة: past the plural's adjectives; a definite plural needs one (المناطق المشار إليها).
    let k = i + 1
    while (k < words.length && sameClause(scan, k) && isAdjectiveLike(words[k]!.norm) && k - i <= 2) k++
    const definite = head.base.startsWith('ال')
    const next = words[k]
    // عدد من المحافظات، مثل: عفيف، الدوادمي …: a word that introduces examples, after a comma or not, then the list.
    if (
      next &&
      next.sentence === word.sentence &&
      listIntroducerSet.has(next.norm) &&
      INTRO_GAP.test(next.gap)
    ) {
      const after = words[k + 1]
      if (after && after.sentence === word.sentence && INTRO_GAP.test(after.gap))
        return { first: k + 1, by: 'head' }
    }
    // مناطق وأنشطة: the first name follows the plural without و.
    if (next && sameClause(scan, k) && (!definite || k > i + 1) && next.norm[0] !== 'و')
      return { first: k, by: 'head' }
  }
  // من كردفان ودارفور: only an unknown name and a known place after و are read there.
  if (placeAt[i + 2] !== undefined && placePrepositionSet.has(word.norm) && sameClause(scan, i + 1)) {
    if (words[i + 2]!.norm[0] === 'و') return { first: i + 1, by: 'preposition' }
  }
  return undefined
}

/**
 * A plural of places stands right before word `i`, or before the head of the place there (مناطق حي السلم وبرج
 * البراجنة): the list is that plural's.
 */
function afterListHead(scan: Scan, i: number): boolean {
  const { words } = scan
  if (i > 0 && (words[i - 1]!.flags & WordFlag.PlaceListHead) !== 0) return sameClause(scan, i)
  return (
    i > 1 &&
    (words[i - 2]!.flags & WordFlag.PlaceListHead) !== 0 &&
    words[i - 1]!.bases.some((b) => b.cut === 0 && placeHeadSet.has(b.base)) &&
    sameClause(scan, i) &&
    sameClause(scan, i - 1)
  )
}

/** Word `k` may be a list's next item: in the same sentence, after و or a comma. */
function continues(scan: Scan, k: number): boolean {
  const { words } = scan
  const word = words[k]
  if (!word || word.sentence !== words[k - 1]!.sentence || !separatorGap(word.gap)) return false
  return word.norm[0] === 'و' || commaIn(word.gap)
}

/** White space, with a comma or a colon: what may stand before an introducer and after it. */
const INTRO_GAP = /^[\s،,:]+$/

/** The items of a list whose first item is at word `first`. */
function listFrom(scan: Scan, claimed: Uint8Array, placeAt: PlaceAt, first: number): Item[] {
  const { words } = scan
  const items: Item[] = []
  let j = first
  while (j < words.length) {
    let cut = 0
    let and = false
    if (items.length > 0) {
      // The next item: after و (joined, or a word of its own), a comma, or a comma and و.
      const gap = words[j]!.gap
      if (words[j]!.sentence !== words[first]!.sentence || !separatorGap(gap)) break
      if (words[j]!.norm === AND) {
        j++
        and = true
        if (j >= words.length || !spaceGap(words[j]!.gap)) break
      } else if (words[j]!.norm[0] === 'و' && words[j]!.bases.some((b) => b.cut === 1)) {
        cut = 1
        and = true
      } else if (!commaIn(gap)) break
    }
    const known = placeAt[j]
    if (known) {
      items.push({ first: j, last: known.last, known: true, and })
      j = known.last + 1
      continue
    }
    if (claimed[j]) break
    const name = unknownItem(scan, j, cut)
    if (!name || (name.last > name.first && claimed[name.last])) break
    items.push({ first: j, last: name.last, known: false, and, found: name })
    j = name.last + 1
  }
  return items
}

const AND = norm('و')
const SEPARATOR = /^\s*[،,]?\s*$/
const SPACE = /^\s+$/

// Most gaps are one space (a constant string, see words.ts): answered without the regexes.
function separatorGap(gap: string): boolean {
  return gap === ' ' || SEPARATOR.test(gap)
}

function commaIn(gap: string): boolean {
  return gap !== ' ' && COMMA.test(gap)
}

function spaceGap(gap: string): boolean {
  return gap === ' ' || SPACE.test(gap)
}

/** One or two words no list knows, and no verbal noun's shape (واستمرار الحصار is no place). */
function unknownItem(scan: Scan, j: number, cut: number): Found | undefined {
  const word = scan.words[j]!
  // خصوصاً، سعياً: an adverb in tanwin; المدن، والأماكن: a plural of places is no name.
  if (isFunctionWord(word) || looksVerbal(word) || TANWIN.test(word.raw)) return undefined
  if (word.bases.some((b) => b.cut <= 1 && (placeListHeadSet.has(b.base) || genericPlaceNounSet.has(b.base))))
    return undefined
  const base = readingWithCut(word, cut)
  if (!base || PRONOUN_SUFFIX.test(base.base) || VERBAL_NOUN.test(base.base.replace(/^ال/, '')))
    return undefined
  const name = placeName(scan, j, cut, true)
  // وسلمت مواقعها: a second word with a pronoun is the clause's object, not a name's word.
  if (name && name.last > j && PRONOUN_SUFFIX.test(scan.words[name.last]!.norm)) return undefined
  return name
}

const TANWIN = /[اى]?ً[اى]?$/

/** تطويرها، أبنائهم: a noun with a pronoun is no name. */
const PRONOUN_SUFFIX = /(?:ها|هم|هما|كم|نا)$/

/** Verbal nouns of the derived stems: استفعال، افتعال، انفعال، إفعال، تفعيل، تفاعل (and their plurals in ات). */
const VERBAL_NOUN = /^(?:است...ا.|ا.ت.ا.|ان..ا.|ا..ا.|ت..ي.|ت.ا..)(?:ات)?$/

/**
 * The items make a list of places, by what opens it, its known places, or وغيرها after it; its unknown items then
 * count when a known place follows them or the list ends there, at punctuation or وغيرها (a noun after the last
 * place, والبقاع وبمؤازرة طوافات تابعة …, goes on into the sentence).
 */
function listOfPlaces(scan: Scan, items: Item[], by: Opener): boolean {
  const lastKnown = items.findLastIndex((item) => item.known)
  const closed = listEnds(scan, items[items.length - 1]!)
  if (!closed) items.splice(lastKnown + 1)
  // A list's last item is joined by و (A، B وC); names parted by commas alone are tags or a heading.
  if (items.length < 2 || !items[items.length - 1]!.and) return false
  const unknown = items.filter((item) => !item.known).length
  const known = items.length - unknown
  if (unknown === 0) return false
  if (by === 'head') return known >= 1 || items.length >= 3
  if (known >= 2 || (known >= 1 && closedByOthers(scan, items[items.length - 1]!.last + 1))) return true
  // من كردفان ودارفور: after a preposition, an unknown name right before a known place.
  // فيضانات وسيول: a plural in ات is a common noun there.
  const [first, second] = items as [Item, Item]
  return (
    by === 'preposition' &&
    items.length === 2 &&
    !first.known &&
    second.known &&
    !first.found!.surface.endsWith('ات') &&
    !first.found!.surface.startsWith('ال')
  )
}

/**
 * The list ends after its last item: at the sentence's end, at punctuation, at وغيرها, or, after a name with the
 * article or of two words, where the clause goes on with a particle or the place the list is in (والكلاسة بمحافظة
 * حلب، والشفت في الشمال); not before و, which may join a noun of the sentence to the last item (والبقاع وبمؤازرة
 * طوافات), nor after an adverb with its tanwin unwritten (وسوريا وصولا الى).
 */
function listEnds(scan: Scan, last: Item): boolean {
  const { words } = scan
  const k = last.last + 1
  const word = words[k]
  if (!word || word.sentence !== words[k - 1]!.sentence) return true
  if (!spaceGap(word.gap) || closedByOthers(scan, k)) return true
  if (word.norm[0] === 'و' || !namelike(words, last)) return false
  return isFunctionWord(word) || placeAfterPreposition(word) || phraseAfterPreposition(word)
}

/** بمشاركة، لبحث: ب or ل on a word the news writes as an ordinary one opens a phrase of the clause. */
function phraseAfterPreposition(word: Word): boolean {
  const first = word.norm[0]
  if (first !== 'ب' && first !== 'ل') return false
  return word.bases.some((b) => b.cut === 1 && b.base.length >= 4 && commonWordSet.has(b.base))
}

function namelike(words: readonly Word[], item: Item): boolean {
  if (item.last > item.first) return true
  const word = words[item.first]!
  return word.bases.some((b) => b.cut <= 1 && b.base.startsWith('ال') && b.base.length > 4)
}

/** بمحافظة، بمدينة: ب on a place's head. */
function placeAfterPreposition(word: Word): boolean {
  return word.norm[0] === 'ب' && word.bases.some((b) => b.cut === 1 && placeHeadSet.has(b.base))
}

/** وغيرها، وغيرهما: the list's closing "and others" at word `k`. */
function closedByOthers(scan: Scan, k: number): boolean {
  const word = scan.words[k]
  return word !== undefined && andOthersSet.has(word.norm)
}

/** Word `k` belongs to the sentence of the word before it and no punctuation but a space parts them. */
function sameClause(scan: Scan, k: number): boolean {
  const { words } = scan
  return words[k]!.sentence === words[k - 1]!.sentence && spaceGap(words[k]!.gap)
}
