import {
  attributionCueForms,
  commonVerbSet,
  complementizerSet,
  functionWordSet,
  givenNameSet,
  norm,
  reportingForms,
  roleWordSet,
  startFlags,
  titleHeadSet,
  transmissionVerbForms,
} from './lexicon.ts'

/**
 * What a reading of a word may be, as bit flags. The low bits are the `Start` flags of the recognisers; the others
 * answer the word-class questions the rules ask most. Every reading is looked up once, in one table, when the
 * words are read: the rules then test bits instead of probing a dozen large hash tables per word.
 */
export const WordFlag = {
  /** Mask of the `Start` flags (lexicon.ts). */
  Starts: 0xff,
  FunctionWord: 1 << 8,
  Complementizer: 1 << 9,
  ReportingForm: 1 << 10,
  CommonVerb: 1 << 11,
  Transmission: 1 << 12,
  CueFirst: 1 << 13,
  TitleHead: 1 << 14,
  RoleWord: 1 << 15,
  /** A given name once ى is folded to ي (the strict test in word-classes.ts decides). */
  GivenNameLoose: 1 << 16,
} as const

function buildTable(): FlagTable {
  const flags = new Map<string, number>()
  const set = (words: Iterable<string>, flag: number) => {
    for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag)
  }
  for (const [word, starts] of startFlags) flags.set(word, (flags.get(word) ?? 0) | starts)
  set(functionWordSet, WordFlag.FunctionWord)
  set(complementizerSet, WordFlag.Complementizer)
  set(reportingForms.keys(), WordFlag.ReportingForm)
  set(commonVerbSet, WordFlag.CommonVerb)
  set(transmissionVerbForms, WordFlag.Transmission)
  set(
    attributionCueForms.map((cue) => cue.words[0]!),
    WordFlag.CueFirst,
  )
  set(titleHeadSet, WordFlag.TitleHead)
  set(roleWordSet, WordFlag.RoleWord)
  set([...givenNameSet].map(norm), WordFlag.GivenNameLoose)
  return new FlagTable(flags)
}

/**
 * Open addressing over 32-bit hashes kept in a typed array. A `Map` probe for a word read from the article costs
 * a few cache misses (its bucket, its entries, the stored strings it compares hashes with); here the probe reads
 * one dense array of hashes and touches a stored string only when the hashes are equal.
 */
class FlagTable {
  private readonly hashes: Int32Array
  private readonly flags: Int32Array
  private readonly keys: string[]
  private readonly mask: number

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16
    while (size < entries.size * 4) size *= 2
    this.mask = size - 1
    this.hashes = new Int32Array(size)
    this.flags = new Int32Array(size)
    this.keys = new Array<string>(size).fill('')
    for (const [key, flags] of entries) {
      const hash = hashOf(key)
      let i = hash & this.mask
      while (this.hashes[i] !== 0) i = (i + 1) & this.mask
      this.hashes[i] = hash
      this.flags[i] = flags
      this.keys[i] = key
    }
  }

  get(key: string, hash: number): number {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const stored = this.hashes[i]!
      if (stored === 0) return 0
      if (stored === hash && this.keys[i] === key) return this.flags[i]!
    }
  }
}

/** FNV-1a over UTF-16 code units, never 0 (0 marks an empty slot). */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash | 0 || 1
}

// Built on the first lookup rather than at import, so that a Worker that never extracts does not pay for it at start-up.
let table: FlagTable | undefined

/** The flags of one normalised reading (0 for a word the lexicon does not know); `hash` is `hashOf(reading)`. */
export function wordFlags(reading: string, hash: number): number {
  table ??= buildTable()
  return table.get(reading, hash)
}
