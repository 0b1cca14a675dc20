import { FEATURE_COUNT, leadWeight, pairFeatures, termKind } from '../src/cluster/pair-features.ts'
import type { PairModel } from '../src/cluster/pair-model.ts'
import { articleSignals } from '../src/cluster/signals.ts'
import { type Article, storyOrder } from '../src/index.ts'
import { TermTable } from '../src/similarity/term-table.ts'

/** Pairs of articles with their features and whether gold puts them in one event. */
export interface PairRows {
  features: Float64Array[]
  labels: number[]
}

// As the story index weighs terms (story-index.ts): smoothed by pseudo-documents in which no term occurs.
const PRIOR_DOCUMENTS = 20

/**
 * The features of every pair of a corpus's articles that share a term, as the story index computes them: articles
 * in `storyOrder`, each compared with the earlier ones under the document frequencies of the articles so far.
 * Pairs with no term in common are left out: the index never links them.
 */
export function pairRows(articles: readonly Article[], event: ReadonlyMap<string, string>): PairRows {
  const table = new TermTable()
  const kind = termKind(table)
  const ordered = storyOrder(articles)
  const signals = ordered.map((article) => articleSignals(article, table, undefined))
  const df = new Map<number, number>()
  const rows: PairRows = { features: [], labels: [] }
  signals.forEach((own, j) => {
    for (const term of own.terms) df.set(term, (df.get(term) ?? 0) + 1)
    const idf = (term: number) => Math.log(1 + (j + 1 + PRIOR_DOCUMENTS) / ((df.get(term) ?? 0) + 1))
    const vector = (s: (typeof signals)[number]) => {
      const map = new Map<number, number>()
      let norm = 0
      s.terms.forEach((term, k) => {
        const value = s.weights[k]! * idf(term)
        map.set(term, value)
        norm += value * value
      })
      return { map, norm: Math.sqrt(norm) }
    }
    const mine = vector(own)
    for (let i = 0; i < j; i++) {
      const theirs = vector(signals[i]!)
      let dot = 0
      for (const [term, value] of theirs.map) dot += value * (mine.map.get(term) ?? 0)
      if (dot === 0) continue
      const cosine = dot / (mine.norm * theirs.norm)
      rows.features.push(
        pairFeatures(
          own,
          signals[i]!,
          cosine,
          kind,
          idf,
          [leadWeight(own, idf), leadWeight(signals[i]!, idf)],
          new Float64Array(FEATURE_COUNT),
        ),
      )
      const a = event.get(ordered[i]!.id)
      rows.labels.push(a !== undefined && a === event.get(ordered[j]!.id) ? 1 : 0)
    }
  })
  return rows
}

/**
 * Fits a logistic regression by Newton's method with an L2 penalty on the weights (not the bias): deterministic, so
 * the same rows always give the same weights. Answers bias and weights; the caller sets the threshold.
 */
export function fitLogistic(
  rows: PairRows,
  { l2 = 1, iterations = 25 }: { l2?: number; iterations?: number } = {},
): Omit<PairModel, 'threshold'> {
  const size = (rows.features[0]?.length ?? FEATURE_COUNT) + 1
  const beta = new Float64Array(size)
  const x = (row: Float64Array, i: number) => (i === 0 ? 1 : row[i - 1]!)
  for (let step = 0; step < iterations; step++) {
    const gradient = new Float64Array(size)
    const hessian = Array.from({ length: size }, () => new Float64Array(size))
    rows.features.forEach((row, n) => {
      let z = 0
      for (let i = 0; i < size; i++) z += beta[i]! * x(row, i)
      const p = 1 / (1 + Math.exp(-z))
      const w = p * (1 - p)
      for (let i = 0; i < size; i++) {
        gradient[i]! += (p - rows.labels[n]!) * x(row, i)
        for (let k = 0; k <= i; k++) hessian[i]![k]! += w * x(row, i) * x(row, k)
      }
    })
    for (let i = 1; i < size; i++) {
      gradient[i]! += l2 * beta[i]!
      hessian[i]![i]! += l2
    }
    for (let i = 0; i < size; i++) for (let k = i + 1; k < size; k++) hessian[i]![k] = hessian[k]![i]!
    const delta = solve(hessian, gradient)
    let change = 0
    for (let i = 0; i < size; i++) {
      beta[i]! -= delta[i]!
      change = Math.max(change, Math.abs(delta[i]!))
    }
    if (change < 1e-10) break
  }
  return { bias: beta[0]!, weights: Array.from(beta.subarray(1)) }
}

/** Solves a symmetric positive-definite system by Gaussian elimination with partial pivoting. */
function solve(matrix: Float64Array[], vector: Float64Array): Float64Array {
  const n = vector.length
  const a = matrix.map((row, i) => Float64Array.from([...row, vector[i]!]))
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r
    ;[a[col], a[pivot]] = [a[pivot]!, a[col]!]
    for (let r = col + 1; r < n; r++) {
      const factor = a[r]![col]! / a[col]![col]!
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!
    }
  }
  const out = new Float64Array(n)
  for (let r = n - 1; r >= 0; r--) {
    let sum = a[r]![n]!
    for (let c = r + 1; c < n; c++) sum -= a[r]![c]! * out[c]!
    out[r] = sum / a[r]![r]!
  }
  return out
}
