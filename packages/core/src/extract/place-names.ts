import { placeNameAdjectiveSet as NAME_ADJECTIVES, norm, placeHeadSet } from './lexicon.ts'
import { matchPhrase } from './phrase-match.ts'
import { type Found, foundFrom, joined, type Scan } from './scan.ts'
import {
  isAccusativeNoun,
  isCalendarWord,
  isFunctionWord,
  isRoleWord,
  isVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base, Word } from './words.ts'

/** Ends of indefinite adjectives after a feminine head (مدينة كبيرة، قرية نائية، ولاية أمريكية). */
const INDEFINITE_ADJECTIVE = /(?:ة|ين|ون)$/

/**
 * Places the gazetteer does not know, named by their head noun in the construct state: `ولاية تكانت`،
 * `محافظة الحديدة`، `مدينة كيدي ماغا`, and after a dual head two places (`ولايتي الحوض الشرقي وكيدي ماغا`). The
 * name is one word, with a direction adjective or a second word of no known class; a known word after the head is
 * left to the gazetteer, and a common noun (ولاية الرئيس، مدينة كبيرة) names no place.
 */
export function matchPlaceHead(scan: Scan, i: number): Found[] | undefined {
  const head = scan.words[i]!
  const base = head.bases.find((b) => placeHeadSet.has(b.base))
  if (!base || !joined(scan.words, i + 1)) return undefined
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

function placeName(scan: Scan, j: number, cut: number): Found | undefined {
  const { words } = scan
  const word = words[j]!
  const base = word.bases.find((b) => b.cut === cut)
  if (!base || !isUnknownName(word, base)) return undefined
  const definite = base.base.startsWith('ال')
  if (!definite && (INDEFINITE_ADJECTIVE.test(base.base) || isAccusativeNoun(word))) return undefined
  let last = j
  const after = words[j + 1]
  if (after && joined(words, j + 1)) {
    if (NAME_ADJECTIVES.has(after.norm)) last = j + 1
    else if (
      !definite &&
      !after.norm.startsWith('ال') &&
      after.norm[0] !== 'و' &&
      isUnknownName(after, after.bases[0]!) &&
      !INDEFINITE_ADJECTIVE.test(after.norm) &&
      !isAccusativeNoun(after)
    ) {
      last = j + 1
    }
  }
  const found = foundFrom(scan, j, last, base, { kind: 'location', name: '' }, 'name', false)
  found.name = found.surface
  return found
}

/** A reading no lexicon knows: no name, title, role, function word, verb or date. */
function isUnknownName(word: Word, base: Base): boolean {
  if (word.number || base.base.length < 3 || base.flags !== 0) return false
  if (word.flags & (WordFlag.Starts | WordFlag.FunctionWord)) return false
  return (
    !isFunctionWord(word) && !isVerb(word) && !isCalendarWord(word) && !isRoleWord(word) && !titleHead(word)
  )
}
