import type { Difference } from '../model/coverage.ts'
import { dateDifferences } from './dates.ts'
import { agree, quantitiesIn, sameQuantity } from './quantities.ts'
import { familyNames, keyedConflicts, type Mention, quantityKey } from './quantity-keys.ts'
import type { SentenceSpace } from './sentence-space.ts'

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
  ).map(
    ({ a, b }): Difference => ({
      kind: 'number',
      subject: a.quantity.label || b.quantity.label,
      values: [a, b].map((m) => valueOf(space, m)),
    }),
  )
  return [
    ...facts.flatMap((fact) => dateDifferences(space, fact, subjectOf(space, fact))),
    ...keyed,
    ...facts.flatMap((fact) => tollDifferences(space, fact, mentions)),
  ]
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
 * Tolls of one shared fact on which the articles disagree. Two tolls of different articles are paired when each is
 * the only one of the other article that counts the same victims (`sameQuantity`); the pairs are joined into groups,
 * and a group with one toll per article whose values do not all agree (`agree`) is a difference, marked
 * `developing`: a toll is only compared inside one fact, where the sentences say whose and when.
 */
function tollDifferences(space: SentenceSpace, fact: FactGroup, all: readonly Mention[]): Difference[] {
  const inFact = new Set(fact.map(([article, sentence]) => `${article}:${sentence}`))
  const mentions = all.filter((m) => m.quantity.developing && inFact.has(`${m.article}:${m.sentence}`))
  const group = mentions.map((_, i) => i)
  const find = (i: number): number => {
    while (group[i] !== i) i = group[i]!
    return i
  }
  const matches = (m: Mention, article: number) =>
    mentions.filter((n) => n.article === article && sameQuantity(m.quantity, n.quantity))
  mentions.forEach((m, i) => {
    mentions.forEach((n, k) => {
      if (k <= i || n.article === m.article) return
      const [mine, theirs] = [matches(m, n.article), matches(n, m.article)]
      if (mine.length === 1 && mine[0] === n && theirs.length === 1 && theirs[0] === m)
        group[find(k)] = find(i)
    })
  })
  const groups = new Map<number, Mention[]>()
  mentions.forEach((m, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), m])
  })
  const result: Difference[] = []
  for (const members of groups.values()) {
    const articles = new Set(members.map((m) => m.article))
    if (articles.size < 2 || articles.size !== members.length) continue
    if (members.every((m, i) => members.slice(i + 1).every((n) => agree(m.quantity, n.quantity)))) continue
    members.sort((m, n) => m.article - n.article)
    result.push({
      kind: 'number',
      subject: members.find((m) => m.quantity.label !== '')?.quantity.label ?? subjectOf(space, fact),
      developing: true,
      values: members.map((m) => valueOf(space, m)),
    })
  }
  return result
}

function valueOf(space: SentenceSpace, { article, sentence, quantity }: Mention) {
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
