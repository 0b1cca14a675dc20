// A learned decision over candidate value pairs, tried in round 7 and not shipped (the core README's "Differences
// (and clutter), round 7"): `eval/differences-loo.ts` measures it against the rules of
// `src/compare/differences.ts`.

import { type FactGroup, likeness, type NumberConflict, numberConflicts } from '../src/compare/differences.ts'
import { close as closeValues } from '../src/compare/leftovers.ts'
import { nameKey, type PersonNames } from '../src/compare/person-names.ts'
import { agree, type Quantity } from '../src/compare/quantities.ts'
import { type Mention, quantityKey } from '../src/compare/quantity-keys.ts'
import type { SentenceSpace } from '../src/compare/sentence-space.ts'
import { norm } from '../src/lang/ar/compiled.ts'
import { stopwordSet } from '../src/lang/ar/compiled-analysis.ts'
import { cueByKey, quantityWord } from '../src/lang/ar/quantities.ts'
import { tokenize } from '../src/normalize/tokenize.ts'

/** What the learned decision reads of a pair of two articles' values, in the order of its weights. */
export const VALUE_PAIR_FEATURES = [
  'hand rules',
  'same key',
  'person figure',
  'another person',
  'toll',
  'same fact',
  'sentence cosine',
  'log ratio',
  'context overlap',
  'agrees elsewhere',
  'values of the cue',
  'share',
  'minute',
  'measure',
  'toll places differ',
  'first of its cue',
  'toll place on one side',
  'places apart',
  'place shared',
  'close values',
  'people shared',
  'people apart',
  'window overlap',
  'window people shared',
  'window people apart',
  'nearest person same',
  'nearest person differs',
] as const

export const VALUE_PAIR_FEATURE_COUNT = VALUE_PAIR_FEATURES.length

/**
 * A logistic regression over `VALUE_PAIR_FEATURES`: the probability that two articles' values state one quantity
 * and so disagree, and the probability from which a pair is shown.
 */
export interface ValuePairModel {
  bias: number
  weights: readonly number[]
  threshold: number
}

/** Two differing values of different articles that may state one quantity. */
export interface ValuePair {
  a: Mention
  b: Mention
  features: Float64Array
}

export interface PairContext {
  names: PersonNames
  /** The sentence a mention stands in. */
  text(m: Mention): string
  /** Cosine of the two mentions' sentences. */
  likeness(m: Mention, n: Mention): number
  /** Whether the two mentions' sentences state one shared fact. */
  sameFact(m: Mention, n: Mention): boolean
  /** Whether the hand rules show this pair. */
  hand(m: Mention, n: Mention): boolean
  /** The words of the places named in the mention's sentence. */
  places(m: Mention): ReadonlySet<string>
  /** The people named in the mention's sentence. */
  people(m: Mention): ReadonlySet<string>
  /** What stands around the mention in its article, across sentence breaks. */
  around(m: Mention): Surroundings
}

/** The content words and the people within a few words of a mention, and the person named nearest to it. */
export interface Surroundings {
  words: ReadonlySet<string>
  people: ReadonlySet<string>
  nearest: string | null
}

// Words read on each side of a number for its context.
const CONTEXT = 4
const MAX_LOG_RATIO = 5

/**
 * Every pair of values of two articles that could be one quantity stated two ways: the same cue (the dead, a minute,
 * the votes) in units that may agree, or amounts without a cue in one unit counting one noun; values that agree
 * are no candidates.
 */
export function valuePairs(mentions: readonly Mention[], context: PairContext): ValuePair[] {
  const keys = new Map(mentions.map((m) => [m, quantityKey(context.text(m), m.quantity, context.names)]))
  const words = new Map(mentions.map((m) => [m, contextWords(context.text(m), m.quantity)]))
  const surroundings = new Map(mentions.map((m) => [m, context.around(m)]))
  const around = (m: Mention) => surroundings.get(m)!
  const byArticle = new Map<number, Mention[]>()
  for (const m of mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m])
  // The article's first value of a cue: a headline's or a lead's figure, the one the article stands by.
  const first = (m: Mention) => byArticle.get(m.article)!.find((o) => same(o.quantity, m.quantity)) === m
  const pairs: ValuePair[] = []
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const [m, n] = [mentions[i]!, mentions[j]!]
      if (m.article === n.article || !candidate(m.quantity, n.quantity)) continue
      const [a, b] = m.article < n.article ? [m, n] : [n, m]
      const [ka, kb] = [keys.get(a)!, keys.get(b)!]
      const cue = a.quantity.cue === null ? undefined : cueByKey.get(a.quantity.cue)
      const person = cue?.about === 'person'
      const elsewhere =
        byArticle
          .get(b.article)!
          .some((o) => o !== b && same(o.quantity, a.quantity) && agree(o.quantity, a.quantity)) ||
        byArticle
          .get(a.article)!
          .some((o) => o !== a && same(o.quantity, b.quantity) && agree(o.quantity, b.quantity))
      const values = new Set(
        [...byArticle.get(a.article)!, ...byArticle.get(b.article)!]
          .filter((o) => same(o.quantity, a.quantity))
          .map((o) => o.quantity.value),
      ).size
      const features = Float64Array.from([
        context.hand(a, b) ? 1 : 0,
        ka !== null && ka === kb ? 1 : 0,
        person ? 1 : 0,
        person && ka !== null && kb !== null && ka !== kb ? 1 : 0,
        a.quantity.developing ? 1 : 0,
        context.sameFact(a, b) ? 1 : 0,
        context.likeness(a, b),
        Math.min(MAX_LOG_RATIO, Math.abs(Math.log(middle(a.quantity) / middle(b.quantity)))),
        overlap(words.get(a)!, words.get(b)!),
        elsewhere ? 1 : 0,
        Math.log(values),
        a.quantity.unit === '%' ? 1 : 0,
        a.quantity.cue === 'minute' ? 1 : 0,
        a.quantity.cue === null ? 1 : 0,
        a.quantity.developing && a.where !== undefined && b.where !== undefined && a.where !== b.where
          ? 1
          : 0,
        first(a) && first(b) ? 1 : 0,
        a.quantity.developing && (a.where === undefined) !== (b.where === undefined) ? 1 : 0,
        placesApart(context.places(a), context.places(b)) ? 1 : 0,
        overlap(context.places(a), context.places(b)) > 0 ? 1 : 0,
        close(a.quantity, b.quantity) ? 1 : 0,
        overlap(context.people(a), context.people(b)),
        placesApart(context.people(a), context.people(b)) ? 1 : 0,
        overlap(around(a).words, around(b).words),
        overlap(around(a).people, around(b).people) > 0 ? 1 : 0,
        placesApart(around(a).people, around(b).people) ? 1 : 0,
        around(a).nearest !== null && around(a).nearest === around(b).nearest ? 1 : 0,
        around(a).nearest !== null && around(b).nearest !== null && around(a).nearest !== around(b).nearest
          ? 1
          : 0,
      ])
      pairs.push({ a, b, features })
    }
  }
  return pairs
}

/** The pair's probability of stating one quantity two ways. */
export function pairChance(model: ValuePairModel, features: Float64Array): number {
  let z = model.bias
  for (let i = 0; i < VALUE_PAIR_FEATURE_COUNT; i++) z += model.weights[i]! * features[i]!
  return 1 / (1 + Math.exp(-z))
}

/**
 * The pairs shown: at the model's threshold or above, most probable first, each value of an article (with the values
 * of it that agree) in one pair per pair of articles at most.
 */
export function chosenPairs(pairs: readonly ValuePair[], model: ValuePairModel): ValuePair[] {
  const scored = pairs
    .map((pair) => ({ pair, p: pairChance(model, pair.features) }))
    .filter(({ p }) => p >= model.threshold)
    .sort((x, y) => y.p - x.p || x.pair.a.sentence - y.pair.a.sentence)
  const chosen: ValuePair[] = []
  for (const { pair } of scored) {
    const taken = chosen.some(
      (other) =>
        other.a.article === pair.a.article &&
        other.b.article === pair.b.article &&
        (equivalent(other.a, pair.a) || equivalent(other.b, pair.b)),
    )
    if (!taken) chosen.push(pair)
  }
  return chosen
}

function equivalent(m: Mention, n: Mention): boolean {
  return same(m.quantity, n.quantity) && agree(m.quantity, n.quantity)
}

export function same(a: Quantity, b: Quantity): boolean {
  if (a.cue !== null || b.cue !== null) return a.cue === b.cue
  return a.unit !== null && a.unit === b.unit && [...a.nouns].some((noun) => b.nouns.has(noun))
}

function candidate(a: Quantity, b: Quantity): boolean {
  if (!same(a, b) || agree(a, b)) return false
  if (a.cue === null) return true
  if (cueByKey.get(a.cue)?.progress) return false
  // A count and a share of one cue (8 ملايين صوت، 84.30%) are two quantities; a unit left out is the same unit.
  return a.unit === b.unit || (a.unit !== '%' && b.unit !== '%')
}

export function middle(quantity: Quantity): number {
  const value =
    quantity.exact?.value ??
    (Number.isFinite(quantity.high) ? (quantity.low + quantity.high) / 2 : quantity.low)
  return Math.max(value, 1e-3)
}

export function contextWords(text: string, quantity: Quantity): Set<string> {
  const tokens = tokenize(text)
  const before = tokens.filter((t) => t.kind === 'word' && t.end <= quantity.start).slice(-CONTEXT)
  const after = tokens.filter((t) => t.kind === 'word' && t.start >= quantity.end).slice(0, CONTEXT)
  return new Set([...before, ...after].map((t) => quantityWord(t.text)))
}

// Two values this near (a minute apart, 48 and 49; 178,767 and 178,797) are more often one figure misreported than two.
const NEAR = { share: 0.1, units: 2 }

export const close = (a: Quantity, b: Quantity): boolean => closeValues(a, b, NEAR)

export function placesApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && overlap(a, b) === 0
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return shared / (a.size + b.size - shared)
}

/** The rules' conflicts of compared articles, and every candidate pair of their values with its features. */
export function candidatePairs(
  space: SentenceSpace,
  facts: readonly FactGroup[],
): { hand: NumberConflict[]; pairs: ValuePair[] } {
  const { mentions, conflicts, context } = comparedMentions(space, facts)
  return { hand: conflicts, pairs: valuePairs(mentions, context) }
}

/** The quantities of compared articles, the rules' conflicts, and what a pair's features read of them. */
export function comparedMentions(
  space: SentenceSpace,
  facts: readonly FactGroup[],
): { mentions: Mention[]; conflicts: NumberConflict[]; context: PairContext } {
  const { mentions, names, conflicts } = numberConflicts(space, facts)
  const id = (m: Mention, n: Mention) =>
    [m, n]
      .map((x) => `${x.article}:${x.sentence}:${x.quantity.start}`)
      .sort()
      .join('|')
  const shown = new Set(conflicts.map(({ a, b }) => id(a, b)))
  const factOf = new Map<string, number>()
  facts.forEach((fact, group) => {
    for (const [article, sentence] of fact) factOf.set(`${article}:${sentence}`, group)
  })
  const fact = (m: Mention) => factOf.get(`${m.article}:${m.sentence}`)
  const places = sentencePlaces(space)
  const people = sentencePeople(space, names)
  const context: PairContext = {
    names,
    text: (m) => space.articles[m.article]!.sentences[m.sentence]!.text,
    likeness: (m, n) => likeness(space, m, n),
    sameFact: (m, n) => fact(m) !== undefined && fact(m) === fact(n),
    hand: (m, n) => shown.has(id(m, n)),
    places: (m) => places[m.article]![m.sentence]!,
    people: (m) => people[m.article]![m.sentence]!,
    around: surroundingsOf(space, names),
  }
  return { mentions, conflicts, context }
}

/** Per article, per sentence: the words of the places the extraction found in it, folded (تركيا، سوريا، كونار). */
function sentencePlaces(space: SentenceSpace): ReadonlySet<string>[][] {
  return space.articles.map((article, a) => {
    const mentions = space.extractions[a]!.entities.filter((entity) => entity.kind === 'location').flatMap(
      (entity) => entity.mentions ?? [],
    )
    return article.sentences.map((sentence) => {
      const words = new Set<string>()
      for (const mention of mentions) {
        if (mention.start < sentence.start || mention.end > sentence.end) continue
        for (const word of article.text.slice(mention.start, mention.end).split(/\s+/))
          if (word.length > 0) words.add(nameKey(word))
      }
      return words
    })
  })
}

/** Per article, per sentence: the people of `names` its words name. */
function sentencePeople(space: SentenceSpace, names: PersonNames): ReadonlySet<string>[][] {
  return space.articles.map((article) =>
    article.sentences.map((sentence) => {
      const people = new Set<string>()
      for (const token of tokenize(sentence.text)) {
        const person = token.kind === 'word' ? names.get(nameKey(token.text)) : undefined
        if (person !== undefined) people.add(person)
      }
      return people
    }),
  )
}

// Words read on each side of a number across sentence breaks, and how far (in words) the nearest person is looked for.
const WINDOW = 10
const NEAREST_REACH = 30

/** The surroundings of a mention in its whole article: a goal's scorer may be named past a full stop. */
function surroundingsOf(space: SentenceSpace, names: PersonNames): (m: Mention) => Surroundings {
  const tokens = space.articles.map((article) => tokenize(article.text))
  const person = (token: { kind: string; text: string }) =>
    token.kind === 'word' ? (names.get(nameKey(token.text)) ?? null) : null
  return (m) => {
    const article = space.articles[m.article]!
    const list = tokens[m.article]!
    const start = article.sentences[m.sentence]!.start + m.quantity.start
    const end = article.sentences[m.sentence]!.start + m.quantity.end
    let k = list.findIndex((token) => token.end > start)
    if (k < 0) k = list.length
    let after = list.findIndex((token) => token.start >= end)
    if (after < 0) after = list.length
    const words = new Set<string>()
    const people = new Set<string>()
    for (const token of [...list.slice(Math.max(0, k - WINDOW), k), ...list.slice(after, after + WINDOW)]) {
      const name = person(token)
      if (name !== null) people.add(name)
      else if (token.kind === 'word' && !stopwordSet.has(norm(token.text)))
        words.add(quantityWord(token.text))
    }
    let nearest: string | null = null
    for (let d = 1; d <= NEAREST_REACH && nearest === null; d++) {
      const before = list[k - d]
      const next = list[after + d - 1]
      nearest = (before && person(before)) ?? (next && person(next)) ?? null
    }
    return { words, people, nearest }
  }
}
