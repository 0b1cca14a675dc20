import { type Score, scoresIn } from '../extract/match-scores.ts'
import { futureMarkerSet, norm, weekdayByName } from '../lang/ar/compiled.ts'
import { upcomingMatchWordSet } from '../lang/ar/scores.ts'
import { tokenize } from '../normalize/tokenize.ts'

/**
 * The results of a match that a lead states (`scoresIn`: 2-1, بهدفين مقابل هدف, تعادل سلبي, بهدف لمثله, winner's goals
 * first), each coded high × 100 + low, ascending. A half's score, a shootout's, two legs summed, a result a side needs and one from
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

const NEITHER = [false, false] as const

/** A lead that states no result: one shared empty array, as most articles are not of matches. */
export const NO_RESULTS = new Int32Array(0)

/**
 * Whether a lead announces a match still to be played: a verb of meeting or playing in the future or the adjective
 * of a match awaited (`upcomingMatchWords`: سيواجه، المباراة المرتقبة), or a weekday before a word of the future (يوم
 * الأحد المقبل). Read only in a lead that states no result (`matchResults`): a report of a match names the next one too.
 */
export function announcesMatch(lead: string): boolean {
  if (!UPCOMING_HINT.test(lead)) return false
  const words = tokenize(lead).map((token) => (token.kind === 'word' ? norm(token.text) : ''))
  return words.some(
    (word, i) =>
      upcomingMatchWordSet.has(word.replace(/^و/, '')) ||
      (futureMarkerSet.has(word) && weekdayByName.has(words[i - 1] ?? '')),
  )
}

// A cheap test of the letters the words of `announcesMatch` hold: most leads announce nothing.
const UPCOMING_HINT =
  /س[يت][\u064B-\u0652]?(?:واجه|لاقي|لتقي|خوض|ستضيف|حل|جمع|قام|جرى|لعب)|مرتقب|المقبل|القادم/

/**
 * Both leads state a match's result and none in common: two matches of the same clubs (a final's two legs, a
 * semi-final and the final), which share their teams, competition and most words. Or one lead states a result and the
 * other, announcing a match to come (`upcoming`, per lead: `announcesMatch`), states none: a preview and the match.
 */
export function resultsApart(
  a: Int32Array,
  b: Int32Array,
  upcoming: readonly [boolean, boolean] = NEITHER,
): boolean {
  if (a.length === 0 && b.length === 0) return false
  // One lead states a match's result, the other announces a match to come and states none: the preview and its match.
  if (a.length === 0 || b.length === 0) return a.length === 0 ? upcoming[0] : upcoming[1]
  for (const code of a) if (b.includes(code)) return false
  return true
}
