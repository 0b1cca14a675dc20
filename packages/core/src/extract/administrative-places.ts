import {
  commonWordSet,
  descentParticleSet,
  districtHeadSet,
  divisionHeadSet,
  givenNameSet,
  isCommonPlaceWord,
  looseDivisionHeadSet,
  norm,
  phrasesByFirstWord,
  strictNorm,
} from './lexicon.ts'
import { fits } from './phrase-match.ts'
import { addAlternate, displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import { isAccusativeNoun, isAdjectiveLike, isFunctionWord, isVerb } from './word-classes.ts'
import { type Base, bareOrConjoined } from './words.ts'

/**
 * Places of one state from a list of administrative divisions (`@marsad/core/places`): `country` is the `name` of an
 * entry of `countries`, `names` its governorates, districts and towns joined by |, `cued` those named only after a
 * head noun (عزلة سواخ), `towns` those of `names` that news names alone (الطائف), written as in `names`: a town of one
 * word is taken without a head where the article names its state, unless it is also an ordinary word or a given name.
 */
export interface PlaceList {
  country: string
  names: string
  cued: string
  towns?: string
}

/** A registered place: its normalised words, its name as the list writes it, and whether it needs a head noun. */
interface Division {
  words: readonly string[]
  name: string
  country: string
  /**
   * Taken only after a head noun: a name of one word (الخميس, a town and Thursday; مناعة, a commune and immunity: no
   * list here tells a town from a word), one that a person's name could be, or a list's `cued` name.
   */
  cued: boolean
  /** The list gave it as `cued`: a village or ʿuzla, named after its own head noun. */
  listCued: boolean
  /**
   * States whose list gives this name of one word as a town that reads as nothing else (`standsAlone`): there it needs
   * no head. A name may be a town of several (الناصرية of Iraq and a commune of Algeria).
   */
  alone: string[]
}

const FATHER = norm('أبو')

/** Registered places by their first normalised word, longest first. Empty until `registerPlaces` is called. */
const divisionsByFirstWord = new Map<string, Division[]>()

/** The state of every registered name, those the gazetteer finds included: a place found names its state. */
const stateOfPlace = new Map<string, string>()

/** Registered places of one word by their normalised name. */
const oneWordDivisions = new Map<string, Division>()

/**
 * Adds lists of administrative divisions to place recognition, for every `parseArticle` after the call (the lists
 * of `@marsad/core/places`; the Node API and the CLI register them at start). A name the gazetteer has is left to
 * it, and a name registered before keeps its first state: registering the same list twice changes nothing.
 */
export function registerPlaces(lists: readonly PlaceList[]): void {
  const touched = new Set<Division[]>()
  for (const list of lists) {
    const towns = new Set((list.towns ?? '').split('|'))
    for (const [names, cued] of [
      [list.names, false],
      [list.cued, true],
    ] as const) {
      for (const name of names.split('|')) {
        const key = norm(name).replace(/\s+/g, ' ').trim()
        if (key === '') continue
        const town = !cued && towns.has(name)
        if (stateOfPlace.has(key)) {
          if (town) alsoTownOf(key, list.country)
          continue
        }
        stateOfPlace.set(key, list.country)
        const words = key.split(' ')
        if (inGazetteer(words, key)) continue
        const alone = town && standsAlone(words)
        const division: Division = {
          words,
          name,
          country: list.country,
          cued: cued || needsHead(words),
          listCued: cued,
          alone: alone ? [list.country] : [],
        }
        touched.add(addDivision(key, division))
        // أبو تيج is written أبوتيج too: a listed name of two words that opens with أبو is known joined.
        if (words.length === 2 && words[0] === FATHER && !cued) {
          const solid = words.join('')
          if (!stateOfPlace.has(solid) && !inGazetteer([solid], solid)) {
            stateOfPlace.set(solid, list.country)
            const solidAlone = town && standsAlone([solid])
            touched.add(
              addDivision(solid, {
                ...division,
                words: [solid],
                cued: !solidAlone,
                alone: solidAlone ? [list.country] : [],
              }),
            )
          }
        }
        // A town news names alone is written with ه for its ة too (قلوه، المخواه).
        const informal = `${key.slice(0, -1)}ه`
        if (alone && key.endsWith('ة') && !stateOfPlace.has(informal) && !inGazetteer([informal], informal)) {
          stateOfPlace.set(informal, list.country)
          touched.add(addDivision(informal, { ...division, words: [informal], alone: [list.country] }))
        }
      }
    }
  }
  for (const entries of touched) entries.sort((a, b) => b.words.length - a.words.length)
}

function addDivision(key: string, division: Division): Division[] {
  const entries = divisionsByFirstWord.get(division.words[0]!) ?? []
  entries.push(division)
  if (division.words.length === 1) oneWordDivisions.set(key, division)
  divisionsByFirstWord.set(division.words[0]!, entries)
  return entries
}

/** A name another list registered first is a town of this state too (الناصرية, Algeria's and Iraq's). */
function alsoTownOf(key: string, state: string): void {
  const division = oneWordDivisions.get(key)
  if (division && !division.alone.includes(state) && standsAlone(division.words)) division.alone.push(state)
}

/**
 * A town of one word that reads as nothing else (الطائف، القطيف): no ordinary word of news, no given name, not short.
 * Such a town is named alone where its state is named (see `findAdministrativePlaces`).
 */
function standsAlone(words: readonly string[]): boolean {
  if (words.length !== 1) return false
  const word = words[0]!
  // دورا (Dura, a town of Palestine) is also دوراً (a role) with its tanween unwritten.
  if (word.endsWith('ا') && commonWordSet.has(`ال${word.slice(0, -1)}`)) return false
  return (
    word.length >= 4 &&
    // A town of an adjective's shape (الناصرية، البريمي) is one unless news uses the word as an ordinary one.
    !isCommonPlaceWord(word, false) &&
    !commonWordSet.has(word) &&
    !givenNameSet.has(strictNorm(word))
  )
}

function inGazetteer(words: readonly string[], key: string): boolean {
  return (phrasesByFirstWord.get(words[0]!) ?? []).some((phrase) => phrase.words.join(' ') === key)
}

/** A name of one word, or one that opens with a given name or بن (أحمد راشدي، ابن زياد): see `Division.cued`. */
function needsHead(words: readonly string[]): boolean {
  return words.length === 1 || givenNameSet.has(strictNorm(words[0]!)) || descentParticleSet.has(words[0]!)
}

/** A one-word name that is also an ordinary or a short word (الثورة، رصد): only a head of divisions vouches for it. */
function ordinary(division: Division): boolean {
  return (
    division.words.length === 1 &&
    division.alone.length === 0 &&
    (isCommonPlaceWord(division.words[0]!) || division.words[0]!.length < 4)
  )
}

/**
 * Registered administrative divisions on words no recogniser took (after the main pass): after a head noun
 * (ولاية، معتمدية، مديرية، عزلة …) any listed name of any state, otherwise a name that reads as nothing else, and
 * only in an article that names its state or another of the state's places (نفزة where تونس is named).
 */
export function findAdministrativePlaces(scan: Scan, claimed: Uint8Array, found: Found[]): Found[] {
  if (divisionsByFirstWord.size === 0) return []
  releaseDistricts(scan, claimed, found)
  releaseRegions(scan, claimed, found)
  const { words } = scan
  const matches: { division: Division; first: number; last: number; base: Base; head?: Base }[] = []
  for (let i = 0; i < words.length; i++) {
    if (claimed[i]) continue
    const match = divisionAt(scan, claimed, i)
    if (!match) continue
    matches.push(match)
    i = match.last
  }
  const added: Found[] = []
  const inBodies = bodiesNamedForTowns(scan, found)
  if (matches.length === 0 && inBodies.length === 0) return []
  const named = statesNamed(found, matches)
  for (const town of inBodies) {
    const state = headlessState(town.division, named)
    if (state === undefined) continue
    const place = foundFrom(
      scan,
      town.first,
      town.last,
      town.base,
      { kind: 'location', name: town.division.name, gloss: state },
      'name',
      true,
    )
    added.push(place)
  }
  for (const { division, first, last, base, head } of matches) {
    const state = head ? division.country : headlessState(division, named)
    if (state === undefined) continue
    if (!head && division.words.length === 1 && !townAlone(scan, first, base)) continue
    const place = foundFrom(
      scan,
      first,
      last,
      base,
      { kind: 'location', name: division.name, gloss: state },
      'name',
      true,
    )
    if (head) addAlternate(place, displaySpan(scan, first - 1, last, head))
    added.push(place)
    claimed.fill(1, first, last + 1)
  }
  return added
}

/**
 * مستشفى أبوتيج، مدرسة برطلة الابتدائية: a listed division that is the rest of a body's name after its head, but for
 * adjectives, is a place named inside the body (the guideline's `مجلس محافظة ذي قار`), where no place of the body's
 * words was found. Its state must be named as for a name with no head (`headlessState`).
 */
function bodiesNamedForTowns(
  scan: Scan,
  found: readonly Found[],
): { division: Division; first: number; last: number; base: Base }[] {
  const towns: { division: Division; first: number; last: number; base: Base }[] = []
  const { words } = scan
  for (let k = 0; k < found.length; k++) {
    const body = found[k]!
    if (body.kind !== 'organization' || body.known || body.last === body.first) continue
    const i = body.first + 1
    const next = found[k + 1]
    if (next && next.kind === 'location' && next.first >= body.first && next.last <= body.last) continue
    const base = words[i]!.bases[0]!
    const division = (divisionsByFirstWord.get(base.base) ?? []).find(
      (d) => !d.listCued && i + d.words.length - 1 <= body.last && fits(scan, i, d.words),
    )
    if (!division) continue
    const last = i + division.words.length - 1
    let rest = last + 1
    while (rest <= body.last && isAdjectiveLike(words[rest]!.norm)) rest++
    if (rest <= body.last) continue
    towns.push({ division, first: i, last, base })
  }
  return towns
}

/** The state a name with no head noun is a place of: its own where it needs no head, or one it is a town of. */
function headlessState(division: Division, named: ReadonlySet<string>): string | undefined {
  if (!division.cued && named.has(division.country)) return division.country
  return division.alone.find((state) => named.has(state))
}

/**
 * مديرية حزم العدين: a district, not a directorate, where the name after مديرية (or معتمدية) is a listed division
 * and nothing but adjectives follows it. Such a body found by the main pass gives its words back.
 */
function releaseDistricts(scan: Scan, claimed: Uint8Array, found: Found[]): void {
  const { words } = scan
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!
    if (f.kind !== 'organization' || f.last === f.first) continue
    if (!words[f.first]!.bases.some((b) => b.cut <= 2 && districtHeadSet.has(b.base))) continue
    const name = (divisionsByFirstWord.get(words[f.first + 1]!.norm) ?? []).find((division) =>
      fits(scan, f.first + 1, division.words),
    )
    if (!name) continue
    const rest = words.slice(f.first + name.words.length + 1, f.last + 1)
    if (!rest.every((word) => isAdjectiveLike(word.norm))) continue
    found.splice(k, 1)
    claimed.fill(0, f.first, f.last + 1)
  }
}

/**
 * جهة فاس مكناس: a listed division of two words or more after a head noun of divisions is one place, where the main
 * pass read its words as smaller places (فاس، مكناس) or as a person's name opening at the head (رئيس مجلس جهة سوس
 * ماسة). Those mentions, lying wholly inside the head and the name, give their words back.
 */
function releaseRegions(scan: Scan, claimed: Uint8Array, found: Found[]): void {
  const { words } = scan
  for (let i = 0; i + 2 < words.length; i++) {
    // Most words are refused by the next one's claim before their readings are read.
    if (!claimed[i + 1] || !joined(words, i + 1)) continue
    if (
      !words[i]!.bases.some(
        (b) => b.cut <= 2 && (divisionHeadSet.has(b.base) || looseDivisionHeadSet.has(b.base)),
      )
    )
      continue
    const division = (divisionsByFirstWord.get(words[i + 1]!.norm) ?? []).find(
      (d) => d.words.length > 1 && !d.listCued && fits(scan, i + 1, d.words),
    )
    if (!division) continue
    const last = i + division.words.length
    const inside: number[] = []
    let clean = true
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!
      if (f.last < i || f.first > last) continue
      if (f.first < i || f.last > last || (f.kind !== 'location' && f.kind !== 'person')) clean = false
      else inside.push(k)
    }
    if (!clean || inside.length === 0) continue
    for (let n = inside.length - 1; n >= 0; n--) {
      const f = found[inside[n]!]!
      claimed.fill(0, f.first, f.last + 1)
      found.splice(inside[n]!, 1)
    }
    i = last
  }
}

/** The longest registered name at word `i`, its first word read with or without its particles (بنفزة، ومعتمدية). */
function divisionAt(scan: Scan, claimed: Uint8Array, i: number) {
  const { words } = scan
  const word = words[i]!
  if (word.number) return undefined
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    for (const division of divisionsByFirstWord.get(base.base) ?? []) {
      const last = i + division.words.length - 1
      if (!fitsUnclaimed(scan, claimed, i, division.words)) continue
      // معتمدية عين دراهم: a short or ordinary name (عين) is a place's whole name only where the phrase ends.
      if (ordinary(division) && !phraseEnds(scan, last + 1)) continue
      const head = base.cut === 0 ? headBefore(scan, i, division) : undefined
      return { division, first: i, last, base, head }
    }
  }
  return undefined
}

/**
 * A town of one word with no head noun (`standsAlone`) where it can be nothing else: read whole or after و alone
 * (وبابها, و + بابها her door, also reads و + ب + أبها), without tanwin (دوراً), and ending its phrase before
 * punctuation, a particle, a verb or و (سراقب، وسنجة على، رادس قال، الديوانية وحالة), not a noun phrase going on
 * (مساكن المواطنين).
 */
function townAlone(scan: Scan, i: number, base: Base): boolean {
  const word = scan.words[i]!
  if (!bareOrConjoined(word, base) || isAccusativeNoun(word)) return false
  const next = scan.words[i + 1]
  return !next || !joined(scan.words, i + 1) || isFunctionWord(next) || isVerb(next) || next.norm[0] === 'و'
}

/** No name goes on at word `j`: it is missing, set apart by punctuation, a function word or an adjective. */
function phraseEnds(scan: Scan, j: number): boolean {
  const word = scan.words[j]
  return !word || !joined(scan.words, j) || isFunctionWord(word) || isAdjectiveLike(word.norm)
}

function fitsUnclaimed(scan: Scan, claimed: Uint8Array, i: number, phrase: readonly string[]): boolean {
  for (let k = 1; k < phrase.length; k++) {
    if (claimed[i + k] || !joined(scan.words, i + k) || scan.words[i + k]!.norm !== phrase[k]) return false
  }
  return true
}

/**
 * The reading of the word before word `i` that is a head noun vouching for `division` (بعزلة → عزلة): a loose head
 * (مدينة، منطقة، مركز) only for a name that is no ordinary word and no list's `cued` one.
 */
function headBefore(scan: Scan, i: number, division: Division): Base | undefined {
  const before = scan.words[i - 1]
  if (!before || !joined(scan.words, i)) return undefined
  const loose = !ordinary(division) && !division.listCued
  return before.bases.find(
    (b) => b.cut <= 2 && (divisionHeadSet.has(b.base) || (loose && looseDivisionHeadSet.has(b.base))),
  )
}

/**
 * States the article names: by a place found (its name, or the state its gloss gives) or by a registered place
 * after its head noun.
 */
function statesNamed(
  found: readonly Found[],
  matches: readonly { division: Division; head?: Base }[],
): Set<string> {
  const states = new Set<string>()
  for (const f of found) {
    if (f.kind !== 'location') continue
    states.add(f.name)
    if (f.gloss) states.add(f.gloss)
    // محافظة إب names Yemen as إب does: CLDR names a subdivision with its head where the bare name is a word.
    const key = norm(f.name)
    const state = stateOfPlace.get(key) ?? stateOfPlace.get(key.slice(key.indexOf(' ') + 1))
    if (state) states.add(state)
  }
  for (const match of matches) if (match.head) states.add(match.division.country)
  return states
}
