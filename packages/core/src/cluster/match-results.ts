import { type Score, scoresIn } from '../extract/match-scores.ts'

/**
 * The results of a match that a lead states (`scoresIn`: 2-1, بهدفين مقابل هدف, winner's goals first; a draw told in
 * words too, `goalless`: التعادل السلبي، بدون أهداف as 0-0, بهدف لمثله، بهدف في كل شبكة as 1-1), each coded
 * high × 100 + low, ascending. A half's score, a shootout's, two legs summed, a result a side needs and one from
 * before the news are not the match's own and are left out, and so are scores listed one after another with nothing
 * but commas and و between them: the sets of a tennis match (6-2، 3-6 و6-0), the parts or the other games of a round,
 * never one match's result.
 */
export function matchResults(lead: string): Int32Array {
  const codes = new Set<number>()
  const scores = scoresIn(lead, { goalless: true })
  scores.forEach((score, i) => {
    if (score.of !== 'match' || listed(lead, scores[i - 1], score) || listed(lead, score, scores[i + 1]))
      return
    codes.add(score.high * 100 + score.low)
  })
  return codes.size === 0 ? NO_RESULTS : Int32Array.from([...codes].sort((a, b) => a - b))
}

const LIST_GAP = /^[\s,،و]*$/

function listed(lead: string, before: Score | undefined, after: Score | undefined): boolean {
  return before !== undefined && after !== undefined && LIST_GAP.test(lead.slice(before.end, after.start))
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
