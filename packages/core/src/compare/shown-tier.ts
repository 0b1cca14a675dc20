import type { Quantity } from './quantities.ts'
import { middle } from './quantity-keys.ts'

/**
 * The cues of an election's counts (votes, shares, turnout, seats): the only kind of difference whose first runs on
 * eleven story corpora no rule had seen kept a precision of 0.9 (core README, "Differences shown on unseen text,
 * round 27"). Match results, goal minutes, tolls, magnitudes, amounts, dates and roles fell between 0.0 and 0.82.
 */
const SHOWN_CUES: ReadonlySet<string> = new Set([
  'votes',
  'turnout',
  'registered',
  'cast',
  'invalid',
  'seats',
  'polling stations',
])

// Two values of one quantity this many times apart are two quantities read as one (a candidate's 791 ألفاً against
// a share's 75), not one count reported two ways.
const APART = 10

/**
 * Whether a number difference is shown as a disagreement; the rest are `tentative`: possible disagreements, listed
 * apart. A developing toll or running count is never shown, as its values may be of two hours.
 */
export function shownNumber(a: Quantity, b: Quantity, developing: boolean): boolean {
  if (developing) return false
  if (a.cue === null || a.cue !== b.cue || !SHOWN_CUES.has(a.cue)) return false
  const [low, high] = [middle(a), middle(b)].sort((x, y) => x - y) as [number, number]
  return low > 0 && high / low < APART
}
