import { COMMA } from '../segment/marks.ts'
import { displaySpan, type Found, foundFrom, joined, nextWordWith, type Scan } from './scan.ts'
import {
  givenNameBase,
  isAccusativeNoun,
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
  for (
    let d = nextWordWith(scan, 1, WordFlag.ScoringMinute);
    d < words.length;
    d = nextWordWith(scan, d + 1, WordFlag.ScoringMinute)
  ) {
    const minute = words[d]!
    const reading = minute.bases.find((b) => (b.flags & WordFlag.ScoringMinute) !== 0)
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
  for (
    let v = nextWordWith(scan, 0, WordFlag.ScoringVerb);
    v < words.length;
    v = nextWordWith(scan, v + 1, WordFlag.ScoringVerb)
  ) {
    const word = words[v]!
    if (word.bases.some((b) => b.cut <= 1 && (b.flags & WordFlag.ScoringVerb) !== 0))
      found.push(...scorersAfter(scan, v, claimed))
  }
  return found
}

const MAX_TEAM_WORDS = 2
const EACH = ['كل', 'من']

/**
 * The scorers a scoring verb lists after its team (سجل للضيوف، فلان وفلان وفلان؛ أحرز للهلال كل من فلان (ق 16)
 * وفلان): the team behind ل, then a comma or كل من, then names joined by و or commas, each perhaps followed by
 * brackets (the minute, هاتريك). The verb and its team vouch for the names as the minute does.
 */
function scorersAfter(scan: Scan, v: number, claimed: Uint8Array): Found[] {
  const { words } = scan
  const team = words[v + 1]
  if (!team || !joined(words, v + 1) || !team.norm.startsWith('لل')) return []
  let k = v + 2
  while (
    k < words.length &&
    k - v - 1 < MAX_TEAM_WORDS &&
    joined(words, k) &&
    words[k]!.norm.startsWith('ال')
  )
    k++
  const each = words[k]?.norm === EACH[0] && words[k + 1]?.norm === EACH[1] && joined(words, k + 1)
  if (each) k += 2
  else if (!words[k] || joined(words, k) || !COMMA.test(words[k]!.gap)) return []
  const found: Found[] = []
  const sentence = words[v]!.sentence
  for (let listed = 0; k < words.length && words[k]!.sentence === sentence; listed++) {
    const word = words[k]!
    const conjoined = listed > 0 && word.norm[0] === 'و' && !word.norm.startsWith('ال')
    if (listed > 0 && !conjoined && !COMMA.test(word.gap)) break
    // A name another recogniser took (محمد موسى) is one of the list all the same.
    if (claimed[k]) {
      let j = k
      while (j + 1 < words.length && claimed[j + 1] && joined(words, j + 1)) j++
      k = afterBrackets(scan, j + 1)
      continue
    }
    const last = scorerEnd(words, k, conjoined, claimed)
    const base = word.bases.find((b) => b.cut === (conjoined ? 1 : 0))
    if (last < 0 || !base) break
    claimed.fill(1, k, last + 1)
    const name = displaySpan(scan, k, last, base)
    const scorer = foundFrom(scan, k, last, base, { kind: 'person', name }, 'name', false)
    scorer.vouched = true
    found.push(scorer)
    k = afterBrackets(scan, last + 1)
  }
  return found
}

/** The last word of a listed scorer's name opening at word `k`, up to a punctuation mark or the next و; -1 if none. */
function scorerEnd(words: readonly Word[], k: number, conjoined: boolean, claimed: Uint8Array): number {
  let last = -1
  for (let j = k; j < words.length && j - k < MAX_SCORER_WORDS; j++) {
    const word = words[j]!
    if (j > k && (!joined(words, j) || (word.norm[0] === 'و' && !word.norm.startsWith('ال')))) break
    if (claimed[j]) break
    if (!isScorerWord(words, j, j === k && conjoined ? 1 : 0, true, true) && !(j > k && laterNameWord(word)))
      break
    last = j
  }
  return last
}

/** The word after a bracketed remark that opens at word `k` (هاتريك، ق 16), or `k` when none opens there. */
function afterBrackets(scan: Scan, k: number): number {
  const { words } = scan
  if (!words[k]?.gap.includes('(')) return k
  let j = k
  while (j + 1 < words.length && !words[j + 1]!.gap.includes(')')) j++
  return j + 1
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

function isScorerWord(
  words: readonly Word[],
  k: number,
  cut: number,
  last: boolean,
  listed = false,
): boolean {
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
  // بنزيما، كوستا: in a list of scorers a final alef is a name's, not tanwin.
  return !NOT_A_NAME.test(text) || (listed && LISTED_NAME.test(text))
}

/** سيف تيري: after a listed scorer's first word, any word short of a known class or a noun's shape. */
function laterNameWord(word: Word): boolean {
  const w = word.norm
  if (word.number || w.length < 3 || /^(?:لل|بال)|ة$/.test(w) || isAccusativeNoun(word)) return false
  return !isFunctionWord(word) && !isVerb(word) && !titleHead(word) && !isRoleWord(word)
}

/** Shapes NOT_A_NAME refuses that a listed scorer's name may have: a final alef, no verb or article shape. */
const LISTED_NAME = /^(?!ي..|ت...|لل|بال).*[^ةي]ا$/
