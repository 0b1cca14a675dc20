// A learned decision over candidate value pairs: two differing values of two articles that may state one quantity
// (the same cue, or one unit and counted noun), read by what stands around them (the same person near both, the
// words around them, how near the values are). The package adds the pairs it decides to the rules' conflicts
// (`learnedConflicts`); `eval/differences-loo.ts` measures it leave-one-set-out, `eval/train-value-pairs.ts` fits it.

import { norm } from '../lang/ar/compiled.ts'
import { stopwordSet } from '../lang/ar/compiled-analysis.ts'
import { cueByKey, quantityWord } from '../lang/ar/quantities.ts'
import { logisticProbability } from '../learned/logistic-probability.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'
import { close as closeValues } from './leftovers.ts'
import { type FactGroup, likeness, type NumberConflict, numberConflicts } from './number-conflicts.ts'
import { nameKey, type PersonNames } from './person-names.ts'
import { agree, type Quantity } from './quantities.ts'
import { type Mention, middle } from './quantity-keys.ts'
import type { SentenceSpace } from './sentence-space.ts'
import { VALUE_PAIR_WEIGHTS } from './value-pair-weights.ts'

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
  /** What the mention is about (`quantityKey`). */
  key(m: Mention): string | null
  /** The words of the mention's sentence before and after it, a few each side. */
  words(m: Mention): ReadonlySet<string>
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
export function valuePairs(
  mentions: readonly Mention[],
  context: PairContext,
  wanted: (a: Mention, b: Mention) => boolean = () => true,
  model?: ValuePairModel,
): ValuePair[] {
  const unreachable = model === undefined ? undefined : cannotReach(model)
  // Read once per mention, and only for the mentions of a wanted pair.
  const keys = context.key
  const words = memo(context.words)
  const around = memo(context.around)
  // Only mentions of one cue (or, without one, of one unit) can be one quantity: pairs, and the values a feature
  // counts, are sought inside such groups, in the mentions' order; a minute of a substitution or a card is no goal's.
  const groupOf = (m: Mention) =>
    m.quantity.cue === null
      ? `unit:${m.quantity.unit}`
      : `${m.quantity.cue}${m.quantity.moment === undefined ? '' : `:${m.quantity.moment}`}`
  const groups = new Map<string, number[]>()
  const inArticle = new Map<string, Mention[]>()
  mentions.forEach((m, i) => {
    const group = groupOf(m)
    groups.set(group, [...(groups.get(group) ?? []), i])
    const own = `${m.article}|${group}`
    inArticle.set(own, [...(inArticle.get(own) ?? []), m])
  })
  const alike = (m: Mention, article: number) =>
    (inArticle.get(`${article}|${groupOf(m)}`) ?? []).filter((o) => same(o.quantity, m.quantity))
  // The article's first value of a cue: a headline's or a lead's figure, the one the article stands by.
  const first = memo((m) => alike(m, m.article)[0] === m)
  // Whether an article states a value of the mention's quantity that agrees with it, and how many values of that
  // quantity the mention's article and another state: once per mention and article.
  const agreesIn = memoIn((m, article) =>
    alike(m, article).some((o) => o !== m && agree(o.quantity, m.quantity)),
  )
  const valuesWith = memoIn(
    (m, article) => new Set([...alike(m, m.article), ...alike(m, article)].map((o) => o.quantity.value)).size,
  )
  const pairs: ValuePair[] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    for (const j of groups.get(groupOf(m))!) {
      if (j <= i) continue
      const n = mentions[j]!
      if (m.article === n.article || !candidate(m.quantity, n.quantity)) continue
      const [a, b] = m.article < n.article ? [m, n] : [n, m]
      if (!wanted(a, b)) continue
      const [ka, kb] = [keys(a), keys(b)]
      const cue = a.quantity.cue === null ? undefined : cueByKey.get(a.quantity.cue)
      const person = cue?.about === 'person'
      const elsewhere = agreesIn(a, b.article) || agreesIn(b, a.article)
      const values = valuesWith(a, b.article)
      // What is read from the values and the lists alone, then, unless a model at hand could not reach its
      // threshold whatever the words around them say, what is read from the sentences.
      const features = new Float64Array(VALUE_PAIR_FEATURE_COUNT)
      features[0] = context.hand(a, b) ? 1 : 0
      features[1] = ka !== null && ka === kb ? 1 : 0
      features[2] = person ? 1 : 0
      features[3] = person && ka !== null && kb !== null && ka !== kb ? 1 : 0
      features[4] = a.quantity.developing ? 1 : 0
      features[5] = context.sameFact(a, b) ? 1 : 0
      features[7] = logRatio(a.quantity, b.quantity)
      features[9] = elsewhere ? 1 : 0
      features[10] = Math.log(values)
      features[11] = a.quantity.unit === '%' ? 1 : 0
      features[12] = a.quantity.cue === 'minute' ? 1 : 0
      features[13] = a.quantity.cue === null ? 1 : 0
      features[14] =
        a.quantity.developing && a.where !== undefined && b.where !== undefined && a.where !== b.where ? 1 : 0
      features[15] = first(a) && first(b) ? 1 : 0
      features[16] = a.quantity.developing && (a.where === undefined) !== (b.where === undefined) ? 1 : 0
      features[19] = close(a.quantity, b.quantity) ? 1 : 0
      if (unreachable?.(features)) continue
      features[6] = context.likeness(a, b)
      features[8] = overlap(words(a), words(b))
      features[17] = placesApart(context.places(a), context.places(b)) ? 1 : 0
      features[18] = overlap(context.places(a), context.places(b)) > 0 ? 1 : 0
      features[20] = overlap(context.people(a), context.people(b))
      features[21] = placesApart(context.people(a), context.people(b)) ? 1 : 0
      const [sa, sb] = [around(a), around(b)]
      features[22] = overlap(sa.words, sb.words)
      features[23] = overlap(sa.people, sb.people) > 0 ? 1 : 0
      features[24] = placesApart(sa.people, sb.people) ? 1 : 0
      features[25] = sa.nearest !== null && sa.nearest === sb.nearest ? 1 : 0
      features[26] = sa.nearest !== null && sb.nearest !== null && sa.nearest !== sb.nearest ? 1 : 0
      pairs.push({ a, b, features })
    }
  }
  return pairs
}

// Features read from the sentences (each in [0, 1]); the others are read from the values and the lists alone.
const SENTENCE_FEATURES = [6, 8, 17, 18, 20, 21, 22, 23, 24, 25, 26] as const

/**
 * Whether a pair whose other features are read could not reach the model's threshold whatever its sentence features
 * are: each at the end of [0, 1] its weight favours. Exact: it leaves out only pairs the model would not show.
 */
function cannotReach(model: ValuePairModel): (features: Float64Array) => boolean {
  const sentence = new Set<number>(SENTENCE_FEATURES)
  const best = SENTENCE_FEATURES.reduce((sum, i) => sum + Math.max(0, model.weights[i]!), 0)
  const floor = Math.log(model.threshold / (1 - model.threshold))
  return (features) => {
    let z = model.bias + best
    for (let i = 0; i < VALUE_PAIR_FEATURE_COUNT; i++)
      if (!sentence.has(i)) z += model.weights[i]! * features[i]!
    return z < floor
  }
}

function memo<T>(read: (m: Mention) => T): (m: Mention) => T {
  const known = new Map<Mention, T>()
  return (m) => {
    if (!known.has(m)) known.set(m, read(m))
    return known.get(m)!
  }
}

function memoIn<T>(read: (m: Mention, article: number) => T): (m: Mention, article: number) => T {
  const known = new Map<Mention, Map<number, T>>()
  return (m, article) => {
    const row = known.get(m) ?? new Map<number, T>()
    known.set(m, row)
    if (!row.has(article)) row.set(article, read(m, article))
    return row.get(article)!
  }
}

/** The pair's probability of stating one quantity two ways. */
export function pairChance(model: ValuePairModel, features: Float64Array): number {
  return logisticProbability(model, features, VALUE_PAIR_FEATURE_COUNT, 'value pair')
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

/** How far apart two values are in scale: the absolute log of their ratio (values of 0 read as 0.001), capped. */
export function logRatio(a: Quantity, b: Quantity): number {
  const positive = (quantity: Quantity) => Math.max(middle(quantity), 1e-3)
  return Math.min(MAX_LOG_RATIO, Math.abs(Math.log(positive(a) / positive(b))))
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

// «نسبة نجاح بلغت 90.6% مقابل 90.7% لطلاب …»، «66.8%، مقابل 67.9% في دورة 2024»: a figure set against another.
const AGAINST_AFTER = /^\s*[،,]?\s*(?:و?مقابل|مقارنة\s+ب)\s*ـ?\s*(?:نسبة\s+)?[0-9٠-٩]/
const AGAINST_BEFORE = /(?:مقابل|مقارنة\s+ب)\s*ـ?\s*(?:نسبة\s+)?$/

/**
 * A figure with no cue set against another (مقابل، مقارنة بـ) is one of two groups' or two years' values that its
 * sentence compares (the pass rate of one school system, or last year's), a part of what it measures: not the
 * measure another article gives without such a contrast.
 */
export function setAgainst(text: string, quantity: Quantity): boolean {
  return AGAINST_AFTER.test(text.slice(quantity.end)) || AGAINST_BEFORE.test(text.slice(0, quantity.start))
}

/** The rules' conflicts of compared articles, and every candidate pair of their values with its features. */
export function candidatePairs(
  space: SentenceSpace,
  facts: readonly FactGroup[],
  rules: RuleConflicts = numberConflicts(space, facts),
): { hand: NumberConflict[]; pairs: ValuePair[] } {
  const { mentions, conflicts, context } = comparedMentions(space, facts, rules)
  return { hand: conflicts, pairs: valuePairs(mentions, context) }
}

/**
 * The pairs the learned decision adds to the rules' conflicts: values the rules do not pair, no toll (the rules
 * compare them inside shared facts), at the model's threshold, each value of an article in one pair per pair of
 * articles at most.
 */
export function learnedConflicts(
  space: SentenceSpace,
  facts: readonly FactGroup[],
  rules: RuleConflicts,
  model: ValuePairModel = VALUE_PAIR_WEIGHTS,
): NumberConflict[] {
  const { mentions, context } = comparedMentions(space, facts, rules)
  const apart = (m: Mention) => m.quantity.cue === null && setAgainst(context.text(m), m.quantity)
  const pairs = valuePairs(
    mentions,
    context,
    (a, b) => !a.quantity.developing && !context.hand(a, b) && !apart(a) && !apart(b),
    model,
  )
  return chosenPairs(pairs, model).map(({ a, b }) => ({ a, b, developing: false }))
}

type RuleConflicts = ReturnType<typeof numberConflicts>

/** The quantities of compared articles, the rules' conflicts, and what a pair's features read of them. */
export function comparedMentions(
  space: SentenceSpace,
  facts: readonly FactGroup[],
  rules: RuleConflicts = numberConflicts(space, facts),
): { mentions: Mention[]; conflicts: NumberConflict[]; context: PairContext } {
  const { mentions, names, conflicts, keyOf } = rules
  // The rules' conflicts pair the mentions themselves: looked up by identity, either way round.
  const shown = new Map<Mention, Set<Mention>>()
  for (const { a, b } of conflicts) {
    shown.set(a, (shown.get(a) ?? new Set()).add(b))
    shown.set(b, (shown.get(b) ?? new Set()).add(a))
  }
  const factOf = new Map<string, number>()
  facts.forEach((fact, group) => {
    for (const [article, sentence] of fact) factOf.set(`${article}:${sentence}`, group)
  })
  const fact = (m: Mention) => factOf.get(`${m.article}:${m.sentence}`)
  const tokensOf = articleTokens(space)
  const places = sentencePlaces(space)
  const people = sentencePeople(space, names, tokensOf)
  const context: PairContext = {
    names,
    text: (m) => space.articles[m.article]!.sentences[m.sentence]!.text,
    likeness: (m, n) => likeness(space, m, n),
    sameFact: (m, n) => fact(m) !== undefined && fact(m) === fact(n),
    hand: (m, n) => shown.get(m)?.has(n) === true,
    places: (m) => places(m.article, m.sentence),
    people: (m) => people(m.article, m.sentence),
    around: surroundingsOf(space, names, tokensOf),
    key: keyOf,
    words: (m) => sentenceWords(space, tokensOf(m.article), m),
  }
  return { mentions, conflicts, context }
}

/** Reads a sentence's set once, when a pair first asks for it. */
function perSentence(read: (article: number, sentence: number) => ReadonlySet<string>) {
  const known = new Map<string, ReadonlySet<string>>()
  return (article: number, sentence: number): ReadonlySet<string> => {
    const key = `${article}:${sentence}`
    let found = known.get(key)
    if (found === undefined) {
      found = read(article, sentence)
      known.set(key, found)
    }
    return found
  }
}

/** The words of the places the extraction found in a sentence, folded (تركيا، سوريا، كونار). */
function sentencePlaces(space: SentenceSpace) {
  const mentions = space.extractions.map((extraction) =>
    extraction.entities
      .filter((entity) => entity.kind === 'location')
      .flatMap((entity) => entity.mentions ?? []),
  )
  return perSentence((a, s) => {
    const article = space.articles[a]!
    const sentence = article.sentences[s]!
    const words = new Set<string>()
    for (const mention of mentions[a]!) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue
      for (const word of article.text.slice(mention.start, mention.end).split(/\s+/))
        if (word.length > 0) words.add(nameKey(word))
    }
    return words
  })
}

/** The people of `names` a sentence's words name. */
function sentencePeople(space: SentenceSpace, names: PersonNames, tokensOf: (article: number) => Token[]) {
  return perSentence((a, s) => {
    const people = new Set<string>()
    for (const token of inSentence(space, tokensOf(a), a, s)) {
      const person = token.kind === 'word' ? names.get(nameKey(token.text)) : undefined
      if (person !== undefined) people.add(person)
    }
    return people
  })
}

/** Each article's tokens, read once when first asked for. */
function articleTokens(space: SentenceSpace): (article: number) => Token[] {
  const tokens = new Map<number, Token[]>()
  return (article) => {
    let list = tokens.get(article)
    if (list === undefined) {
      list = tokenize(space.articles[article]!.text)
      tokens.set(article, list)
    }
    return list
  }
}

/** The article's tokens inside one of its sentences. */
function inSentence(
  space: SentenceSpace,
  tokens: readonly Token[],
  article: number,
  sentence: number,
): Token[] {
  const span = space.articles[article]!.sentences[sentence]!
  const end = span.start + span.text.length
  const from = firstAt(tokens, span.start)
  const to = firstAt(tokens, end)
  return tokens.slice(from, to)
}

/** The index of the first token that starts at `offset` or after (binary search: tokens are in order). */
function firstAt(tokens: readonly Token[], offset: number): number {
  let [low, high] = [0, tokens.length]
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid]!.start < offset) low = mid + 1
    else high = mid
  }
  return low
}

/** The words of a mention's sentence, `CONTEXT` before it and after it and its unit, by `quantityWord`. */
function sentenceWords(space: SentenceSpace, tokens: readonly Token[], m: Mention): ReadonlySet<string> {
  const offset = space.articles[m.article]!.sentences[m.sentence]!.start
  const own = inSentence(space, tokens, m.article, m.sentence).filter((t) => t.kind === 'word')
  const before = own.filter((t) => t.end <= offset + m.quantity.start).slice(-CONTEXT)
  const after = own.filter((t) => t.start >= offset + m.quantity.end).slice(0, CONTEXT)
  return new Set([...before, ...after].map((t) => quantityWord(t.text)))
}

// Words read on each side of a number across sentence breaks, and how far (in words) the nearest person is looked for.
const WINDOW = 10
const NEAREST_REACH = 30

/** The surroundings of a mention in its whole article: a goal's scorer may be named past a full stop. */
function surroundingsOf(
  space: SentenceSpace,
  names: PersonNames,
  tokensOf: (article: number) => Token[],
): (m: Mention) => Surroundings {
  const person = (token: { kind: string; text: string }) =>
    token.kind === 'word' ? (names.get(nameKey(token.text)) ?? null) : null
  return (m) => {
    const article = space.articles[m.article]!
    const list = tokensOf(m.article)
    const start = article.sentences[m.sentence]!.start + m.quantity.start
    const end = article.sentences[m.sentence]!.start + m.quantity.end
    // The number's first token, and the first after it.
    const k = firstAt(list, start)
    const after = firstAt(list, end)
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
