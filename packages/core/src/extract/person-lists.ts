import { commonWordSet } from './lexicon.ts'
import { isListedNameWord, isUnknownNameWord } from './name-words.ts'
import { closingFamilyName } from './person-names.ts'
import { commaGap, displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import { givenNameBase, isNameParticle, isVerb } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base } from './words.ts'

const MAX_LISTED_NAME_WORDS = 3
/** Punctuation that closes a listed name: a comma, a stop, a closing quote mark or bracket. */
const CLOSING = /[،,.؛;:"»”)]/

/**
 * Names listed after a person the rules found, joined by a comma or و (نور صبري ووسام كاظم، الفنانون "خديجة صبري،
 * أيوب القيب، علي الشول"): the list vouches for each item of two or three words of a name's shape, opening with a
 * given name (one that is also a common word, too) or a word no list knows, when a comma, a stop or the next و
 * closes it. Runs after the main pass, on words no recogniser took.
 */
export function findListedPeople(scan: Scan, found: readonly Found[], claimed: Uint8Array): Found[] {
  const listed: Found[] = []
  const queue = found.filter((f) => f.kind === 'person' && f.form === 'name')
  for (let q = 0; q < queue.length; q++) {
    const item = nextItem(scan, queue[q]!.last + 1, claimed) ?? previousItem(scan, queue[q]!.first, claimed)
    if (!item) continue
    claimed.fill(1, item.first, item.last + 1)
    const name = displaySpan(scan, item.first, item.last, item.base)
    const person = foundFrom(scan, item.first, item.last, item.base, { kind: 'person', name }, 'name', false)
    listed.push(person)
    queue.push(person)
  }
  return listed
}

/**
 * منازل: NAME NAME2، وNAME3 …، الفنانون "NAME NAME2، NAME3 …": the list's first item, between a colon, a quote mark
 * or a comma and the comma before a listed person, is a name of the same shape.
 */
function previousItem(
  scan: Scan,
  k: number,
  claimed: Uint8Array,
): { first: number; last: number; base: Base } | undefined {
  const { words } = scan
  if (!commaGap(words[k]!) || claimed[k - 1]) return undefined
  for (let s = k - 1; s > 0 && k - s <= MAX_LISTED_NAME_WORDS; s--) {
    if (claimed[s]) return undefined
    const word = words[s]!
    // عليوة: a family name in ة may close the item before its comma.
    const inside =
      isListedNameWord(word, true) || (s < k - 1 ? isNameParticle(word) : closingFamilyName(scan, s))
    if (!OPENING.test(word.gap)) {
      if (!joined(words, s) || !inside) return undefined
      continue
    }
    const base = word.bases[0]!
    // خدوجة: a given name in ة no list knows opens the item where news does not use the word.
    const feminine = word.bases.length === 1 && !commonWordSet.has(word.norm) && isUnknownNameWord(word)
    if (s === k - 1 || !(givenNameBase(word)?.cut === 0 || isListedNameWord(word, false) || feminine))
      return undefined
    return { first: s, last: k - 1, base }
  }
  return undefined
}

/** What opens a list before its first item: a colon, a quote mark or a comma. */
const OPENING = /[:،,"«“]/

function nextItem(
  scan: Scan,
  k: number,
  claimed: Uint8Array,
): { first: number; last: number; base: Base } | undefined {
  const { words } = scan
  const word = words[k]
  if (!word || claimed[k] || word.sentence !== words[k - 1]!.sentence) return undefined
  const base = itemOpening(scan, k)
  if (!base) return undefined
  for (let j = k + 1; j < words.length && j - k < MAX_LISTED_NAME_WORDS; j++) {
    if (!joined(words, j) || claimed[j]) return undefined
    const next = words[j]!
    if (isNameParticle(next)) continue
    if (!isListedNameWord(next, true)) return undefined
    if (closesItem(scan, j + 1)) return roleOfList(scan, k, j) ? undefined : { first: k, last: j, base }
  }
  return undefined
}

/**
 * NAME، راعي المهرجان، رحبت …: two words, the second a noun with the article that news writes as an ordinary word
 * (with or without the article), are a role in apposition, not a second name, when no other item follows them.
 */
function roleOfList(scan: Scan, k: number, j: number): boolean {
  if (j !== k + 1) return false
  const noun = scan.words[j]!.norm
  if (!noun.startsWith('ال') || !(commonWordSet.has(noun) || commonWordSet.has(noun.slice(2)))) return false
  const after = scan.words[j + 1]
  return (
    after === undefined ||
    after.sentence !== scan.words[j]!.sentence ||
    isVerb(after) ||
    itemOpening(scan, j + 1) === undefined
  )
}

/** The reading that opens a listed name at word `k`: after a comma the word, after a space its reading without و. */
function itemOpening(scan: Scan, k: number): Base | undefined {
  const word = scan.words[k]!
  if (commaGap(word)) {
    const base = word.bases[0]!
    if (givenNameBase(word)?.cut === 0 || isListedNameWord(word, false)) return base
  } else if (!joined(scan.words, k)) return undefined
  // ، ووسام كاظم: after a comma too, و may join the next name.
  if (word.norm[0] !== 'و') return undefined
  const given = givenNameBase(word)
  if (given?.cut === 1) return given
  // ووسام كاظم: after و, a word no list knows in a name's shape.
  const base = word.bases.find((b) => b.cut === 1)
  return base && (base.flags & WordFlag.Known) === 0 && NAME_SHAPE.test(base.base) ? base : undefined
}

/** No article, no plural or feminine ending, no tanwin alef: the shape of a given name no list knows. */
const NAME_SHAPE = /^(?!ال)..+[^اةه](?<!ات|ين|ون)$/

function closesItem(scan: Scan, k: number): boolean {
  const { words } = scan
  const word = words[k]
  if (!word || word.sentence !== words[k - 1]!.sentence || CLOSING.test(word.gap)) return true
  // ووسام كاظم وعلي حسين، وحمدو الهوني وكوامي بونسو: the next item, opened by و, closes this one.
  return joined(words, k) && word.norm[0] === 'و' && itemOpening(scan, k) !== undefined
}
