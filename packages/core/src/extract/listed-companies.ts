import type { Recognition } from './recognize.ts'
import { displaySpan, type Found, foundFrom, nextWordWith, type Scan } from './scan.ts'
import { WordFlag } from './word-flags.ts'
import type { Word } from './words.ts'

/** Words of one company's short name in brackets (وطنية د ق، أولى تكافل). */
const MAX_NAME_WORDS = 3
/** Names in brackets a sentence needs after a noun of companies before they are read as companies. */
const MIN_NAMES = 2

/**
 * Companies listed by their short names in brackets after a noun of companies or shares, as market reports write
 * them: `وكانت شركات (الأولى) و(المتحدة) الأكثر ارتفاعا، وأسهم (النور) و(الريادة) الأكثر تداولا`. Each name in
 * brackets in the rest of the sentence is a company, when the sentence has two or more. One pass over the words.
 */
export function listedCompanies(scan: Scan, recognition: Recognition): Found[] {
  const { words } = scan
  const { claimed } = recognition
  const companies: Found[] = []
  let sentence = -1
  let listing = false
  let names: [number, number][] = []
  const flush = () => {
    if (names.length >= MIN_NAMES)
      for (const [first, last] of names) companies.push(company(scan, first, last))
    names = []
  }
  for (let i = 0; i < words.length; i++) {
    // Until a noun of companies opens a list, the words before the next one change nothing.
    if (!listing) {
      i = nextWordWith(scan, i, WordFlag.CompanyListNoun)
      if (i === words.length) break
    }
    const word = words[i]!
    if (word.sentence !== sentence) {
      flush()
      sentence = word.sentence
      listing = false
    }
    if (!listing) {
      listing =
        (word.flags & WordFlag.CompanyListNoun) !== 0 &&
        word.bases.some((b) => b.cut <= 1 && (b.flags & WordFlag.CompanyListNoun) !== 0)
      continue
    }
    if (!word.gap.includes('(')) continue
    const last = closingAt(words, i)
    if (last < 0) continue
    let free = true
    for (let k = i; k <= last; k++) if (claimed[k] || words[k]!.number) free = false
    if (free) names.push([i, last])
    i = last
  }
  flush()
  for (const found of companies) claimed.fill(1, found.first, found.last + 1)
  return companies
}

/** The last word of a bracketed name opening at word `i`, or -1 when it closes not within a few words. */
function closingAt(words: readonly Word[], i: number): number {
  for (let k = i; k < words.length && k - i < MAX_NAME_WORDS; k++) {
    const next = words[k + 1]
    if (next?.gap.includes('(')) return -1
    if (!next || next.gap.includes(')')) return k
    if (next.sentence !== words[i]!.sentence) return -1
  }
  return -1
}

function company(scan: Scan, first: number, last: number): Found {
  const base = scan.words[first]!.bases[0]!
  const name = displaySpan(scan, first, last, base)
  return foundFrom(scan, first, last, base, { kind: 'organization', name }, 'name', false)
}
