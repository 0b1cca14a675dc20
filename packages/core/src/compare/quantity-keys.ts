import {
  ambiguousGivenNameSet,
  commonVerbSet,
  functionWordSet,
  givenNameSet,
  norm,
  roleWordSet,
  strictNorm,
  titleHeadSet,
} from '../lang/ar/compiled.ts'
import {
  contrastWordSet,
  cueByKey,
  cueByWord,
  listReferenceByWord,
  magnitudeOf,
  quantityWord,
  shareVerbSet,
  unitOf,
} from '../lang/ar/quantities.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'
import { agree, type Quantity } from './quantities.ts'
import type { SentenceSpace } from './sentence-space.ts'

/** A quantity stated in one sentence of one article. */
export interface Mention {
  article: number
  sentence: number
  quantity: Quantity
  /** The region a sentence's figures are a part for (`وفي محافظة الجيزة، …`). */
  place?: string
  /** For a toll, the place named after it in its clause (`… بجروح في تركيا`). */
  where?: string
}

/** Two articles' values of one quantity that cannot both be true. */
export interface Conflict {
  a: Mention
  b: Mention
}

const PREFIXES = /^[وبل]/
// The article, with و، ف or ل before it: الأول، للثاني، والأخير.
const DEFINITE = /^[وف]?(?:ال|لل)/
const BREAK = /[،,;؛:.!؟?]/

/**
 * Family names of the people the compared articles name (السيسي، زهران، الشهري), as `nameKey`s: the last word of a
 * person's name of two words or more that the extraction found in two articles, or in one with a given name first
 * when the word is mostly written after a given name; and a word written right after the same given name in two
 * articles (ياسين إبراهيمي / ياسين براهيمي), which finds the players and candidates of foreign names the extraction
 * misses, after a given name that is also a word (صلاح، أمجد) only when the word mostly stands with it. A figure
 * that belongs to a person (votes, a goal's minute) is told apart by the family name written nearest to it.
 */
export function familyNames(space: SentenceSpace): ReadonlySet<string> {
  const names = new Set<string>()
  const seen = new Map<string, Set<number>>()
  const followers = new Map<string, Set<number>>()
  // How often each word is written, and each pair of a given name and the word after it.
  const uses = new Map<string, number>()
  const named = new Map<string, number>()
  const afterGiven = new Map<string, number>()
  const introduced = new Set<string>()
  space.extractions.forEach((extraction, a) => {
    const text = space.articles[a]!.text
    for (const entity of extraction.entities) {
      if (entity.kind !== 'person') continue
      for (const mention of entity.mentions ?? []) {
        const words = text.slice(mention.start, mention.end).split(/\s+/).filter(Boolean)
        if (words.length < 2) continue
        const last = words[words.length - 1]!
        if (!familyWord(last)) continue
        const family = nameKey(last)
        if (givenName(words[0]!) || norm(words[0]!).startsWith('عبد')) introduced.add(family)
        seen.set(family, (seen.get(family) ?? new Set()).add(a))
      }
    }
    const tokens = tokenize(text)
    tokens.forEach((token, i) => {
      const next = tokens[i + 1]
      if (token.kind === 'word') count(uses, nameKey(token.text))
      if (token.kind !== 'word' || next?.kind !== 'word' || !givenName(token.text)) return
      if (!/^ $/.test(text.slice(token.end, next.start))) return
      count(afterGiven, nameKey(next.text))
      if (!familyWord(next.text) || givenName(next.text)) return
      const pair = `${strictNorm(token.text)} ${nameKey(next.text)}`
      followers.set(pair, (followers.get(pair) ?? new Set()).add(a))
      count(named, pair)
    })
  })
  for (const [family, articles] of seen) if (articles.size >= 2) names.add(family)
  // A name the extraction found in one article is a family name where the word is mostly written after a given
  // name; a word of the text the extraction glued to a name (مناف يونس الهدف) is mostly written without one.
  for (const family of introduced) if (2 * (afterGiven.get(family) ?? 0) > (uses.get(family) ?? 0)) names.add(family)
  for (const [pair, articles] of followers) {
    const [given, family] = pair.split(' ') as [string, string]
    // A given name that is also a word (صلاح، أمجد) names someone where the word after it mostly stands with it:
    // صلاح اليحيائي in every article, اليحيائي alone once; not صلاح الدين, when الدين is written everywhere.
    const ambiguous = ambiguousGivenNameSet.has(given)
    if (articles.size >= 2 && (!ambiguous || 2 * (named.get(pair) ?? 0) > (uses.get(family) ?? 0)))
      names.add(family)
  }
  return names
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

const givenName = (word: string) => givenNameSet.has(strictNorm(word))

function familyWord(word: string): boolean {
  const key = quantityWord(word)
  return (
    norm(word).length >= 3 &&
    ![functionWordSet, commonVerbSet, titleHeadSet, roleWordSet].some((set) => set.has(norm(word))) &&
    !cueByWord.has(key) &&
    magnitudeOf(word) === undefined &&
    unitOf(word) === undefined
  )
}

/**
 * A family name folded over the ways outlets spell it (إبراهيمي / براهيمي، ماشيان / ماشياني، عطوان / العطواني):
 * without a leading alef, a final ي of a long name, or the article before four letters or more.
 */
export function nameKey(word: string): string {
  let key = norm(word)
  if (key.startsWith('ا') && !key.startsWith('ال') && key.length > 4) key = key.slice(1)
  if (key.endsWith('ي') && key.length > 5) key = key.slice(0, -1)
  if (key.startsWith('ال') && key.length >= 6) key = key.slice(2)
  return key
}

/**
 * What a quantity is about, as a key two articles' quantities of one thing share: its cue (the dead, votes, the
 * minute) and unit, and for a figure that belongs to a person the family name written nearest to it: first in its
 * clause, before it then after it, else before it in the sentence. Figures listed after names listed in the same
 * order go name by name (الشهري والدوسري بالدقيقتين 48 و53). Null for a quantity without a cue, and for a person's
 * figure with no person named: whose goal a minute dates is then unknown.
 */
export function quantityKey(text: string, quantity: Quantity, names: ReadonlySet<string>): string | null {
  if (quantity.cue === null) return null
  const cue = cueByKey.get(quantity.cue)
  if (cue?.progress) return null
  const unit = quantity.unit ?? cue?.units?.find((u) => u !== null) ?? null
  const base = `${quantity.cue}|${unit ?? ''}`
  if (cue?.about === 'noun') return `${base}|${norm(quantity.label).replace(/^ال/, '')}`
  if (cue?.about !== 'person') return base
  const person = personNear(text, quantity.start, names)
  return person === null ? null : `${base}|${person}`
}

function personNear(text: string, start: number, names: ReadonlySet<string>): string | null {
  const tokens = tokenize(text)
  const k = tokens.findIndex((token) => token.start === start)
  if (k < 0) return null
  const nameAt = (i: number) => {
    const token = tokens[i]!
    if (token.kind !== 'word') return null
    const word = nameKey(token.text)
    if (names.has(word)) return word
    const bare = PREFIXES.test(norm(token.text)) ? nameKey(norm(token.text).slice(1)) : word
    return names.has(bare) ? bare : null
  }
  const broken = (i: number) => BREAK.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start))
  const word = (i: number) => (tokens[i]!.kind === 'word' ? quantityWord(tokens[i]!.text) : '')
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
  while (i > 0 && !broken(i)) {
    i--
    const name = nameAt(i)
    if (name !== null) before.unshift(name)
    if (shareVerbSet.has(word(i))) subject ??= before[0] ?? listed(i + 1)
    if (before.length === 0 && contrastWordSet.has(word(i))) {
      turned = true
      break
    }
  }
  const [position, length] = listPlace(tokens, k)
  if (length > 1 && before.length >= length) return before[before.length - length + position]!
  if (subject !== null) return subject
  if (before.length > 0) return before[before.length - 1]!
  for (let j = k + 1; j < tokens.length && !broken(j); j++) {
    const name = nameAt(j)
    if (name !== null) return name
    if (j <= k + 2) {
      const pointed = listed(j)
      if (pointed !== null) return pointed
    }
  }
  if (turned) return null
  for (let j = i - 1; j >= 0; j--) {
    const name = nameAt(j)
    if (name !== null) return name
    if (contrastWordSet.has(word(j))) return null
  }
  return null
}

/** The place of the number at `k` in a list of numbers joined by و (48 و53), and the list's length. */
function listPlace(tokens: readonly Token[], k: number): [number, number] {
  const and = (i: number) => tokens[i]?.kind === 'word' && tokens[i]!.text === 'و'
  let first = k
  while (and(first - 1) && tokens[first - 2]?.kind === 'number') first -= 2
  let last = k
  while (and(last + 1) && tokens[last + 2]?.kind === 'number') last += 2
  return [(k - first) / 2, (last - first) / 2 + 1]
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
): Conflict[] {
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
        if (left.some((m) => right.some((n) => agree(m.quantity, n.quantity)))) continue
        const a = shown(left, right, likeness)
        conflicts.push({ a, b: shown(right, [a], likeness) })
      }
    })
  }
  return conflicts
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
  return [...own].sort((m, n) => times(n) - times(m) || distance(m) - distance(n) || like(n) - like(m))[0]!
}

function middle(quantity: Quantity): number {
  return (
    quantity.exact?.value ??
    (Number.isFinite(quantity.high) ? (quantity.low + quantity.high) / 2 : quantity.low)
  )
}
