import { scoringMinuteSet } from './lexicon.ts'
import { displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import {
  givenNameBase,
  isFunctionWord,
  isKnownSurname,
  isRoleWord,
  isVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Word } from './words.ts'

const MAX_SCORER_WORDS = 3
const IN = 'في'
/**
 * Shapes of words that are no name: a verb's present (يسجل، تقدم), a noun with a preposition and the article
 * (للضيوف), a noun in ة, a tanwin alef (هدفا).
 */
const NOT_A_NAME = /^(?:ي..|ت...|لل|بال)|ة$|[^ي]ا$/

/**
 * Scorers of a match report, named before the minute of their goal (وأجايى فى الدقيقة 16، وإسلام محارب في
 * الدقيقة 92): up to three words back to a comma, a و or the sentence's start name a person when none of them is a
 * function word, a verb, a title or a common noun's shape. Transliterated names no list knows are common there, and
 * the minute vouches for them as a title would. Runs after the main pass, on words no recogniser took.
 */
export function findScorers(scan: Scan, claimed: Uint8Array): Found[] {
  const { words } = scan
  const found: Found[] = []
  for (let d = 1; d < words.length; d++) {
    const minute = words[d]!
    const reading = minute.bases.find((b) => scoringMinuteSet.has(b.base))
    if (!reading || !words[d + 1]?.number || !joined(words, d + 1) || !joined(words, d)) continue
    let last = d - 1
    if (reading.cut === 0) {
      if (words[last]?.norm !== IN) continue
      last--
    } else if (minute.norm[0] !== 'ب') continue
    if (last < 0 || !joined(words, last + 1)) continue
    const scorer = scorerBefore(scan, last, claimed)
    if (scorer) found.push(scorer)
  }
  return found
}

function scorerBefore(scan: Scan, last: number, claimed: Uint8Array): Found | undefined {
  const { words } = scan
  let first = -1
  let conjoined = false
  for (let k = last; k >= 0 && last - k < MAX_SCORER_WORDS; k--) {
    const word = words[k]!
    const cut = word.norm[0] === 'و' && !word.norm.startsWith('ال') ? 1 : 0
    if (claimed[k] || !isScorerWord(words, k, cut, k === last)) break
    first = k
    conjoined = cut === 1
    if (conjoined || !joined(words, k)) break
  }
  if (first < 0) return undefined
  // The scorer opens its clause: after و, a comma, a verb (أحرز) or the team it scored for (للضيوف).
  const before = words[first - 1]
  const opens =
    conjoined ||
    !before ||
    !joined(words, first) ||
    before.sentence !== words[first]!.sentence ||
    isVerb(before) ||
    before.bases.some((b) => b.cut > 0 && b.base.startsWith('ال') && before.norm.startsWith('لل'))
  if (!opens) return undefined
  const base = words[first]!.bases.find((b) => b.cut === (conjoined ? 1 : 0))
  if (!base) return undefined
  const name = displaySpan(scan, first, last, base)
  claimed.fill(1, first, last + 1)
  return foundFrom(scan, first, last, base, { kind: 'person', name }, 'name', false)
}

function isScorerWord(words: readonly Word[], k: number, cut: number, last: boolean): boolean {
  const word = words[k]!
  const text = word.norm.slice(cut)
  if (word.number || text.length < 3 || isVerb(word) || titleHead(word) || isRoleWord(word)) return false
  if (givenNameBase(word) !== undefined) return true
  if (isFunctionWord(word)) {
    // أحمد على في الدقيقة 55: a name spelt with ى after a given name, where a preposition would need its noun.
    const previous = words[k - 1]
    const spelt = word.raw.endsWith('ى') && (word.bases[0]!.flags & WordFlag.GivenNameLoose) !== 0
    return last && spelt && previous !== undefined && givenNameBase(previous) !== undefined
  }
  // A family name with the article ends a name of two words or more (والدوسري alone is the team's player too).
  if (text.startsWith('ال')) return (last || cut === 1) && (text.endsWith('ي') || isKnownSurname(word))
  return !NOT_A_NAME.test(text)
}
