/** Rows of features, each with its label (1 or 0). */
export interface LabelledRows {
  features: readonly ArrayLike<number>[]
  labels: readonly number[]
  /** How much each row counts in the likelihood (1 each when absent). */
  weights?: readonly number[]
}

export interface Logistic {
  bias: number
  weights: number[]
}

/**
 * Fits a logistic regression by Newton's method with an L2 penalty on the weights (not the bias): deterministic, so
 * the same rows always give the same weights. Answers bias and weights; the caller sets the threshold.
 */
export function fitLogistic(
  rows: LabelledRows,
  { l2 = 1, iterations = 25 }: { l2?: number; iterations?: number } = {},
): Logistic {
  const size = (rows.features[0]?.length ?? 0) + 1
  const beta = new Float64Array(size)
  const x = (row: ArrayLike<number>, i: number) => (i === 0 ? 1 : row[i - 1]!)
  for (let step = 0; step < iterations; step++) {
    const gradient = new Float64Array(size)
    const hessian = Array.from({ length: size }, () => new Float64Array(size))
    rows.features.forEach((row, n) => {
      let z = 0
      for (let i = 0; i < size; i++) z += beta[i]! * x(row, i)
      const p = 1 / (1 + Math.exp(-z))
      const weight = rows.weights?.[n] ?? 1
      const w = weight * p * (1 - p)
      for (let i = 0; i < size; i++) {
        gradient[i]! += weight * (p - rows.labels[n]!) * x(row, i)
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
