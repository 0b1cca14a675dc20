import { analyze } from '../src/index.ts'

/**
 * The reference point: plain TF-IDF vectors (light stems, function words dropped, sublinear tf) grouped by
 * average-link agglomerative clustering at a cosine threshold. Quadratic: for evaluation corpora only.
 */
export function averageLinkClusters(texts: readonly string[], threshold: number): number[] {
  return averageLink(cosineMatrix(texts), threshold)
}

export function cosineMatrix(texts: readonly string[]): Float64Array[] {
  const bags = texts.map((text) => {
    const counts = new Map<string, number>()
    for (const { term } of analyze(text, { dropStopwords: true }))
      counts.set(term, (counts.get(term) ?? 0) + 1)
    return counts
  })
  const df = new Map<string, number>()
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const vectors = bags.map((bag) => {
    const vector = new Map<string, number>()
    let norm = 0
    for (const [term, count] of bag) {
      const weight = (1 + Math.log(count)) * Math.log(1 + texts.length / df.get(term)!)
      vector.set(term, weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (const [term, weight] of vector) vector.set(term, weight / norm)
    return vector
  })
  return vectors.map((a) =>
    Float64Array.from(vectors, (b) => {
      let dot = 0
      for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0)
      return dot
    }),
  )
}

/** Cluster labels (the index of each item's cluster) from a similarity matrix, merging while the mean link ≥ threshold. */
export function averageLink(similarity: readonly Float64Array[], threshold: number): number[] {
  let clusters = similarity.map((_, i) => [i])
  for (;;) {
    let best = -1
    let pair: [number, number] = [0, 0]
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let total = 0
        for (const i of clusters[a]!) for (const j of clusters[b]!) total += similarity[i]![j]!
        const mean = total / (clusters[a]!.length * clusters[b]!.length)
        if (mean > best) {
          best = mean
          pair = [a, b]
        }
      }
    }
    if (best < threshold) break
    const [a, b] = pair
    clusters[a] = [...clusters[a]!, ...clusters[b]!]
    clusters = clusters.filter((_, i) => i !== b)
  }
  const labels = new Array<number>(similarity.length)
  clusters.forEach((members, label) => {
    for (const i of members) labels[i] = label
  })
  return labels
}
