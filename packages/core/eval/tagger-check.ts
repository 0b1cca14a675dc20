import { Start } from '../src/extract/lexicon.ts'
import { isFunctionWord, isVerb } from '../src/extract/word-classes.ts'
import { WordFlag } from '../src/extract/word-flags.ts'
import type { EntityKind } from '../src/model/extraction.ts'
import { key } from '../test/extraction/score.ts'
import { fitLogistic, type Logistic } from './logistic.ts'
import type { Addition } from './tagger-additions.ts'
import type { TaggedArticle } from './tagger-training.ts'

/**
 * A second look at the tagger's additions, one logistic regression per kind over what the entity as a whole shows
 * (the tagger judges word by word): its confidence, how often and in how many forms it is named, its length, and
 * what its first and last words are. Most of the tagger's wrong additions are a head noun alone (المجلس، الوزارة)
 * or a name run on into the next word; these features see both.
 */
export const CHECK_FEATURES = [
  'confidence',
  'low confidence',
  'mentions',
  'forms',
  'one word',
  'words',
  'article ال',
  'organisation head first',
  'place head first',
  'title first',
  'given name first',
  'function word last',
  'verb last',
  'known word last',
  'digits',
  'latin',
  'in headline',
  'last word elsewhere',
] as const

export function checkFeatures(article: TaggedArticle, addition: Addition): Float64Array {
  const { words } = article
  const best = addition.spans.reduce((a, b) => (b.confidence > a.confidence ? b : a))
  const first = words[best.first]!
  const last = words[best.last]!
  const reading = first.bases[Math.min(best.reading, first.bases.length - 1)]!
  const n = best.last - best.first + 1
  const lastKey = last.bases[last.bases.length - 1]!.base
  let elsewhere = 0
  words.forEach((word, i) => {
    if ((i < best.first || i > best.last) && word.bases.some((b) => b.base === lastKey)) elsewhere++
  })
  const headline = article.input.blocks.length > 1 ? words[0]?.block : -1
  const name = key(addition.entity.name)
  return Float64Array.from([
    addition.confidence / 10,
    addition.confidence < 0 ? 1 : 0,
    Math.log2(addition.entity.mentions.length),
    addition.entity.aliases.length > 0 ? 1 : 0,
    n === 1 ? 1 : 0,
    Math.min(n, 5) / 5,
    reading.base.startsWith('ال') ? 1 : 0,
    first.flags & Start.OrganizationHead ? 1 : 0,
    first.flags & Start.PlaceHead ? 1 : 0,
    first.flags & Start.Title ? 1 : 0,
    first.flags & Start.GivenName ? 1 : 0,
    n > 1 && isFunctionWord(last) ? 1 : 0,
    n > 1 && isVerb(last) ? 1 : 0,
    n > 1 && (last.flags & WordFlag.Known) !== 0 ? 1 : 0,
    /\d/.test(name) ? 1 : 0,
    /[a-z]/i.test(name) ? 1 : 0,
    addition.spans.some((span) => words[span.first]!.block === headline) ? 1 : 0,
    Math.min(elsewhere, 4) / 4,
  ])
}

export type CheckModel = Partial<Record<EntityKind, Logistic & { threshold: number }>>

export function checkProbability(model: Logistic, features: Float64Array): number {
  let z = model.bias
  for (let i = 0; i < features.length; i++) z += model.weights[i]! * features[i]!
  return 1 / (1 + Math.exp(-z))
}

/** An addition with its check features and whether the scorer would count it right (a gold entity the rules left). */
export interface CheckRow {
  kind: EntityKind
  features: Float64Array
  label: number
}

/**
 * Labels an article's additions: right when a name or alias is one of a gold entity of its kind that no entity of
 * the rules takes (as the scorer matches them).
 */
export function checkRows(article: TaggedArticle, added: readonly Addition[]): CheckRow[] {
  const ruleNames = new Set(
    article.entities.flatMap((entity) =>
      [entity.name, ...entity.aliases].map((n) => `${entity.kind}:${key(n)}`),
    ),
  )
  const open = new Set<string>()
  for (const entity of article.gold.entities) {
    if (entity.nisbaOnly) continue
    const names = [entity.name, ...(entity.aliases ?? [])].map((n) => `${entity.kind}:${key(n)}`)
    if (names.some((n) => ruleNames.has(n))) continue
    for (const n of names) open.add(n)
  }
  return added.map((addition) => ({
    kind: addition.entity.kind,
    features: checkFeatures(article, addition),
    label: [addition.entity.name, ...addition.entity.aliases].some((n) =>
      open.has(`${addition.entity.kind}:${key(n)}`),
    )
      ? 1
      : 0,
  }))
}

export function fitCheck(rows: readonly CheckRow[], kind: EntityKind, l2 = 1): Logistic | undefined {
  const own = rows.filter((row) => row.kind === kind)
  if (own.length < 10 || !own.some((row) => row.label === 1)) return undefined
  return fitLogistic(
    { features: own.map((row) => row.features), labels: own.map((row) => row.label) },
    { l2 },
  )
}
