import { hashOf, WordFlag, wordFlags } from './word-flags.ts'
import type { Base } from './words.ts'

/**
 * The readings of normalised spellings. A word's readings are a function of its spelling and of the flag table
 * (word-flags.ts), and nothing changes them once made, so a spelling read before takes the readings it had: its slices,
 * hashes and flag look-ups are skipped. Kept by `WrittenSpellings` (spellings.ts), which empties it with its own.
 */
export class SpellingReadings {
  private readonly hashes: Int32Array
  private readonly entries: (readonly Base[] | undefined)[]
  private readonly mask: number

  /** Room for `limit` spellings (a power of two; its owner empties it before more), in twice as many slots. */
  constructor(limit: number) {
    const size = 2 * limit
    this.hashes = new Int32Array(size)
    this.entries = new Array(size).fill(undefined)
    this.mask = size - 1
  }

  /** The readings of `norm`, a normalised word (not a number) whose `hashOf` is `hash`. */
  readings(norm: string, hash: number): readonly Base[] {
    const { hashes, entries, mask } = this
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const stored = hashes[i]!
      if (stored === 0) {
        const bases = cliticBases(norm, hash)
        hashes[i] = hash
        entries[i] = bases
        return bases
      }
      if (stored === hash) {
        const bases = entries[i]!
        if (bases[0]!.base === norm) return bases
      }
    }
  }

  clear(): void {
    this.hashes.fill(0)
    this.entries.fill(undefined)
  }
}

/** The one reading of a number token. */
export function numberReading(norm: string): Base {
  return reading(norm, 0, hashOf(norm))
}

const WAW = 0x0648 // و
const FEH = 0x0641 // ف
const BEH = 0x0628 // ب
const KAF = 0x0643 // ك
const LAM = 0x0644 // ل

// Particles by code unit: a letter cut from a word with `word[0]` would be a new string each time (V8 keeps strings
// of one code unit only for Latin-1).
function isConjunction(code: number): boolean {
  return code === WAW || code === FEH
}

function isPreposition(code: number): boolean {
  return code === BEH || code === KAF || code === LAM
}

/** The readings of a normalised word, the word itself first, then with fewer particles removed before more. */
function cliticBases(word: string, hash: number): Base[] {
  // The array is made once its readings are known: one pushed onto a literal of one reading gets room for 17.
  const whole = reading(word, 0, hash)
  let rest = word
  let cut = 0
  let withoutConjunction: Base | undefined
  if (rest.length >= 4 && isConjunction(rest.charCodeAt(0))) {
    rest = rest.slice(1)
    cut = 1
    withoutConjunction = reading(rest, cut, hashOf(rest))
  }
  let withoutPreposition: Base | undefined
  if (rest.length >= 4 && rest.charCodeAt(0) === LAM && rest.charCodeAt(1) === LAM) {
    const definite = `ا${rest.slice(1)}`
    withoutPreposition = reading(definite, cut + 1, hashOf(definite))
    // لليبيا، للبنان: ل before a name that opens with ل, where ل + ال reads as no word the lexicon knows.
    if ((withoutPreposition.flags & WordFlag.Known) === 0) {
      const named = rest.slice(1)
      const asName = reading(named, cut + 1, hashOf(named))
      if ((asName.flags & WordFlag.Starts) !== 0) withoutPreposition = asName
    }
  } else if (rest.length >= 3 && isPreposition(rest.charCodeAt(0))) {
    const bare = rest.slice(1)
    withoutPreposition = reading(bare, cut + 1, hashOf(bare))
  }
  if (withoutConjunction === undefined)
    return withoutPreposition === undefined ? [whole] : [whole, withoutPreposition]
  return withoutPreposition === undefined
    ? [whole, withoutConjunction]
    : [whole, withoutConjunction, withoutPreposition]
}

/** The reading `base`, whose `hashOf` is `hash`. */
function reading(base: string, cut: number, hash: number): Base {
  return { base, cut, hash, flags: wordFlags(base, hash) }
}
