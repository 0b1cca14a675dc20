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
import { compoundOpeningSet } from '../lang/ar/compiled-cues.ts'
import { sharedFamilyEndings } from '../lang/ar/name-parts.ts'
import { cueByWord, magnitudeOf, quantityWord, unitOf } from '../lang/ar/quantities.ts'
import { tokenize } from '../normalize/tokenize.ts'
import type { SentenceSpace } from './sentence-space.ts'

/** The people of compared articles by the words that name them: a `nameKey` (a family name, a given name) → a person. */
export type PersonNames = ReadonlyMap<string, string>

/**
 * The people the compared articles name, by their family names (السيسي، زهران، الشهري) as `nameKey`s: the last word
 * of a person's name of two words or more that the extraction found in two articles, or in one with a given name
 * first when the word is mostly written after a given name; and a word written right after the same given name in
 * two articles (ياسين إبراهيمي / ياسين براهيمي), which finds the players and candidates of foreign names the
 * extraction misses, after a given name that is also a word (صلاح، أمجد) only when the word mostly stands with it.
 * One person may go by two names after one given name (عمر المالكي in some articles, عمر محمد with his father's name
 * in others, عمر alone in one): see `joinByGivenName`.
 */
export function personNames(space: SentenceSpace): PersonNames {
  const names = new Set<string>()
  const seen = new Map<string, Set<number>>()
  const followers = new Map<string, Set<number>>()
  const pairs = new Map<string, Set<number>>()
  // How often each word is written, each pair of a given name and the word after it, and each word after one.
  const uses = new Map<string, number>()
  const named = new Map<string, number>()
  const afterGiven = new Map<string, number>()
  const introduced = new Set<string>()
  const personUses = new Map<string, number>()
  space.extractions.forEach((extraction, a) => {
    const text = space.articles[a]!.text
    for (const entity of extraction.entities) {
      if (entity.kind !== 'person') continue
      for (const mention of entity.mentions ?? []) {
        const written = text.slice(mention.start, mention.end).split(/\s+/).filter(Boolean)
        if (written.length < 2) continue
        const words = familyLast(written)
        const last = words[words.length - 1]!
        if (!familyWord(last)) continue
        const family = nameKey(last)
        count(personUses, family)
        if (words.length >= 2 && (givenName(words[0]!) || norm(words[0]!).startsWith('عبد')))
          introduced.add(family)
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
      if (!familyWord(next.text)) return
      const pair = `${givenOf(token.text)} ${nameKey(next.text)}`
      // A father's name after a given name (عمر محمد) may be how outlets name him: kept to join names, not to find them.
      pairs.set(pair, (pairs.get(pair) ?? new Set()).add(a))
      count(named, pair)
      if (givenName(next.text)) return
      followers.set(pair, (followers.get(pair) ?? new Set()).add(a))
    })
  })
  for (const [family, articles] of seen) if (articles.size >= 2) names.add(family)
  // A word of the name of a body the extraction found (نادي الأهلي، الزمالك) at least as often as of a person's is no
  // one's family name, even after a word that is also a given name (بكّر الأهلي بافتتاح التسجيل).
  const bodies = new Map<string, number>()
  space.extractions.forEach((extraction, a) => {
    const text = space.articles[a]!.text
    for (const entity of extraction.entities) {
      // Not places: a nisba family name folds to its country's key (السوداني / السودان).
      if (entity.kind !== 'organization' && entity.kind !== 'media') continue
      for (const mention of entity.mentions ?? []) {
        for (const word of text.slice(mention.start, mention.end).split(/\s+/))
          if (word.length > 0) count(bodies, nameKey(word))
      }
    }
  })
  // A name the extraction found in one article is a family name where the word is mostly written after a given
  // name; a word of the text the extraction glued to a name (مناف يونس الهدف) is mostly written without one.
  for (const family of introduced)
    if (2 * (afterGiven.get(family) ?? 0) > (uses.get(family) ?? 0)) names.add(family)
  for (const [pair, articles] of followers) {
    const [given, family] = pair.split(' ') as [string, string]
    // A given name that is also a word (صلاح، أمجد) names someone where the word after it mostly stands with it:
    // صلاح اليحيائي in every article, اليحيائي alone once; not صلاح الدين, when الدين is written everywhere.
    if (
      articles.size >= 2 &&
      (!ambiguousGivenNameSet.has(given) || 2 * (named.get(pair) ?? 0) > (uses.get(family) ?? 0))
    )
      names.add(family)
  }
  // A name stands with a given name when most of its uses follow it.
  const standsWith = (pair: string, family: string) => 2 * (named.get(pair) ?? 0) > (uses.get(family) ?? 0)
  // Unless the word is mostly written after a given name (أكرم عفيف, in a headline the extraction took for a body's name).
  for (const [body, times] of bodies)
    if (times >= (personUses.get(body) ?? 0) && 2 * (afterGiven.get(body) ?? 0) <= (uses.get(body) ?? 0))
      names.delete(body)
  return joinByGivenName(names, pairs, standsWith)
}

/**
 * A family name and a father's name that follow one given name in different articles, never both in one (عمر
 * المالكي / عمر محمد), are one person's: outlets name a player by his family's name or by his father's. Two family
 * names are two men, and a father's name, anyone's given name elsewhere, joins only where it mostly follows this
 * given name. The given name alone is then that person too, unless the articles also write it before a word they do
 * not know as a name; when it is also a word (عمر is also «age»), only where no definite noun follows it
 * (`wordOrName`). A given name that goes with two names in one article (two players called محمد) joins nothing.
 */
function joinByGivenName(
  names: ReadonlySet<string>,
  pairs: ReadonlyMap<string, Set<number>>,
  standsWith: (pair: string, family: string) => boolean,
): PersonNames {
  const person = new Map<string, string>([...names].map((name) => [name, name]))
  const byGiven = new Map<string, { family: string; articles: Set<number> }[]>()
  // A given name written before a word that is no name of the articles may be someone else's (محمد X): alone, it is
  // no one. After a name that is also a word, a definite noun (من عمر الشوط) is the word's genitive, not a name.
  const strangers = new Set<string>()
  for (const pair of pairs.keys()) {
    const [given, family] = pair.split(' ') as [string, string]
    const genitive = ambiguousGivenNameSet.has(given) && family.startsWith('ال')
    if (!names.has(family) && !genitive) strangers.add(given)
  }
  for (const [pair, articles] of pairs) {
    const [given, family] = pair.split(' ') as [string, string]
    // A father's name (عمر محمد) is anyone's given name elsewhere: it joins where it mostly follows this one.
    const loose = ambiguousGivenNameSet.has(given) || givenNameSet.has(family)
    if (!names.has(family) || (loose && !standsWith(pair, family))) continue
    byGiven.set(given, [...(byGiven.get(given) ?? []), { family, articles }])
  }
  for (const [given, families] of byGiven) {
    const together = families.some((f, i) =>
      families.slice(i + 1).some((g) => overlaps(f.articles, g.articles)),
    )
    // Two family names after one given name are two men (طارق الزعبي / طارق سلامة); a family's and a father's are one.
    const surnames = families.filter(({ family }) => !givenNameSet.has(family))
    if (together || surnames.length > 1 || names.has(nameKey(given))) continue
    const main = [...families].sort(
      (f, g) => g.articles.size - f.articles.size || (f.family < g.family ? -1 : 1),
    )[0]!
    for (const { family } of families) person.set(family, main.family)
    if (!strangers.has(given))
      person.set(ambiguousGivenNameSet.has(given) ? wordOrName(given) : nameKey(given), main.family)
  }
  return person
}

/**
 * The key under which a given name that is also a word names its person: only where no definite noun follows it, as
 * one would the noun in a construct (من عمر الشوط, the half's «age»; برأسية عمر في الدقيقة, Omar).
 */
export function wordOrName(given: string): string {
  return `?${nameKey(given)}`
}

function overlaps(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true
  return false
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

const GOD = norm('الله')

const SHARED_ENDINGS: ReadonlySet<string> = new Set(sharedFamilyEndings.map(norm))

/**
 * A name whose last word is الله (يحيى عطية الله، حسن نصر الله), or an ending many family names share (كليجدار أوغلو:
 * `sharedFamilyEndings`), is known by the word before it, which the tokens of a sentence show alone: the words of the
 * name up to that one.
 */
function familyLast(words: readonly string[]): readonly string[] {
  const last = norm(words[words.length - 1] ?? '')
  if (words.length >= 2 && SHARED_ENDINGS.has(last)) return words.slice(0, -1)
  return words.length >= 3 && last === GOD ? words.slice(0, -1) : words
}

/**
 * A word's given name, as `givenNameSet` spells it, or null: the word itself, else the word after the و that joins it
 * to a list of names (وسعيد جليلي in «بين مسعود … وسعيد جليلي»; وليد stays وليد).
 */
function givenOf(word: string): string | null {
  const own = strictNorm(word)
  if (givenNameSet.has(own)) return own
  const joined = own.startsWith('و') ? own.slice(1) : ''
  return joined.length >= 3 && givenNameSet.has(joined) ? joined : null
}

const givenName = (word: string) => givenOf(word) !== null

// The first word of a compound name (عبد الرازق، أبو بكر): the name is the word after it.

function familyWord(word: string): boolean {
  const key = quantityWord(word)
  return (
    norm(word).length >= 3 &&
    !compoundOpeningSet.has(norm(word)) &&
    ![functionWordSet, commonVerbSet, titleHeadSet, roleWordSet].some((set) => set.has(norm(word))) &&
    !cueByWord.has(key) &&
    magnitudeOf(word) === undefined &&
    unitOf(word) === undefined
  )
}

/**
 * A family name folded over the ways outlets spell it (إبراهيمي / براهيمي، ماشيان / ماشياني، عطوان / العطواني،
 * السولية / السوليه): without a leading alef, a final ي of a long name, or the article before four letters or more,
 * and a final ة written ه. A name of `TRANSLITERATED` letters or more, mostly a foreign one, is written as many ways
 * as outlets transliterate it (كيلينتشدار / كلينجدار): its inner long vowels are left out and تش is written ج, its
 * first and last letters kept.
 */
export function nameKey(word: string): string {
  let key = norm(word)
  if (key.startsWith('ا') && !key.startsWith('ال') && key.length > 4) key = key.slice(1)
  if (key.endsWith('ي') && key.length > 5) key = key.slice(0, -1)
  if (key.startsWith('ال') && key.length >= 6) key = key.slice(2)
  if (key.length >= TRANSLITERATED)
    key = `${key[0]}${key.slice(1, -1).replace(/تش/g, 'ج').replace(/[اوي]/g, '')}${key[key.length - 1]}`
  return key.endsWith('ة') ? `${key.slice(0, -1)}ه` : key
}

// How long a name is, in letters, for its spellings to differ as transliterations do.
const TRANSLITERATED = 7
