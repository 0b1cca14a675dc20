import { numberWordValue } from '../lang/ar/quantities.ts'
import {
  againstWordSet,
  aggregateWordSet,
  earlierAlready,
  earlierWasSet,
  evenAfterSet,
  evenEachSet,
  goalCountByWord,
  goallessAfterDrawSet,
  goallessBeforeGoalsSet,
  goalsNounKey,
  halfWordSet,
  legByWord,
  needWordSet,
  nilWordSet,
  resultStemList,
  shootoutKickOfSet,
  shootoutKickSet,
  shootoutWordSet,
  zeroWordSet,
} from '../lang/ar/scores.ts'
import { norm } from '../lang/ar/spelling.ts'
import { asciiDigits } from '../normalize/read-number.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'

/** A match's result as a sentence states it: the winner's goals first, whatever order the text gives them in. */
export interface Score {
  high: number
  low: number
  /**
   * The result of the match, of its penalty shootout, of a half, of two legs summed, one a side needs, or one from
   * before the news (كان … قد).
   */
  of: 'match' | 'shootout' | 'half' | 'aggregate' | 'needed' | 'earlier'
  /** The leg a word near the score names (لقاء الذهاب … بهدفين مقابل هدف): the first leg's result is not the second's. */
  leg?: 'first' | 'second'
  /** Offsets into the sentence's text. */
  start: number
  end: number
}

// «2-1», «1- صفر», «(3-0)», «1_1»: two goals counts joined by a dash (or the underscore some pages type for one), no
// more digits, dots or slashes around (no date, no time).
const DIGITS = /(?<![\d٠-٩/.:_-])([\d٠-٩]{1,2}|صفر)\s*[-–_]\s*([\d٠-٩]{1,2}|صفر)(?![\d٠-٩/.:_-])/g
// The article and particles before a word of the result: الفوز، والتعادل، بالتعادل، بتعادله. Not ل: «يحتاج للفوز
// بهدف نظيف» is a result a side needs, not one it got.
const RESULT_PREFIX = /^[وف]?ب?(?:ال)?/
const RESULT_NOUN = norm('بنتيجة')
// Words before a score read for what it is the result of.
const KIND_REACH = 6

const goals = (text: string): number | null => {
  if (zeroWordSet.has(norm(text))) return 0
  const digits = asciiDigits(text)
  return /^\d+$/.test(digits) ? Number(digits) : null
}

/**
 * Whether a folded word (`norm`) is a word of the result (فاز، والتعادل، بتعادله), alone or after the article or a
 * particle (`بتحقيق الفوز`): a sentence with none states no score (`scoresIn`).
 */
export function isResultWord(word: string): boolean {
  if (word.length === 0) return false
  const bare = word.replace(RESULT_PREFIX, '')
  return resultStemList.some((stem) => word.startsWith(stem) || bare.startsWith(stem))
}

/**
 * The scores a sentence states beside a word of the result (فاز، تغلب، بنتيجة …), in digits or in words; with
 * `goalless`, a draw in words too: without goals (تعادل سلبي، بدون أهداف: 0-0) and with (بهدف لمثله، بهدف في كل شبكة:
 * 1-1).
 */
export function scoresIn(text: string, { goalless = false }: { goalless?: boolean } = {}): Score[] {
  // Most sentences name no result: the folded sentence is searched before its words are read.
  const folded = norm(text)
  if (!resultStemList.some((stem) => folded.includes(stem))) return []
  const tokens = tokenize(text)
  const words = tokens.map((token) => (token.kind === 'word' ? norm(token.text) : ''))
  if (!words.some((word) => isResultWord(word))) return []
  const found: Omit<Score, 'of'>[] = []
  for (const match of text.matchAll(DIGITS)) {
    const [a, b] = [goals(match[1]!), goals(match[2]!)]
    if (a === null || b === null) continue
    found.push({
      high: Math.max(a, b),
      low: Math.min(a, b),
      start: match.index,
      end: match.index + match[0].length,
    })
  }
  for (let k = 0; k < tokens.length; k++) {
    // «بثلاثة أهداف لهدف», or the goals after بنتيجة: «بنتيجة ثلاثة أهداف مقابل هدف».
    const inWords = words[k]!.startsWith('ب')
      ? wordScore(tokens, words, k, words[k]!.slice(1))
      : words[k - 1] === RESULT_NOUN
        ? wordScore(tokens, words, k, words[k]!)
        : null
    if (inWords !== null) found.push(inWords)
    else if (goalless && words[k]!.startsWith('ب')) {
      const even = evenScore(tokens, words, k)
      if (even !== null) found.push(even)
    }
    if (goalless && isGoallessAt(words, k))
      found.push({ high: 0, low: 0, start: tokens[k - 1]!.start, end: tokens[k]!.end })
  }
  // What a score is the result of is read back to the score before it (بركلات الترجيح 4-2 عقب التعادل 1-1).
  return found
    .sort((x, y) => x.start - y.start)
    .map((score, i, all) => ({
      ...score,
      ...kindOf(tokens, all[i - 1]?.end ?? 0, score, all[i + 1]?.start ?? text.length),
    }))
}

const DRAW_STEM = norm('تعادل')

/**
 * Whether word `k` closes a goalless draw in words: سلبي after a word of the draw, أهداف after بدون (once for
 * «التعادل السلبي دون أهداف»).
 */
function isGoallessAt(words: readonly string[], k: number): boolean {
  const before = words[k - 1]
  if (before === undefined || before.length === 0) return false
  if (goallessAfterDrawSet.has(words[k]!)) return before.replace(RESULT_PREFIX, '').startsWith(DRAW_STEM)
  return (
    words[k] === goalsNounKey &&
    goallessBeforeGoalsSet.has(before) &&
    !goallessAfterDrawSet.has(words[k - 2] ?? '')
  )
}

const EACH = norm('كل')
const EACH_BEFORE = /^(?:في|داخل)$/

/**
 * A draw with goals in words from token `k`: a side's goals after ب and the other's as many (بهدف لمثله), or a count
 * for each (بهدف في كل شبكة، بهدفين لكل فريق).
 */
function evenScore(tokens: readonly Token[], words: readonly string[], k: number): Omit<Score, 'of'> | null {
  const first = sideGoals(words, k, words[k]!.slice(1))
  if (first === null) return null
  let at = first.last + 1
  const after = words[at] ?? ''
  if (!evenAfterSet.has(after)) {
    // «في كل شبكة», «داخل كل شبكة», «لكل فريق»
    if (after === norm('لكل')) at += 1
    else if (EACH_BEFORE.test(after) && words[at + 1] === EACH) at += 2
    else return null
    if (!evenEachSet.has(words[at] ?? '')) return null
  }
  return { high: first.value, low: first.value, start: tokens[k]!.start, end: tokens[at]!.end }
}

/** A side's goals after ب (بهدفين، بثلاثة أهداف) and the other's: مقابل هدف، لهدف، نظيف، دون رد. */
function wordScore(
  tokens: readonly Token[],
  words: readonly string[],
  k: number,
  word: string,
): Omit<Score, 'of'> | null {
  const first = sideGoals(words, k, word)
  if (first === null) return null
  let at = first.last + 1
  const after = words[at] ?? ''
  let other: { value: number; last: number } | null = null
  if (nilWordSet.has(after)) other = { value: 0, last: at }
  else if (againstWordSet.has(after)) {
    at++
    other = sideGoals(words, at, words[at] ?? '')
  } else if (after.startsWith('ل')) other = sideGoals(words, at, after.slice(1))
  if (other === null || other.value > first.value) return null
  return { high: first.value, low: other.value, start: tokens[k]!.start, end: tokens[other.last]!.end }
}

/** Goals in words from token `k` (`words` folded, '' for a number), whose text without a clinging ب or ل is `word`. */
function sideGoals(
  words: readonly string[],
  k: number,
  word: string,
): { value: number; last: number } | null {
  if (word.length === 0) return null
  const count = goalCountByWord.get(word)
  if (count !== undefined) return { value: count, last: k }
  const units = numberWordValue(word)
  if (units !== undefined && words[k + 1] === goalsNounKey) return { value: units, last: k + 1 }
  return null
}

// Words after a score read for a shootout: (4-2) بركلات الترجيح.
const AFTER_REACH = 3

function kindOf(
  tokens: readonly Token[],
  from: number,
  score: { start: number; end: number },
  to: number,
): Pick<Score, 'of' | 'leg'> {
  const words = (list: readonly Token[]) => list.map((token) => norm(token.text).replace(/^ب/, ''))
  const preceding = words(tokens.filter((token) => token.start >= from && token.end <= score.start))
  const before = preceding.slice(-KIND_REACH)
  const was = preceding.findIndex((word) => earlierWasSet.has(word))
  const earlier = was >= 0 && preceding.slice(was + 1).includes(earlierAlready)
  const after = words(
    tokens.filter((token) => token.start >= score.end && token.end <= to).slice(0, AFTER_REACH),
  )
  const near = [...before, ...after]
  // «ذهاباً وإياباً» names both legs: no one leg's result.
  const legs = new Set(near.flatMap((word) => legByWord.get(word.replace(/^و/, '')) ?? []))
  const leg = legs.size === 1 ? [...legs][0] : undefined
  const of: Score['of'] = before.some((word) => needWordSet.has(word))
    ? 'needed'
    : earlier
      ? 'earlier'
      : near.some(
            (word, i) =>
              shootoutWordSet.has(word) ||
              (shootoutKickOfSet.has(word) && shootoutKickSet.has((near[i - 1] ?? '').replace(/^[ول]/, ''))),
          )
        ? 'shootout'
        : near.some((word) => aggregateWordSet.has(word))
          ? 'aggregate'
          : before.some((word) => halfWordSet.has(word))
            ? 'half'
            : 'match'
  return leg === undefined ? { of } : { of, leg }
}
