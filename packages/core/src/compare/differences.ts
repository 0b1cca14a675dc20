import type { Difference } from '../model/coverage.ts'
import { dateDifferences } from './dates.ts'
import { quantitiesIn } from './quantities.ts'
import { familyNames, keyedConflicts, type Mention, quantityKey } from './quantity-keys.ts'
import { cosine, type SentenceSpace } from './sentence-space.ts'

/** A shared fact as article and sentence indices. */
export type FactGroup = [article: number, sentence: number][]

const SUBJECT_LENGTH = 120

/**
 * Differing dates inside each shared fact; differing values of one quantity anywhere in the articles (`keyedConflicts`:
 * the same cue, unit and, for a person's figure, the same person), one difference per pair of articles; and tolls
 * that differ inside a shared fact, marked `developing`.
 */
export function differences(space: SentenceSpace, facts: readonly FactGroup[]): Difference[] {
  const mentions = space.articles.flatMap((_, article) => articleQuantities(space, article))
  const names = familyNames(space)
  const text = (m: Mention) => space.articles[m.article]!.sentences[m.sentence]!.text
  const keyed = keyedConflicts(
    mentions.filter((m) => !m.quantity.developing),
    (m) => quantityKey(text(m), m.quantity, names),
    (m, n) => likeness(space, m, n),
  ).map(
    ({ a, b }): Difference => ({
      kind: 'number',
      subject: a.quantity.label || b.quantity.label,
      values: [a, b].map((m) => differingValue(space, m)),
    }),
  )
  return [
    ...facts.flatMap((fact) => dateDifferences(space, fact, subjectOf(space, fact))),
    ...keyed,
    ...measureDifferences(space, facts, mentions),
    ...tollDifferences(space, facts, mentions),
  ]
}

/**
 * Amounts without a cue but with a unit (200 مليون دولار لمشاريع التحلية), compared inside one shared fact only, where
 * the sentences say what they are for: by unit and counted noun, when no such amount of the fact agrees.
 */
function measureDifferences(
  space: SentenceSpace,
  facts: readonly FactGroup[],
  all: readonly Mention[],
): Difference[] {
  const measures = all.filter((m) => m.quantity.cue === null && m.quantity.unit !== null)
  const key = (m: Mention) => `${m.quantity.unit}|${[...m.quantity.nouns].sort().join(',')}`
  const shown = new Set<string>()
  return facts.flatMap((fact) => {
    const inFact = new Set(fact.map(([article, sentence]) => `${article}:${sentence}`))
    const mentions = measures.filter((m) => inFact.has(`${m.article}:${m.sentence}`))
    return keyedConflicts(mentions, key).flatMap(({ a, b }): Difference[] => {
      const pair = `${key(a)}:${a.article}:${b.article}`
      if (shown.has(pair)) return []
      shown.add(pair)
      return [
        {
          kind: 'number',
          subject: a.quantity.label || b.quantity.label,
          values: [a, b].map((m) => differingValue(space, m)),
        },
      ]
    })
  })
}

function likeness(space: SentenceSpace, m: Mention, n: Mention): number {
  const [x, y] = [space.vectors[m.article]![m.sentence], space.vectors[n.article]![n.sentence]]
  return x && y ? cosine(x, y).similarity : 0
}

/** Every quantity of an article's sentences, numbers inside its dates left out. */
function articleQuantities(space: SentenceSpace, article: number): Mention[] {
  const source = space.articles[article]!
  const dates = space.extractions[article]!.dates
  return source.sentences.flatMap((span, sentence) => {
    const inDate = (at: number) =>
      dates.some((date) => span.start + at >= date.start && span.start + at < date.end)
    return quantitiesIn(span.text, inDate).map((quantity) => ({ article, sentence, quantity }))
  })
}

/**
 * Tolls that differ, marked `developing`. A toll's sentence says whose and when (the dead in one province, in the
 * other country, in an older quake), so two articles' tolls are compared only inside one shared fact, and only when
 * no toll either article gives anywhere agrees with one the other gives.
 */
function tollDifferences(
  space: SentenceSpace,
  facts: readonly FactGroup[],
  all: readonly Mention[],
): Difference[] {
  const tolls = all.filter((m) => m.quantity.developing)
  const key = (m: Mention) => `${m.quantity.cue}|${m.quantity.unit ?? ''}`
  const pair = (a: Mention, b: Mention) => `${key(a)}:${a.article}:${b.article}`
  const apart = new Set(keyedConflicts(tolls, key).map(({ a, b }) => pair(a, b)))
  const shown = new Set<string>()
  const result: Difference[] = []
  for (const fact of facts) {
    const inFact = new Set(fact.map(([article, sentence]) => `${article}:${sentence}`))
    const mentions = tolls.filter((m) => inFact.has(`${m.article}:${m.sentence}`))
    for (const { a, b } of keyedConflicts(mentions, key)) {
      if (!apart.has(pair(a, b)) || shown.has(pair(a, b))) continue
      shown.add(pair(a, b))
      result.push({
        kind: 'number',
        subject: a.quantity.label || b.quantity.label,
        developing: true,
        values: [a, b].map((m) => differingValue(space, m)),
      })
    }
  }
  return result
}

function differingValue(space: SentenceSpace, { article, sentence, quantity }: Mention) {
  const source = space.articles[article]!
  const start = source.sentences[sentence]!.start + quantity.start
  const end = source.sentences[sentence]!.start + quantity.end
  return {
    articleId: source.id,
    text: source.text.slice(start, end),
    sentence,
    start,
    end,
    value: quantity.value,
  }
}

function subjectOf(space: SentenceSpace, fact: FactGroup): string {
  const [article, index] = fact[0]!
  const text = space.articles[article]!.sentences[index]!.text.trim()
  if (text.length <= SUBJECT_LENGTH) return text
  const cut = text.lastIndexOf(' ', SUBJECT_LENGTH)
  return `${text.slice(0, cut > 0 ? cut : SUBJECT_LENGTH)}…`
}
