import type { RelatedStoryRow } from '../storage/repository.ts'

const DAY = 86_400_000
/** Days apart over which a related story's weight falls by a factor e. */
const DECAY_DAYS = 30
/** For a story with no known date: no evidence for or against being close in time. */
const UNDATED = 0.5

/**
 * Related stories ordered by shared-entity weight times closeness in time to `end` (the story's latest date):
 * a story naming the same minister a year later is less related than one naming her the same week.
 */
export function relatedByTime(
  end: string | undefined,
  rows: readonly RelatedStoryRow[],
): (RelatedStoryRow & { score: number })[] {
  const own = end === undefined ? Number.NaN : Date.parse(end)
  return rows
    .map((row) => {
      const other = row.latestKey === '' ? Number.NaN : Date.parse(row.latestKey)
      const apart = Math.abs(own - other) / DAY
      const factor = Number.isNaN(apart) ? UNDATED : Math.exp(-apart / DECAY_DAYS)
      return { ...row, score: Number((row.weight * factor).toFixed(6)) }
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
}
