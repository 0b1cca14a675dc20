import { ambiguousGivenNameSet, nisbaPlaces, phrasesByFirstWord } from './lexicon.ts'
import { joined, type Scan } from './scan.ts'
import {
  givenNameBase,
  isAccusativeNoun,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isKnownSurname,
  isNameParticle,
  isRoleWord,
  isVerb,
  looksVerbal,
  titleHead,
} from './word-classes.ts'
import type { Base, Word } from './words.ts'

const MAX_NAME_WORDS = 4
const MAX_UNKNOWN_WORDS = 3

/**
 * The extent of a person's name starting at word `i`: given names, family names, particles (أبو قصرة، بن سلمان)
 * and, where the context vouches for a name (`strong`: after a title, or after a known given name), words of no
 * known class (بوغدانوف). A name stops at punctuation, function words, verbs, roles and dates; a family name with
 * ال (الشرع) ends it. Returns the last word of the name, or -1.
 */
export function nameEnd(scan: Scan, i: number, base: Base, strong: boolean): number {
  const { words } = scan
  const first = words[i]!
  if (!isNameStart(first, base, strong)) return -1
  let last = i
  let count = isNameParticle(first) ? 0 : 1
  let unknown = 0
  let pendingParticle = isNameParticle(first)
  // عبد الفتاح، عبد العزيز: after عبد the word with ال is the rest of a given name, not a family name.
  let afterAbd = first.norm === 'عبد'
  if (!pendingParticle && base.base.startsWith('ال')) return i
  for (let j = i + 1; j < words.length && count < MAX_NAME_WORDS; j++) {
    if (!joined(words, j)) break
    const word = words[j]!
    if (word.number) break
    if (pendingParticle) {
      if (isFunctionWord(word) || isVerb(word)) break
      last = j
      pendingParticle = false
      count++
      if (word.norm.startsWith('ال') && !isGivenName(word) && !afterAbd) break
      afterAbd = false
      continue
    }
    if (isNameParticle(word)) {
      pendingParticle = true
      afterAbd = word.norm === 'عبد'
      continue
    }
    if (isFunctionWord(word) || isVerb(word) || isCalendarWord(word) || titleHead(word)) break
    if (isGivenName(word) || isKnownSurname(word)) {
      last = j
      count++
      if (isKnownSurname(word) && !isGivenName(word)) break
      continue
    }
    if (word.norm.startsWith('ال')) {
      if (isRoleWord(word) || (nisbaPlaces.has(word.norm) && count === 1 && !strong)) break
      last = j
      // نور الدين، سيف الدين: the word is the rest of a compound given name, and the family name follows.
      if (COMPOUND_ENDINGS.has(word.norm)) {
        count++
        continue
      }
      break
    }
    if (!strong || unknown >= MAX_UNKNOWN_WORDS - 1 || !isUnknownNameWord(word)) break
    last = j
    count++
    unknown++
  }
  // A particle left without the word it introduces is not part of the name.
  if (pendingParticle && last === i && isNameParticle(first)) return -1
  return last
}

function isNameStart(word: Word, base: Base, strong: boolean): boolean {
  if (word.number || isFunctionWord(word) || isVerb(word) || isCalendarWord(word) || titleHead(word))
    return false
  if (isNameParticle(word)) return true
  if (givenNameBase(word) || isKnownSurname(word)) return true
  if (!strong) return false
  if (base.base.startsWith('ال')) return isFamilyName(word, base.base)
  return isUnknownNameWord(word)
}

/**
 * A lone word with the article after a title is a family name (الرئيس الأسد، الوزير الشيباني) when it is known or
 * has the nisba shape of most family names; `الوزير الضيف` is a title and a noun.
 */
function isFamilyName(word: Word, base: string): boolean {
  if (isRoleWord(word) || nisbaPlaces.has(base)) return false
  return isKnownSurname(word) || (base.length > 4 && base.endsWith('ي'))
}

const COMPOUND_ENDINGS = new Set(['الدين', 'الله', 'الرحمن', 'الرحيم'])

/** Particles with the article glued to a word (للمعهد، بالقرب، والحكومة) never open or continue a name. */
const ARTICLE_WITH_PARTICLE = /^(?:لل|بال|وال|فال|كال)/

/** A word of no known class that may be part of a name: not a conjunction-led word, noun in -اً, or verb form. */
function isUnknownNameWord(word: Word): boolean {
  const w = word.norm
  if (w.length < 2 || w[0] === 'و' || w[0] === 'ف' || w.endsWith('ة') || ARTICLE_WITH_PARTICLE.test(w))
    return false
  // A place behind a particle (لدمشق، بروسيا) is never part of a person's name.
  for (const base of word.bases) if (base.cut > 0 && phrasesByFirstWord.has(base.base)) return false
  return !isAccusativeNoun(word) && !looksVerbal(word) && !isRoleWord(word)
}

/**
 * A name that starts with a given name and has no title before it (قال خالد العمري). A given name that is also a
 * common word (أمل، نور) needs a known family name, another given name or a particle after it.
 */
export function givenNameStart(scan: Scan, i: number): { base: Base; last: number } | undefined {
  const { words } = scan
  const word = words[i]!
  let base = givenNameBase(word)
  if (!base) {
    // أبو محمد الجولاني: a kunya starts with a particle before a given name.
    if (!isNameParticle(word) || !joined(words, i + 1) || !isGivenName(words[i + 1]!)) return undefined
    base = word.bases[0]!
  }
  if (!joined(words, i + 1)) return undefined
  const next = words[i + 1]!
  if (isAmbiguous(word, base)) {
    if (!isNameParticle(next) && !isKnownSurname(next) && !isGivenName(next)) return undefined
  }
  const last = nameEnd(scan, i, base, true)
  return last > i ? { base, last } : undefined
}

function isAmbiguous(word: Word, base: Base): boolean {
  return ambiguousGivenNameSet.has((word.strict ?? word.norm).slice(base.cut))
}
