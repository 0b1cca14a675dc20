import { contextualFamilyNames, personGenitiveNounSet } from './lexicon.ts'
import { withHashes, wordsWithReadings } from './reading-index.ts'
import { readingSet } from './reading-set.ts'
import { type Found, foundFrom, joined, type Scan } from './scan.ts'
import { reportingVerb } from './word-classes.ts'
import { type Base, readingIn, type Word } from './words.ts'

/**
 * A well-known family name alone (`الأسد`، `السوداني`، `حميدتي`: the gazetteer's `contextual` forms) where only a
 * person fits: the genitive of a ruler's or a speech's noun (نظام الأسد، خطاب الحوثي) or the subject right after a
 * reporting verb (وأوضح السوداني). Elsewhere these words are common nouns or nisbas (الأسد في الغابة، المنتخب
 * السوداني) and stay unnamed. There the name replaces the nisba reading of the word (السوداني: Sudan); a word any
 * other mention holds (the alias of a full name) is left to it. Changes `found` in place.
 */
export function addContextualFamilyNames(scan: Scan, found: Found[]): void {
  const { words } = scan
  // The mentions as they stood when a name was first asked about (later changes to `found` are not looked at).
  let held: readonly Found[] | undefined
  // Only the words that hold one of the names are read.
  const candidates = wordsWithReadings(scan, CONTEXTUAL_FAMILY_NAMES)
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!
    if (i === 0 || scan.quoted[i]) continue
    const base = familyNameReading(words[i]!)
    if (!base || !joined(words, i) || !personContext(words[i - 1]!)) continue
    held ??= found.slice()
    const holder = holderOf(held, i)
    if (holder && holder.form !== 'nisba') continue
    if (holder) found.splice(found.indexOf(holder), 1)
    const name = scan.text.slice(words[i]!.start + base.cut, words[i]!.end)
    found.push(foundFrom(scan, i, i, base, { kind: 'person', name }, 'name', false))
  }
}

const isContextualFamilyName = readingSet(contextualFamilyNames)
const CONTEXTUAL_FAMILY_NAMES = withHashes(contextualFamilyNames)

function familyNameReading(word: Word): Base | undefined {
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (base.cut <= 1 && isContextualFamilyName(base)) return base
  }
  return undefined
}

function personContext(before: Word): boolean {
  return readingIn(before, personGenitiveNounSet) !== undefined || reportingVerb(before) !== undefined
}

/**
 * The last of `found` that holds word `i`: a walk over the mentions for the few words asked about, where a map of
 * every held word cost each article some forty inserts and the map's growth.
 */
function holderOf(found: readonly Found[], i: number): Found | undefined {
  for (let m = found.length - 1; m >= 0; m--) {
    const f = found[m]!
    if (f.first <= i && i <= f.last) return f
  }
  return undefined
}
