import type { Entity, EntityKind } from '../model/extraction.ts'
import { isSpaceLike } from '../segment/marks.ts'
import { bodyListItems } from './body-lists.ts'
import { unifyBodyShortForms } from './body-short-forms.ts'
import { withoutCompetitionPlaces } from './competition-places.ts'
import { addContextualFamilyNames } from './contextual-names.ts'
import { resolveReferences } from './coreference.ts'
import {
  ambiguousGivenNameSet,
  commonWordSet,
  contextualAliases,
  descentParticleSet,
  functionWordSet,
  maghrebiDescentParticleSet,
  nameParticleSet,
  norm,
  placeHeadSet,
  roleWordSet,
  sovereignTitleSet,
} from './lexicon.ts'
import { listedCompanies } from './listed-companies.ts'
import { isUnknownNameWord } from './name-words.ts'
import { withoutNamesakes } from './namesakes.ts'
import { unifyNationalTeams } from './national-teams.ts'
import { partyShortForms } from './party-short-forms.ts'
import { withoutPlatformOutlets } from './platform-mentions.ts'
import { withHashes, wordsWithReadings } from './reading-index.ts'
import type { Recognition } from './recognize.ts'
import { addAlternate, type Found, foundFrom, joined, type Scan } from './scan.ts'
import { teamNames } from './team-names.ts'
import { isGivenName, isKnownSurname, isNameParticle, isPrepositionalPhrase } from './word-classes.ts'
import type { Word } from './words.ts'

/** Stable id of an entity: its kind and normalised canonical name, words joined by `-` (`person:فلاديمير-بوتين`). */
export function entityId(kind: EntityKind, name: string): string {
  return idOfNormalised(kind, norm(name))
}

/** `entityId` of a name already normalised (`key`): `group` folds each name once for its id and its aliases. */
function idOfNormalised(kind: EntityKind, key: string): string {
  const trimmed = key.trim()
  // Most names part their words by one plain space: no regex for them.
  return `${kind}:${singleSpaced(trimmed) ? dashSpaces(trimmed) : trimmed.replace(SPACES, '-')}`
}

/** `text` with each space a `-`, cut at its spaces (`replaceAll` costs more on names of two or three words). */
function dashSpaces(text: string): string {
  let space = text.indexOf(' ')
  if (space < 0) return text
  let dashed = ''
  let from = 0
  while (space >= 0) {
    dashed += `${text.slice(from, space)}-`
    from = space + 1
    space = text.indexOf(' ', from)
  }
  return dashed + text.slice(from)
}

const SPACES = /\s+/g

/** No whitespace in `text` but single plain spaces (what `SPACES` would replace one for one). */
function singleSpaced(text: string): boolean {
  let previousSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const space = code === 0x20
    if ((space && previousSpace) || (!space && isWhitespace(code))) return false
    previousSpace = space
  }
  return true
}

/** What `\s` matches: Unicode's white space (`isSpaceLike`) but U+0085, and the byte-order mark. */
function isWhitespace(code: number): boolean {
  return code === 0xfeff || (code !== 0x85 && isSpaceLike(code))
}

export interface Resolution {
  entities: Entity[]
  /** Every mention, with its `entity` set, in text order. */
  found: Found[]
  /** The issuer of the statement noun at a word: see `resolveReferences`. */
  statements: ReadonlyMap<number, Found>
}

/**
 * Groups the recognised names into entities: short forms of a person's name become aliases of the full name (بوتين،
 * الشرع, found anywhere in the article, also before the full name), titles, head nouns and given names standing
 * alone become mentions of the entity they refer back to (`./coreference.ts`), and everything gets its id.
 */
export function resolveEntities(scan: Scan, recognition: Recognition): Resolution {
  // A match's sides first, so that a bare side is one club with its name after نادي or فريق (نادي السيب … السيب).
  const found = withoutCompetitionPlaces(
    scan,
    withoutNamesakes(scan, [...withoutPlatformOutlets(recognition.found), ...teamNames(scan, recognition)]),
  )
  unifyBodyShortForms(scan.text, found)
  unifyNationalTeams(found)
  // The passes below fold the same names again and again (mentions of one entity share its name string): once each.
  const folds: Folds = new Map()
  unifyPlaces(found, folds)
  cutRunOnAliases(scan, found, folds)
  const people = unifyPeople(found, folds)
  found.push(
    ...findAliases(scan, recognition, people),
    ...partyShortForms(scan, recognition, found),
    ...bodyListItems(scan, recognition),
    ...listedCompanies(scan, recognition),
  )
  addContextualFamilyNames(scan, found)
  dropNisbasOfFamilyNames(found)
  const references = resolveReferences(scan, recognition, found)
  const ordered = longestFirst(references.all)
  return { entities: group(scan, ordered, folds), found: ordered, statements: references.statements }
}

/** Names folded by `norm`, by the name as written. */
type Folds = Map<string, string>

function folded(folds: Folds, name: string): string {
  let key = folds.get(name)
  if (key === undefined) {
    key = norm(name)
    folds.set(name, key)
  }
  return key
}

/**
 * Mentions sorted by start, those of one start longest first, as a stable sort by start and then end would order them.
 * Sorted by start already, only mentions of one start move: an insertion sort.
 */
function longestFirst(found: Found[]): Found[] {
  for (let n = 1; n < found.length; n++) {
    const f = found[n]!
    let k = n
    while (k > 0 && found[k - 1]!.start === f.start && found[k - 1]!.end < f.end) {
      found[k] = found[k - 1]!
      k--
    }
    found[k] = f
  }
  return found
}

/**
 * A place named with its head and without it (محافظة حلب … حلب) is one place: the headed name takes the bare one,
 * and keeps its own form as an alias.
 */
function unifyPlaces(found: Found[], folds: Folds): void {
  const names = new Map<string, string>()
  const places: Found[] = []
  const keys: string[] = []
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!
    if (f.kind !== 'location') continue
    const key = folded(folds, f.name)
    names.set(key, f.name)
    places.push(f)
    keys.push(key)
  }
  if (names.size < 2) return
  for (let q = 0; q < places.length; q++) {
    const f = places[q]!
    const key = keys[q]!
    const space = key.indexOf(' ')
    if (space < 0 || !placeHeadSet.has(key.slice(0, space))) continue
    const bare = names.get(key.slice(space + 1))
    if (bare === undefined) continue
    addAlternate(f, f.name)
    f.name = bare
  }
}

/**
 * الرئيس عون اطمئن and ميشال عون: a family name the article gives with a full name, standing first in another name
 * of two words, is that person; the second word belongs to the clause (a verb, a noun) and is cut off. Not when the
 * second word is a name word (a listed given or family name, a particle, a word with the article, or a word that
 * opens a person's name elsewhere in the article: حسني مبارك beside فاروق حسني and الرئيس مبارك), nor when the first is
 * a listed given name (القاضي محمد مفلح beside علي محمد) unless the second is an ordinary word of news.
 */
function cutRunOnAliases(scan: Scan, found: Found[], folds: Folds): void {
  const families = new Set<string>()
  const heads = new Set<string>()
  // A person's mentions mostly repeat one name: each name's words are read once.
  const read = new Set<string>()
  for (let m = 0; m < found.length; m++) {
    const f = found[m]!
    if (f.kind !== 'person' || read.has(f.name)) continue
    read.add(f.name)
    const words = folded(folds, f.name).split(' ')
    heads.add(words[0]!)
    if (words.length > 1 && isUsableAlias(words.at(-1)!)) families.add(words.at(-1)!)
  }
  const { words } = scan
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind !== 'person' || f.known || f.form !== 'name' || f.last !== f.first + 1) continue
    const head = words[f.first]!
    const tail = words[f.last]!
    if (!head.bases.some((b) => families.has(b.base)) || heads.has(tail.norm)) continue
    if (tail.norm.startsWith('ال') || isGivenName(tail) || isKnownSurname(tail) || isNameParticle(tail))
      continue
    // وقطع حمزة بعدم وجود … beside أحمد عثمان حمزة: after a listed given name too, a word news writes as an ordinary
    // one (counted as seldom standing after a given name), or ب or ك on such a word, belongs to the clause.
    if (isGivenName(head) && !commonWordSet.has(tail.norm) && !isPrepositionalPhrase(tail)) continue
    cutToHead(scan, f)
  }
  cutEchoedNames(scan, found, folds)
}

function cutToHead(scan: Scan, f: Found, last = f.first): void {
  f.last = last
  f.end = scan.words[last]!.end
  f.name = f.surface = scan.text.slice(f.start, f.end)
}

/**
 * حذر ياسين الموجود في …، أجابتها أولغا مرتجفة، زيارة عباس دليل على …: a name of two words, no title before it, whose
 * first word is the family name of a full name the article gave before, or the given name of the one full name it
 * gave before that opens with it, is that person named again; the second word, which no list of names knows and no
 * other name of the article holds, belongs to the clause (an adjective, a participle, the next noun) and is cut off.
 */
function cutEchoedNames(scan: Scan, found: Found[], folds: Folds): void {
  const { words } = scan
  const lasts = new Map<string, { at: number; name: string }>()
  const firsts = new Map<string, { at: number; name: string; names: Set<string> }>()
  const nameWords = new Map<string, number>()
  const count = new Map<string, number>()
  const fulls = new Map<string, { at: number; name: string }>()
  for (const f of found) {
    if (f.kind !== 'person') continue
    const key = folded(folds, f.name)
    count.set(key, (count.get(key) ?? 0) + 1)
    const ws = key.split(' ')
    if (ws.length > 1 && !((fulls.get(key)?.at ?? Infinity) < f.start))
      fulls.set(key, { at: f.start, name: f.name })
    for (const w of ws) nameWords.set(w, (nameWords.get(w) ?? 0) + 1)
    if (ws.length < 2) continue
    const last = ws.at(-1)!
    if (!lasts.has(last) || lasts.get(last)!.at > f.start) lasts.set(last, { at: f.start, name: f.name })
    const first = firsts.get(ws[0]!) ?? { at: f.start, name: f.name, names: new Set<string>() }
    if (f.start < first.at) {
      first.at = f.start
      first.name = f.name
    }
    first.names.add(key)
    firsts.set(ws[0]!, first)
  }
  for (const f of found) {
    if (f.kind !== 'person' || f.known || f.form !== 'name' || f.last === f.first || f.roles?.length) continue
    const key = folded(folds, f.name)
    if (count.get(key) !== 1) continue
    if (f.last > f.first + 1) {
      // أذرف NAME1 NAME2 الدموع after NAME1 NAME2: a full name named again, run on into the word after it.
      const tail = words[f.last]!
      const prefix = fulls.get(key.slice(0, key.lastIndexOf(' ')))
      if (prefix === undefined || prefix.at >= f.start || !clauseWord(tail, firsts, nameWords, true)) continue
      cutToHead(scan, f, f.last - 1)
      f.name = prefix.name
      continue
    }
    const head = words[f.first]!
    const tail = words[f.last]!
    if (
      !clauseWord(tail, firsts, nameWords) ||
      functionWordSet.has(head.norm) ||
      nameParticleSet.has(head.norm)
    )
      continue
    let owner: string | undefined
    for (const b of head.bases) {
      const asLast = lasts.get(b.base)
      if (asLast !== undefined && asLast.at < f.start) owner = asLast.name
      const asFirst = firsts.get(b.base)
      if (owner || asFirst === undefined || asFirst.at >= f.start) continue
      let others = 0
      for (const n of asFirst.names) if (n !== key) others++
      // محمود NAME2 beside محمود NAME1, منى سعيدة beside منى NAME1: after a given name, a second word a name may hold
      // is another person's name; only a word of news or a participle in ة (مرتجفة، مبتسمة) is the clause's.
      if (
        others === 1 &&
        !isUnknownNameWord(tail, true) &&
        (commonWordSet.has(tail.norm) || PARTICIPLE.test(tail.norm))
      )
        owner = asFirst.name
    }
    if (owner === undefined) continue
    cutToHead(scan, f)
    f.name = owner
    f.form = 'alias'
  }
}

/** مرتجفة، مبتسمة، منفعلة: a feminine participle of a derived form. */
const PARTICIPLE = /^م.{3,}ة$/

/** A word no list of names knows and no other name of the article holds; with the article, a word of news. */
function clauseWord(
  tail: Word,
  firsts: ReadonlyMap<string, unknown>,
  nameWords: ReadonlyMap<string, number>,
  afterFullName = false,
): boolean {
  const t = tail.norm
  if (isGivenName(tail) || isKnownSurname(tail) || isNameParticle(tail) || firsts.has(t)) return false
  // A nisba's shape (زكريا دراوي beside يحيى زكريا) is a family name's, with the article or without: another person.
  if ((nameWords.get(t) ?? 0) > 1 || t.endsWith('ي')) return false
  // After a whole name the article gave before, any word with the article; after one word, a word of news.
  return !t.startsWith('ال') || afterFullName || commonWordSet.has(t)
}

interface PersonName {
  name: string
  words: readonly string[]
  /** The short forms of the name, as keys (words joined by a space): see `aliasesOf`. */
  aliases?: readonly string[]
  /** Offsets of the full-name mentions, to pick the nearest when two people share an alias (بشار / حافظ الأسد). */
  at: number[]
}

/** Single-word and shortened person names take the full name they abbreviate, when exactly one fits. */
function unifyPeople(found: Found[], folds: Folds): Map<string, PersonName> {
  const full = new Map<string, PersonName>()
  // Mentions of one person mostly share one name string: fold and split each name once.
  const split = new Map<string, NameWords>()
  const wordsOf = (name: string) => {
    let words = split.get(name)
    if (!words) {
      const key = folded(folds, name)
      words = { words: key.split(' '), key, loose: undefined }
      split.set(name, words)
    }
    return words
  }
  for (let q = 0; q < found.length; q++) {
    const f = found[q]!
    if (f.kind !== 'person') continue
    const { words, key } = wordsOf(f.name)
    if (words.length < 2) continue
    const entry = full.get(key) ?? { name: f.name, words, at: [] }
    entry.at.push(f.start)
    full.set(key, entry)
  }
  // نذير العرباوي and نذير لعرباوي: the Maghrebi press writes a family name's article as ل; the first spelling wins.
  const spellings = new Map<string, PersonName>()
  for (const [key, entry] of full) {
    const loose = looseKey(entry.words)
    const first = spellings.get(loose)
    if (!first) spellings.set(loose, entry)
    else {
      first.at.push(...entry.at)
      full.delete(key)
    }
  }
  for (let m = 0; m < found.length; m++) {
    const f = found[m]!
    if (f.kind !== 'person') continue
    const name = wordsOf(f.name)
    if (name.words.length < 2) continue
    name.loose ??= looseKey(name.words)
    f.name = spellings.get(name.loose)?.name ?? f.name
  }
  // A shorter full name that is part of a longer one with the same ends (أحمد الشرع ⊂ أحمد حسين الشرع).
  const names = [...full.values()].sort((a, b) => b.words.length - a.words.length)
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind !== 'person') continue
    const { words, key } = wordsOf(f.name)
    // بوتين، عبد الهادي: a short form of exactly one full name in the article.
    const owner = soleName(names, (p) => p.words.length > words.length && aliasKeys(p).includes(key))
    if (owner) {
      f.name = owner.name
      f.form = 'alias'
      continue
    }
    // العميد حاتم after حاتم بو بكر: a given name alone after a title is the one person whose full name opens with
    // it, when no full name ends with it.
    const opener = f.roles?.length && !f.known ? soleOpener(names, key) : undefined
    if (words.length === 1 && opener && !names.some((p) => p.words.at(-1) === key)) {
      f.name = opener.name
      f.form = 'alias'
      continue
    }
    // النائب عطية after سجيع عطية: a title before a family name alone, that is also a given name, still means the one
    // person whose full name ends in it.
    if (words.length === 1 && !(f.roles && f.roles.length > 0 && !names.some((p) => p.words[0] === key)))
      continue
    const longer = names.find(
      (p) => p.words.length > words.length && p.words[0] === words[0] && p.words.at(-1) === words.at(-1),
    )
    if (longer) {
      f.name = longer.name
      continue
    }
    // محمد ولد عبد for محمد ولد عبد العزيز: a name cut short after a particle or عبد, which no name ends with, is the
    // one longer name it opens. (A whole name that opens a longer one stays apart: the longer one may have taken a
    // word of the clause, as in حسن شيخ محمود القسم الدستوري.)
    const prefixOwner = soleName(
      names,
      (p) => p.words.length > words.length && startsWithWords(p.words, words),
    )
    if (
      words.length >= 2 &&
      prefixOwner &&
      !f.known &&
      (cutShort(words) || lineageGoesOn(prefixOwner.words, words.length))
    ) {
      f.name = prefixOwner.name
      f.form = 'alias'
      full.delete(key)
      continue
    }
    // شيخ محمود for حسن شيخ محمود: the last words of exactly one longer name are its short form.
    const suffixOwner = soleName(
      names,
      (p) =>
        p.words.length > words.length && endsWith(p.words, words) && !namesTheFather(p.words, words.length),
    )
    // ولد الغزواني for محمد ولد الشيخ الغزواني: a Mauritanian ولد or منت and the family's name, the names between
    // left out, are the one longer name that holds the particle and ends in that name.
    const lineageOwner = suffixOwner ?? lineageShortFormOwner(names, words)
    // The gazetteer's name stays its own, so that other articles name the same entity.
    if (!lineageOwner || f.known) continue
    f.name = lineageOwner.name
    f.form = 'alias'
    full.delete(key)
  }
  return full
}

/**
 * The one full name that opens with `key`; or, where several do, the shortest when it opens each of the others (محمود
 * ماهر beside محمود ماهر مؤلف رواية, a name the clause ran on from).
 */
function soleOpener(names: readonly PersonName[], key: string): PersonName | undefined {
  let shortest: PersonName | undefined
  let count = 0
  for (let n = 0; n < names.length; n++) {
    const p = names[n]!
    if (p.words[0] !== key) continue
    count++
    if (!shortest || p.words.length < shortest.words.length) shortest = p
  }
  if (count <= 1 || !shortest) return shortest
  for (let n = 0; n < names.length; n++) {
    const p = names[n]!
    if (p.words[0] === key && p !== shortest && !startsWithWords(p.words, shortest.words)) return undefined
  }
  return shortest
}

/** The one longer name of which `words` (ولد or منت, and one name) are the particle and the last word. */
function lineageShortFormOwner(
  names: readonly PersonName[],
  words: readonly string[],
): PersonName | undefined {
  if (words.length !== 2 || !maghrebiDescentParticleSet.has(words[0]!)) return undefined
  return soleName(names, (p) => {
    const at = p.words.indexOf(words[0]!)
    return p.words.length > 3 && at > 0 && at < p.words.length - 2 && p.words.at(-1) === words[1]
  })
}

/** A person's name folded (`key`), its words, and its key with the articles loosened (`looseKey`), once asked. */
interface NameWords {
  words: readonly string[]
  key: string
  loose: string | undefined
}

/**
 * The one name of `names` that `test` accepts, if exactly one does: asked for every mention of a person, without the
 * array `filter` would make.
 */
function soleName(names: readonly PersonName[], test: (p: PersonName) => boolean): PersonName | undefined {
  let sole: PersonName | undefined
  for (let n = 0; n < names.length; n++) {
    const p = names[n]!
    if (!test(p)) continue
    if (sole) return undefined
    sole = p
  }
  return sole
}

/**
 * سعود بن نايف for سعود بن نايف بن عبدالعزيز: a longer name that goes on past the shorter one with بن، بنت، ولد or منت
 * names more of the same person's forebears; no clause runs on with a particle of descent.
 */
function lineageGoesOn(longer: readonly string[], shortLength: number): boolean {
  return descentParticleSet.has(longer[shortLength]!)
}

/** A name whose last word is a particle (بن، ولد، أبو) or عبد: no name ends so. */
function cutShort(words: readonly string[]): boolean {
  return nameParticleSet.has(words.at(-1)!)
}

/**
 * الملك سلمان beside محمد بن سلمان: the words after بن or بنت name the father, not the person's short form (which
 * keeps the particle: بن سلمان). The Mauritanian ولد and منت are left out: there the last word alone is the family's
 * name and news uses it alone (الغزواني for محمد ولد الغزواني).
 */
function namesTheFather(longer: readonly string[], shortLength: number): boolean {
  const before = longer[longer.length - shortLength - 1]
  return before !== undefined && descentParticleSet.has(before) && !maghrebiDescentParticleSet.has(before)
}

function startsWithWords(longer: readonly string[], shorter: readonly string[]): boolean {
  return shorter.every((word, k) => longer[k] === word)
}

function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  const offset = longer.length - shorter.length
  return shorter.every((word, k) => longer[offset + k] === word)
}

function looseKey(words: readonly string[]): string {
  let key = ''
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!
    // دعاء عبد الرحمن and دعاء عبدالرحمن: a compound with عبد is written apart and joined.
    if (word === ABD && k + 1 < words.length) {
      key += `${key ? ' ' : ''}${word}${words[++k]}`
      continue
    }
    key += `${key ? ' ' : ''}${word.startsWith('ال') && word.length > 4 ? word.slice(1) : word}`
  }
  return key
}

const ABD = norm('عبد')

// Built by a loop, not `map`: an array `map` returns may change hidden class after many articles, and deoptimise the
// mention loop of `unifyPeople` that reads it (round 34 found the same for the blocks).
function aliasKeys(person: PersonName): readonly string[] {
  if (person.aliases === undefined) {
    const keys: string[] = []
    for (const alias of aliasesOf(person)) keys.push(alias.join(' '))
    person.aliases = keys
  }
  return person.aliases
}

/** The short forms of a full name: its family name (with its particle: أبو قصرة) and the gazetteer's others. */
function aliasesOf(person: PersonName): string[][] {
  const { words } = person
  const aliases: string[][] = []
  const last = words.at(-1)!
  const beforeLast = words.at(-2)
  if (beforeLast && nameParticleSet.has(beforeLast)) aliases.push([beforeLast, last])
  else if (isUsableAlias(last)) aliases.push([last])
  for (const alias of contextualAliases.get(person.name) ?? []) aliases.push(alias.split(' '))
  return aliases
}

/**
 * وافتتح السعودي الجلسة after `محمد السعودي`: a word that reads as a nisba and as the family name of a person the
 * article names is that person's short form, not a mention of the nisba's place.
 */
function dropNisbasOfFamilyNames(found: Found[]): void {
  const aliasAt = new Set<number>()
  for (const f of found)
    if (f.form === 'alias' && f.kind === 'person' && f.first === f.last) aliasAt.add(f.first)
  if (aliasAt.size === 0) return
  let kept = 0
  for (const f of found)
    if (!(f.form === 'nisba' && f.first === f.last && aliasAt.has(f.first))) found[kept++] = f
  found.length = kept
}

function isUsableAlias(word: string): boolean {
  return (
    word.length > 2 &&
    !functionWordSet.has(word) &&
    !roleWordSet.has(word) &&
    !ambiguousGivenNameSet.has(word) &&
    !nameParticleSet.has(word)
  )
}

function findAliases(scan: Scan, recognition: Recognition, people: Map<string, PersonName>): Found[] {
  const byFirstWord = new Map<string, { words: string[]; person: PersonName }[]>()
  for (const person of people.values()) {
    for (const words of aliasesOf(person)) {
      const list = byFirstWord.get(words[0]!) ?? []
      list.push({ words, person })
      byFirstWord.set(words[0]!, list)
    }
  }
  if (byFirstWord.size === 0) return []
  // Only the words that hold an alias's first word are read.
  const starts = wordsWithReadings(scan, withHashes(byFirstWord.keys()))
  const { words } = scan
  const { claimed } = recognition
  const aliases: Found[] = []
  let end = -1
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!
    if (i <= end || claimed[i] || words[i]!.number) continue
    const { bases } = words[i]!
    for (let b = 0; b < bases.length; b++) {
      const base = bases[b]!
      const candidates = byFirstWord.get(base.base)
      if (!candidates) continue
      const fitting = []
      for (let n = 0; n < candidates.length; n++) {
        const candidate = candidates[n]!
        if (fitsAt(scan, i, candidate.words, claimed)) fitting.push(candidate)
      }
      if (fitting.length === 0) continue
      const { words: alias, person } = nearest(fitting, words[i]!.start)
      const last = i + alias.length - 1
      aliases.push(foundFrom(scan, i, last, base, { kind: 'person', name: person.name }, 'alias', false))
      claimed.fill(1, i, last + 1)
      end = last
      break
    }
  }
  return aliases
}

function fitsAt(scan: Scan, i: number, alias: readonly string[], claimed: Uint8Array): boolean {
  for (let k = 1; k < alias.length; k++) {
    if (claimed[i + k] || !joined(scan.words, i + k) || scan.words[i + k]!.norm !== alias[k]) return false
  }
  return true
}

/** Of the people an alias may stand for, the one named last before it (or first after it). */
function nearest<T extends { person: PersonName }>(candidates: T[], offset: number): T {
  if (candidates.length === 1) return candidates[0]!
  let best = candidates[0]!
  let bestDistance = Number.POSITIVE_INFINITY
  for (let m = 0; m < candidates.length; m++) {
    const candidate = candidates[m]!
    // `at` is in text order: the last full mention before `offset`, or else the first one.
    const at = candidate.person.at
    let low = 0
    let high = at.length - 1
    let before = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (at[mid]! <= offset) {
        before = mid
        low = mid + 1
      } else high = mid - 1
    }
    const distance = before >= 0 ? offset - at[before]! : 1e9 + at[0]! - offset
    if (distance < bestDistance) {
      bestDistance = distance
      best = candidate
    }
  }
  return best
}

interface Grouped {
  entity: Entity
  /** Normalised aliases and roles already listed. */
  aliases: Set<string>
  /** Made at the first role: most entities have none. */
  roles: Set<string> | undefined
  /** The written form last listed or found listed already: mentions of one entity mostly repeat it. */
  lastAlias: string | undefined
}

function group(scan: Scan, found: Found[], folds: Folds): Entity[] {
  const byId = new Map<string, Grouped>()
  // By kind, then by name: most mentions carry the gazetteer's own name string, found at once.
  const byName = new Map<EntityKind, Map<string, Grouped>>()
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    let names = byName.get(f.kind)
    if (!names) {
      names = new Map()
      byName.set(f.kind, names)
    }
    let grouped = names.get(f.name)
    if (!grouped) {
      const key = folded(folds, f.name)
      const id = idOfNormalised(f.kind, key)
      grouped = byId.get(id)
      if (!grouped) {
        const entity: Entity = { id, kind: f.kind, name: f.name, aliases: [], roles: [], mentions: [] }
        // `add`, not a Set made from an array: that reads the array through an iterator.
        grouped = {
          entity,
          aliases: new Set<string>().add(key),
          roles: undefined,
          lastAlias: undefined,
        }
        byId.set(id, grouped)
      }
      names.set(f.name, grouped)
    }
    const { entity } = grouped
    f.entity = entity.id
    entity.mentions.push({ start: f.start, end: f.end, text: scan.text.slice(f.start, f.end), form: f.form })
    if (f.gloss !== undefined && entity.gloss === undefined) entity.gloss = f.gloss
    if ((f.form === 'name' || f.form === 'alias') && f.surface.length > 0) {
      addAlias(grouped, f.surface)
      // الملك سلمان، الشيخ سالم النواف: a sovereign's or sheikh's title is a written form of the name.
      const title = f.first > 0 ? scan.words[f.first - 1] : undefined
      if (f.kind === 'person' && title && sovereignTitleSet.has(title.norm) && joined(scan.words, f.first))
        addAlias(grouped, scan.text.slice(title.start, f.end))
      if (f.alternates) for (const surface of f.alternates) addAlias(grouped, surface)
    }
    if (f.roles === undefined) continue
    for (const role of f.roles) {
      const key = folded(folds, role)
      grouped.roles ??= new Set()
      if (!grouped.roles.has(key)) {
        grouped.roles.add(key)
        entity.roles.push(role)
      }
    }
  }
  return [...byId.values()].map((grouped) => grouped.entity)
}

function addAlias(grouped: Grouped, surface: string): void {
  if (surface === grouped.lastAlias) return
  grouped.lastAlias = surface
  // The entity's own name: its folded form is in `aliases` from the start (most names no list knows are written so).
  if (surface === grouped.entity.name) return
  const key = norm(surface)
  if (!grouped.aliases.has(key)) {
    grouped.aliases.add(key)
    grouped.entity.aliases.push(surface)
  }
}
