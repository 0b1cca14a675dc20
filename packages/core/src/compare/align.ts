import type { SentenceRef, SharedFact } from '../model/coverage.ts'
import { cosine, type SentenceSpace } from './sentence-space.ts'

/**
 * Two sentences of different articles report the same fact when each is the other's most similar sentence in the
 * other article (a mutual best match), their cosine reaches this, and they share at least MIN_SHARED content terms.
 * Mutual best matching keeps a sentence that merely shares the story's names with many others (who called whom,
 * the country's name) from being paired with its second-best neighbour.
 */
const SHARED_THRESHOLD = 0.2
const MIN_SHARED = 2

export interface Link {
  a: number
  i: number
  b: number
  j: number
  similarity: number
}

/** Mutual best matches between the sentences of every pair of articles. */
export function alignSentences(space: SentenceSpace): Link[] {
  const links: Link[] = []
  const { vectors } = space
  for (let a = 0; a < vectors.length; a++) {
    for (let b = a + 1; b < vectors.length; b++) {
      const left = vectors[a]!
      const right = vectors[b]!
      const scores = left.map((x) =>
        right.map((y) => {
          if (x === null || y === null) return 0
          const { similarity, shared } = cosine(x, y)
          return shared >= MIN_SHARED ? similarity : 0
        }),
      )
      const bestRight = scores.map((row) => argmax(row))
      const bestLeft = right.map((_, j) => argmax(scores.map((row) => row[j]!)))
      bestRight.forEach((j, i) => {
        if (j < 0 || bestLeft[j] !== i) return
        const similarity = scores[i]![j]!
        if (similarity >= SHARED_THRESHOLD) links.push({ a, i, b, j, similarity })
      })
    }
  }
  return links
}

function argmax(values: number[]): number {
  let best = -1
  let bestValue = 0
  values.forEach((value, index) => {
    if (value > bestValue) {
      best = index
      bestValue = value
    }
  })
  return best
}

/** Groups linked sentences (connected components), ordered by their first sentence in article order. */
export function sharedFacts(space: SentenceSpace, links: Link[]): SharedFact[] {
  const key = (article: number, sentence: number) => `${article}:${sentence}`
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(x, root)
    return root
  }
  const weakest = new Map<string, number>()
  for (const link of links) {
    const x = key(link.a, link.i)
    const y = key(link.b, link.j)
    if (!parent.has(x)) parent.set(x, x)
    if (!parent.has(y)) parent.set(y, y)
    const rx = find(x)
    const ry = find(y)
    const low = Math.min(link.similarity, weakest.get(rx) ?? 1, weakest.get(ry) ?? 1)
    if (rx !== ry) parent.set(ry, rx)
    weakest.set(rx, low)
  }
  const groups = new Map<string, { refs: [number, number][] }>()
  for (const x of parent.keys()) {
    const root = find(x)
    const [article, sentence] = x.split(':').map(Number) as [number, number]
    const group = groups.get(root) ?? { refs: [] }
    group.refs.push([article, sentence])
    groups.set(root, group)
  }
  return [...groups.entries()]
    .map(([root, group]) => {
      group.refs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
      const sentences: SentenceRef[] = group.refs.map(([article, index]) => ({
        articleId: space.articles[article]!.id,
        index,
      }))
      return { sentences, similarity: round(weakest.get(root)!), first: group.refs[0]! }
    })
    .sort((x, y) => x.first[0] - y.first[0] || x.first[1] - y.first[1])
    .map(({ sentences, similarity }) => ({ sentences, similarity }))
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
