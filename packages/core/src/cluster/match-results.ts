import { scoresIn } from '../extract/match-scores.ts'

/**
 * The results of a match that a lead states (`scoresIn`: 2-1, بهدفين مقابل هدف, winner's goals first), each coded
 * high × 100 + low, ascending. A half's score, a shootout's, two legs summed, a result a side needs and one from
 * before the news are not the match's own and are left out.
 */
export function matchResults(lead: string): Int32Array {
  const codes = new Set<number>()
  for (const score of scoresIn(lead)) if (score.of === 'match') codes.add(score.high * 100 + score.low)
  return codes.size === 0 ? NO_RESULTS : Int32Array.from([...codes].sort((a, b) => a - b))
}

/** A lead that states no result: one shared empty array, as most articles are not of matches. */
export const NO_RESULTS = new Int32Array(0)

/**
 * Both leads state a match's result and none in common: two matches of the same clubs (a final's two legs, a
 * semi-final and the final), which share their teams, competition and most words.
 */
export function resultsApart(a: Int32Array, b: Int32Array): boolean {
  if (a.length === 0 || b.length === 0) return false
  for (const code of a) if (b.includes(code)) return false
  return true
}
