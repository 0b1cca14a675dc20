import type { EntityView } from '../cluster/extraction-view.ts'
import type { Difference, DifferenceValue } from '../model/coverage.ts'
import { normalize } from '../normalize/normalize.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { dateDifferences } from './dates.ts'
import { locate, locateRole, sentenceAt } from './locate.ts'
import { agree, type Quantity, quantitiesIn, sameQuantity } from './quantities.ts'
import type { SentenceSpace } from './sentence-space.ts'

/** A shared fact as article and sentence indices. */
export type FactGroup = [article: number, sentence: number][]

const SUBJECT_LENGTH = 120

/**
 * Details on which the articles disagree: a person introduced by titles that share no word (نائب وزير الخارجية vs
 * المبعوث الخاص للشرق الأوسط), and, inside each shared fact, differing dates or differing numbers of the same unit.
 */
export function differences(space: SentenceSpace, facts: readonly FactGroup[]): Difference[] {
  return [...roleDifferences(space), ...facts.flatMap((fact) => factDifferences(space, fact))]
}

function roleDifferences(space: SentenceSpace): Difference[] {
  const byEntity = new Map<string, { article: number; entity: EntityView; terms: Set<number> }[]>()
  space.extractions.forEach((extraction, article) => {
    for (const entity of extraction.entities) {
      const roles = entity.roles ?? []
      if (roles.length === 0) continue
      const terms = new Set(roles.flatMap((role) => titleTerms(space, role)))
      if (terms.size === 0) continue
      const list = byEntity.get(entity.id) ?? []
      if (!list.some((item) => item.article === article)) list.push({ article, entity, terms })
      byEntity.set(entity.id, list)
    }
  })
  const result: Difference[] = []
  for (const [id, list] of byEntity) {
    const disagree = list.some((p, i) => list.slice(i + 1).some((q) => disjoint(p.terms, q.terms)))
    if (!disagree) continue
    const values: DifferenceValue[] = []
    for (const { article, entity } of list) {
      const value = roleValue(space, article, entity)
      if (value !== null) values.push(value)
    }
    if (values.length >= 2) result.push({ kind: 'role', subject: list[0]!.entity.name, entity: id, values })
  }
  return result
}

// Words that relate a person to another instead of naming an office (نظيره: his counterpart) say nothing a title
// could contradict.
const RELATIONAL = new Set(
  ['نظير', 'نظيره', 'نظيرها', 'زميل', 'زميله', 'ضيف', 'مضيف'].map((word) => normalize(word)),
)

/**
 * The words of a title that name an office: relational words and adjectives (nisba and other -ي/-ية forms: المصري,
 * الروسي) are left out, since «الرئيس» and «نظيره المصري» do not disagree.
 */
function titleTerms(space: SentenceSpace, role: string): number[] {
  const terms: number[] = []
  for (const token of tokenize(role)) {
    const word = normalize(token.text).replace(/^(وال|بال|لل|ال)/, '')
    if (RELATIONAL.has(word) || word.endsWith('ي') || word.endsWith('يه') || word.endsWith('ية')) continue
    const info = space.table.word(token)
    if (info.content) terms.push(info.term)
  }
  return terms
}

function disjoint(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const term of a) if (b.has(term)) return false
  return true
}

function roleValue(space: SentenceSpace, article: number, entity: EntityView): DifferenceValue | null {
  const source = space.articles[article]!
  const role = entity.roles![0]!
  const mention = entity.mentions?.[0]
  const span = mention !== undefined ? locateRole(source, role, mention) : locate(source, role)
  if (span === null) return null
  const sentence = sentenceAt(source, span.start)
  return {
    articleId: source.id,
    text: source.text.slice(span.start, span.end),
    ...(sentence !== undefined ? { sentence } : {}),
    start: span.start,
    end: span.end,
  }
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
