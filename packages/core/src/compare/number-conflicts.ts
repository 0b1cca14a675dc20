import { partitiveWords, relativePronouns } from '../lang/ar/clause-words.ts'
import { placeHeads } from '../lang/ar/heads.ts'
import {
  anyOrdinalValue,
  cueByKey,
  cueByWord,
  earlierTollPhraseList,
  PLUPERFECT,
  quantityWord,
} from '../lang/ar/quantities.ts'
import { isGoalWord, isOneGoalWord } from '../lang/ar/scores.ts'
import { norm } from '../lang/ar/spelling.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { ofEarlierMoment, type StoryMoment, storyMoment } from './earlier-moment.ts'
import { CLOSE, type Closeness, leftoverConflicts } from './leftovers.ts'
import { type PersonNames, personNames } from './person-names.ts'
import { agree, bracketedMinute, isMinute, otherMoment, type Quantity, quantitiesIn } from './quantities.ts'
import {
  type Conflict,
  keyedConflicts,
  type Mention,
  MINUTE_REACH,
  middle,
  quantityKey,
} from './quantity-keys.ts'
import { cosine, type SentenceSpace } from './sentence-space.ts'

/** A shared fact as article and sentence indices. */
export type FactGroup = [article: number, sentence: number][]

/** Two values of one quantity the rules hold to disagree, `developing` for tolls. */
export interface NumberConflict extends Conflict {
  developing: boolean
}

/**
 * The quantities of the articles, the people they name, and the pairs of values the rules hold to disagree; values
 * left over after elimination are paired at `closeness` (null: not at all).
 */
export function numberConflicts(
  space: SentenceSpace,
  facts: readonly FactGroup[],
  closeness: Closeness | null = CLOSE,
  minuteReach: number = MINUTE_REACH,
): {
  mentions: Mention[]
  names: PersonNames
  conflicts: NumberConflict[]
  /** What each mention is about (`quantityKey`), read once. */
  keyOf: (m: Mention) => string | null
} {
  const moment = storyMoment(space)
  const mentions = space.articles.flatMap((_, article) => articleQuantities(space, article, moment))
  const names = personNames(space)
  const text = (m: Mention) => space.articles[m.article]!.sentences[m.sentence]!.text
  const keys = new Map<Mention, string | null>()
  const keyOf = (m: Mention) => {
    if (!keys.has(m)) keys.set(m, quantityKey(text(m), m.quantity, names))
    return keys.get(m)!
  }
  const keyed = keyedConflicts(
    mentions.filter((m) => !m.quantity.developing),
    (m) => {
      const key = keyOf(m)
      return key !== null && m.place !== undefined ? `${key}|in ${m.place}` : key
    },
    (m, n) => likeness(space, m, n),
    minuteReach,
  )
  const openings = openingsOf(space)
  // Whose figure it is, where the keys name the person: two people's values are never one quantity.
  const owner = (m: Mention) =>
    m.quantity.cue !== null && cueByKey.get(m.quantity.cue)?.about === 'person' ? keyOf(m) : null
  const conflicts: NumberConflict[] = [
    ...keyed.map((conflict) => ({ ...conflict, developing: atTwoStages(conflict) })),
    ...(closeness === null ? [] : leftoverConflicts(mentions, owner, keyed, closeness)).map((conflict) => ({
      ...conflict,
      developing: atTwoStages(conflict),
    })),
    ...measureConflicts(facts, mentions).map((conflict) => ({ ...conflict, developing: false })),
    ...tollConflicts(facts, mentions, openings, text).map((conflict) => ({ ...conflict, developing: true })),
    ...openingReadings(mentions, keyOf, keyed, openings).map((conflict) => ({
      ...conflict,
      developing: false,
    })),
  ]
  conflicts.push(
    ...goalOrdinalConflicts(space, mentions, conflicts, minuteReach).map((conflict) => ({
      ...conflict,
      developing: false,
    })),
  )
  return { mentions, names, conflicts, keyOf }
}

/**
 * Two values of a count that goes on, as a toll at two hours: the sentences say how much of it was done (بعد فرز 56%
 * من الأصوات / بعد فرز 99%), or one says it and the other does not; or the count only grows (`grows`: aftershocks).
 */
const atTwoStages = ({ a, b }: Conflict) =>
  ((a.progress !== undefined || b.progress !== undefined) &&
    (a.progress?.done !== b.progress?.done || a.progress?.unit !== b.progress?.unit)) ||
  cueByKey.get(a.quantity.cue ?? '')?.grows === true

/**
 * Amounts without a cue but with a unit (200 مليون دولار لمشاريع التحلية), and counts without a cue by the noun right
 * after them (30 دولة، 6 طوابق), compared inside one shared fact only, where the sentences say what they are for: by
 * unit and counted noun, when no such amount of the fact agrees.
 */
function measureConflicts(facts: readonly FactGroup[], all: readonly Mention[]): Conflict[] {
  const measures = all.filter(
    (m) => m.quantity.cue === null && (m.quantity.unit !== null || m.quantity.counted !== undefined),
  )
  const key = (m: Mention) =>
    m.quantity.unit === null
      ? `count|${m.quantity.counted}`
      : `${m.quantity.unit}|${[...m.quantity.nouns].sort().join(',')}`
  const shown = new Set<string>()
  // A count by its noun alone (8 أهداف in one sentence, 3 in the other: a tally and a match's) is shown only where
  // no value either article gives of that noun anywhere agrees with one the other gives, as for tolls.
  const pair = (a: Mention, b: Mention) => `${key(a)}:${a.article}:${b.article}`
  const apart = new Set(
    keyedConflicts(
      measures.filter((m) => m.quantity.unit === null),
      key,
    ).map(({ a, b }) => pair(a, b)),
  )
  return facts.flatMap((fact) => {
    const inFact = new Set(fact.map(([article, sentence]) => `${article}:${sentence}`))
    const mentions = measures.filter((m) => inFact.has(`${m.article}:${m.sentence}`))
    return keyedConflicts(mentions, key).filter(({ a, b }) => {
      // 17 km from one town and 16 km from another are two distances.
      if (a.from !== undefined && b.from !== undefined && a.from !== b.from) return false
      if (a.quantity.unit === null && !apart.has(pair(a, b))) return false
      const id = pair(a, b)
      if (shown.has(id)) return false
      shown.add(id)
      return true
    })
  })
}

export function likeness(space: SentenceSpace, m: Mention, n: Mention): number {
  const [x, y] = [space.vectors[m.article]![m.sentence], space.vectors[n.article]![n.sentence]]
  return x && y ? cosine(x, y).similarity : 0
}

/** A numeric date (2025-09-01، 01/09/2025): also a page's stamp of its date, which is no date mention. */
const NUMERIC_DATE = /[0-9٠-٩]{1,4}[-/.][0-9٠-٩]{1,2}[-/.][0-9٠-٩]{1,4}/gu

/**
 * Every quantity of an article's sentences, numbers inside its dates and numeric dates left out, with the place a
 * sentence opens with («وفي محافظة الجيزة، حصد …»): such figures are one region's part of a total.
 */
function articleQuantities(space: SentenceSpace, article: number, moment: StoryMoment): Mention[] {
  const source = space.articles[article]!
  const { dates, entities } = space.extractions[article]!
  const places = entities
    .filter((entity) => entity.kind === 'location')
    .flatMap((entity) => entity.mentions ?? [])
  const read = source.sentences.map((span) => {
    const stamps = Array.from(span.text.matchAll(NUMERIC_DATE), (m) => [m.index, m.index + m[0].length])
    const inDate = (at: number) =>
      stamps.some(([start, end]) => at >= start! && at < end!) ||
      dates.some((date) => span.start + at >= date.start && span.start + at < date.end)
    return quantitiesIn(span.text, inDate)
  })
  // A text that dates moments of a match by their minute writes other minutes in brackets after the scorer, and so
  // does a sentence of goals (وسجل يزن (53) وموسى (66) الهدفين).
  const matchReport = read.some((quantities) => quantities.some(isMinute))
  return source.sentences.flatMap((span, sentence) => {
    const place = openingPlace(span, places, source.text)
    const goals = matchReport || tokenize(span.text).some((token) => isGoalWord(token.text))
    const progress = countedSoFar(read[sentence]!)
    return read[sentence]!.flatMap((found) => {
      // A forecast is no article's statement of the event, nor is an earlier toll it quotes, nor a figure of a
      // moment before the story's (كان آخرها في 2012 بقوة 6.8 درجات).
      if (found.projected || (found.developing && quotesEarlierToll(span.text, found))) return []
      if (ofEarlierMoment(span, found, dates, moment, article)) return []
      if (opensWithYear(span.text, found)) return []
      const quantity = momentOf(span.text, bracketedMinute(span.text, found, goals) ?? found)
      const where = quantity.developing ? placeAfter(span, quantity.end, places, source.text) : null
      const from =
        quantity.cue === null && quantity.unit !== null
          ? placeNamed(span, quantity.end, places, source.text)
          : null
      return [
        {
          article,
          sentence,
          quantity,
          ...(place !== null && { place }),
          ...(where !== null && { where }),
          ...(from !== null && { from }),
          ...(progress !== null && !cueByKey.get(quantity.cue ?? '')?.progress && { progress }),
        },
      ]
    })
  })
}

/**
 * How much of a count a sentence says is done (بعد فرز 89% من الأصوات، بعد فرز 2000 لجنة), the most it states, a share
 * before a count of what was counted; or null.
 */
function countedSoFar(quantities: readonly Quantity[]): Mention['progress'] | null {
  const stages = quantities.filter((q) => q.cue !== null && cueByKey.get(q.cue)?.progress)
  const shares = stages.filter((q) => q.unit === '%')
  const done = shares.length > 0 ? shares : stages.filter((q) => q.unit === null)
  return done.length === 0 ? null : { done: Math.max(...done.map((q) => q.high)), unit: done[0]!.unit }
}

/**
 * A minute of a substitution, a foul or a penalty given is no goal's, an aftershock's magnitude no quake's: it carries
 * the moment it dates.
 */
function momentOf(text: string, quantity: Quantity): Quantity {
  const moment = isMinute(quantity) || quantity.cue === 'magnitude' ? otherMoment(text, quantity) : null
  return moment === null ? quantity : { ...quantity, moment }
}

/**
 * A figure of a sentence that opens with a bare year (وفي 2015، هز زلزال بقوة 7.8 درجة …، - في عام 2008، …) belongs to
 * that year's event, which an article recalls beside its news; the story's own year is not needed to tell it, and a
 * text without a date of its own may have no other year.
 */
function opensWithYear(text: string, quantity: Quantity): boolean {
  const opening = YEAR_OPENING.exec(text)
  return opening !== null && opening[0].length <= quantity.start
}

/**
 * A toll its sentence tells as an earlier count: in a clause in the pluperfect (وكانت الوزارة قد أعلنت), or after
 * «حصيلة سابقة». A pluperfect clause before the toll's own tells the event's background, not an earlier count of it
 * (وكان الحريق قد اندلع فجرا، ما أدى إلى مقتل 12: the article's count).
 */
function quotesEarlierToll(text: string, quantity: Quantity): boolean {
  const before = norm(text.slice(0, quantity.start))
  return (
    PLUPERFECT.test(before.slice(clauseStart(before)).trimStart()) ||
    earlierTollPhraseList.some((phrase) => before.includes(phrase))
  )
}

// «وفي محافظة الجيزة،»: في, at most four words, a comma.
const OPENING_PLACE = /^\s*و?في\s+((?:[^\s،,.]+\s+){0,5}[^\s،,.]+)\s*[،,]/

// The marks that end a clause, searched forward as a class and backward one by one.
const CLAUSE_BREAKS = '،,;؛.:!؟?'
const CLAUSE_END = new RegExp(`[${CLAUSE_BREAKS}]`)

/** Where the clause that `before` ends in begins: just past its last clause break, or 0. */
function clauseStart(before: string): number {
  return Math.max(...[...CLAUSE_BREAKS].map((mark) => before.lastIndexOf(mark))) + 1
}

/** The normalised words of the quantity's clause before it. */
function clauseBefore(text: string, quantity: Quantity): string {
  const before = norm(text.slice(0, quantity.start))
  return before.slice(clauseStart(before))
}
// A year that opens a sentence, after في and a list's dash: «- وفي عام 2015،».
const YEAR_OPENING = /^[\s\-–•*]*و?في\s+(?:عام\s+|سنة\s+)?[0-9٠-٩]{4}\s*[،,]/
// في before a place, at most two words before it (في جنوب شرقي تركيا).
const LOCATIVE = /(?:^|\s)في\s+(?:\S+\s+){0,2}$/
// ب written onto a place's head before the place (وفاة بإقليم الحوز، و18 بعمالة مراكش): a province's part of a toll.
const HEAD_LOCATIVE = new RegExp(`(?:^|\\s)و?ب(?:${placeHeads.map(norm).join('|')})\\s+$`)
const LOCATIVE_REACH = 40

/** ب on the place's head or on the place itself when it opens with its head (بإقليم الحوز). */
function byHead(before: string, place: string): boolean {
  const folded = norm(before)
  return HEAD_LOCATIVE.test(folded) || (HEAD_OPENING.test(norm(place)) && BY_ONLY.test(folded))
}

const HEAD_OPENING = new RegExp(`^(?:${placeHeads.map(norm).join('|')})\\s`)
const BY_ONLY = /(?:^|\s)و?ب$/

/**
 * Where a toll was counted: the first place named after it in its clause in a phrase of في («مقتل نحو 48 ألف شخص
 * وإصابة 105 آلاف بجروح في تركيا»، «في جنوب شرقي تركيا»), null when the clause names none. A place that is not
 * governed by في (جراء الزلزال الذي ضرب إقليم الحوز) is where the event happened, not whose toll it is.
 */
function placeAfter(
  span: { start: number; text: string },
  from: number,
  places: readonly { start: number; end: number }[],
  text: string,
): string | null {
  // A breakdown by province names two places or more of its sentence after ب on their head (394 وفاة بإقليم الحوز،
  // و271 وفاة بإقليم تارودانت); one such place is where the event happened (حريق بمحافظة …), not a part of it.
  const inSentence = places.filter((m) => m.start >= span.start && m.end <= span.start + span.text.length)
  const breakdown =
    inSentence.filter((m) =>
      byHead(text.slice(Math.max(span.start, m.start - LOCATIVE_REACH), m.start), text.slice(m.start, m.end)),
    ).length >= 2
  const first = placesInClause(span, from, places).find((mention) => {
    const before = text.slice(Math.max(span.start + from, mention.start - LOCATIVE_REACH), mention.start)
    return LOCATIVE.test(before) || (breakdown && byHead(before, text.slice(mention.start, mention.end)))
  })
  if (first === undefined) return null
  // «في سلطنة عُمان وإيران»: the toll of both countries, not of the first.
  const joined = places.find(
    (mention) => mention.start > first.end && AND_ONLY.test(text.slice(first.end, mention.start)),
  )
  return joined === undefined
    ? text.slice(first.start, first.end)
    : `${text.slice(first.start, first.end)} و${text.slice(joined.start, joined.end)}`
}

/** The places named from the sentence's offset `from` to the end of its clause, in the order of the text. */
function placesInClause<Place extends { start: number; end: number }>(
  span: { start: number; text: string },
  from: number,
  places: readonly Place[],
): Place[] {
  const rest = span.text.slice(from)
  const stop = rest.search(CLAUSE_END)
  const end = span.start + from + (stop < 0 ? rest.length : stop)
  return places
    .filter((mention) => mention.start >= span.start + from && mention.end <= end)
    .sort((a, b) => a.start - b.start)
}

const AND_ONLY = /^\s*و\s*$/
// Words between a measure and the place it is measured from: كيلومترا من مدينة، كيلومترات شمال غرب مدينة.
const FROM_REACH = 4
const BRACKETED = /\([^()]*\)/g

/**
 * The place an amount is measured from or at, the first place named in its clause within a few words after it
 * (على بعد 16 كيلومترا شمال غرب مدينة ساغاينغ), folded; null when none is.
 */
function placeNamed(
  span: { start: number; text: string },
  from: number,
  places: readonly { start: number; end: number }[],
  text: string,
): string | null {
  const first = placesInClause(span, from, places)[0]
  if (first === undefined) return null
  const between = text
    .slice(span.start + from, first.start)
    .replace(BRACKETED, ' ')
    .trim()
  if (between.split(/\s+/).filter(Boolean).length > FROM_REACH) return null
  return norm(text.slice(first.start, first.end))
}

/**
 * The place a sentence opens with, as written, when a place the extraction found stands in that opening; else the
 * whole opening when it names one of a count's parts (`scope`: وفي لجنة …،).
 */
function openingPlace(
  span: { start: number; text: string },
  places: readonly { start: number; end: number }[],
  text: string,
): string | null {
  const opening = OPENING_PLACE.exec(span.text)
  if (opening === null) return null
  const end = span.start + opening[0].length
  const place = places.find((mention) => mention.start >= span.start && mention.end <= end)
  if (place !== undefined) return text.slice(place.start, place.end)
  const [head, next] = opening[1]!.split(/\s+/).map(quantityWord)
  const part = ONE_OF.has(head!) ? next : head
  return cueByKey.get(cueByWord.get(part ?? '') ?? '')?.scope ? norm(opening[1]!) : null
}

const ONE_OF: ReadonlySet<string> = new Set(partitiveWords.map(quantityWord))

/**
 * Tolls that differ. A toll's sentence says whose and when (the dead in one province, in the other country, in an
 * older quake), so two articles' tolls are compared only inside one shared fact, between the articles' first
 * sentences, or between their openings where each article's opening gives the count of its hour (`countOfItsHour`),
 * or, at any sentence, between the first plain figures (`statedPlainly`) of articles that tell no part of a toll and
 * never exceed that figure; and only when no toll either article gives anywhere agrees with one the other gives.
 */
function tollConflicts(
  facts: readonly FactGroup[],
  all: readonly Mention[],
  { inOpening, describesNoun, statedPlainly }: Openings,
  text: (m: Mention) => string,
): Conflict[] {
  const tolls = all.filter((m) => m.quantity.developing)
  // The dead in Turkey are not the dead of a quake told without a place: the toll of one country is a part.
  // So are the dead of a sentence that opens with its place (وفي إيران، أفادت تقارير عن مصرع ستة أشخاص).
  const key = (m: Mention) => `${m.quantity.cue}|${m.quantity.unit ?? ''}|${m.where ?? m.place ?? ''}`
  const pair = (a: Mention, b: Mention) => `${key(a)}:${a.article}:${b.article}`
  const apart = new Set(keyedConflicts(tolls, key).map(({ a, b }) => pair(a, b)))
  const shown = new Set<string>()
  const result: Conflict[] = []
  // Shows each pair of articles' differing tolls once, and only where no toll of theirs agrees.
  const show = (mentions: readonly Mention[]) => {
    for (const conflict of keyedConflicts(mentions, key)) {
      const id = pair(conflict.a, conflict.b)
      if (!apart.has(id) || shown.has(id)) continue
      shown.add(id)
      result.push({ a: plainest(conflict.a, tolls, key), b: plainest(conflict.b, tolls, key) })
    }
  }
  // Each article's first sentence (its headline, or its lead where the text has none) gives the toll the article
  // reports as the news: two articles' leading tolls are the count at two hours, though the sentences share no fact.
  const leads: FactGroup = [...new Set(tolls.map((m) => m.article))].map((article) => [article, 0])
  for (const fact of [...facts, leads]) {
    const inFact = new Set(fact.map(([article, sentence]) => `${article}:${sentence}`))
    show(tolls.filter((m) => inFact.has(`${m.article}:${m.sentence}`)))
  }
  // An article whose opening gives one value of a toll, and which gives no higher value of it anywhere, reports the
  // count of its hour there: two such articles' values are the count at two hours, though their sentences share no
  // fact.
  const opening = tolls.filter(
    (m) =>
      inOpening(m) &&
      !describesNoun(m) &&
      countOfItsHour(tolls, m, key, { inOpening, describesNoun, statedPlainly }),
  )
  // A toll told as where a count rose to (ارتفع عدد القتلى إلى 155، ليرتفع عدد الوفيات إلى 25) is by its words the
  // article's newest count; where the article gives no higher value of it, it is the count of its hour.
  const risen = tolls.filter((m) => risenTo(text(m), m) && newest(tolls, m, key, describesNoun))
  show([...new Set([...opening, ...risen])])
  // An article that tells no toll of a part (none with a place, none in a relative clause) and first gives a toll as
  // a plain figure that it never exceeds further down reports the count of its hour there, past its opening too: two
  // such articles' values are the count at two hours.
  const scoped = new Set(
    tolls
      .filter((o) => o.where !== undefined || o.place !== undefined || describesNoun(o))
      .map((o) => o.article),
  )
  const leading = tolls.filter(
    (m) =>
      !scoped.has(m.article) &&
      statedPlainly(m) &&
      tolls.find((o) => o.article === m.article && key(o) === key(m)) === m &&
      countOfItsHour(tolls, m, key, { inOpening, describesNoun, statedPlainly }),
  )
  show([...new Set([...leading, ...risen])])
  return result
}

// A verb or noun of rising, a total word or a toll's noun (عدد، حصيلة، ضحايا، الوفيات) right after it, then at most
// seven words (the rest of the count's noun, its event), then «إلى» right before the figure. A rise of anything else
// (ارتفعت الأسعار إلى) is no count of the event's toll.
const RISEN_TO = new RegExp(
  `(?:^|\\s)[وفل]?(?:${['ارتفاع', 'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع'].map(norm).join('|')})\\s+(?:${['عدد', 'حصيلة', 'ضحايا', 'الضحايا', 'قتلى', 'القتلى', 'وفيات', 'الوفيات'].map(norm).join('|')})\\s+(?:\\S+\\s+){0,7}${norm('إلى')}\\s*$`,
)

// A side of a land (جنوب البلاد، شمالي المحافظة): the count of a region, a part of the event's toll.
const REGION = new RegExp(
  `(?:^|\\s)(?:${['جنوب', 'جنوبي', 'شمال', 'شمالي', 'شرق', 'شرقي', 'غرب', 'غربي', 'وسط'].map(norm).join('|')})\\s`,
)

/**
 * The toll is the figure a count rose to in its clause («ارتفاع عدد ضحايا السيول إلى 40»), a count not of one side of
 * a land (ارتفاع عدد قتلى الزلزال الذي ضرب جنوب البلاد إلى …: one region's).
 */
function risenTo(text: string, m: Mention): boolean {
  const rise = RISEN_TO.exec(clauseBefore(text, m.quantity))
  return rise !== null && !REGION.test(rise[0])
}

/** The values its article gives of the toll's key, outside a relative clause. */
function ownValues(
  tolls: readonly Mention[],
  m: Mention,
  key: (m: Mention) => string,
  describesNoun: (m: Mention) => boolean,
): Mention[] {
  return tolls.filter((o) => o.article === m.article && key(o) === key(m) && !describesNoun(o))
}

/** None of `own` is higher than the toll. */
function noneHigher(own: readonly Mention[], m: Mention): boolean {
  return own.every((o) => agree(o.quantity, m.quantity) || middle(o.quantity) < middle(m.quantity))
}

/** No value the article gives of the toll's key, outside a relative clause, is higher. */
function newest(
  tolls: readonly Mention[],
  m: Mention,
  key: (m: Mention) => string,
  describesNoun: (m: Mention) => boolean,
): boolean {
  return noneHigher(ownValues(tolls, m, key, describesNoun), m)
}

// An article's opening: its headline and first sentences, where it states the news.
const OPENING_SENTENCES = 2

/** How mentions stand in their articles' openings, each read once. */
interface Openings {
  /** The mention stands in its article's opening (`openingEnd`). */
  inOpening: (m: Mention) => boolean
  /** The mention stands in a relative clause (`relativeClause`). */
  describesNoun: (m: Mention) => boolean
  /**
   * The mention is a plain figure or an estimate of one (نحو 40، قرابة 25، حوالي 30: the count as its writer has it),
   * not a bound (أكثر من، ما لا يقل عن), not «at least» after its noun (شخصان على الأقل), not a part of a group after من
   * (43 من العمال).
   */
  statedPlainly: (m: Mention) => boolean
}

function openingsOf(space: SentenceSpace): Openings {
  const ends = new Map<number, number>()
  const relative = new Map<Mention, boolean>()
  return {
    inOpening: (m) => {
      if (!ends.has(m.article)) ends.set(m.article, openingEnd(space, m.article))
      return m.sentence < ends.get(m.article)!
    },
    describesNoun: (m) => {
      if (!relative.has(m)) relative.set(m, relativeClause(space, m))
      return relative.get(m)!
    },
    statedPlainly: (m) =>
      (m.quantity.exact !== null || m.quantity.bound === 'about') &&
      !PART_OR_LEAST.test(space.articles[m.article]!.sentences[m.sentence]!.text.slice(m.quantity.end)),
  }
}

// After a figure: «من» of a group it is a part of (43 من عمال البناء), or «على الأقل» after it or its noun.
const PART_OR_LEAST = /^\s*(?:من\s|(?:\S+\s+)?على\s+الأقل)/

/**
 * Where an article's opening ends: past its first `OPENING_SENTENCES` sentences, a sentence the page prints again
 * (the headline over the body and above it) counted once.
 */
function openingEnd(space: SentenceSpace, article: number): number {
  const sentences = space.articles[article]!.sentences
  const seen = new Set<string>()
  let end = 0
  while (end < sentences.length) {
    const text = sentences[end]!.text.trim()
    if (!seen.has(text) && seen.size === OPENING_SENTENCES) break
    seen.add(text)
    end++
  }
  return end
}

/**
 * The toll of the mention, in its article's opening, is the count of the article's hour: every toll of that key the
 * opening gives agrees with every other, and no value the article gives of it anywhere is higher. A toll only grows,
 * so a lower value further down is a part of it (one province's dead) or an earlier count the article recalls; a
 * higher one says the opening's is not the article's last word (a part, or an older count). A toll in a relative
 * clause describes another noun (an earlier quake: «أسوأ كارثة منذ الفيضان الذي أودى بحياة 900 شخص») and is none
 * of the article's values of this one.
 */
function countOfItsHour(
  tolls: readonly Mention[],
  m: Mention,
  key: (m: Mention) => string,
  { inOpening, describesNoun }: Openings,
): boolean {
  const own = ownValues(tolls, m, key, describesNoun)
  const opening = own.filter(inOpening)
  return opening.every((o) => opening.every((p) => agree(o.quantity, p.quantity))) && noneHigher(own, m)
}

// A relative pronoun and at most four words before the figure: «زلزال … الذي خلّف أكثر من 41 ألف قتيل».
const RELATIVE_BEFORE = new RegExp(
  `(?:^|\\s)(?:${relativePronouns.map(norm).join('|')})\\s+(?:\\S+\\s+){0,4}$`,
)

/**
 * The toll stands in a relative clause, a few words after its pronoun: it describes a noun (an earlier quake named
 * beside this one), not the count the sentence reports.
 */
function relativeClause(space: SentenceSpace, m: Mention): boolean {
  const text = space.articles[m.article]!.sentences[m.sentence]!.text
  const clause = clauseBefore(text, m.quantity)
  if (RELATIVE_BEFORE.test(clause)) return true
  // «… الزلزال الذي ضرب المنطقة في فبراير، وأسفر عن مصرع 46 ألفاً»: a verb joined by و with no subject of its own
  // after a clause that opens with a relative pronoun goes on describing that clause's noun.
  if (!CONJOINED_VERB.test(clause)) return false
  const before = norm(text.slice(0, m.quantity.start))
  const previous = before.slice(0, Math.max(0, before.length - clause.length - 1))
  return RELATIVE_OPENING.test(previous.slice(clauseStart(previous)))
}

// A clause opened by و written onto its first word, a verb whose subject is the clause before's.
const CONJOINED_VERB = /^\s*و[^\s]{2,}\s/
// A clause that opens with a relative pronoun, with و or one word before it.
const RELATIVE_OPENING = new RegExp(`^\\s*(?:\\S+\\s+)?و?(?:${relativePronouns.map(norm).join('|')})\\s`)

/**
 * The value shown for a toll: where the fact's sentence gives a bound (أكثر من 800 شخص) and its article states the
 * figure plainly elsewhere (800 قتيل), the plain statement, the article's most precise word on it.
 */
function plainest(m: Mention, tolls: readonly Mention[], key: (m: Mention) => string): Mention {
  if (m.quantity.exact !== null) return m
  const plain = tolls.find(
    (o) =>
      o.article === m.article &&
      o.quantity.exact !== null &&
      key(o) === key(m) &&
      agree(o.quantity, m.quantity),
  )
  return plain ?? m
}

/**
 * Measures of the event that several bodies read (a quake's magnitude by two institutes): an article that gives two
 * readings disagrees with no article that gives one of them (`keyedConflicts`), but the reading it leads with is the
 * one it states in its own voice, the others it quotes further down.
 */
const READINGS: ReadonlySet<string> = new Set(['magnitude'])

/**
 * Two articles whose openings each give one value of a reading (`READINGS`), values that differ, disagree, though one
 * of them quotes the other's value further down; pairs the keyed rules already show are left to them.
 */
function openingReadings(
  mentions: readonly Mention[],
  keyOf: (m: Mention) => string | null,
  keyed: readonly Conflict[],
  { inOpening, describesNoun }: Openings,
): Conflict[] {
  const shown = new Set(keyed.map(({ a, b }) => `${keyOf(a)}:${a.article}:${b.article}`))
  const openings = new Map<string, Map<number, Mention[]>>()
  for (const m of mentions) {
    const key = keyOf(m)
    if (key === null || !READINGS.has(m.quantity.cue ?? '') || m.place !== undefined) continue
    if (!inOpening(m) || describesNoun(m)) continue
    const articles = openings.get(key) ?? new Map<number, Mention[]>()
    articles.set(m.article, [...(articles.get(m.article) ?? []), m])
    openings.set(key, articles)
  }
  const result: Conflict[] = []
  for (const [key, articles] of openings) {
    // Articles whose opening gives one value of the reading, however often, in the order of the articles.
    const led = [...articles.entries()]
      .filter(([, list]) => list.every((m) => list.every((n) => agree(m.quantity, n.quantity))))
      .sort((x, y) => x[0] - y[0])
    led.forEach(([left, [a]], i) => {
      for (const [right, [b]] of led.slice(i + 1)) {
        if (!agree(a!.quantity, b!.quantity) && !shown.has(`${key}:${left}:${right}`))
          result.push({ a: a!, b: b! })
      }
    })
  }
  return result
}

/**
 * The goal a minute's sentence names by its ordinal (سجل … الهدف الثاني في الدقيقة 61), when it names one: two
 * articles that credit the goal to different people (its scorer in one, the player who set it up in the other) still
 * date one goal. Null for a minute of another moment, or a sentence of several goals.
 */
function goalOrdinal(space: SentenceSpace, m: Mention): string | null {
  if (!isMinute(m.quantity) || m.quantity.moment !== undefined) return null
  const tokens = tokenize(space.articles[m.article]!.sentences[m.sentence]!.text)
  const ranks = new Set<number>()
  tokens.forEach((token, i) => {
    const rank =
      i + 1 < tokens.length && isOneGoalWord(token.text) ? anyOrdinalValue(tokens[i + 1]!.text) : undefined
    if (rank !== undefined) ranks.add(rank)
  })
  return ranks.size === 1 ? `goal ${[...ranks][0]}` : null
}

/**
 * Minutes of one goal by its ordinal (`goalOrdinal`) that differ, within `reach` of each other, where the rules have
 * not already set the two articles' values against each other (the same scorer's minute, or elimination).
 */
function goalOrdinalConflicts(
  space: SentenceSpace,
  mentions: readonly Mention[],
  shown: readonly Conflict[],
  reach: number,
): Conflict[] {
  const same = (c: Conflict, d: Conflict) =>
    (c.a.article === d.a.article &&
      c.b.article === d.b.article &&
      agree(c.a.quantity, d.a.quantity) &&
      agree(c.b.quantity, d.b.quantity)) ||
    (c.a.article === d.b.article &&
      c.b.article === d.a.article &&
      agree(c.a.quantity, d.b.quantity) &&
      agree(c.b.quantity, d.a.quantity))
  const minutes = mentions.filter((m) => isMinute(m.quantity))
  return keyedConflicts(minutes, (m) => goalOrdinal(space, m), undefined, reach).filter(
    (c) => !shown.some((d) => same(c, d)),
  )
}
