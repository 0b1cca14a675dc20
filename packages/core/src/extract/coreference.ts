import { sourceGivenNameBase } from './given-name-start.ts'
import {
  ambiguousGivenNameSet,
  commonWordSet,
  complementizerSet,
  mediaHeadOpen,
  nisbaPlaces,
  norm,
  organizationHeadSet,
  statesOfKind,
} from './lexicon.ts'
import { withHashes, wordsWithReadings } from './reading-index.ts'
import type { Recognition } from './recognize.ts'
import { commaGap, type Found, foundFrom, joined, nextWordWith, type RoleSpan, type Scan } from './scan.ts'
import {
  givenNameBase,
  isAdjectiveLike,
  isCalendarWord,
  isDefiniteNisba,
  isFunctionWord,
  isVerb,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { type Base, readingIn, type Word } from './words.ts'

/** What later words refer back to: new mentions of entities named before, and who issued each statement. */
export interface Coreference {
  /** Mentions that stand for an entity named elsewhere: titles, head nouns, given names alone. */
  mentions: Found[]
  /** For a statement noun (بيان، البيان، التقرير) at a word, the body or person that issued it. */
  statements: Map<number, Found>
  /** `found` and `mentions` together by start, in the order a stable sort would give: `found`'s first on a tie. */
  all: Found[]
}

/**
 * Links the short forms of a news article to the entities named before them, nearest first:
 * - a title without a name (`الوزير السعودي`، `المتحدث باسم الكرملين`) to the person introduced with that title or
 *   a compatible one: the same head noun, and every other word of it in the person's title (a nisba may stand for
 *   its place: `الوزير السعودي` fits `وزير خارجية السعودية`);
 * - a body's head noun alone (`الوزارة`، `الشركة`، `البنك`) to the last body named with that head;
 * - a given name alone (`فيصل`، `خالد`) to the last person whose full name starts with it;
 * - a statement (`بيان`، `البيان`، `بيان التضخم في البنك المركزي`) to the body that issued it.
 * `found` holds the mentions grouped so far, in any order.
 */
export function resolveReferences(
  scan: Scan,
  recognition: Recognition,
  found: readonly Found[],
): Coreference {
  const sorted = found.slice().sort(byStart)
  const mentions = [
    ...titleMentions(scan, recognition, sorted),
    ...headMentions(scan, recognition, sorted),
    ...givenNameMentions(scan, recognition, sorted),
    ...stateKindMentions(scan, recognition, sorted),
  ]
  const all = mergeByStart(sorted, mentions.slice().sort(byStart))
  return { mentions, statements: statementIssuers(scan, all), all }
}

const byStart = (a: Found, b: Found) => a.start - b.start

/** Two lists sorted by start as one, the first's mentions before the second's on a tie. */
function mergeByStart(first: readonly Found[], second: readonly Found[]): Found[] {
  const merged: Found[] = []
  let m = 0
  for (let k = 0; k < second.length; k++) {
    const next = second[k]!
    while (m < first.length && first[m]!.start <= next.start) merged.push(first[m++]!)
    merged.push(next)
  }
  while (m < first.length) merged.push(first[m++]!)
  return merged
}

interface Holder {
  name: string
  titles: string[][]
  /** Starts of the person's mentions, in text order. */
  at: number[]
}

function titleMentions(scan: Scan, recognition: Recognition, found: readonly Found[]): Found[] {
  const holders = new Map<string, Holder>()
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind !== 'person') continue
    let holder = holders.get(f.name)
    if (!holder) {
      holder = { name: f.name, titles: [], at: [] }
      holders.set(f.name, holder)
    }
    holder.at.push(f.start)
    for (const role of f.roles ?? []) holder.titles.push(titleWords(role))
  }
  for (const [role, person] of apposedRoles(scan, recognition.roles, found)) {
    holders.get(person.name)!.titles.push(titleWords(role.role))
  }
  const withTitles = [...holders.values()].filter((holder) => holder.titles.length > 0)
  if (withTitles.length === 0) return []
  const mentions: Found[] = []
  for (let x = 0; x < recognition.roles.length; x++) {
    const role = recognition.roles[x]!
    if (role.person) continue
    const holder = titleHolder(role, withTitles)
    if (!holder) continue
    const first = scan.words[role.first]!
    const base = first.bases.find((b) => b.cut === 0) ?? first.bases[0]!
    const mention = foundFrom(
      scan,
      role.first,
      role.last,
      base,
      { kind: 'person', name: holder.name },
      'role',
      false,
    )
    mention.start = role.start
    mentions.push(mention)
    // وأضاف وزير الثقافة … وشدد الوزير: a title that named its holder again makes that holder the nearest one.
    holder.at.push(role.start)
  }
  return mentions
}

/**
 * `NAME، وكيل وزارة الزراعة بمحافظة …،` and `NAME وزير الزراعة`: a role right after a person's name, after a comma or
 * joined to a name of two words or more, with no name of its own, is that person's title too.
 */
function apposedRoles(scan: Scan, roles: readonly RoleSpan[], found: readonly Found[]): [RoleSpan, Found][] {
  const byLast = new Map<number, Found>()
  for (let q = 0; q < found.length; q++) {
    const f = found[q]!
    if (f.kind === 'person') byLast.set(f.last, f)
  }
  if (byLast.size === 0) return []
  const { words } = scan
  const apposed: [RoleSpan, Found][] = []
  for (let m = 0; m < roles.length; m++) {
    const role = roles[m]!
    if (role.person) continue
    const person = byLast.get(role.first - 1)
    const word = words[role.first]!
    if (!person || word.sentence !== words[role.first - 1]!.sentence) continue
    // A one-word name joined to a role may be a noun the recognisers misread as a name.
    if (commaGap(word) || (joined(words, role.first) && person.last > person.first))
      apposed.push([role, person])
  }
  return apposed
}

/**
 * The person a bare title refers to: the one of a compatible title named last before it, else the only one. A head
 * alone (`الرئيس`) refers first to a holder of that head alone or with adjectives (`الرئيس`، `رئيس الجمهورية`،
 * `الرئيس الأمريكي`), then to one whose head governs a noun (`رئيس الوزراء`، `رئيس الهيئة`), which news names in full.
 */
function titleHolder(role: RoleSpan, holders: readonly Holder[]): Holder | undefined {
  const words = titleWords(role.role)
  let best: Holder | undefined
  let bestAt = -1
  let plain = false
  const compatible: Holder[] = []
  for (let n = 0; n < holders.length; n++) {
    const holder = holders[n]!
    if (!holder.titles.some((title) => fitsTitle(words, title))) continue
    compatible.push(holder)
    const isPlain = words.length === 1 && holder.titles.some((title) => plainTitle(words[0]!, title))
    if (plain && !isPlain) continue
    const at = lastBefore(holder.at, role.start)
    if (at > bestAt || (isPlain && !plain && at >= 0)) {
      bestAt = at
      best = holder
      plain = isPlain
    }
  }
  return best ?? (compatible.length === 1 ? compatible[0] : undefined)
}

/** A title of head `head` and nisba-shaped adjectives alone, no noun it governs (`رئيس الجمهورية`، `الرئيس التنفيذي`). */
function plainTitle(head: string, title: readonly string[]): boolean {
  if (title[0] !== head) return false
  for (let k = 1; k < title.length; k++) if (!isDefiniteNisba(`ال${title[k]}`)) return false
  return true
}

function lastBefore(starts: readonly number[], offset: number): number {
  let last = -1
  for (const start of starts) if (start < offset && start > last) last = start
  return last
}

/** A title's words without the article or a ل before them: `الرئيس التنفيذي لأرامكو` → رئيس، تنفيذي، ارامكو. */
function titleWords(title: string): string[] {
  // A loop, not `filter` and `map`: late in a long run the arrays `map` returned changed their map, and the code that
  // reads them (fitsTitle, titleHolder) was deoptimised.
  const words: string[] = []
  for (const word of norm(title).split(' ')) if (word) words.push(bareTitleWord(word))
  return words
}

/** A folded word of a title without the article or a ل before it (a short word is kept whole). */
export function bareTitleWord(word: string): string {
  if (word.length > 4 && (word.startsWith('لل') || word.startsWith('ال'))) return word.slice(2)
  if (word.length > 4 && word[0] === 'ل') return word.slice(1)
  return word
}

/** Same head noun; each other word in the person's title, or a nisba whose place the title names. */
function fitsTitle(mention: readonly string[], title: readonly string[]): boolean {
  if (mention[0] !== title[0]) return false
  for (let k = 1; k < mention.length; k++) {
    const word = mention[k]!
    if (title.includes(word)) continue
    const place = nisbaPlaces.get(`ال${word}`) ?? nisbaPlaces.get(word)
    if (!place || !titleWords(place).every((w) => title.includes(w))) return false
  }
  return true
}

/**
 * `الوزارة`، `الشركة`، `البنك`، `الوكالة` standing alone: the last body or outlet named with that head before it
 * (an outlet's head often stands before its name: وكالة رويترز، قناة العربية).
 */
function headMentions(scan: Scan, recognition: Recognition, found: readonly Found[]): Found[] {
  const { words } = scan
  // No word that may be a head noun alone: no body's heads to gather.
  const start = nextWordWith(scan, 0, WordFlag.DefiniteOrganizationHead)
  if (start >= words.length) return []
  const bodies = found.filter((f) => (f.kind === 'organization' || f.kind === 'media') && f.form !== 'nisba')
  if (bodies.length === 0) return []
  // The bodies by each head noun that may stand for them, in text order. A body's mentions mostly repeat its name
  // and surface: each written form is folded once.
  const byHead = new Map<string, number[]>()
  const firstWords = new Map<string, string>()
  for (let k = 0; k < bodies.length; k++) {
    const f = bodies[k]!
    addHead(byHead, firstWordOnce(firstWords, f.surface), k)
    addHead(byHead, firstWordOnce(firstWords, f.name), k)
    addHead(byHead, f.kind === 'media' ? outletHeadBefore(scan, f) : quotedNameHead(scan, f), k)
  }
  const mentions: Found[] = []
  let b = 0
  for (let i = start; i < words.length; i = nextWordWith(scan, i + 1, WordFlag.DefiniteOrganizationHead)) {
    const word = words[i]!
    if (recognition.claimed[i] || scan.quoted[i]) continue
    const base = definiteHead(word.bases)
    if (!base) continue
    const next = words[i + 1]
    if (
      next &&
      joined(words, i + 1) &&
      qualifies(next.norm) &&
      !isFunctionWord(next) &&
      !isCalendarWord(next)
    )
      continue
    while (b < bodies.length && bodies[b]!.start < word.start) b++
    const head = base.base.slice(2)
    const named = byHead.get(head)
    if (named === undefined) continue
    // الوكالة names a body only where the lists give it as a body's head, else an outlet.
    const bodyHead = organizationHeadSet.has(head)
    for (let m = named.length - 1; m >= 0; m--) {
      const k = named[m]!
      if (k >= b || (!bodyHead && bodies[k]!.kind !== 'media')) continue
      mentions.push(
        foundFrom(scan, i, i, base, { kind: bodies[k]!.kind, name: bodies[k]!.name }, 'head', false),
      )
      break
    }
  }
  return mentions
}

function addHead(byHead: Map<string, number[]>, head: string, k: number): void {
  const named = byHead.get(head)
  if (named === undefined) byHead.set(head, [k])
  else if (named.at(-1) !== k) named.push(k)
}

/** منظمة "أطباء بلا حدود": the head noun before a body's name in quote marks, which the name leaves out. */
function quotedNameHead(scan: Scan, body: Found): string {
  const before = body.first > 0 ? scan.words[body.first - 1] : undefined
  if (!before || !scan.quoteOpeningAt.has(body.first) || before.sentence !== scan.words[body.first]!.sentence)
    return ''
  return readingIn(before, organizationHeadSet)?.base ?? ''
}

/** وكالة رويترز، قناة «العربية»: an outlet's head noun right before its name, which the name leaves out. */
function outletHeadBefore(scan: Scan, outlet: Found): string {
  const before = outlet.first > 0 ? scan.words[outlet.first - 1] : undefined
  if (!before || before.sentence !== scan.words[outlet.first]!.sentence) return ''
  return readingIn(before, mediaHeadOpen)?.base ?? ''
}

/** A reading of the word that is the article and an organisation's head noun (الوزارة، والهيئة، للشركة). */
function definiteHead(bases: readonly Base[]): Base | undefined {
  for (let n = 0; n < bases.length; n++) {
    const base = bases[n]!
    if (base.cut <= 1 && (base.flags & WordFlag.DefiniteOrganizationHead) !== 0) return base
  }
  return undefined
}

/** A word after the head that names another body with it: an adjective or genitive with the article. */
function qualifies(next: string): boolean {
  return next.startsWith('ال') || next.startsWith('لل')
}

/** `firstWord` of `name`, kept in `known` by name. */
function firstWordOnce(known: Map<string, string>, name: string): string {
  let first = known.get(name)
  if (first === undefined) {
    first = firstWord(name)
    known.set(name, first)
  }
  return first
}

function firstWord(name: string): string {
  const key = norm(name)
  const space = key.indexOf(' ')
  const first = space < 0 ? key : key.slice(0, space)
  return first.startsWith('ال') ? first.slice(2) : first
}

const KIND_ENDINGS = [...statesOfKind.keys()].map((noun) => noun.slice(2))
const TEH_MARBUTA = 0x629

function endsInKind(w: string): boolean {
  for (const ending of KIND_ENDINGS) if (w.endsWith(ending)) return true
  return false
}

/**
 * `المملكة`، `السلطنة` alone: the state of that kind the article names (by name or nisba), else a place of its own, as
 * the news writes it of the state it speaks from.
 */
function stateKindMentions(scan: Scan, recognition: Recognition, found: readonly Found[]): Found[] {
  // One native search of the text spares most articles the pass over their words.
  if (!KIND_ENDINGS.some((noun) => scan.text.includes(noun))) return []
  const { words } = scan
  const mentions: Found[] = []
  for (let i = 0; i < words.length; i++) {
    if (recognition.claimed[i] || scan.quoted[i]) continue
    const word = words[i]!
    // Most words end in neither noun: a test of the last letter, then of the ending, spares them the lookups.
    const w = word.norm
    if (w.charCodeAt(w.length - 1) !== TEH_MARBUTA || !endsInKind(w)) continue
    const base = readingIn(word, statesOfKind)
    if (!base) continue
    const next = words[i + 1]
    if (next && joined(words, i + 1) && qualifies(next.norm)) continue
    const states = statesOfKind.get(base.base)!
    const state = found.find((f) => f.kind === 'location' && states.has(f.name))
    const name = state?.name ?? scan.text.slice(word.start + base.cut, word.end)
    mentions.push(foundFrom(scan, i, i, base, { kind: 'location', name }, state ? 'alias' : 'name', false))
  }
  return mentions
}

/** A given name alone after a full name that starts with it (فيصل after فيصل بن فرحان). */
function givenNameMentions(scan: Scan, recognition: Recognition, found: readonly Found[]): Found[] {
  const people = found.filter((f) => f.kind === 'person' && f.form === 'name' && f.name.includes(' '))
  if (people.length === 0) return []
  const firstNames = people.map((f) => firstOf(norm(f.name)))
  const known = new Set(firstNames)
  const { words } = scan
  const mentions: Found[] = []
  // Only the words that hold one of the first names are read.
  const candidates = wordsWithReadings(scan, withHashes(known))
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!
    if (recognition.claimed[i] || scan.quoted[i]) continue
    const word = words[i]!
    // جواو after جواو فيريرا: a given name only the registered lists know counts too, unless news writes it as an
    // ordinary word; a full name of this article starting with it vouches for it as a name.
    const base = givenNameBase(word) ?? registeredGivenName(word)
    if (!base || !known.has(base.base) || ambiguousGivenNameSet.has(base.base)) continue
    let owner: Found | undefined
    for (let k = 0; k < people.length && people[k]!.start < word.start; k++) {
      if (firstNames[k] === base.base) owner = people[k]
    }
    if (!owner) continue
    mentions.push(foundFrom(scan, i, i, base, { kind: 'person', name: owner.name }, 'alias', false))
  }
  return mentions
}

function registeredGivenName(word: Word): Base | undefined {
  const base = sourceGivenNameBase(word)
  return base === undefined || commonWordSet.has(base.base) ? undefined : base
}

/** A folded name's first word (`split(' ')[0]`, without the array). */
function firstOf(key: string): string {
  const space = key.indexOf(' ')
  return space < 0 ? key : key.slice(0, space)
}

const MAX_STATEMENT_REACH = 5
const STATEMENT_NOUN = WordFlag.StatementNoun | WordFlag.DefiniteStatementNoun

/**
 * Who issued each statement: an entity named in its phrase (بيان صادر عن الوزارة، بيان التضخم في البنك المركزي), else
 * for `بياناً`/`في بيان` the body or person last named in its sentence (أصدرت الوزارة بياناً), else for `البيان` the
 * issuer of the statement before.
 */
function statementIssuers(scan: Scan, found: readonly Found[]): Map<number, Found> {
  const statements = new Map<number, Found>()
  const { words } = scan
  // Most articles name no statement: no issuers to gather.
  const first = nextWordWith(scan, 0, STATEMENT_NOUN)
  if (first >= words.length) return statements
  const speakers = found.filter((f) => f.form !== 'nisba' && f.kind !== 'location')
  const byFirst = new Map<number, Found>()
  for (const f of speakers) if (!byFirst.has(f.first)) byFirst.set(f.first, f)
  let last: Found | undefined
  let s = 0
  for (let i = first; i < words.length; i = nextWordWith(scan, i + 1, STATEMENT_NOUN)) {
    const word = words[i]!
    if (scan.quoted[i]) continue
    const definite = statementReading(word.bases)
    if (definite === undefined) continue
    let issuer: Found | undefined
    for (let k = i + 1; k <= i + MAX_STATEMENT_REACH && k < words.length; k++) {
      const next = words[k]!
      if (
        next.sentence !== word.sentence ||
        next.breakBefore ||
        isVerb(next) ||
        complementizerSet.has(next.norm)
      )
        break
      issuer = byFirst.get(k)
      if (issuer) break
    }
    if (!issuer && !definite) {
      while (s < speakers.length && speakers[s]!.start < word.start) s++
      const before = s > 0 ? speakers[s - 1] : undefined
      // (NAME) – أصدرت الحكومة بياناً: a name before the verb whose object the statement is did not issue it.
      if (before && words[before.first]!.sentence === word.sentence && !verbBetween(words, before.last, i))
        issuer = before
    }
    // التقارير الاستخباراتية: a statement with an adjective of its own is described, not the one issued before.
    issuer ??= definite && !describedAfter(words, i) ? last : undefined
    if (!issuer) continue
    statements.set(i, issuer)
    last = issuer
  }
  return statements
}

function describedAfter(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]
  return (
    next !== undefined &&
    !next.breakBefore &&
    next.sentence === words[i]!.sentence &&
    isAdjectiveLike(next.norm)
  )
}

function verbBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isVerb(words[k]!)) return true
  return false
}

/** Whether the word is a statement noun: true with the article, false without, undefined if it is none. */
function statementReading(bases: readonly Base[]): boolean | undefined {
  for (let n = 0; n < bases.length; n++) {
    const base = bases[n]!
    if (base.cut > 1) continue
    if (base.flags & WordFlag.StatementNoun) return false
    if (base.flags & WordFlag.DefiniteStatementNoun) return true
  }
  return undefined
}
