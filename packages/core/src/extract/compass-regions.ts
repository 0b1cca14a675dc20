import { compassNounSet, directionAdjectiveSet, partNounSet } from '../lang/ar/compiled-cues.ts'
import {
  commonWordSet,
  divisionHeadSet,
  featureHeadSet,
  nisbaPlaces,
  organizationHeadSet,
  placeHeadSet,
  placeNameAdjectiveSet,
  vicinityNounSet,
} from './lexicon.ts'
import { readingSet } from './reading-set.ts'
import { type Found, foundFrom, joined, nextSentenceWith, type Scan } from './scan.ts'
import { WordFlag } from './word-flags.ts'
import { type Base, readingIn, type Word } from './words.ts'

// Asked at every word: a bitmap of the lists' hashes answers no for almost every reading before a set is probed.
const isCompassNoun = readingSet(compassNounSet)
const isDirectionAdjective = readingSet(directionAdjectiveSet)

/**
 * الوسط الغربي، الشرق الأوسط: a compass noun with the article before a direction adjective names a region, written
 * so (after the main pass). Before a state's nisba (الجنوب اللبناني، بالشمال السوري) it is a compass part of the
 * state, no place of its own: the nisba names the state. The compass noun taken alone as a place (الشمال, a Lebanese
 * governorate) gives way to either.
 */
export function findCompassRegions(scan: Scan, claimed: Uint8Array, found: Found[]): Found[] {
  const { words } = scan
  const added: Found[] = []
  widenByDirection(scan, claimed, found)
  widenByCountryside(scan, claimed, found)
  // Both readings need a region word at j or at j - 1, joined to j: in j's sentence.
  for (
    let j = nextSentenceWith(scan, 1, WordFlag.RegionWord);
    j < words.length;
    j = nextSentenceWith(scan, j + 1, WordFlag.RegionWord)
  ) {
    if (claimed[j]) continue
    const compass = words[j - 1]!
    if (!claimed[j - 1] && isDirectionAdjective(words[j]!.bases[0]!) && joined(words, j)) {
      const noun = ofWhole(words, j + 1) ? undefined : directionNounReading(compass, words[j]!)
      if (noun) {
        const region = foundFrom(scan, j - 1, j, noun, { kind: 'location', name: '' }, 'name', false)
        region.name = region.surface
        added.push(region)
        claimed.fill(1, j - 1, j + 1)
        continue
      }
    }
    const base = compassReading(compass)
    if (!base || !joined(words, j)) continue
    const adjective = words[j]!
    // الجنوب إفريقي (a South African): an adjective without the article does not agree with the compass noun.
    if (!adjective.norm.startsWith('ال')) continue
    const state = nisbaPlaces.has(adjective.norm)
    if (!state && !placeNameAdjectiveSet.has(adjective.norm)) continue
    if (claimed[j - 1]) {
      const alone = placeAt(found, j - 1)
      if (alone < 0) continue
      found.splice(alone, 1)
    }
    // الشمال السوري، بالجنوب الليبي: a compass part of a state is no place of its own (the guideline lists the state,
    // which its nisba names); the compass noun is not the place الشمال either.
    if (state) {
      claimed[j - 1] = 1
      continue
    }
    const region = foundFrom(scan, j - 1, j, base, { kind: 'location', name: '' }, 'name', false)
    region.name = region.surface
    added.push(region)
    claimed.fill(1, j - 1, j + 1)
  }
  return added
}

// Loops, not closures: a closure that reads `j` would give every turn of the loop over the words a context to allocate.
function compassReading(word: Scan['words'][number]) {
  for (let m = 0; m < word.bases.length; m++) {
    const b = word.bases[m]!
    if (b.cut <= 1 && isCompassNoun(b)) return b
  }
  return undefined
}

const NOT_A_REGION =
  WordFlag.FunctionWord |
  WordFlag.TitleHead |
  WordFlag.RoleWord |
  WordFlag.GivenNameLoose |
  WordFlag.DefiniteOrganizationHead

/**
 * بالغوطة الشرقية، البادية الشمالية، الساحل الشمالي: a noun with the article that no list or count of news knows,
 * before a direction adjective of its gender, names a region. A common noun (المنطقة، الحدود), a place's or a body's
 * head, a title or a nisba is described by the adjective, not named; a broken plural takes a feminine adjective
 * (المناطق الشمالية) and so fails the agreement.
 */
function directionNounReading(noun: Word, adjective: Word): Base | undefined {
  if (noun.flags & NOT_A_REGION) return undefined
  const feminine = adjective.norm.endsWith('ة')
  for (const b of noun.bases) {
    const base = b.base
    if (b.cut > 2 || base.length < 5 || !base.startsWith('ال') || base.endsWith('ة') !== feminine) continue
    if (
      commonWordSet.has(base) ||
      nisbaPlaces.has(base) ||
      compassNounSet.has(base) ||
      partNounSet.has(base) ||
      placeHeadSet.has(base) ||
      featureHeadSet.has(base) ||
      organizationHeadSet.has(base)
    )
      return undefined
    return b
  }
  return undefined
}

/** بالضاحية الشرقية للولاية، البوابة الشمالية للملعب: the side of a whole named after it with ل and the article. */
function ofWhole(words: Scan['words'], k: number): boolean {
  const word = words[k]
  return word !== undefined && joined(words, k) && word.norm.startsWith('لل')
}

/** The index in `found` of a place of the one word `k`, or -1. */
function placeAt(found: readonly Found[], k: number): number {
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.first === k && f.last === k && f.kind === 'location') return n
  }
  return -1
}

/**
 * تونس الكبرى: a known place and a direction or size adjective after it name a region of their own, written so; the
 * place is then no mention of its own there. Not after a noun of its surroundings (بريف حلب الشمالي).
 */
function widenByDirection(scan: Scan, claimed: Uint8Array, found: Found[]): void {
  const { words } = scan
  for (const f of found) {
    if (f.kind !== 'location' || f.form !== 'name' || !f.known) continue
    const j = f.last + 1
    const adjective = words[j]
    if (!adjective || claimed[j] || !joined(words, j) || !placeNameAdjectiveSet.has(adjective.norm)) continue
    // بريف حلب الشمالي: after a noun of a place's surroundings the adjective is that noun's.
    const before = words[f.first - 1]
    if (before && joined(words, f.first) && readingIn(before, vicinityNounSet) !== undefined) continue
    f.last = j
    f.end = adjective.end
    f.name = scan.text.slice(f.start, f.end)
    f.surface = f.name
    f.known = false
    f.alternates = undefined
    claimed[j] = 1
  }
}

/**
 * ريف حلب، بريف إدلب الجنوبي: the countryside of a listed place is a region of its own, named with its noun (the
 * guideline keeps a unit's head); the place itself is named there no more. Its direction adjective is another form.
 */
function widenByCountryside(scan: Scan, claimed: Uint8Array, found: Found[]): void {
  const { words } = scan
  for (const f of found) {
    if (f.kind !== 'location' || f.form !== 'name' || !f.known || f.first === 0) continue
    const noun = words[f.first - 1]!
    if (claimed[f.first - 1] || !joined(words, f.first)) continue
    const base = countrysideReading(noun)
    // بريف محافظة السويداء: the countryside of a unit named with its head is a part of that unit, which stays named.
    if (!base || divisionHeadSet.has(words[f.first]!.norm)) continue
    const start = noun.start + base.cut
    f.first--
    f.start = start
    f.name = scan.text.slice(start, f.end)
    f.surface = f.name
    f.known = false
    f.alternates = undefined
    claimed[f.first] = 1
    const adjective = words[f.last + 1]
    if (
      adjective &&
      !claimed[f.last + 1] &&
      joined(words, f.last + 1) &&
      isDirectionAdjective(adjective.bases[0]!)
    )
      f.alternates = [scan.text.slice(start, adjective.end)]
  }
}

const COUNTRYSIDE = 'ريف'

function countrysideReading(word: Word): Base | undefined {
  for (let m = 0; m < word.bases.length; m++) {
    const b = word.bases[m]!
    if (b.cut <= 1 && b.base === COUNTRYSIDE) return b
  }
  return undefined
}
