import { lastFoldedHash } from '../normalize/fold.ts'
import { normalize } from '../normalize/normalize.ts'
import { unitsHash } from '../normalize/tokenize.ts'
import { norm, type VerbForm } from './lexicon.ts'
import { hashOf, wordFlagsGeneration } from './word-flags.ts'
import { numberReading, SpellingReadings } from './word-readings.ts'
import type { Base, TitleHead } from './words.ts'

/**
 * A token as written (its code units) with everything read from it alone: its fold, readings and flags, and the
 * answers of word-classes.ts, computed when first asked. Each is a function of the written token, so one record
 * serves every word of every article spelt so (`WrittenSpellings`).
 */
export interface Spelling {
  raw: string
  number: boolean
  /** `norm(raw)`, as the first reading's string. */
  norm: string
  /** ASCII digits of a number token ('' for words). */
  digits: string
  bases: readonly Base[]
  /** The flags of all its readings together (see word-flags.ts). */
  flags: number
  /** The word normalised with ى kept (see `strictNorm`). */
  strict: string | undefined
  functionWord: boolean | undefined
  verb: boolean | undefined
  reportingVerb: VerbForm | null | undefined
  titleHead: TitleHead | null | undefined
  /** Its display forms by reading (scan.ts, `wordDisplay`), made when first asked. */
  displays: string[] | undefined
  /** Yes-or-no answers of the rules about it, two bits a question (spelling-answers.ts), 0 until one is asked. */
  answers: number
}

const DIGITS = { digits: true } as const

/**
 * The spellings of tokens read so far, by their code units, across articles. A token written as one read before (a
 * quarter of a page's words repeat one of their own page, some three quarters one of the last few thousand pages')
 * is neither sliced nor folded again, its readings are not looked up again, and the rules' questions answered of it
 * before are answered (word-classes.ts); its strings, hashed by V8 at their first set look-up, are not hashed again.
 * Bounded: emptied when it holds `LIMIT` spellings, and when the flag table is rebuilt (lists registered at start).
 */
export class WrittenSpellings {
  private hashes = new Int32Array(SIZE)
  private entries: (Spelling | undefined)[] = new Array(SIZE).fill(undefined)
  /** Where each slot's spelling's code units start in `kept`. */
  private starts = new Int32Array(SIZE)
  /**
   * The kept spellings' code units, one after another, which a token is compared with: a typed array's element is one
   * load, where `raw.charCodeAt(k)` dispatched on the string's representation at every code unit.
   */
  private readonly kept = new Uint16Array(KEPT_UNITS)
  private used = 0
  private count = 0
  private generation = -1
  /** The readings of folded spellings: two tokens written apart may fold alike (a mark, a tatweel). */
  /** Each spelling kept folds to one reading's spelling, so the readings need room for as many. */
  private readonly readings = new SpellingReadings(LIMIT)

  /**
   * The spelling of `text.slice(start, end)`, a token that is a number or not, whose code units hash to `hash`
   * (`hashOf`, which the token cursor gives as it reads them). `units`: the text's code units copied
   * (normalize/code-units.ts), which the kept spellings are compared with.
   */
  at(
    units: Uint16Array,
    text: string,
    start: number,
    end: number,
    number: boolean,
    hash = unitsHash(units, start, end),
  ): Spelling {
    if (this.generation !== wordFlagsGeneration() || this.count >= LIMIT) this.clear()
    const length = end - start
    const { hashes, entries, starts, kept } = this
    for (let i = hash & MASK; ; i = (i + 1) & MASK) {
      const stored = hashes[i]!
      if (stored === 0) {
        if (this.used + length > KEPT_UNITS) {
          this.clear()
          // A token longer than all the room there is: read, not kept.
          if (length > KEPT_UNITS) return this.read(text.slice(start, end), number)
          i = hash & MASK
        }
        const spelling = this.read(text.slice(start, end), number)
        const at = this.used
        for (let k = 0; k < length; k++) kept[at + k] = units[start + k]!
        this.used = at + length
        hashes[i] = hash
        entries[i] = spelling
        starts[i] = at
        this.count++
        return spelling
      }
      if (stored === hash) {
        const spelling = entries[i]!
        // Booleans tested apart: compared with `===`, the compiled code called the generic comparison.
        if (
          (spelling.number ? number : !number) &&
          spelling.raw.length === length &&
          sameUnits(kept, starts[i]!, units, start, length)
        )
          return spelling
      }
    }
  }

  private read(written: string, number: boolean): Spelling {
    // V8 makes a slice of 13 code units or more a view of the article's text: kept, it would keep the whole text.
    const raw = written.length < 13 ? written : [...written].join('')
    const folded = norm(raw)
    // The fold hashed the word as it read it (`hashOf`), unless it left the word to `normalize`.
    const bases = number
      ? [numberReading(folded)]
      : this.readings.readings(folded, lastFoldedHash() || hashOf(folded))
    let flags = 0
    for (let b = 0; b < bases.length; b++) flags |= bases[b]!.flags
    return {
      raw,
      number,
      // A spelling's first string: the rules' sets and maps then hash it once a process.
      norm: bases[0]!.base,
      digits: number ? normalize(raw, DIGITS) : '',
      bases,
      flags,
      strict: undefined,
      functionWord: undefined,
      verb: undefined,
      reportingVerb: undefined,
      titleHead: undefined,
      displays: undefined,
      answers: 0,
    }
  }

  private clear(): void {
    this.hashes.fill(0)
    this.entries.fill(undefined)
    this.count = 0
    this.used = 0
    this.generation = wordFlagsGeneration()
    this.readings.clear()
  }
}

function sameUnits(
  kept: Uint16Array,
  at: number,
  units: Uint16Array,
  start: number,
  length: number,
): boolean {
  for (let k = 0; k < length; k++) if (kept[at + k] !== units[start + k]) return false
  return true
}

/** At most this many spellings are kept (about 4.7 MB when full), in twice as many slots. */
const LIMIT = 1 << 14
const SIZE = 2 * LIMIT
const MASK = SIZE - 1
/** Room for the kept spellings' code units (512 KB): some 16 a spelling, where a word of news text has about 6. */
const KEPT_UNITS = 1 << 18
