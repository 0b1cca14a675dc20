import { communeHeadSet, compassNounSet, directionAdjectiveSet } from '../lang/ar/compiled-cues.ts'
import { clubHeadSet, matchWordSet } from '../lang/ar/teams.ts'
import {
  attributionCueForms,
  commonVerbSet,
  companyListNounSet,
  complementizerSet,
  descentParticleSet,
  functionWordSet,
  givenNameSet,
  kanaWithConjunctionSet,
  mediaHeadOpen,
  mediaNameEndingSet,
  mediaPhrasesByFirstWord,
  norm,
  organizationHeadSet,
  organizationPhrasesByFirstWord,
  placeListHeadSet,
  reportingForms,
  roleWordSet,
  scoringMinuteSet,
  scoringVerbSet,
  startFlags,
  statementNounSet,
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
  /**
   * Mask of the flags above: the word classes and recognisers' starts that make a reading one the lexicon knows.
   * The flags below only spare the passes named beside them a look-up.
   */
  Known: (1 << 17) - 1,
  // Words that per-word passes over the whole article look for: a bit test instead of a set look-up (and for the
  // definite forms, of a string cut from each reading).
  /** ال and an organisation's or an outlet's head noun (الوزارة، الشركة، الوكالة، القناة). */
  DefiniteOrganizationHead: 1 << 17,
  /** A statement noun (بيان، تقرير), and one with the article (البيان). */
  StatementNoun: 1 << 18,
  DefiniteStatementNoun: 1 << 19,
  /** A word that ends an outlet's name (نيوز، الإخباري). */
  MediaNameEnding: 1 << 20,
  /** The minute of a goal (الدقيقة), and a verb of scoring (سجل، أحرز). */
  ScoringMinute: 1 << 21,
  ScoringVerb: 1 << 22,
  /** A plural of places that opens a list of them (مدن، مناطق), with or without the article. */
  PlaceListHead: 1 << 23,
  /** The first word of an organisation's or an outlet's name in the gazetteer (their own phrase indexes). */
  OrganizationNameFirst: 1 << 24,
  MediaNameFirst: 1 << 25,
  /** A word of matches (مباراة، هدف) and a club's head noun (نادي، فريق): team names' pass over every word. */
  MatchWord: 1 << 26,
  ClubHead: 1 << 27,
  /** A noun of companies or shares that opens a list of companies in brackets (شركات، أسهم). */
  CompanyListNoun: 1 << 28,
  /** كان and its forms, with و or ف or none: reports' subject tracking asks it of every word. */
  Kana: 1 << 29,
  /** A particle of descent (بن، بنت، ولد): asked of the word after every word a name may start at. */
  DescentParticle: 1 << 30,
  /**
   * A compass noun (الجنوب), a direction adjective (الشمالي) or a commune's head (جماعة): the passes over every word
   * that name regions and communes after the main pass skip the sentences without one (the sign bit: `flags & RegionWord`
   * is negative when set, never test it with `> 0`).
   */
  RegionWord: 1 << 31,
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
  set(definite([...organizationHeadSet, ...mediaHeadOpen.keys()]), WordFlag.DefiniteOrganizationHead)
  set(statementNounSet, WordFlag.StatementNoun)
  set(definite(statementNounSet), WordFlag.DefiniteStatementNoun)
  set(mediaNameEndingSet, WordFlag.MediaNameEnding)
  set(scoringMinuteSet, WordFlag.ScoringMinute)
  set(scoringVerbSet, WordFlag.ScoringVerb)
  set(placeListHeadSet, WordFlag.PlaceListHead)
  set(organizationPhrasesByFirstWord.keys(), WordFlag.OrganizationNameFirst)
  set(mediaPhrasesByFirstWord.keys(), WordFlag.MediaNameFirst)
  set(matchWordSet, WordFlag.MatchWord)
  set(clubHeadSet, WordFlag.ClubHead)
  set(companyListNounSet, WordFlag.CompanyListNoun)
  set(kanaWithConjunctionSet, WordFlag.Kana)
  set(descentParticleSet, WordFlag.DescentParticle)
  set(compassNounSet, WordFlag.RegionWord)
  set(directionAdjectiveSet, WordFlag.RegionWord)
  set(communeHeadSet, WordFlag.RegionWord)
  return new FlagTable(flags)
}

/** The words with the article: `ال` + word is a reading that starts with ال and is `word` once it is cut. */
function definite(words: Iterable<string>): string[] {
  return [...words].map((word) => `ال${word}`)
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

/** `hashOf(text.slice(from))`, without making the slice. */
export function hashOfRest(text: string, from: number): number {
  let hash = 0x811c9dc5
  for (let i = from; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash | 0 || 1
}

// Built on the first lookup rather than at import, so that a Worker that never extracts does not pay for it at start-up.
let table: FlagTable | undefined

/** Forgets the table, to build it again on the next look-up: lists registered at start (`registerBodies`) add words. */
export function resetWordFlags(): void {
  table = undefined
  generation++
}

// Counts the resets: what is kept of the flags elsewhere (the readings of spellings, word-readings.ts) is kept for one.
let generation = 0

/** Changes whenever the flags may change (`resetWordFlags`). */
export function wordFlagsGeneration(): number {
  return generation
}

/** The flags of one normalised reading (0 for a word the lexicon does not know); `hash` is `hashOf(reading)`. */
export function wordFlags(reading: string, hash: number): number {
  table ??= buildTable()
  return table.get(reading, hash)
}
