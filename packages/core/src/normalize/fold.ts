import { type NormalizeOptions, normalize } from './normalize.ts'
import { HASH_SEED } from './stem-cache.ts'

// `normalize` made fast for the many short words extraction reads. A table per option set records what `normalize`
// does to each code unit on its own (keep, drop, replace); a word of table-mapped characters is folded in one loop,
// and anything the table cannot say (a combining hamza that composes with its letter, a ligature that expands) goes
// to `normalize` itself. The tables are filled from `normalize`, so both always agree, one code unit at a time as
// words first hold it: filling them whole at import cost a Worker's cold start about 10 ms.

const KEEP = 0
const DROP = -1
const DEFER = -2
const UNKNOWN = -3

/** Code units `normalize` may change: Arabic blocks, presentation forms, and invisible formatting characters. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2069],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
]

export type Fold = (text: string) => string

// `hashOf` (extract/word-flags.ts: FNV-1a over the code units from `HASH_SEED`, never 0) of the last fold's result,
// 0 when unknown: made as the result is read, so that a reader who hashes every folded word need not read it again.
const FOLDED_HASH = new Int32Array(1)

/** `hashOf` of the string the last fold returned, or 0 when the fold does not know it. */
export function lastFoldedHash(): number {
  return FOLDED_HASH[0]!
}

/** A fast equivalent of `text => normalize(text, options)` for single words and short names. */
export function createFold(options?: NormalizeOptions): Fold {
  const table = new Int32Array(0x10000)
  for (const [from, to] of RANGES) table.fill(UNKNOWN, from, to + 1)
  const learn = (code: number) => {
    const out = normalize(String.fromCharCode(code), options)
    table[code] =
      out.length === 0 ? DROP : out.length > 1 ? DEFER : out.charCodeAt(0) !== code ? out.charCodeAt(0) : KEEP
  }
  // Combining hamza and madda compose with the letter before them; only `normalize` knows how.
  table[0x0653] = DEFER
  table[0x0654] = DEFER
  table[0x0655] = DEFER
  return (text) => {
    const length = text.length
    let i = 0
    let hash = HASH_SEED
    // `codeUnit` written out, here and below: an imported function is loaded and checked at each use in a loop.
    for (; i < length; i++) {
      const code = String.prototype.charCodeAt.call(text, i)
      if (table[code] !== KEEP) break
      hash = Math.imul(hash ^ code, 0x01000193)
    }
    if (i === length) {
      FOLDED_HASH[0] = hash || 1
      return text
    }
    // Kept code units are added a run at a time, as slices of `text`: each `+=` of a short string copies the whole
    // result so far, and a code unit at a time made a string of each.
    let out = ''
    let kept = 0
    for (; i < length; i++) {
      const code = String.prototype.charCodeAt.call(text, i)
      const action = table[code]!
      if (action === KEEP) {
        hash = Math.imul(hash ^ code, 0x01000193)
        continue
      }
      if (action === DEFER) {
        FOLDED_HASH[0] = 0
        return normalize(text, options)
      }
      if (action === UNKNOWN) {
        learn(code)
        i--
        continue
      }
      if (i > kept) out += text.slice(kept, i)
      if (action !== DROP) {
        out += String.fromCharCode(action)
        hash = Math.imul(hash ^ action, 0x01000193)
      }
      kept = i + 1
    }
    FOLDED_HASH[0] = hash || 1
    return kept < length ? out + text.slice(kept) : out
  }
}
