// Pairing the same quantity across two articles, learned from the articles themselves: two mentions of one cue whose
// values agree are (nearly always) one quantity stated twice, and two whose values differ while each agrees with
// another mention of the other article are two quantities. A logistic regression over what stands around the two
// mentions (never their values) learns from those pairs which contexts state one quantity; each pair of articles'
// mentions of a cue is then matched one to one, most alike first, and a match whose values differ is a disagreement.
import type { FactGroup, NumberConflict } from '../src/compare/differences.ts'
import { CLOSE, close } from '../src/compare/leftovers.ts'
import { agree } from '../src/compare/quantities.ts'
import { type Mention, quantityKey } from '../src/compare/quantity-keys.ts'
import type { SentenceSpace } from '../src/compare/sentence-space.ts'
import {
  comparedMentions,
  contextWords,
  logRatio,
  close as near,
  overlap,
  placesApart,
  same,
} from '../src/compare/value-pairs.ts'
import { cueByKey } from '../src/lang/ar/quantities.ts'
import { logisticProbability } from '../src/learned/logistic-probability.ts'
import type { Logistic } from './logistic.ts'

export const MATCH_FEATURES = [
  'same key',
  'keys differ',
  'sentence cosine',
  'context overlap',
  'window overlap',
  'window people shared',
  'window people apart',
  'nearest person same',
  'nearest person differs',
  'same fact',
  'sentence places apart',
  'sentence place shared',
  'sentence people shared',
  'sentence people apart',
  'toll places differ',
  'both first of their cue',
  'both in the lead',
  'both in added time',
  'one in added time',
] as const

/** Two mentions of different articles that may state one quantity, their features and, where the texts tell, a label. */
export interface MatchPair {
  a: Mention
  b: Mention
  agree: boolean
  features: Float64Array
  /**
   * 1: exact values that agree; 0: values that differ where each agrees with another mention of the other article;
   * null: the texts do not tell (a range, an added minute of any half, a value with no partner).
   */
  label: 0 | 1 | null
}

export interface EventMentions {
  mentions: Mention[]
  hand: NumberConflict[]
  pairs: MatchPair[]
}

const LEAD = 2

export function matchPairs(space: SentenceSpace, facts: readonly FactGroup[]): EventMentions {
  const { mentions, conflicts, context } = comparedMentions(space, facts)
  const keys = new Map(mentions.map((m) => [m, quantityKey(context.text(m), m.quantity, context.names)]))
  const words = new Map(mentions.map((m) => [m, contextWords(context.text(m), m.quantity)]))
  const around = new Map(mentions.map((m) => [m, context.around(m)]))
  const byArticle = new Map<number, Mention[]>()
  for (const m of mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m])
  const first = (m: Mention) => byArticle.get(m.article)!.find((o) => same(o.quantity, m.quantity)) === m
  const agreesIn = (m: Mention, article: number, except: Mention) =>
    byArticle
      .get(article)!
      .some((o) => o !== except && same(o.quantity, m.quantity) && agree(o.quantity, m.quantity))
  const pairs: MatchPair[] = []
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const [m, n] = [mentions[i]!, mentions[j]!]
      if (m.article === n.article || !comparable(m, n)) continue
      const [a, b] = m.article < n.article ? [m, n] : [n, m]
      const agreeing = agree(a.quantity, b.quantity)
      const exact = a.quantity.exact !== null && b.quantity.exact !== null
      const label = agreeing
        ? exact
          ? 1
          : null
        : agreesIn(a, b.article, b) && agreesIn(b, a.article, a)
          ? 0
          : null
      pairs.push({ a, b, agree: agreeing, label, features: features(a, b) })
    }
  }
  return { mentions, hand: conflicts, pairs }

  function features(a: Mention, b: Mention): Float64Array {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!]
    const [sa, sb] = [around.get(a)!, around.get(b)!]
    return Float64Array.from([
      ka !== null && ka === kb ? 1 : 0,
      ka !== null && kb !== null && ka !== kb ? 1 : 0,
      context.likeness(a, b),
      overlap(words.get(a)!, words.get(b)!),
      overlap(sa.words, sb.words),
      overlap(sa.people, sb.people) > 0 ? 1 : 0,
      placesApart(sa.people, sb.people) ? 1 : 0,
      sa.nearest !== null && sa.nearest === sb.nearest ? 1 : 0,
      sa.nearest !== null && sb.nearest !== null && sa.nearest !== sb.nearest ? 1 : 0,
      context.sameFact(a, b) ? 1 : 0,
      placesApart(context.places(a), context.places(b)) ? 1 : 0,
      overlap(context.places(a), context.places(b)) > 0 ? 1 : 0,
      overlap(context.people(a), context.people(b)),
      placesApart(context.people(a), context.people(b)) ? 1 : 0,
      a.quantity.developing && a.where !== undefined && b.where !== undefined && a.where !== b.where ? 1 : 0,
      first(a) && first(b) ? 1 : 0,
      a.sentence < LEAD && b.sentence < LEAD ? 1 : 0,
      a.quantity.added !== undefined && b.quantity.added !== undefined ? 1 : 0,
      (a.quantity.added === undefined) !== (b.quantity.added === undefined) ? 1 : 0,
    ])
  }
}

/** The same cue in units that may agree (a count is never a share), progress of a count left out. */
function comparable(m: Mention, n: Mention): boolean {
  const [a, b] = [m.quantity, n.quantity]
  if (!same(a, b)) return false
  if (a.cue === null) return true
  if (cueByKey.get(a.cue)?.progress) return false
  return a.unit === b.unit || (a.unit !== '%' && b.unit !== '%')
}

export function chance(model: Logistic, features: Float64Array): number {
  return logisticProbability(model, features, features.length, 'quantity matching')
}

/**
 * Matches each pair of articles' mentions one to one, most alike first; a value an article states several times is
 * one value (its mentions that agree leave together). The matches whose values differ, at `threshold` or above.
 */
export function matchedDisagreements(
  pairs: readonly MatchPair[],
  model: Logistic,
  threshold: number,
): { a: Mention; b: Mention; p: number }[] {
  const scored = pairs
    .map((pair) => ({ pair, p: chance(model, pair.features) }))
    .sort((x, y) => y.p - x.p || Number(y.pair.agree) - Number(x.pair.agree))
  const used = new Map<string, Mention[]>()
  const taken = (m: Mention, other: number) =>
    (used.get(`${m.article}>${other}`) ?? []).some(
      (o) => o === m || (same(o.quantity, m.quantity) && agree(o.quantity, m.quantity)),
    )
  const take = (m: Mention, other: number) =>
    used.set(`${m.article}>${other}`, [...(used.get(`${m.article}>${other}`) ?? []), m])
  const out: { a: Mention; b: Mention; p: number }[] = []
  for (const { pair, p } of scored) {
    if (taken(pair.a, pair.b.article) || taken(pair.b, pair.a.article)) continue
    take(pair.a, pair.b.article)
    take(pair.b, pair.a.article)
    if (!pair.agree && p >= threshold) out.push({ a: pair.a, b: pair.b, p })
  }
  return out
}

/** What the second, supervised stage reads of a matched pair whose values differ, in the order of its weights. */
export const SECOND_FEATURES = [
  'match logit',
  'close values',
  'log ratio',
  'minute',
  'share',
  "a person's figure",
  'no cue',
  'same key',
  'several values of the cue',
  'nearest person differs',
] as const

/** A matched pair whose values differ, not a toll, that the rules do not already show for its two articles and cue. */
export interface MatchedCandidate {
  a: Mention
  b: Mention
  features: Float64Array
  /** The rules find no owner for either value of a person's figure (a scorer, a candidate). */
  ownerUnknown: boolean
}

const MIN_CHANCE = 1e-4

export function matchedCandidates(event: EventMentions, model: Logistic): MatchedCandidate[] {
  const shown = (a: Mention, b: Mention) =>
    event.hand.some(
      (c) => c.a.article === a.article && c.b.article === b.article && c.a.quantity.cue === a.quantity.cue,
    )
  const byPair = new Map(event.pairs.map((pair) => [pair, pair]))
  const pairOf = (a: Mention, b: Mention) => [...byPair.keys()].find((x) => x.a === a && x.b === b)!
  return matchedDisagreements(event.pairs, model, 0)
    .filter(({ a, b }) => !a.quantity.developing && !shown(a, b))
    .map(({ a, b, p }) => {
      const q = Math.min(Math.max(p, MIN_CHANCE), 1 - MIN_CHANCE)
      const cue = a.quantity.cue
      const person = cue !== null && cueByKey.get(cue)?.about === 'person'
      const match = pairOf(a, b).features
      const values = new Set(
        event.mentions
          .filter((m) => (m.article === a.article || m.article === b.article) && same(m.quantity, a.quantity))
          .map((m) => m.quantity.value),
      ).size
      const features = Float64Array.from([
        Math.log(q / (1 - q)),
        near(a.quantity, b.quantity) ? 1 : 0,
        logRatio(a.quantity, b.quantity),
        cue === 'minute' ? 1 : 0,
        a.quantity.unit === '%' ? 1 : 0,
        person ? 1 : 0,
        cue === null ? 1 : 0,
        match[0]!,
        Math.log(values),
        match[8]!,
      ])
      return { a, b, features, ownerUnknown: person && match[0] === 0 && match[1] === 0 }
    })
}

/**
 * Where elimination leaves one article or both with several values of a cue the other never gives, the pairing
 * model chooses among them: most alike first, each value once, close values (`CLOSE`) of no two named people, at
 * `threshold` or above.
 */
export function leftoverMatches(
  event: EventMentions,
  model: Logistic,
  threshold: number,
): { a: Mention; b: Mention; p: number }[] {
  const left = (m: Mention, other: number) =>
    !event.mentions.some(
      (n) => n.article === other && same(n.quantity, m.quantity) && agree(n.quantity, m.quantity),
    )
  const pairs = event.pairs.filter(
    ({ a, b, agree: agreeing, features }) =>
      !agreeing &&
      !a.quantity.developing &&
      a.quantity.cue !== null &&
      features[1] === 0 &&
      left(a, b.article) &&
      left(b, a.article) &&
      close(a.quantity, b.quantity, CLOSE) &&
      !event.hand.some(
        (c) => c.a.article === a.article && c.b.article === b.article && c.a.quantity.cue === a.quantity.cue,
      ),
  )
  return matchedDisagreements(pairs, model, threshold)
}
