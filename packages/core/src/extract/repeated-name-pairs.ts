// A name no list knows in full, vouched for by the article writing the same two words together more than once.
import { commonWordSet } from './lexicon.ts'
import { isLongFemininePlural, POSSESSIVE } from './name-words.ts'
import { displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import {
  givenNameBase,
  isFunctionWord,
  isKnownSurname,
  isRoleWord,
  isVerb,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base, Word } from './words.ts'

/**
 * NAME1 NAME2 written twice or more, each time with no mark between, once at least right after a verb of saying or a
 * title, where NAME1 is a listed given name or a word no list knows (سيرجيو، which reads as a future verb) and NAME2
 * a word no list and no count of news knows, written nowhere else: the two words are a person's full name, as the
 * article keeps writing them (فاطمة NAME2، محمد NAME2، NAME1 NAME2). A person found as NAME1 alone takes NAME2;
 * NAME1 NAME2 not yet read become a person. Only repetition vouches: a pair written once is left to the other rules.
 * Runs after the main pass, beside the echoed family names.
 */
export function findRepeatedNamePairs(scan: Scan, found: Found[], claimed: Uint8Array): Found[] {
  const { words } = scan
  const added: Found[] = []
  // First the pairs whose second word no list knows (most words are known or ordinary), counted by their spelling.
  let pairs: Map<string, number[]> | undefined
  // A second word the article also writes after another word, or alone, is left out: the family name is written with
  // its given name each time.
  let others: Set<string> | undefined
  for (let k = 1; k < words.length; k++) {
    const second = words[k]!
    if ((second.flags & WordFlag.Known) !== 0 || !unknownWord(second)) continue
    const first = words[k - 1]!
    if (!joined(words, k) || first.number || first.sentence !== second.sentence) {
      others ??= new Set()
      others.add(second.norm)
      continue
    }
    const key = `${first.norm} ${second.norm}`
    pairs ??= new Map()
    const at = pairs.get(key)
    if (at) at.push(k - 1)
    else pairs.set(key, [k - 1])
  }
  if (pairs === undefined) return added
  let seconds: Map<string, string> | undefined
  for (const [key, at] of pairs) {
    const second = words[at[0]! + 1]!.norm
    seconds ??= new Map()
    const seen = seconds.get(second)
    if (seen !== undefined && seen !== key) {
      others ??= new Set()
      others.add(second)
    } else seconds.set(second, key)
  }
  for (const at of pairs.values()) {
    if (at.length < 2 || others?.has(words[at[0]! + 1]!.norm)) continue
    const first = words[at[0]!]!
    // لدينا: a given name read behind a particle is none here.
    const listed = givenNameBase(first)
    const given = listed?.cut === 0 ? listed : undefined
    // Once at least, the pair stands where a name does: right after a verb of saying or a title (عن عمر يناهز، في بيان
    // مشترك are not).
    if (!at.some((j) => vouchedBefore(words, j))) continue
    // كمال NAME2 أوغلو: where the rules already read the pair inside a longer name, that name is the article's.
    if (at.some((j) => claimed[j + 1] === 1 && inLongerName(found, j + 1))) continue
    const base: Base | undefined = given ?? (unknownWord(first) ? first.bases[0] : undefined)
    if (base === undefined) continue
    for (const j of at) {
      if (claimed[j + 1] || nameGoesOn(words, j + 2)) continue
      const person = personEndingAt(found, j)
      // NAME1 NAME2 NAME3 already read: a third or later word is no given name the pair opens.
      if (person && person.first !== j) continue
      if (person) {
        person.last = j + 1
        person.end = words[j + 1]!.end
        person.name = person.surface = scan.text.slice(person.start, person.end)
        claimed[j + 1] = 1
        continue
      }
      if (claimed[j]) continue
      const reading = base
      const name = displaySpan(scan, j, j + 1, reading)
      added.push(foundFrom(scan, j, j + 1, reading, { kind: 'person', name }, 'name', false))
      claimed[j] = claimed[j + 1] = 1
    }
  }
  return added
}

/** NAME1 NAME2 NAME3: a name word after the pair makes it the start of a longer name, left to the other rules. */
function nameGoesOn(words: readonly Word[], k: number): boolean {
  const next = words[k]
  if (next === undefined || !joined(words, k)) return false
  return givenNameBase(next)?.cut === 0 || isKnownSurname(next) || unknownWord(next)
}

/** وقال NAME1، الرئيس NAME1: the word before stands where a name does. */
function vouchedBefore(words: readonly Word[], j: number): boolean {
  const before = j > 0 ? words[j - 1] : undefined
  if (before === undefined || !joined(words, j)) return false
  return reportingVerb(before) !== undefined || titleHead(before) !== undefined
}

/** A person found that holds word `k` and goes on past it. */
function inLongerName(found: readonly Found[], k: number): boolean {
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind === 'person' && f.first <= k && f.last > k) return true
  }
  return false
}

// A loop, not a closure (as in `./echoed-family-names.ts`).
function personEndingAt(found: readonly Found[], k: number): Found | undefined {
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind === 'person' && f.last === k) return f
  }
  return undefined
}

/**
 * A word of four letters or more that no list knows and news does not write (whole or under a particle), with no
 * article, not after و, no pronoun after it, no verb, function word, title or role, and no long feminine plural.
 */
function unknownWord(word: Word): boolean {
  const w = word.norm
  if (w.length < 4 || w.startsWith('ال') || w[0] === 'و' || word.number) return false
  // عمرها: a noun with its pronoun is the clause's (يزيد عمرها، a given name that is also a verb before it).
  if (commonWordSet.has(w) || commonWordSet.has(`ال${w}`) || isLongFemininePlural(w) || POSSESSIVE.test(w))
    return false
  // إجمالية، مشتركة: a word in ة after a given name is an adjective or a noun of the clause far more often than a name.
  if (w.endsWith('ة')) return false
  for (let b = 0; b < word.bases.length; b++) {
    const base = word.bases[b]!
    if ((base.flags & WordFlag.Known) !== 0 || commonWordSet.has(base.base)) return false
  }
  return !isFunctionWord(word) && !isVerb(word) && titleHead(word) === undefined && !isRoleWord(word)
}
