import { norm, partyHeadSet } from './lexicon.ts'
import { withHashes, wordsWithReadings } from './reading-index.ts'
import type { Recognition } from './recognize.ts'
import { type Found, foundFrom, joined, type Scan } from './scan.ts'

const MIN_SHORT_WORDS = 2

/**
 * A party or movement written without its head (حزب اليسار الألماني … `اليسار الألماني: …`), anywhere in the
 * article, also before the full name (a headline): a mention of that body. Only a definite rest of two words or more
 * counts, so that a common noun (النهضة، التغيير) is never read as the body.
 */
export function partyShortForms(scan: Scan, recognition: Recognition, found: readonly Found[]): Found[] {
  const byFirstWord = new Map<string, { words: string[]; name: string }[]>()
  for (let m = 0; m < found.length; m++) {
    const f = found[m]!
    if (f.kind !== 'organization' || f.form !== 'name') continue
    const key = norm(f.surface)
    // The head first: most bodies are no party, and their names need no split.
    const space = key.indexOf(' ')
    if (space < 0 || !partyHeadSet.has(key.slice(0, space))) continue
    const words = key.split(' ')
    if (words.length <= MIN_SHORT_WORDS || !words[1]!.startsWith('ال')) continue
    const rest = words.slice(1)
    const list = byFirstWord.get(rest[0]!) ?? []
    if (!list.some((other) => other.name === f.name)) list.push({ words: rest, name: f.name })
    byFirstWord.set(rest[0]!, list)
  }
  if (byFirstWord.size === 0) return []
  const { words } = scan
  const { claimed } = recognition
  const mentions: Found[] = []
  // Only the words that hold a short form's first word are read.
  const starts = wordsWithReadings(scan, withHashes(byFirstWord.keys()))
  let end = -1
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!
    if (i <= end || claimed[i]) continue
    for (let n = 0; n < words[i]!.bases.length; n++) {
      const base = words[i]!.bases[n]!
      const candidates = byFirstWord.get(base.base)
      const short = candidates?.find((candidate) => fits(scan, claimed, i, candidate.words))
      if (!short) continue
      const last = i + short.words.length - 1
      mentions.push(
        foundFrom(scan, i, last, base, { kind: 'organization', name: short.name }, 'alias', false),
      )
      claimed.fill(1, i, last + 1)
      end = last
      break
    }
  }
  return mentions
}

function fits(scan: Scan, claimed: Uint8Array, i: number, rest: readonly string[]): boolean {
  const { words } = scan
  // The full name, head and all, is the recognisers' own mention.
  if (i > 0 && joined(words, i) && partyHeadSet.has(words[i - 1]!.norm)) return false
  for (let k = 1; k < rest.length; k++) {
    if (claimed[i + k] || !joined(words, i + k) || words[i + k]?.norm !== rest[k]) return false
  }
  return true
}
