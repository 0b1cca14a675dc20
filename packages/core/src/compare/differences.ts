import type { Difference } from '../model/coverage.ts'
import { dateDifferences } from './dates.ts'
import { agree, type Quantity, quantitiesIn, sameQuantity } from './quantities.ts'
import type { SentenceSpace } from './sentence-space.ts'

/** A shared fact as article and sentence indices. */
export type FactGroup = [article: number, sentence: number][]

const SUBJECT_LENGTH = 120

/** Inside each shared fact: differing dates, and differing values of the same quantity. */
export function differences(space: SentenceSpace, facts: readonly FactGroup[]): Difference[] {
  return facts.flatMap((fact) => factDifferences(space, fact))
}

function factDifferences(space: SentenceSpace, fact: FactGroup): Difference[] {
  return [...dateDifferences(space, fact, subjectOf(space, fact)), ...quantityDifferences(space, fact)]
}

interface Mention {
  article: number
  sentence: number
  quantity: Quantity
}

/**
 * Quantities of one shared fact on which the articles disagree. Two quantities of different articles are paired
 * when each is the only one of the other article that counts or measures the same thing in the same unit
 * (`sameQuantity`); the pairs are joined into groups, and a group with one quantity per article whose values do not
 * all agree (`agree`) is a difference.
 */
function quantityDifferences(space: SentenceSpace, fact: FactGroup): Difference[] {
  const mentions: Mention[] = []
  const seen = new Set<string>()
  for (const [article, sentence] of fact) {
    if (seen.has(`${article}:${sentence}`)) continue
    seen.add(`${article}:${sentence}`)
    const source = space.articles[article]!
    const span = source.sentences[sentence]!
    const dates = space.extractions[article]!.dates
    const inDate = (at: number) =>
      dates.some((date) => span.start + at >= date.start && span.start + at < date.end)
    for (const quantity of quantitiesIn(span.text, inDate)) mentions.push({ article, sentence, quantity })
  }
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
      values: members.map(({ article, sentence, quantity }) => {
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
      }),
    })
  }
  return result
}

function subjectOf(space: SentenceSpace, fact: FactGroup): string {
  const [article, index] = fact[0]!
  const text = space.articles[article]!.sentences[index]!.text.trim()
  if (text.length <= SUBJECT_LENGTH) return text
  const cut = text.lastIndexOf(' ', SUBJECT_LENGTH)
  return `${text.slice(0, cut > 0 ? cut : SUBJECT_LENGTH)}…`
}
