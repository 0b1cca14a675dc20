// A name no list knows, vouched for by its family name, which the article repeats alone where only a name stands.
import { commonWordSet, Start } from './lexicon.ts'
import { isLongFemininePlural } from './name-words.ts'
import { withHashes, wordsWithReadings } from './reading-index.ts'
import { displaySpan, type Found, foundFrom, joined, nextWordWith, type Scan } from './scan.ts'
import {
  givenNameBase,
  isFunctionWord,
  isRoleWord,
  isSourceGivenName,
  isVerbOfAnyList,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'

/**
 * قالت آنا فيسيل … وأردفت فيسيل: a word the article writes alone right after a reporting verb (or a title) and
 * elsewhere after a word of a name's shape is a family name, and the two words are a person's full name. The word
 * before may be a listed given name or any word no list and no count of news knows (تشين، سيرجيو: transliterated
 * names often look like verbs). A name already found that stops right before the family name takes it (مصطفى →
 * مصطفى NAME2). Runs after the main pass; the short form becomes an alias when entities are grouped.
 */
export function findEchoedFamilyNames(scan: Scan, found: Found[], claimed: Uint8Array): Found[] {
  const { words } = scan
  const lone = new Set<string>()
  // Most sentences hold no verb of saying and no title, most words are neither: the word before is asked first.
  for (
    let b = nextWordWith(scan, 0, SAYING_OR_TITLE);
    b + 1 < words.length;
    b = nextWordWith(scan, b + 1, SAYING_OR_TITLE)
  ) {
    const k = b + 1
    const before = words[b]!
    const flags = before.bases[0]!.flags | (before.bases[1]?.flags ?? 0)
    if ((flags & SAYING_OR_TITLE) === 0 || !joined(words, k)) continue
    if (reportingVerb(before) === undefined && titleHead(before) === undefined) continue
    const word = words[k]!
    if (
      !(unknown(word) || andLedName(word)) ||
      isRoleWord(word) ||
      titleHead(word) !== undefined ||
      givenNameBase(word)
    )
      continue
    const next = words[k + 1]
    // وقال تيتا في المؤتمر: the word ends there; a name word after it would make it a given name.
    if (next && joined(words, k + 1) && (givenNameBase(next) || unknown(next))) continue
    lone.add(word.norm)
  }
  const added: Found[] = []
  if (lone.size === 0) return added
  // Only the words that hold a lone word's spelling are read (a word's first reading is its whole spelling).
  const spelt = wordsWithReadings(scan, withHashes(lone))
  for (let s = 0; s < spelt.length; s++) {
    const j = spelt[s]!
    const word = words[j]!
    // A name in quote marks is left to the quotes' rules, which read it as a speaker's (وقالت "NAME NAME2").
    if (j === 0 || claimed[j] || scan.quoted[j] || !lone.has(word.norm) || !joined(words, j)) continue
    const first = words[j - 1]!
    const person = personEndingAt(found, j - 1)
    if (person) {
      person.last = j
      person.end = word.end
      person.name = person.surface = scan.text.slice(person.start, person.end)
      claimed[j] = 1
      continue
    }
    // تشين قانغ … وقال تشين: a name may also be called by its first word (the family name first, or a given name).
    const after = words[j + 1]
    const start =
      claimed[j - 1] || !nameShaped(first)
        ? after && !claimed[j + 1] && joined(words, j + 1) && givenNameAfter(after)
          ? j
          : -1
        : j - 1
    if (start < 0) continue
    const base = words[start]!.bases[0]!
    const name = displaySpan(scan, start, start + 1, base)
    added.push(foundFrom(scan, start, start + 1, base, { kind: 'person', name }, 'name', false))
    claimed.fill(1, start, start + 2)
  }
  return added
}

// A loop, not a closure: a closure that reads `j` would give every turn of the loop over the words a context to
// allocate.
function personEndingAt(found: readonly Found[], k: number): Found | undefined {
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind === 'person' && f.last === k) return f
  }
  return undefined
}

const SAYING_OR_TITLE = WordFlag.ReportingForm | WordFlag.TitleHead | Start.Title

/** A word any list knows, an ordinary word of news, a word with the article or of three letters or fewer. */
function ordinary(word: Scan['words'][number]): boolean {
  const w = word.norm
  return (
    w.length < 4 ||
    w.startsWith('ال') ||
    commonWordSet.has(w) ||
    (word.flags & WordFlag.Known) !== 0 ||
    isFunctionWord(word) ||
    isVerbOfAnyList(word)
  )
}

/**
 * تشين قانغ: the word after a family name written first is a given name when it has a name's shape and none of a
 * noun's: no particle it may carry (للصعود), no dual (سهرتين) and no accusative alef (حفلا).
 */
function givenNameAfter(word: Scan['words'][number]): boolean {
  return nameShaped(word) && word.bases.every((b) => b.cut === 0) && !NOUN_ENDING.test(word.norm)
}

const NOUN_ENDING = /(?:تين|تان|ا)$/

function nameShaped(word: Scan['words'][number]): boolean {
  return givenNameBase(word)?.cut === 0 || isSourceGivenName(word) || unknown(word)
}

/**
 * وقال وهبي: right after a verb of saying no conjunction stands, so a word in و there that no list knows, read
 * whole or without its و, is a family name spelt with و (وهبي، وارابي), when the article also writes it after a name.
 */
function andLedName(word: Scan['words'][number]): boolean {
  const w = word.norm
  if (w[0] !== 'و' || w.length < 4 || ordinary(word) || isLongFemininePlural(w)) return false
  for (let b = 0; b < word.bases.length; b++) {
    const base = word.bases[b]!
    if ((base.flags & WordFlag.Known) !== 0 || commonWordSet.has(base.base) || base.base.startsWith('ي'))
      return false
  }
  return true
}

/** No ordinary word, no word after و, and no long feminine plural. */
function unknown(word: Scan['words'][number]): boolean {
  const w = word.norm
  if (isLongFemininePlural(w)) return false
  return !ordinary(word) && w[0] !== 'و' && !word.bases.some((b) => commonWordSet.has(b.base))
}
