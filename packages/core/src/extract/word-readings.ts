import { hashOf, WordFlag, wordFlags } from './word-flags.ts'
import type { Base, Word } from './words.ts'

/**
 * The readings of one article's words by their normalised spelling. A word spelt as one before it shares that
 * word's readings (they are a function of the spelling, and nothing changes them once made): a third of a news
 * article's words repeat one before them, and each then skips its readings' slices, hashes and flag look-ups. One
 * table serves every article in turn: its slots carry the article's stamp, so that starting an article clears nothing,
 * and they hold indexes into the article's words, so that no reading outlives its article here.
 */
export class WordSpellings {
  private stamps = new Int32Array(INITIAL_SIZE)
  /** The index in the article's words of the first word of a spelling. */
  private slots = new Int32Array(INITIAL_SIZE)
  private size = INITIAL_SIZE
  private stamp = 0
  private count = 0

  /** Starts an article: forgets the spellings of the one before. */
  start(): void {
    this.stamp = (this.stamp + 1) | 0
    if (this.stamp === 0) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    this.count = 0
  }

  /**
   * The readings of `norm`, a normalised word (not a number) about to be stored as `words[index]`, whose `hashOf` is
   * `hash`: those of the first word of `words` spelt so, else new ones. Every word the table holds is a word (not a
   * number) of `words`.
   */
  readings(words: readonly Word[], norm: string, hash: number, index: number): readonly Base[] {
    // Grown before the probe, while every index the table holds is a word of `words`.
    if (2 * (this.count + 1) > this.size) this.grow(words)
    const { stamps, slots, stamp } = this
    const mask = this.size - 1
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      if (stamps[i] !== stamp) {
        stamps[i] = stamp
        slots[i] = index
        this.count++
        return cliticBases(norm, hash)
      }
      const { bases } = words[slots[i]!]!
      if (bases[0]!.hash === hash && bases[0]!.base === norm) return bases
    }
  }

  private grow(words: readonly Word[]): void {
    const { stamps, slots, stamp } = this
    this.size *= 2
    const mask = this.size - 1
    this.stamps = new Int32Array(this.size)
    this.slots = new Int32Array(this.size)
    for (let k = 0; k < slots.length; k++) {
      if (stamps[k] !== stamp) continue
      let i = words[slots[k]!]!.bases[0]!.hash & mask
      while (this.stamps[i] === stamp) i = (i + 1) & mask
      this.stamps[i] = stamp
      this.slots[i] = slots[k]!
    }
  }
}

const INITIAL_SIZE = 1024

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
