import { functionWordSet, norm } from '../lang/ar/compiled.ts'
import {
  contrastWordSet,
  cueByKey,
  goalVerbSet,
  listReferenceByWord,
  quantityWord,
  shareVerbSet,
} from '../lang/ar/quantities.ts'
import type { Token } from '../normalize/tokenize.ts'
import { CLAUSE_STOP } from '../segment/marks.ts'
import { close } from './leftovers.ts'
import { nameKey, type PersonNames, wordOrName } from './person-names.ts'
import { agree, isMinute, type Quantity, quantityTokens, ROUNDING } from './quantities.ts'

/** A quantity stated in one sentence of one article. */
export interface Mention {
  article: number
  sentence: number
  quantity: Quantity
  /** The region a sentence's figures are a part for (`وفي محافظة الجيزة، …`). */
  place?: string
  /** For a toll, the place named after it in its clause (`… بجروح في تركيا`). */
  where?: string
  /** For an amount with a unit and no cue, the place named right after it, folded (`16 كيلومترا شمال مدينة …`). */
  from?: string
  /**
   * How much of a running count its sentence says was done: a share (بعد فرز 89% من الأصوات, unit `%`) or a count of
   * what was counted (بعد فرز 2000 لجنة, unit null).
   */
  progress?: { done: number; unit: string | null }
}

/** Two articles' values of one quantity that cannot both be true. */
export interface Conflict {
  a: Mention
  b: Mention
}

const PREFIXES = /^[وبل]/
// The article, with و، ف or ل before it: الأول، للثاني، والأخير.
const DEFINITE = /^[وف]?(?:ال|لل)/
// The words before a figure that opens its sentence as a frame: وفي الدقيقة 66، …
const FRAME_WORDS = 3

/**
 * What a quantity is about, as a key two articles' quantities of one thing share: its cue (the dead, votes, the
 * minute) and unit, and for a figure that belongs to a person the family name written nearest to it: first in its
 * clause, before it then after it, else before it in the sentence. Figures listed after names listed in the same
 * order go name by name (الشهري والدوسري بالدقيقتين 48 و53). Null for a quantity without a cue, and for a person's
 * figure with no person named: whose goal a minute dates is then unknown.
 */
export function quantityKey(text: string, quantity: Quantity, names: PersonNames): string | null {
  if (quantity.cue === null) return null
  const cue = cueByKey.get(quantity.cue)
  if (cue?.progress) return null
  const unit = quantity.unit ?? cue?.units?.find((u) => u !== null) ?? null
  // A minute's moment other than a goal (a substitution, a card) is another quantity than the goal's minute.
  const base = `${quantity.cue}${quantity.moment === undefined ? '' : `:${quantity.moment}`}|${unit ?? ''}`
  if (cue?.about === 'noun') return `${base}|${norm(quantity.label).replace(/^ال/, '')}`
  if (cue?.about !== 'person') return base
  const person = personNear(text, quantity.start, names, isMinute(quantity))
  return person === null ? null : `${base}|${person}`
}

function personNear(text: string, start: number, names: PersonNames, minute: boolean): string | null {
  const tokens = quantityTokens(text)
  const k = tokens.findIndex((token) => token.start === start)
  if (k < 0) return null
  const nameAt = (i: number) => {
    const token = tokens[i]!
    if (token.kind !== 'word') return null
    const person = names.get(nameKey(token.text))
    if (person !== undefined) return person
    const next = tokens[i + 1]
    if (next?.kind !== 'word' || !norm(next.text).startsWith('ال')) {
      const alone = names.get(wordOrName(token.text))
      if (alone !== undefined) return alone
    }
    return PREFIXES.test(norm(token.text)) ? (names.get(nameKey(norm(token.text).slice(1))) ?? null) : null
  }
  const broken = (i: number) => CLAUSE_STOP.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start))
  // The figure may open its sentence (`59 صوتاً لفلان`): no word stands before it.
  const word = (i: number) => (tokens[i]?.kind === 'word' ? quantityWord(tokens[i]!.text) : '')
  const before: string[] = []
  // «حصل كليتشدار أوغلو منافس أردوغان على 47.86%»: the one who obtained it is the first name after the verb.
  let subject: string | null = null
  // «بينما حصل منافسه على …»، «في مقابل 44% لخصمه»: the figure turns to someone not named before it.
  let turned = false
  // «حصل الأول على 18.4%»، «مقابل 15.6% للثاني»: the first or second of the people the sentence listed before.
  const listed = (i: number): string | null => {
    const token = tokens[i]
    if (token?.kind !== 'word' || !DEFINITE.test(norm(token.text))) return null
    const place = listReferenceByWord.get(word(i))
    if (place === undefined) return null
    const people: string[] = []
    for (let j = 0; j < i; j++) {
      const name = nameAt(j)
      if (name !== null && !people.includes(name)) people.push(name)
    }
    return people.at(place) ?? null
  }
  let i = k
  // «وسجل يزن (53) وموسى (66) الهدفين»: past another figure, each scorer goes with his own, not the verb's first.
  let figures = 0
  // «أردوغان يحصل على 55.8% وكيليجدار أوغلو على 44.2%»: no verb between the figure's على and the figure before it, so
  // the clause left its verb out and its subject is the name between the two figures, or no one known.
  const gapped = !minute && word(k - 1) === quantityWord('على')
  let verbSeen = false
  while (i > 0 && !broken(i)) {
    i--
    const name = nameAt(i)
    if (name !== null) before.unshift(name)
    if (tokens[i]!.kind === 'number') {
      if (gapped && figures === 0 && !verbSeen && i < k - 1) return before.at(-1) ?? null
      figures++
    }
    if (shareVerbSet.has(word(i))) verbSeen = true
    const scored = minute && figures === 0 && goalVerbSet.has(word(i))
    if (shareVerbSet.has(word(i)) || scored) subject ??= before[0] ?? listed(i + 1)
    // «…، وكيليجدار أوغلو حصل على 44.9»: the verb's subject stands before it and is no name known, so the figure
    // is someone's whom the names do not know, not the person named before the clause.
    if (
      subject === null &&
      before.length === 0 &&
      shareVerbSet.has(word(i)) &&
      unknownSubject(text, tokens, i, (at) => nameAt(at) !== null)
    ) {
      turned = true
      break
    }
    if (before.length === 0 && contrastWordSet.has(word(i))) {
      turned = true
      break
    }
  }
  // «…، وسالم الكعبي على 53.4%» with no name known there: the gapped clause is someone's the names do not know.
  if (gapped && !verbSeen && before.length === 0 && i < k - 1 && /^و/.test(norm(tokens[i]!.text))) return null
  const [position, length] = listPlace(text, tokens, k)
  if (length > 1 && before.length >= length) return before[before.length - length + position]!
  // «سجل النعيمات والتعمري، هدفي الفريق في الدقيقتين 52 و67»: the names listed before a break, name by name.
  if (length > 1 && before.length === 0) {
    const listedBefore: string[] = []
    for (let j = i - 1; j >= 0 && listedBefore.length <= length; j--) {
      const name = nameAt(j)
      if (name !== null && name !== listedBefore[0]) listedBefore.unshift(name)
      if (broken(j)) break
    }
    if (listedBefore.length === length) return listedBefore[position]!
  }
  if (subject !== null) return subject
  if (before.length > 0) return before[before.length - 1]!
  // «(22، 73، 90+5) فيما سجل للمنتخب الأردني يزن النعيمات»: a name after بينما or فيما is a rival's, not the figure's.
  for (let j = k + 1; j < tokens.length && !broken(j) && !contrastWordSet.has(word(j)); j++) {
    const name = nameAt(j)
    if (name !== null) return name
    if (j <= k + 2) {
      const pointed = listed(j)
      if (pointed !== null) return pointed
    }
  }
  if (turned) return null
  // «وفي الدقيقة 66، تمكن النجم موسى التعمري من …»: a figure that frames the sentence, alone in its opening clause,
  // belongs to the first person the next clause names.
  if (i === 0 && k <= FRAME_WORDS) {
    let j = k + 1
    while (j < tokens.length && !broken(j)) j++
    for (let at = j; at < tokens.length && (at === j || !broken(at)); at++) {
      const name = nameAt(at)
      if (name !== null) return name
    }
  }
  for (let j = i - 1; j >= 0; j--) {
    const name = nameAt(j)
    if (name !== null) return name
    if (contrastWordSet.has(word(j))) return null
  }
  return null
}

// The most words a subject written before its verb takes: a given name and a family name of two words.
const SUBJECT_WORDS = 3

/**
 * The clause before the verb at `verb` is its subject, written before it: one to three words after a break or a
 * clause's و, none of them a known name, a function word (`الذي حصل`، `كما حصل` have none) or a number.
 */
function unknownSubject(
  text: string,
  tokens: readonly Token[],
  verb: number,
  named: (at: number) => boolean,
): boolean {
  let first = verb
  while (first > 0 && !CLAUSE_STOP.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--
  const words = tokens.slice(first, verb)
  if (first === 0 || words.length === 0 || words.length > SUBJECT_WORDS) return false
  return words.every(
    (token, at) =>
      token.kind === 'word' &&
      !named(first + at) &&
      !functionWordSet.has(norm(at === 0 ? token.text.replace(/^و(?=..)/, '') : token.text)),
  )
}

// What joins two numbers of a list: و, a comma, or both, and a bracket opened before the last (22، 73، و(90 + 5)).
const LIST_JOINT = /^\s*(?:[،,]\s*)?و?\s*\(?\s*$/

/**
 * The place of the number at `k` in a list of numbers joined by و or commas (48 و53، 20،71،94), and the list's length.
 */
function listPlace(text: string, tokens: readonly Token[], k: number): [number, number] {
  const neighbour = (from: number, step: 1 | -1): number => {
    let i = from + step
    if (tokens[i]?.kind === 'word' && tokens[i]!.text === 'و') i += step
    if (tokens[i]?.kind !== 'number') return -1
    const [left, right] = step === 1 ? [tokens[from]!, tokens[i]!] : [tokens[i]!, tokens[from]!]
    return LIST_JOINT.test(text.slice(left.end, right.start)) ? i : -1
  }
  let position = 0
  for (let i = neighbour(k, -1); i >= 0; i = neighbour(i, -1)) position++
  let length = position + 1
  for (let i = neighbour(k, 1); i >= 0; i = neighbour(i, 1)) length++
  return [position, length]
}

/**
 * Pairs of articles that state one quantity (the same key) with values that cannot both be true: no value one of
 * them gives for it agrees with any value the other gives, so an article that reports two sources' readings (7 by
 * one institute, 6.8 by another) disagrees with neither. Estimates and bounds stand aside where the article also
 * states the figure exactly (بقوة 8 درجات تقريباً in a title over سبع درجات فاصل سبعة). Of each article the value
 * shown is the one it states most, else the one nearest the other article's.
 */
export function keyedConflicts(
  mentions: readonly Mention[],
  keyOf: (m: Mention) => string | null,
  likeness: (m: Mention, n: Mention) => number = () => 0,
  minuteReach: number = MINUTE_REACH,
): Conflict[] {
  const within = (own: readonly Mention[], other: readonly Mention[]) =>
    own.some((m) => other.some((n) => sameMoment(m.quantity, n.quantity, minuteReach)))
  const byKey = new Map<string, Map<number, Mention[]>>()
  for (const mention of mentions) {
    const key = keyOf(mention)
    if (key === null) continue
    const articles = byKey.get(key) ?? new Map<number, Mention[]>()
    articles.set(mention.article, [...(articles.get(mention.article) ?? []), mention])
    byKey.set(key, articles)
  }
  const conflicts: Conflict[] = []
  for (const articles of byKey.values()) {
    const stated = [...articles.entries()]
      .map(([article, list]): [number, Mention[]] => {
        const exact = list.filter((m) => m.quantity.exact !== null)
        return [article, exact.length > 0 ? exact : list]
      })
      .sort((x, y) => x[0] - y[0])
    stated.forEach(([, left], i) => {
      for (const [, right] of stated.slice(i + 1)) {
        const ranked = listsInOrder(left, right)
        if (ranked !== null) {
          const seen = new Set<string>()
          for (const [own, other] of ranked) {
            if (own.some((m) => other.some((n) => agree(m.quantity, n.quantity))) || !within(own, other))
              continue
            const a = shown(own, other, likeness)
            const b = shown(other, [a], likeness)
            const values = `${a.quantity.value}|${b.quantity.value}`
            if (seen.has(values)) continue
            seen.add(values)
            conflicts.push({ a, b })
          }
          continue
        }
        if (!within(left, right)) continue
        if (left.some((m) => right.some((n) => agree(m.quantity, n.quantity)))) {
          conflicts.push(...nearMisses(left, right))
          continue
        }
        const a = shown(left, right, likeness)
        conflicts.push({ a, b: shown(right, [a], likeness) })
      }
    })
  }
  return conflicts
}

/**
 * How far apart, in minutes, two reports of one moment of a match may put it: a scorer's minutes further apart (his
 * chance at 22, his goal at 52) are two moments. Chosen leave-one-set-out over the development differences sets
 * (`eval:minute-reach-loo`, the narrowest that loses no annotated disagreement): every misreported minute annotated
 * there is within 7 of the other report.
 */
export const MINUTE_REACH = 10

/** Two values that may be one moment: any two figures but minutes, and minutes within `reach` of each other. */
function sameMoment(a: Quantity, b: Quantity, reach: number): boolean {
  if (!isMinute(a) || !isMinute(b) || a.exact === null || b.exact === null) return true
  return Math.abs(a.exact.value - b.exact.value) <= reach
}

/**
 * Several minutes of one key in both articles, as many in each (a scorer's three goals: 22، 73 and 90+5 in one, 20، 71
 * and 94 in the other), are matched in the order of the match, first with first: each minute is its own moment. Null
 * when either article gives fewer than two, or they give different numbers of them (a chance's minute beside a
 * goal's), or the key is not a minute's.
 */
function inOrder(left: readonly Mention[], right: readonly Mention[]): [Mention[], Mention[]][] | null {
  if (!left.every((m) => isMinute(m.quantity)) || !right.every((m) => isMinute(m.quantity))) return null
  const [x, y] = [moments(left), moments(right)]
  if (x.length < 2 || x.length !== y.length) return null
  return x.map((own, i) => [own, y[i]!])
}

/**
 * `inOrder` over two articles' minutes of one key, and over each sentence of one that lists several of them against
 * each of the other's (an article that lists a scorer's three goals as 20، 71، 94 in its lead and as 22، 73 and 90+5
 * further down gives two lists, each another article's list matches in order). Null when no two lists match.
 */
function listsInOrder(left: readonly Mention[], right: readonly Mention[]): [Mention[], Mention[]][] | null {
  const lists = (mentions: readonly Mention[]) => {
    const sentences = new Map<number, Mention[]>()
    for (const m of mentions) sentences.set(m.sentence, [...(sentences.get(m.sentence) ?? []), m])
    // A list's own mentions first: the value shown is then the one the list gives.
    return [
      ...[...sentences.values()].filter((list) => list.length >= 2 && list.length < mentions.length),
      mentions,
    ]
  }
  const [own, other] = [lists(left), lists(right)]
  const ranked = own.flatMap((x) => other.flatMap((y) => inOrder(x, y) ?? []))
  return ranked.length > 0 || inOrder(left, right) !== null ? ranked : null
}

/**
 * «7 ملايين و976 ألفاً و391 صوتاً» in one sentence, «… و291» in another and in the other article: where two articles
 * agree on a person's figure (a candidate's votes), a value one of them gives elsewhere within `ROUNDING` (1%) of
 * the one value the other gives, but agreeing with none, is the figure misstated, and disagrees with the other article.
 * Not minutes (a foul at 20, the penalty scored at 22) nor figures of no one (a quake's magnitude by two agencies).
 */
function nearMisses(left: readonly Mention[], right: readonly Mention[]): Conflict[] {
  const [first] = left
  const cue = first?.quantity.cue == null ? undefined : cueByKey.get(first.quantity.cue)
  if (first === undefined || isMinute(first.quantity) || cue?.about !== 'person') return []
  const within = { share: ROUNDING, units: 0 }
  const missed = (own: readonly Mention[], other: readonly Mention[]) =>
    own.flatMap((m) => {
      if (m.quantity.exact === null || other.some((n) => agree(m.quantity, n.quantity))) return []
      const near = other.filter((n) => n.quantity.exact !== null && close(m.quantity, n.quantity, within))
      return near.length === 1 && near.length === other.filter((n) => n.quantity.exact !== null).length
        ? [[m, near[0]!] as const]
        : []
    })
  return [
    ...missed(left, right).map(([a, b]) => ({ a, b })),
    ...missed(right, left).map(([b, a]) => ({ a, b })),
  ]
}

/** Mentions grouped by the value they agree on, in the order of their values. */
function moments(mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = []
  for (const m of [...mentions].sort((p, q) => middle(p.quantity) - middle(q.quantity))) {
    const group = groups.find((g) => agree(g[0]!.quantity, m.quantity))
    if (group === undefined) groups.push([m])
    else group.push(m)
  }
  return groups
}

function shown(
  own: readonly Mention[],
  other: readonly Mention[],
  likeness: (m: Mention, n: Mention) => number,
): Mention {
  const times = (m: Mention) => own.filter((n) => agree(m.quantity, n.quantity)).length
  const distance = (m: Mention) =>
    Math.min(...other.map((n) => Math.abs(middle(m.quantity) - middle(n.quantity))))
  const like = (m: Mention) => Math.max(...other.map((n) => likeness(m, n)))
  // Of a running count's values stated once each at two stages told (77% counted, then 89%), the latest stage's; a
  // value with no stage told is not set behind one with a stage.
  const later = (m: Mention, n: Mention) =>
    m.progress !== undefined && n.progress !== undefined && m.progress.unit === n.progress.unit
      ? n.progress.done - m.progress.done
      : 0
  return [...own].sort(
    (m, n) => times(n) - times(m) || later(m, n) || distance(m) - distance(n) || like(n) - like(m),
  )[0]!
}

/** The value a quantity stands for: the number, else the middle of its range, else its lower bound. */
export function middle(quantity: Quantity): number {
  return (
    quantity.exact?.value ??
    (Number.isFinite(quantity.high) ? (quantity.low + quantity.high) / 2 : quantity.low)
  )
}
