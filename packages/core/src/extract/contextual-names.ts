import { contextualFamilyNames, personGenitiveNounSet } from './lexicon.ts'
import { withHashes, wordsWithReadings } from './reading-index.ts'
import { readingSet } from './reading-set.ts'
import { type Found, foundFrom, joined, type Scan } from './scan.ts'
import { reportingVerb } from './word-classes.ts'
import type { Base, Word } from './words.ts'

/**
 * A well-known family name alone (`الأسد`، `السوداني`، `حميدتي`: the gazetteer's `contextual` forms) where only a
 * person fits: the genitive of a ruler's or a speech's noun (نظام الأسد، خطاب الحوثي) or the subject right after a
 * reporting verb (وأوضح السوداني). Elsewhere these words are common nouns or nisbas (الأسد في الغابة، المنتخب
 * السوداني) and stay unnamed. There the name replaces the nisba reading of the word (السوداني: Sudan); a word any
 * other mention holds (the alias of a full name) is left to it. Changes `found` in place.
 */
export function addContextualFamilyNames(scan: Scan, found: Found[]): void {
  const { words } = scan
  let held: Map<number, Found> | undefined
  // Only the words that hold one of the names are read.
  const candidates = wordsWithReadings(scan, CONTEXTUAL_FAMILY_NAMES)
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!
    if (i === 0 || scan.quoted[i]) continue
    const base = familyNameReading(words[i]!)
    if (!base || !joined(words, i) || !personContext(words[i - 1]!)) continue
    held ??= heldWords(found)
    const holder = held.get(i)
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
  return (
    before.bases.some((b) => b.cut <= 1 && personGenitiveNounSet.has(b.base)) ||
    reportingVerb(before) !== undefined
  )
}

function heldWords(found: readonly Found[]): Map<number, Found> {
  const held = new Map<number, Found>()
  for (let m = 0; m < found.length; m++) {
    const f = found[m]!
    for (let k = f.first; k <= f.last; k++) held.set(k, f)
  }
  return held
}
