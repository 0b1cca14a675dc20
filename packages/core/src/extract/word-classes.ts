import { HashFilter } from './hash-filter.ts'
import {
  audienceNounSet,
  calendarWordSet as calendarWords,
  commonWordSet,
  conjunctionWithAnSet,
  givenNameSet,
  honorificSet as HONORIFICS,
  knownSurnameSet,
  nameParticleSet,
  norm,
  relationalHeadSet,
  reportingForms,
  roleWordSet,
  sayingBySet,
  strictNorm,
  type VerbForm,
} from './lexicon.ts'
import { readingSet } from './reading-set.ts'
import { isListedVerb } from './registered-verbs.ts'
import { joined, type Scan } from './scan.ts'
import { sourceGivenNameNormSet, sourceGivenNameSet } from './source-given-names.ts'
import {
  GIVEN_NAME_AFTER_ARTICLE as GIVEN_NAME_AFTER_ARTICLE_QUESTION,
  keepAnswer,
  keptAnswer,
} from './spelling-answers.ts'
import { hashOf, hashOfRest, WordFlag } from './word-flags.ts'
import type { Base, TitleHead, Word } from './words.ts'

// The questions as constants of this module: an imported binding is read from its module at each test.
const GIVEN_NAME_AFTER_ARTICLE = GIVEN_NAME_AFTER_ARTICLE_QUESTION

// Questions the recognisers ask of one word. Each looks at the word's readings without and with attached particles.

/** بعد، إذ، وبما: a word that makes a conjunction with the أن after it, after و or ف too (see `conjunctionsWithAn`). */
export function isConjunctionBeforeAn(word: Word): boolean {
  const form = word.norm
  return (
    conjunctionWithAnSet.has(form) ||
    ((form[0] === 'و' || form[0] === 'ف') && conjunctionWithAnSet.has(form.slice(1)))
  )
}

/** A word read first as a complementiser (أن، إن، بأن …): what opens a reported clause. */
export function isComplementizer(word: Word): boolean {
  return (word.bases[0]!.flags & WordFlag.Complementizer) !== 0
}

export function isFunctionWord(word: Word): boolean {
  const { spelling } = word
  spelling.functionWord ??= computeFunctionWord(word)
  return spelling.functionWord
}

function computeFunctionWord(word: Word): boolean {
  // علي is the name, على the preposition: only the yeh tells them apart once normalised.
  if (word.norm === ALI && isGivenName(word)) return false
  for (let n = 0; n < word.bases.length; n++) {
    const { flags, base, cut } = word.bases[n]!
    if (!(flags & (WordFlag.FunctionWord | WordFlag.Complementizer))) continue
    // بلان، كلان: ب، ك or ل does not go before a particle that opens with ل (لان is لأن): the name بلان. Before
    // كل or بعض it does (لكل، بكل، لبعض).
    if (cut > 0 && PREPOSITIONS.has(word.norm[cut - 1]!) && base[0] === 'ل') continue
    return true
  }
  return false
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['ب', 'ك', 'ل'])

const ALI = norm('علي')

/** The reporting verb this word is a form of, with و or ف attached or not (وقال، فأكد). */
export function reportingVerb(word: Word): VerbForm | undefined {
  const { spelling } = word
  if (spelling.reportingVerb === undefined) spelling.reportingVerb = computeReportingVerb(word) ?? null
  return spelling.reportingVerb ?? undefined
}

/** Word `v` is a verb of saying and the word after it its object in a set phrase (لفت النظر، لافتاً الانتباه). */
export function setObjectAfter(words: readonly Word[], v: number): boolean {
  const objects = reportingVerb(words[v]!)?.setObjects
  return objects !== undefined && joined(words, v + 1) && objects.has(words[v + 1]!.norm)
}

function computeReportingVerb(word: Word): VerbForm | undefined {
  if (isSayingByNoun(word.bases[0]!)) return SAYING_BY
  if (word.bases[0]!.flags & WordFlag.ReportingForm) return notMasdar(word, 0, reportingForms.get(word.norm))
  const second = word.bases[1]
  if (
    second &&
    second.cut === 1 &&
    second.flags & WordFlag.ReportingForm &&
    (word.norm[0] === 'و' || word.norm[0] === 'ف')
  ) {
    return notMasdar(word, 1, reportingForms.get(second.base))
  }
  return undefined
}

/**
 * The perfect of a form IV verb is written with hamza above its alef (أفاد، أضاف، أعلن), its masdar with hamza below
 * (إفادتها، إضافة، إعلان): a word spelt with إ is the noun, whatever the folded letters say.
 */
function notMasdar(word: Word, cut: number, form: VerbForm | undefined): VerbForm | undefined {
  // بيّن، not بين; أبان, not إبان (during).
  if (form?.marked && !word.raw.includes(SHADDA) && word.raw[cut] !== 'أ') return undefined
  return form && word.raw[cut] === 'إ' && form.lemma[0] === 'أ' ? undefined : form
}

const SHADDA = '\u0651'

/** بالقول، بقوله: the verbal noun of saying after ب reports as a participle of قال. */
const isSayingByNoun = readingSet(sayingBySet)
const SAYING_BY: VerbForm = { lemma: 'قال', clause: false, object: false, participle: true }

export function isVerb(word: Word): boolean {
  const { spelling } = word
  spelling.verb ??= computeVerb(word)
  return spelling.verb
}

function computeVerb(word: Word): boolean {
  if (word.bases[0]!.flags & WordFlag.CommonVerb || reportingVerb(word) !== undefined) return true
  const second = word.bases[1]
  return second !== undefined && second.cut === 1 && (second.flags & WordFlag.CommonVerb) !== 0
}

/**
 * A verb of the hand lists (`isVerb`) or of the registered list (`registerVerbs`): the rules that read a person's name
 * from its context alone (after a title, in apposition, before a role, in the subject's place, a given name's start)
 * take no such word into the name they read (`المتهم تسلم المبلغ`، `اللاعب تأثر نفسيا`). Where a name already read goes
 * on, and where a verb after a word vouches for it as a name's end, the rules keep `isVerb`: stopping names at the
 * list's words cut a true name and fixed none on the development texts (round 37); read as a verb everywhere, the
 * list cut indirect speech and places.
 */
export function isVerbOfAnyList(word: Word): boolean {
  return isVerb(word) || isListedVerb(word)
}

const isCalendarReading = readingSet(calendarWords)

export function isCalendarWord(word: Word): boolean {
  return isCalendarReading(word.bases[0]!)
}

/** A title that opens a role (الرئيس، وزير، للرئيس), or a relational one with its pronoun (نظيره، مبعوثها). */
export function titleHead(word: Word): TitleHead | undefined {
  const { spelling } = word
  if (spelling.titleHead === undefined) spelling.titleHead = computeTitleHead(word) ?? null
  return spelling.titleHead ?? undefined
}

function computeTitleHead(word: Word): TitleHead | undefined {
  for (let m = 0; m < word.bases.length; m++) {
    const base = word.bases[m]!
    if (base.flags & WordFlag.TitleHead) return { base, possessive: 0 }
    const suffix = possessiveSuffix(base.base)
    if (suffix > 0 && relationalHeadSet.has(relationalStem(base.base, suffix)))
      return { base, possessive: suffix }
  }
  return undefined
}

/**
 * The relational head under its possessive, in dictionary spelling: a feminine head writes its ة as ت before the
 * pronoun (مديرتها، وزيرته → مديرة، وزيرة).
 */
export function relationalStem(word: string, possessive: number): string {
  const stem = word.slice(0, -possessive)
  if (!stem.endsWith('ت')) return stem
  const feminine = `${stem.slice(0, -1)}ة`
  return relationalHeadSet.has(feminine) ? feminine : stem
}

function possessiveSuffix(word: string): number {
  if (word.length < 4) return 0
  if (word.endsWith('هما')) return 3
  if (word.endsWith('ها') || word.endsWith('هم')) return 2
  if (word.endsWith('ه')) return 1
  return 0
}

export function isRoleWord(word: Word): boolean {
  // The flags of all its readings together: one of them is a role word.
  return (word.flags & WordFlag.RoleWord) !== 0
}

/** The word spelled strictly (ى kept), with `cut` letters of particles removed. */
function strictBase(word: Word, cut: number): string {
  const { spelling } = word
  spelling.strict ??= strictNorm(word.raw)
  return spelling.strict.slice(cut)
}

/** A given name, possibly behind particles (لأحمد): the reading that is one, or undefined. */
export function givenNameBase(word: Word): Base | undefined {
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (isGivenNameReading(word, base)) return base
  }
  return undefined
}

export function isGivenName(word: Word): boolean {
  return isGivenNameReading(word, word.bases[0]!)
}

function isGivenNameReading(word: Word, base: Base): boolean {
  if ((base.flags & WordFlag.GivenNameLoose) === 0) return false
  return givenNameSet.has(givenNameSpelling(word, base))
}

/** لمياء، صهيب: a given name only the registered lists know (`source-given-names.ts`), in this reading. */
export function isSourceGivenName(word: Word, base: Base = word.bases[0]!): boolean {
  return sourceGivenNameNormSet.has(base.base) && sourceGivenNameSet.has(givenNameSpelling(word, base))
}

/**
 * The reading spelt as the given-name list spells it. Egyptian print writes a name's final ي as ى (حسنى، فتحى،
 * مجدى): such a word is read in its ي form unless that reading is a function word, so that على، إلى، لدى and حتى
 * stay apart from علي.
 */
export function givenNameSpelling(word: Word, base: Base): string {
  const strict = strictBase(word, base.cut)
  if (strict.endsWith(ALEF_MAQSURA)) {
    if (givenNameSet.has(strict) || base.flags & (WordFlag.FunctionWord | WordFlag.Complementizer))
      return strict
    return `${strict.slice(0, -1)}ي`
  }
  // مصطفي، موسي: the reverse, a name's final ى written ي, in a word of four letters or more that news uses for no other
  // and that is no present verb (يحيي).
  if (!strict.endsWith('ي') || strict.length < 4 || strict[0] === 'ي' || givenNameSet.has(strict))
    return strict
  const maqsura = `${strict.slice(0, -1)}${ALEF_MAQSURA}`
  return givenNameSet.has(maqsura) && !commonWordSet.has(base.base) ? maqsura : strict
}

const ALEF_MAQSURA = 'ى'

/** The word less its first two letters is a given name: with the article, a name as the Maghreb writes some (الحسين). */
export function isGivenNameAfterArticle(word: Word): boolean {
  // Asked of every definite word a name may start at: answered once a spelling.
  const { spelling } = word
  const kept = keptAnswer(spelling, GIVEN_NAME_AFTER_ARTICLE)
  if (kept !== 0) return kept === 3
  // A bitmap of the names' folded forms refuses almost all before the word's strict spelling is made. `norm` folds a
  // name's strict spelling to the word less its article (strict and loose folding differ only in ى, letter for letter).
  const yes = foldedGivenNames().mayHave(hashOfRest(word.norm, 2)) && givenNameSet.has(strictBase(word, 2))
  return keepAnswer(spelling, GIVEN_NAME_AFTER_ARTICLE, yes)
}

let foldedGivenNameHashes: HashFilter | undefined

function foldedGivenNames(): HashFilter {
  foldedGivenNameHashes ??= new HashFilter(Array.from(givenNameSet, (name) => hashOf(norm(name))))
  return foldedGivenNameHashes
}

export function isKnownSurname(word: Word): boolean {
  return knownSurnameSet.has(word.norm)
}

export function isNameParticle(word: Word): boolean {
  return nameParticleSet.has(word.norm)
}

/** Written with tanwin fath (اتصالاً): an indefinite accusative noun, not a name. */
export function isAccusativeNoun(word: Word): boolean {
  return word.raw.includes('\u064b')
}

/** Ends in the alef that stands for tanwin when marks are left out (اتصالا), or in a name's alef (لوكا، كوستا). */
export function endsInAlef(word: Word): boolean {
  return word.norm.length >= 3 && word.norm.endsWith('ا') && !word.norm.endsWith('يا')
}

/** Looks like an adjective that can follow a definite noun: nisba-shaped (الصحافي، الاستخباراتية) or a role word. */
export function isAdjectiveLike(base: string): boolean {
  return roleWordSet.has(base) || isDefiniteNisba(base)
}

/** A definite word in a nisba's shape (الوطني، الخارجية): unlike a role's noun (النقل، الدفاع), never a genitive. */
export function isDefiniteNisba(base: string): boolean {
  return base.startsWith('ال') && base.length > 4 && NISBA_ENDING.test(base)
}

const NISBA_ENDING = /(?:ي|يه|ية|يون|يين|يان)$/

/**
 * بالفشل، بكامل، بحضور: ب or ك before an ordinary word of news opens a phrase of manner, means or company, which is
 * neither a name nor a verb.
 */
export function isPrepositionalPhrase(word: Word): boolean {
  if (word.norm[0] !== 'ب' && word.norm[0] !== 'ك') return false
  return word.bases.some((b) => b.cut === 1 && commonWordSet.has(b.base))
}

/** Looks like a verb in the present tense or a verbal noun, which a name never is (يتحدث، تصريحات). */
export function looksVerbal(word: Word): boolean {
  const w = word.norm
  if (HONORIFICS.has(w)) return false
  return (
    (w.startsWith('ي') && w.length >= 4) ||
    (w.startsWith('ت') && (w.length >= 5 || HOLLOW_PRESENT.test(w))) ||
    w.startsWith('سي')
  )
}

/** تقوم، تكون، تزيد: the present of a hollow verb keeps its long vowel after the root's first letter. */
const HOLLOW_PRESENT = /^ت.[وي].$/

/** `لألعاب القوى`, `لكرة القدم`: ل on a noun without the article, then that noun's genitive. */
export function indefiniteGenitive(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  const next = words[j + 1]
  if (word.norm[0] !== 'ل' || word.norm.startsWith('لل') || word.norm.length < 4 || !next) return false
  if (!word.bases.some((base) => base.cut === 1) || !joined(words, j + 1) || !next.norm.startsWith('ال'))
    return false
  // لينا الرفاعي is a name: a given name, or a family name in its nisba shape after it, is not a genitive.
  if (isGivenName(word) || isGivenName(next) || isKnownSurname(next)) return false
  return (
    !isFunctionWord(word) &&
    ((next.bases[0]!.flags & WordFlag.RoleWord) !== 0 || !strictBase(next, 0).endsWith('ي'))
  )
}

/**
 * The reading عبد of a word, opening a compound given name (عبد الرحيم), alone or after و. A loop, not `bases.find`
 * with a closure over `word`, which would give every call of the caller a context to allocate.
 */
export function abdReading(word: Word): Base | undefined {
  for (let n = 0; n < word.bases.length; n++) {
    const b = word.bases[n]!
    if (b.base === 'عبد' && (b.cut === 0 || word.norm[0] === 'و')) return b
  }
  return undefined
}

/** للصحفيين، لوسائل الإعلام: ل before whom the words were said to. */
export function toAudience(word: Word): boolean {
  return word.norm[0] === 'ل' && word.bases.some((base) => base.cut === 1 && audienceNounSet.has(base.base))
}
