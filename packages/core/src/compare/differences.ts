import type { EntityView } from '../cluster/extraction-view.ts'
import type { Difference, DifferenceValue } from '../model/coverage.ts'
import { normalize } from '../normalize/normalize.ts'
import { stem } from '../normalize/stem.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { dateDifferences } from './dates.ts'
import { locate, locateRole, sentenceAt } from './locate.ts'
import type { SentenceSpace } from './sentence-space.ts'

/** A shared fact as article and sentence indices. */
export type FactGroup = [article: number, sentence: number][]

const SUBJECT_LENGTH = 120
const DIGITS = { digits: true } as const

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
  const subject = subjectOf(space, fact)
  const result: Difference[] = dateDifferences(space, fact, subject)

  const units = new Map<string, Map<number, NumberMention[]>>()
  for (const [article, index] of fact) {
    for (const mention of numbersIn(space, article, index)) {
      const perArticle = units.get(mention.unit) ?? new Map<number, NumberMention[]>()
      perArticle.set(article, [...(perArticle.get(article) ?? []), mention])
      units.set(mention.unit, perArticle)
    }
  }
  for (const perArticle of units.values()) {
    if (perArticle.size < 2 || [...perArticle.values()].some((list) => list.length !== 1)) continue
    const mentions = [...perArticle.entries()].map(([article, [mention]]) => ({ article, mention: mention! }))
    if (mentions.every(({ mention }) => sameNumber(mention, mentions[0]!.mention))) continue
    result.push({
      kind: 'number',
      subject: mentions[0]!.mention.unitText,
      values: mentions.map(({ article, mention }) => {
        const source = space.articles[article]!
        return {
          articleId: source.id,
          text: source.text.slice(mention.start, mention.end),
          sentence: mention.sentence,
          start: mention.start,
          end: mention.end,
          value: mention.value,
        }
      }),
    })
  }
  return result
}

// Magnitude words: the unit is what follows them (120 مليار درهم and 11.7 مليار دولار count different things).
const MAGNITUDES = new Set(
  ['ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'تريليون'].map((word) => stem(word)),
)

/** Equal, or equal once the more precise figure is rounded to the other's decimals (48% and 48.03%). */
function sameNumber(a: NumberMention, b: NumberMention): boolean {
  const decimals = Math.min(decimalsOf(a.value), decimalsOf(b.value))
  return a.number.toFixed(decimals) === b.number.toFixed(decimals)
}

function decimalsOf(value: string): number {
  const point = value.indexOf('.')
  return point < 0 ? 0 : value.length - point - 1
}

interface NumberMention {
  unit: string
  unitText: string
  number: number
  value: string
  sentence: number
  start: number
  end: number
}

/** Numbers written in digits with the word (or % sign) that says what they count; numbers inside dates are left out. */
function numbersIn(space: SentenceSpace, article: number, index: number): NumberMention[] {
  const source = space.articles[article]!
  const sentence = source.sentences[index]!
  const dates = space.extractions[article]!.dates
  const tokens = tokenize(sentence.text)
  const result: NumberMention[] = []
  tokens.forEach((token, k) => {
    if (token.kind !== 'number') return
    const start = sentence.start + token.start
    const end = sentence.start + token.end
    if (dates.some((date) => start >= date.start && start < date.end)) return
    const value = normalize(token.text, DIGITS).replace(/,/g, '')
    const number = Number.parseFloat(value)
    if (Number.isNaN(number)) return
    const after = sentence.text.slice(token.end).trimStart()
    const next = tokens[k + 1]
    let unit: string | null = null
    let unitText = ''
    if (after.startsWith('%') || after.startsWith('٪')) {
      unit = '%'
      unitText = '%'
    } else if (next !== undefined && next.kind === 'word' && next.start - token.end <= 2) {
      const info = space.table.word(next)
      if (info.content) {
        unit = `w:${space.table.name(info.term)}`
        unitText = next.text
        const after = tokens[k + 2]
        if (
          MAGNITUDES.has(space.table.name(info.term)) &&
          after?.kind === 'word' &&
          after.start - next.end <= 2
        ) {
          unit += ` ${space.table.name(space.table.word(after).term)}`
          unitText = sentence.text.slice(next.start, after.end)
        }
      }
    }
    if (unit !== null) result.push({ unit, unitText, number, value, sentence: index, start, end })
  })
  return result
}

function subjectOf(space: SentenceSpace, fact: FactGroup): string {
  const [article, index] = fact[0]!
  const text = space.articles[article]!.sentences[index]!.text.trim()
  if (text.length <= SUBJECT_LENGTH) return text
  const cut = text.lastIndexOf(' ', SUBJECT_LENGTH)
  return `${text.slice(0, cut > 0 ? cut : SUBJECT_LENGTH)}…`
}
