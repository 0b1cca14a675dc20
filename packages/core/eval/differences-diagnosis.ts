// `pnpm --filter @marsad/core eval:differences-diagnosis [--developing] [differences-N …]`: why each annotated
// disagreement in numbers (with --developing, each developing toll too) of the development differences sets is missed, by the first step of `compare` that loses it, and each shown number
// difference that matches nothing annotated with the quantities it paired. Allow-listed: held-out sets are never read.
import { comparedSpace } from '../src/compare/index.ts'
import { numberConflicts } from '../src/compare/number-conflicts.ts'
import { agree } from '../src/compare/quantities.ts'
import type { Mention } from '../src/compare/quantity-keys.ts'
import { compareCoverage } from '../src/index.ts'
import { loadGold, readCached } from './cache.ts'
import { DEVELOPMENT_DIFFERENCES, DEVELOPMENT_STORIES } from './development-batches.ts'
import { bothPresent, eventArticles, overlaps, showsItem } from './differences.ts'
import type { DifferencesGold } from './gold-schema.ts'
import './deployed-lists.ts'

type Item = DifferencesGold['events'][number]['items'][number]

const withTolls = process.argv.includes('--developing')
const asked = process.argv.slice(2).filter((arg) => arg !== '--developing')
const allowed: readonly string[] = DEVELOPMENT_DIFFERENCES
for (const name of asked) {
  if (!allowed.includes(name)) throw new Error(`${name} is not a development differences set`)
}
const sets = loadGold('differences', asked.length > 0 ? asked : DEVELOPMENT_DIFFERENCES)
const stories = new Map(
  // Only development story corpora: a set made of any other is not read.
  loadGold(
    'stories',
    [...new Set(sets.map((gold) => gold.source))].filter((source) =>
      (DEVELOPMENT_STORIES as readonly string[]).includes(source),
    ),
  ).flatMap((corpus) =>
    corpus.articles.flatMap((gold) => {
      const text = readCached(gold.id)
      return text === null ? [] : [[gold.id, { gold, text }] as const]
    }),
  ),
)

const causes = new Map<string, number>()
const count = (cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1)

for (const gold of sets) {
  console.log(`## ${gold.corpus}`)
  for (const event of gold.events) {
    const articles = eventArticles(event, stories)
    if (articles.length < 2) continue
    const coverage = compareCoverage(articles)
    const texts = new Map(articles.map((article) => [article.id, article.text]))
    const { space, facts } = comparedSpace(articles)
    const { mentions, keyOf } = numberConflicts(space, facts)
    const at = (value: Item['a']) =>
      mentions.filter((m) => {
        const article = space.articles[m.article]!
        const start = article.sentences[m.sentence]!.start
        return (
          article.id === value.id &&
          overlaps({ start: start + m.quantity.start, end: start + m.quantity.end }, value)
        )
      })
    const factOf = (m: Mention) =>
      facts.findIndex((fact) => fact.some(([a, s]) => a === m.article && s === m.sentence))
    const describe = (m: Mention) =>
      `${m.quantity.value}${m.quantity.unit ? ` ${m.quantity.unit}` : ''} cue=${m.quantity.cue} key=${keyOf(m)}${m.quantity.developing ? ' toll' : ''} fact=${factOf(m)}`
    const context = (value: Item['a']) => {
      const text = texts.get(value.id) ?? ''
      return text.slice(Math.max(0, value.start - 90), value.end + 60).replace(/\s+/g, ' ')
    }
    const disagreements = event.items.filter((item) => item.kind !== 'titles')
    const shows = showsItem(articles)
    const covered = new Set<number>()
    for (const difference of coverage.differences) {
      const index = disagreements.findIndex((item) => shows(difference, item))
      if (index >= 0) covered.add(index)
      else {
        console.log(
          `WRONG ${event.event}: ${difference.kind}${difference.developing ? ' developing' : ''} «${difference.subject}»`,
        )
        for (const v of difference.values) {
          const text = texts.get(v.articleId) ?? ''
          console.log(
            `    ${v.articleId}: …${text.slice(Math.max(0, v.start - 90), v.end + 60).replace(/\s+/g, ' ')}…`,
          )
        }
      }
    }
    const present = new Set(articles.map((article) => article.id))
    disagreements.forEach((item, i) => {
      if (item.kind !== 'number' || (item.developing && !withTolls) || covered.has(i)) return
      if (!bothPresent(item, present)) {
        count('an article not in the cache (not scored)')
        return
      }
      const [left, right] = [at(item.a), at(item.b)]
      const cause = missCause(left, right, keyOf, factOf)
      count(cause)
      console.log(`MISSED [${cause}] ${event.event}: ${item.developing ? 'developing ' : ''}${item.subject}`)
      console.log(
        `    a ${item.a.id} «${(texts.get(item.a.id) ?? '').slice(item.a.start, item.a.end)}»: …${context(item.a)}… [${left.map(describe).join('; ')}]`,
      )
      console.log(
        `    b ${item.b.id} «${(texts.get(item.b.id) ?? '').slice(item.b.start, item.b.end)}»: …${context(item.b)}… [${right.map(describe).join('; ')}]`,
      )
    })
  }
}
console.log('\n| cause of a missed disagreement | count |\n| --- | ---: |')
for (const [cause, n] of [...causes].sort((x, y) => y[1] - x[1])) console.log(`| ${cause} | ${n} |`)

/** The first step that loses an annotated pair of values. */
function missCause(
  left: readonly Mention[],
  right: readonly Mention[],
  keyOf: (m: Mention) => string | null,
  factOf: (m: Mention) => number,
): string {
  if (left.length === 0 || right.length === 0) return 'number not read'
  const keyed = (list: readonly Mention[]) => list.filter((m) => keyOf(m) !== null)
  if (keyed(left).length === 0 || keyed(right).length === 0) {
    const cueless = [...left, ...right].some((m) => m.quantity.cue === null)
    return cueless ? 'no cue: what it counts unknown' : 'cue, but no person found for it'
  }
  const pairs = keyed(left).flatMap((m) => keyed(right).map((n) => [m, n] as const))
  const same = pairs.filter(([m, n]) => keyOf(m) === keyOf(n))
  if (same.length === 0) return 'keyed as different quantities'
  if (same.every(([m, n]) => agree(m.quantity, n.quantity))) return 'same key, values judged to agree'
  if (same.some(([m]) => m.quantity.developing)) {
    return same.some(([m, n]) => factOf(m) >= 0 && factOf(m) === factOf(n))
      ? 'toll in one fact, left out (place, or another toll agrees)'
      : 'toll not in one shared fact'
  }
  return 'same key, differ, not shown (another value agrees, or another mention shown)'
}
