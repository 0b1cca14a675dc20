import { mulberry32 } from '../test/random.ts'

export interface Interval {
  low: number
  high: number
}

export interface BootstrapOptions {
  resamples?: number
  seed?: number
  /** The interval's coverage: 0.95 keeps the middle 95% of the resampled figures. */
  level?: number
}

const DEFAULTS = { resamples: 2000, seed: 1, level: 0.95 }

/**
 * Percentile bootstrap intervals over a batch's units (articles, pages): each resample draws as many units with
 * replacement, `measure` recomputes every figure from the drawn units' counts, and each figure's interval is the
 * middle `level` of its resampled values. A figure `measure` gives as NaN (nothing to count in that resample: no
 * quote found, no speaker to judge) is left out of its interval rather than counted as 0 or 1; a figure NaN in every
 * resample gets a NaN interval. Seeded, so a run repeats to the digit.
 */
export function bootstrap<T, K extends string>(
  units: readonly T[],
  measure: (sample: readonly T[]) => Record<K, number>,
  { resamples = DEFAULTS.resamples, seed = DEFAULTS.seed, level = DEFAULTS.level }: BootstrapOptions = {},
): Record<K, Interval> {
  const random = mulberry32(seed)
  const values = new Map<K, number[]>()
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from(units, () => units[Math.floor(random() * units.length)]!)
    for (const [name, value] of Object.entries(measure(sample)) as [K, number][]) {
      const list = values.get(name) ?? []
      if (!Number.isNaN(value)) list.push(value)
      values.set(name, list)
    }
  }
  const tail = (1 - level) / 2
  const intervals = {} as Record<K, Interval>
  for (const [name, list] of values) {
    list.sort((a, b) => a - b)
    intervals[name] = { low: quantile(list, tail), high: quantile(list, 1 - tail) }
  }
  return intervals
}

/** Linear interpolation between order statistics (Hyndman and Fan's type 7, R's default) of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

export const formatInterval = ({ low, high }: Interval) =>
  Number.isNaN(low) ? '—' : `${low.toFixed(2)}–${high.toFixed(2)}`

/** The heading of a table or line of intervals drawn with the defaults, `units` the things resampled. */
export const intervalsHeading = (units: string) =>
  `${DEFAULTS.level * 100}% bootstrap intervals, ${DEFAULTS.resamples.toLocaleString('en')} resamples (seed ${DEFAULTS.seed}) of the ${units}`
