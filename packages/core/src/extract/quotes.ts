import { THIRD_PERSON_SUFFIX } from '../lang/ar/affixes.ts'
import { negationSet } from '../lang/ar/compiled-cues.ts'
import { normSet } from '../lang/ar/spelling.ts'
import type { Block, Sentence } from '../model/article.ts'
import type { Quote, Speaker } from '../model/extraction.ts'
import { CLAUSE_STOP } from '../segment/marks.ts'
import { clauseAfterAside } from './attribution-clauses.ts'
import {
  asHePutItSet as AS_HE_PUT_IT,
  clauseBoundarySet as CLAUSE_BOUNDARIES,
  clauseParticleSet as CLAUSE_PARTICLES,
  commonWordSet as COMMON_WORDS,
  complementizerSet,
  firstPersonOpenerSet as FIRST_PERSON_OPENERS,
  headsOfNamesSet as HEADS_OF_NAMES,
  kanaSet as KANA,
  narrationOpenerSet as NARRATION_OPENERS,
  nameParticleSet,
  nisbaPlaces,
  praiseAfterNameSet as PRAISE,
  relativePronounSet as RELATIVE_PRONOUNS,
  speakerActSet as SPEAKER_ACTS,
  clauseTrailerSet as TRAILING,
  verbParticleSet as VERB_PARTICLES,
} from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import { lastWordBefore } from './organization-names.ts'
import type { QuotedSpan } from './quote-marks.ts'
import { colonAfterQuotedName, NISBA_SHAPED, namedByHead } from './quote-names.ts'
import { isPassive, type Report } from './reports.ts'
import { joined, type Scan } from './scan.ts'
import { phraseAt } from './subjects.ts'
import {
  isFunctionWord,
  isGivenName,
  isPrepositionalPhrase,
  isVerb,
  looksVerbal,
  reportingVerb,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { sentenceAt, type Word, wordAtOrAfter } from './words.ts'

const INHERIT_REACH = 2
const MIN_CLAUSE_BEFORE_QUOTE = 3
/** A clause this long before a quote says something of its own, whether or not the lists know its verb. */
const LONG_CLAUSE_BEFORE_QUOTE = 8
/** Short quoted spans are names or terms unless something reports them (`بأنها كانت «بنّاءة وموضوعية وعملية»`). */
const MIN_UNREPORTED_WORDS = 4
const MIN_REPORTED_WORDS = 2
/** Two dots alone between words on one line (`غداً.. بدء`، `بمربعات .. وأنها`): a pause, not a sentence's end. */
const TWO_DOT_PAUSE = /^[ \t\u00a0]*\.\.[ \t\u00a0]*$/

/**
 * The index of the first report after report `r` whose verb is at or after word `first`, attributions and verbs
 * that describe a noun left aside; -1 if none.
 */
function nextReport(reports: readonly Report[], r: number, first: number, words: readonly Word[]): number {
  for (let k = r + 1; k < reports.length; k++) {
    const other = reports[k]!
    if (
      other.verb >= first &&
      other.kind !== 'cue' &&
      !other.bare &&
      !describesNoun(words, other) &&
      !relativeWithoutClause(words, other)
    )
      return k
    // Reports are in text order: one past the clause's sentence ends the search.
    if (other.sentence > reports[r]!.sentence + 1) return -1
  }
  return -1
}

/**
 * `أن العملية التي أعلنت عنها الوزارة أمس لها علاقة …`: a verb of saying right after a relative pronoun, reporting no
 * clause of its own, describes a noun of the clause around it and does not end it.
 */
function relativeWithoutClause(words: readonly Word[], report: Report): boolean {
  return (
    report.kind === 'verb' &&
    !report.complement &&
    report.verb > 0 &&
    RELATIVE_PRONOUNS.has(words[report.verb - 1]!.norm)
  )
}

/**
 * Report `inner`'s verb is the first word of the clause at `first`, or follows a negation or قد that opens it (أنه
 * لم تعلن الحملات …), and reports no quote or colon: it is the clause's own verb.
 */
function opensClause(words: readonly Word[], inner: Report, first: number): boolean {
  const kind = inner.complement?.kind
  if (kind === 'quote' || kind === 'colon') return false
  return inner.verb === first || (inner.verb === first + 1 && negationSet.has(words[first]!.norm))
}

/**
 * بنشر تصريحات اعتُبرت مسيئة: a verb of saying with no conjunction, punctuation or words of its own, and no one
 * named for its subject, right after the noun it describes, is that noun's adjective clause, not a report that ends
 * the clause around it.
 */
function describesNoun(words: readonly Word[], report: Report): boolean {
  const word = words[report.verb]!
  return (
    report.kind === 'verb' &&
    !report.complement &&
    (!report.subject || (report.subject.kind === 'other' && !report.subject.speaker.entity)) &&
    joined(words, report.verb) &&
    (word.bases[0]!.flags & WordFlag.ReportingForm) !== 0 &&
    !isFunctionWord(words[report.verb - 1]!)
  )
}

interface DirectCandidate {
  span: QuotedSpan
  first: number
  last: number
}

/**
 * Direct quotes (speech inside quote marks) and indirect ones (a reporting verb's clause), each with its speaker.
 * Quoted names and terms (موقع "ستاندرد"، ما يسمى "…") are left out.
 */
export function extractQuotes(
  scan: Scan,
  quotedSpans: readonly QuotedSpan[],
  reports: readonly Report[],
  index: MentionIndex,
  sentences: readonly Sentence[],
  blocks: readonly Block[],
  acts: readonly Report[] = [],
): Quote[] {
  const quotes: Quote[] = []
  // Filled by a loop: a Map made from an array of pairs reads them through iterators.
  const reportAt = new Map<number, Report>()
  // قال والد الطفل: ⏎ "…": a colon at its line's end opens the quote on the next line, past the sentence's end.
  const openedByColon = new Map<number, Report>()
  for (let q = 0; q < reports.length; q++) {
    const report = reports[q]!
    reportAt.set(report.verb, report)
    if (report.complement?.kind === 'colon') openedByColon.set(report.complement.at, report)
  }
  const actAt = new Map<number, Report>()
  for (let m = 0; m < acts.length; m++) {
    const act = acts[m]!
    actAt.set(act.verb, act)
  }
  let previous: { speaker: Speaker | null; sentence: number; block: number; at: number } | undefined
  const directs = new Map<number, number>()
  const directEnds = new Set<number>()
  let lastDirect: { last: number; report: Report | undefined } | undefined
  for (let n = 0; n < quotedSpans.length; n++) {
    const span = quotedSpans[n]!
    const candidate = wordsInside(scan, span)
    if (!candidate || isName(scan, index, candidate)) continue
    const count = candidate.last - candidate.first + 1
    // A quote inside a quote (a verse, a slogan the speaker cites) is a quote of its own when it is speech, said by
    // whom the outer quote names before it (قال الله تعالى في محكم كتابه «…»), else by no one it names.
    if (span.depth > 0) {
      if (count < MIN_UNREPORTED_WORDS) continue
      const { start, end } = trimmed(scan.text, span.open + 1, span.close)
      const sentence = sentenceAt(sentences, span.open)
      quotes.push({
        kind: 'direct',
        text: scan.text.slice(start, end),
        start,
        end,
        sentence,
        speaker: nestedSpeaker(scan, index, candidate),
        mark: span.mark,
      })
      continue
    }
    const report =
      reportBefore(scan, candidate, reportAt, directEnds) ??
      reportAfter(scan, candidate, reportAt) ??
      openedByColon.get(candidate.first) ??
      sameReportAsBefore(scan, candidate, lastDirect)
    // نقلت الصحيفة عن "مصدر مطلع" قوله: the quoted words after عن are the source the outlet cites.
    if (report?.kind === 'transmission' && report.subject?.first === candidate.first) continue
    // «السعادة» و«السوق»: words after a colon are a quote only where someone speaks before it.
    const colon = scan.words[candidate.first]!.gap.includes(':') && report !== undefined
    // «ربنا ينتقم منكم»، "هل تعني الصحافيين؟": a few words with a verb of their own are a sentence said.
    const ownVerb = count >= MIN_REPORTED_WORDS && holdsVerb(scan.words, candidate.first, candidate.last)
    if (!colon && !ownVerb && count < (report ? MIN_REPORTED_WORDS : MIN_UNREPORTED_WORDS)) continue
    if (!colon && count < MIN_REPORTED_WORDS + 1 && report?.kind === 'cue') continue
    // حالة "القوة القاهرة": two quoted words right after a noun name a thing; after عن، بأنها، كانت they are speech.
    // A pair that opens with a verb (أن القرار "كان متوقعاً") is a predicate, said of the noun before it.
    const predicate = isVerb(scan.words[candidate.first]!) || KANA.has(scan.words[candidate.first]!.norm)
    if (
      !colon &&
      count === MIN_REPORTED_WORDS &&
      !predicate &&
      !prepositional(scan.words[candidate.first]!) &&
      afterNoun(scan, candidate)
    )
      continue
    // A quote that lost its closing mark is taken only where a verb reports it, up to its paragraph's last word.
    if (span.unclosed && report?.kind !== 'verb' && report?.kind !== 'participle' && report?.kind !== 'colon')
      continue
    const { start, end } = span.unclosed
      ? trimmed(scan.text, span.open + 1, scan.words[candidate.last]!.end)
      : trimmed(scan.text, span.open + 1, span.close)
    const sentence = sentenceAt(sentences, span.open)
    const block = scan.words[candidate.first]!.block
    let speaker: Speaker | null = report ? report.speaker : null
    // A quote with no report of its own continues the last speaker: of a quote, or of reported speech before it.
    const said = lastSaidBefore(scan, reports, candidate.first)
    if (said && (!previous || said.verb > previous.at)) {
      previous = {
        speaker: said.speaker,
        sentence: said.sentence,
        block: scan.words[said.verb]!.block,
        at: said.verb,
      }
    }
    // وبسؤاله عن الفريق، رد قائلاً: "…": a participle or pronoun verb whose subject was not found continues the
    // passage's speaker, as a quote no verb reports does.
    const unresolved =
      report !== undefined &&
      report.speaker === null &&
      !report.subject &&
      !report.unagreed &&
      (report.kind === 'participle' || (report.kind === 'verb' && !isPassive(scan.words[report.verb]!)))
    const inherited =
      (!report || unresolved) &&
      previous !== undefined &&
      sentence - previous.sentence <= INHERIT_REACH &&
      !headingBetween(blocks, previous.block, block)
    if (inherited) speaker = previous!.speaker
    // وشرح الوزير أسباب زيارته ودور المرفأ الذي بات "…": a quote no verb reports is the subject's whose act opens
    // its clause.
    const act = report ? undefined : reportBefore(scan, candidate, actAt, directEnds)
    if (act) speaker = act.speaker
    // فقرات ‘…’، جناية «…»، احتفالات «…»: quoted words with no verb, right after a noun, that nothing in their
    // sentence reports and no passage of speech around them continues, name what the noun is; they say nothing.
    if (
      !report &&
      !inherited &&
      !colon &&
      namedAfterNoun(scan, index, candidate) &&
      !reportedInSentence(scan, candidate.first, reportAt)
    )
      continue
    if (!report && asHePutIt(scan, candidate.last) && previous) speaker = previous.speaker
    const quote: Quote = { kind: 'direct', text: scan.text.slice(start, end), start, end, sentence, speaker }
    // Assigned in the output's order, not spread in: V8 defines a field after a spread in its runtime.
    if (report?.lemma) quote.verb = report.lemma
    quote.mark = span.mark
    quotes.push(quote)
    directs.set(candidate.first, candidate.last)
    directEnds.add(candidate.last)
    lastDirect = { last: candidate.last, report }
    previous = { speaker, sentence, block, at: candidate.first }
  }
  quotes.push(...indirectQuotes(scan, reports, sentences, directs))
  return quotes.sort((a, b) => a.start - b.start)
}

/** …، وذلك خلال الندوة الصحافية، …، وقد تداول نشطاء: after a comma, the article's own voice again. */
function opensNarration(word: Word): boolean {
  // Most gaps are one space, which holds no comma: neither the regex nor the set is asked.
  return word.gap !== ' ' && COMMA.test(word.gap) && NARRATION_OPENERS.has(word.norm)
}

/** A word after و with the same possessive as the noun that reports (وادعائه … وإنتاجه). */
function sameListAs(noun: Word, word: Word): boolean {
  const suffix = THIRD_PERSON_SUFFIX.exec(noun.norm)?.[0]
  return suffix !== undefined && word.norm[0] === 'و' && word.norm.endsWith(suffix) && word.norm.length > 4
}

const MAX_NESTED_FRAME = 8
const MAX_NESTED_NAME = 3

/** Who a quote names as saying a quote nested in it: the subject of a verb of saying a few words before it. */
function nestedSpeaker(scan: Scan, index: MentionIndex, candidate: DirectCandidate): Speaker | null {
  const { words } = scan
  const sentence = words[candidate.first]!.sentence
  for (let k = candidate.first - 1; k >= 0 && candidate.first - k <= MAX_NESTED_FRAME; k--) {
    const word = words[k]!
    if (word.sentence !== sentence || scan.quoteClosingAt.has(k) || !scan.quoted[k]) return null
    const verb = reportingVerb(word)
    if (!verb || verb.participle) {
      // The outer quote opens at this word: its speaker's report is outside it.
      if (scan.quoteOpeningAt.has(k)) return null
      continue
    }
    if (k + 1 >= candidate.first) return null
    const subject = phraseAt(scan, index, k + 1)
    if (subject) return subject.kind === 'unnamed' ? null : subject.speaker
    // وقال رسوله الكريم «…»، قال الله تعالى في كتابه «…»: the short noun phrase after the verb.
    let last = k
    while (last + 1 < candidate.first && last - k < MAX_NESTED_NAME && nameWord(words[last + 1]!)) last++
    return last > k ? { name: scan.text.slice(words[k + 1]!.start, words[last]!.end) } : null
  }
  return null
}

function nameWord(word: Word): boolean {
  return !word.number && !isVerb(word) && !isFunctionWord(word) && !PRAISE.has(word.norm)
}

function hasVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k]!
    if (isVerb(word) || KANA.has(word.norm) || VERB_PARTICLES.has(word.norm)) return true
  }
  return false
}

/**
 * Where a direct quote at word `k` stands in the clause that opens at word `first`: `part` of it when the clause
 * needs it, a quoted term (أن "صفحات مأجورة" روجت …، من "مدرسة الجمهورية") or what a complementiser with its
 * pronoun says (إلا أنها "عظيمة …"، فإننا "نسعى …"); `after` it when a comma and a second complementiser part them
 * (أن الكويت أمانة، وأنه "…"); else `frame`: the clause frames or precedes the quote.
 */
function quoteInClause(
  words: readonly Word[],
  first: number,
  k: number,
  quoteLast: number,
): 'part' | 'after' | 'frame' {
  const term = quoteLast - k + 1 < MIN_UNREPORTED_WORDS
  const next = words[quoteLast + 1]
  const continues = next !== undefined && next.sentence === words[k]!.sentence && !CLAUSE_STOP.test(next.gap)
  if (k === first) return term && continues ? 'part' : 'frame'
  const before = words[k - 1]!
  if (COMMA.test(before.gap) && before.norm[0] === 'و' && complementizerSet.has(bareWord(before)))
    return 'after'
  // إن هناك «اتفاقاً كبيراً» مع الطرف الآخر على …: the clause's words go on after the quote with no stop between.
  if (continues && !COMMA.test(words[k]!.gap) && !opensClauseAfterQuote(next!)) return 'part'
  // إن قطاع الزراعة سينظم أياماً تشاورية، «تكون …»: a clause of a few words with no remark between commas.
  if (COMMA.test(words[k]!.gap))
    return k - first >= MIN_CLAUSE_BEFORE_QUOTE && !commaBetween(words, first, k) ? 'after' : 'frame'
  // بأنها كانت «بنّاءة …»: a clause of a word or two only frames the quote.
  if (term) return isFunctionWord(before) && k - first >= MIN_CLAUSE_BEFORE_QUOTE ? 'part' : 'frame'
  const particle = bareWord(before)
  return complementizerSet.has(particle) && WITH_PRONOUN.test(particle) ? 'part' : 'frame'
}

/** A word after a closing mark that starts a clause of its own rather than going on with the one before the quote. */
function opensClauseAfterQuote(word: Word): boolean {
  return (
    reportingVerb(word) !== undefined ||
    CLAUSE_BOUNDARIES.has(word.norm) ||
    CLAUSE_PARTICLES.has(word.norm) ||
    complementizerSet.has(bareWord(word))
  )
}

function commaBetween(words: readonly Word[], first: number, k: number): boolean {
  for (let m = first + 1; m < k; m++) if (COMMA.test(words[m]!.gap)) return true
  return false
}

const WITH_PRONOUN = /(?:ه|ها|هم|نا|ني)$/

/**
 * A word that opens the next clause (…، كما، …، وهو ما، …، حيث، …، وأن، …، وأنا، كانت): left out of the clause before. A preposition
 * with its pronoun (عليهم، منها) or an adverb (أيضاً، حالياً) ends a clause as any word does.
 */
function opensNextClause(word: Word): boolean {
  const { norm } = word
  return (
    TRAILING.has(norm) ||
    CLAUSE_BOUNDARIES.has(norm) ||
    CLAUSE_PARTICLES.has(norm) ||
    KANA.has(norm) ||
    complementizerSet.has(bareWord(word)) ||
    FIRST_PERSON_OPENERS.has(bareWord(word)) ||
    (isFunctionWord(word) && norm.length <= SHORT_PARTICLE)
  )
}

const SHORT_PARTICLE = 2

/** وحث الوزراء، وشكرت الداعمين: the speaker's next act after و (past, masculine, feminine or plural). */
function opensSpeakerAct(word: Word): boolean {
  if (word.norm[0] !== 'و') return false
  // وحث: a word of three letters has no reading without its و.
  const verb = word.bases.find((b) => b.cut === 1)?.base ?? word.norm.slice(1)
  return SPEAKER_ACTS.has(verb) || SPEAKER_ACTS.has(verb.replace(PAST_ENDING, ''))
}

const PAST_ENDING = /(?:ت|وا)$/

/** وبحسب مصادر رسمية، فإدارة المستشفى …: the ف that joins an attribution to its clause is not what was said. */
function faBefore(report: Report, word: Word): number {
  return report.kind === 'cue' &&
    word.norm[0] === 'ف' &&
    word.raw[0] === 'ف' &&
    word.bases.some((b) => b.cut === 1)
    ? 1
    : 0
}

/** The word without a conjunction و or ف (وأنه → أنه، فإننا → إننا). */
function bareWord(word: Word): string {
  const second = word.bases[1]
  return second && second.cut === 1 && (word.norm[0] === 'و' || word.norm[0] === 'ف')
    ? second.base
    : word.norm
}

/** The last report with words of its own (a clause, a colon) whose verb stands before word `first`. */
function lastSaidBefore(scan: Scan, reports: readonly Report[], first: number): Report | undefined {
  let low = 0
  let high = reports.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (reports[mid]!.verb < first) low = mid + 1
    else high = mid
  }
  const sentence = scan.words[first]!.sentence
  for (let r = low - 1; r >= 0; r--) {
    const report = reports[r]!
    if (sentence - report.sentence > INHERIT_REACH) return undefined
    if (report.complement && report.complement.at < first) return report
  }
  return undefined
}

/**
 * Two quoted words after a noun that governs them (حالة "القوة القاهرة"): a head in the construct state, without the
 * article; after a definite noun (الأعداد "بشكل كبير") the words are no genitive of it.
 */
function afterNoun(scan: Scan, candidate: DirectCandidate): boolean {
  const before = scan.words[candidate.first - 1]
  if (!before || before.sentence !== scan.words[candidate.first]!.sentence || before.norm.length < 2)
    return false
  return !isFunctionWord(before) && !reportingVerb(before) && !isVerb(before) && !before.norm.startsWith('ال')
}

/**
 * Quoted words right after a noun of their sentence, with only spaces between the noun and the mark, that hold no
 * verb, no first-person opener and no end of a sentence: what the noun names or is (فقرات ‘…’، جناية «…»).
 */
function namedAfterNoun(scan: Scan, index: MentionIndex, candidate: DirectCandidate): boolean {
  // A noun as `afterNoun` reads it: no bare definite noun (الفريق "…"), which may be the subject the quoted words are
  // said of.
  if (!afterNoun(scan, candidate)) return false
  const { words, text } = scan
  const before = words[candidate.first - 1]!
  // وبارك NAME "…": a person right before the mark is the subject of a verb the lists may not know.
  if (index.mentionAt[candidate.first - 1]?.kind === 'person') return false
  if (text.slice(before.end, candidate.span.open).trim() !== '') return false
  if (before.number || looksVerbal(before)) return false
  if (candidate.last - candidate.first + 1 > MAX_NAMED_WORDS) return false
  // بي بي سي: letters spelt out, not a verb of the dictionary or a present verb's shape.
  if (holdsVerb(words, candidate.first, candidate.last, true)) return false
  // للشعب …، بالقرار …: a name opens with no preposition.
  const opener = words[candidate.first]!.norm
  if (FIRST_PERSON_OPENERS.has(opener) || opener.startsWith('لل') || opener.startsWith('بال')) return false
  return !SENTENCE_END.test(text.slice(candidate.span.open + 1, candidate.span.close))
}

const SENTENCE_END = /[.؟?!]/
/** Longer quoted words after a noun say something of it, whatever they hold (a name with its numbers runs to ten). */
const MAX_NAMED_WORDS = 10

/** A verb or noun of saying anywhere before word `first` in its sentence (قال إن … ورأى "…"). */
function reportedInSentence(scan: Scan, first: number, reportAt: ReadonlyMap<number, Report>): boolean {
  const { words } = scan
  const sentence = words[first]!.sentence
  for (let k = first - 1; k >= 0 && words[k]!.sentence === sentence; k--) if (reportAt.has(k)) return true
  return false
}

/**
 * لما سماه "…"، وقد اعتبر الحملة الإيطالية "…": quoted words after a verb of naming that carries its object pronoun,
 * or after the object (a head noun, and one nisba) right after a verb of deeming (اعتبر، وصف), are what the verb's
 * subject called it: speech, not the name the head noun takes (ما يسمى "…"، حملة "…").
 */
function calledBySubject(scan: Scan, first: number): boolean {
  const { words } = scan
  const sentence = words[first]!.sentence
  let k = first - 1
  if (k > 0 && words[k]!.norm === 'ب') k--
  const word = words[k]
  if (!word || word.sentence !== sentence) return false
  if (NAMING_VERBS.has(bareWord(word))) return true
  // The object: a definite head, then at most one nisba (الحملة الإيطالية).
  let head = k
  if (head > 0 && NISBA_SHAPED.test(word.norm) && joined(words, head)) head--
  if (!words[head]!.norm.startsWith('ال') || head === 0 || !joined(words, head)) return false
  const verb = words[head - 1]!
  const form = verb.sentence === sentence ? reportingVerb(verb) : undefined
  return form?.object === true
}

const NAMING_VERBS: ReadonlySet<string> = normSet(['سماه', 'سماها', 'أسماه', 'أسماها', 'سموه', 'سموها'])

/**
 * A verb among quoted words `first` to `last` (تعني، ينتقم): they say something, they name nothing. Unlike `hasVerb`,
 * a word of a verb's shape no list knows counts, and a word with tanween is a noun, whatever verb of the dictionary
 * it is spelt like (حذراً).
 */
function holdsVerb(words: readonly Word[], first: number, last: number, lettersSpelt = false): boolean {
  for (let k = first; k <= last; k++) {
    const word = words[k]!
    // With `lettersSpelt`, a word of two letters counts only as a verb's particle (بي، سي: letters of a name).
    if (lettersSpelt && word.norm.length <= 2) {
      if (VERB_PARTICLES.has(word.norm)) return true
      continue
    }
    // The verb first, kept on the word once asked; the regex only for a verb.
    if (looksVerbal(word) || VERB_PARTICLES.has(word.norm) || (isVerb(word) && !TANWEEN.test(word.raw)))
      return true
  }
  return false
}

const TANWEEN = /[\u064b-\u064d]/

/** بالفشل، بكامل: a phrase of manner or means opening two quoted words, not a name; a word news writes whole is. */
function prepositional(word: Word): boolean {
  return !COMMON_WORDS.has(word.bases[0]!.base) && isPrepositionalPhrase(word)
}

function wordsInside(scan: Scan, span: QuotedSpan): DirectCandidate | undefined {
  const first = wordAtOrAfter(scan.words, span.open + 1)
  const last = lastWordBefore(scan, span.close)
  if (first >= scan.words.length || last < first) return undefined
  return { span, first, last }
}

/** A name in quote marks: after a head noun (موقع "ستاندرد"، حملة "…"), or followed by a nisba (“…” البريطاني). */
function isName(scan: Scan, index: MentionIndex, candidate: DirectCandidate): boolean {
  if (namedByHead(scan, candidate.first, HEADS_OF_NAMES) && !calledBySubject(scan, candidate.first))
    return true
  if (colonAfterQuotedName(scan, candidate.first) !== undefined) return true
  // The quote is exactly a name the gazetteer knows: لـ"الجزيرة نت".
  const mention = index.mentionAt[candidate.first]
  if (
    mention &&
    mention.form !== 'nisba' &&
    mention.first === candidate.first &&
    mention.last === candidate.last
  ) {
    return true
  }
  const { words } = scan
  const after = words[candidate.last + 1]
  const count = candidate.last - candidate.first + 1
  if (count <= MAX_NAME_WORDS && looksLikeName(scan, candidate)) return true
  if (namesOnly(scan, index, candidate)) return true
  if (count > 1 && count <= MAX_NAME_WORDS && opensWithHead(scan, candidate)) return true
  if (numbersOnly(scan, candidate)) return true
  // تابعته "بغداد اليوم"، نشرته "الوطن": a short quote after a verb with an object pronoun is that verb's subject.
  const before = candidate.first > 0 ? words[candidate.first - 1] : undefined
  const sameSentence = before?.sentence === words[candidate.first]!.sentence
  if (count <= 3 && before && sameSentence && OBJECT_VERB.test(before.norm) && isVerb(before)) return true
  // قال النائب لـ"صوت المدينة": "…"، صرح لـ'الموقع' إن …: a short quote after ل that the speech follows is the
  // outlet spoken to.
  if (
    count <= 3 &&
    sameSentence &&
    before?.norm === 'ل' &&
    after !== undefined &&
    (after.gap.includes(':') || complementizerSet.has(after.norm))
  ) {
    return true
  }
  return (
    count <= 3 &&
    after !== undefined &&
    after.start - candidate.span.close <= 2 &&
    nisbaPlaces.has(after.norm)
  )
}

const OBJECT_VERB = /(?:ه|ها)$/

/**
 * “سامي الطرابلسي، هدى بن عمر، …”: quoted words that the names found there fill one after another, or a list of short
 * items parted by commas, most of them such names and none with a verb, list names; they say nothing.
 */
function namesOnly(scan: Scan, index: MentionIndex, candidate: DirectCandidate): boolean {
  let items = 0
  let names = 0
  for (let k = candidate.first; k <= candidate.last; items++) {
    const mention = index.mentionAt[k]
    if (mention && mention.form !== 'nisba' && mention.first === k && mention.last <= candidate.last) {
      names++
      k = mention.last + 1
      continue
    }
    let end = k
    // Most gaps are one space, which holds no comma: the regex is asked of the others.
    while (
      end < candidate.last &&
      (scan.words[end + 1]!.gap === ' ' || !COMMA.test(scan.words[end + 1]!.gap))
    )
      end++
    if (end - k >= MAX_ITEM_WORDS || holdsVerb(scan.words, k, end)) return false
    k = end + 1
  }
  return names === items || (items >= MIN_LISTED_NAMES && names * 2 > items)
}

const MAX_ITEM_WORDS = 3
const MIN_LISTED_NAMES = 3

/** “جائزة الدولة للمبدع الصغير”، “كتيبة …”: quoted words that open with a name's head noun and hold no verb. */
function opensWithHead(scan: Scan, candidate: DirectCandidate): boolean {
  const { words } = scan
  if (!words[candidate.first]!.bases.some((b) => b.cut === 0 && HEADS_OF_NAMES.has(b.base))) return false
  return !hasVerb(words, candidate.first + 1, candidate.last + 1)
}

/** “1، 2، 6”: numbers in quote marks say nothing. */
function numbersOnly(scan: Scan, candidate: DirectCandidate): boolean {
  for (let k = candidate.first; k <= candidate.last; k++) if (!scan.words[k]!.number) return false
  return true
}
const MAX_NAME_WORDS = 5

/** `" عبدالله بن ناصر الرحبي "`: a given name, then only words that are neither verbs nor function words. */
function looksLikeName(scan: Scan, candidate: DirectCandidate): boolean {
  const { words } = scan
  if (candidate.last === candidate.first || !isGivenName(words[candidate.first]!)) return false
  for (let k = candidate.first + 1; k <= candidate.last; k++) {
    const word = words[k]!
    if (word.number || isVerb(word) || (isFunctionWord(word) && !nameParticleSet.has(word.norm))) return false
    if (k > candidate.first && !joined(words, k)) return false
  }
  return true
}

/**
 * The report that introduces a quote: the nearest reporting verb or attribution before it in its clause. The
 * clause ends at the sentence start, at an earlier quote, and at a comma followed by كما, بينما, لكن and the like.
 */
function reportBefore(
  scan: Scan,
  candidate: DirectCandidate,
  reportAt: ReadonlyMap<number, Report>,
  directEnds: ReadonlySet<number>,
): Report | undefined {
  const { words } = scan
  const sentence = words[candidate.first]!.sentence
  let cue: Report | undefined
  for (let k = candidate.first - 1; k >= 0; k--) {
    const word = words[k]!
    if (word.sentence !== sentence || directEnds.has(k) || isClauseBoundary(word)) break
    const report = reportAt.get(k)
    // A verb outranks an attribution nearer the quote: قال الساعدي، بحسب بيان، إن بلاده "…".
    if (report?.kind === 'cue') cue ??= report
    else if (report) return report
  }
  return cue
}

/**
 * أن العملية "جرت بنجاح" ووفق "المعايير الدولية"، بأنها "…" و"…": a quote a word or two after a reported quote of its
 * sentence, joined to it with no stop between, goes on with that quote's report.
 */
function sameReportAsBefore(
  scan: Scan,
  candidate: DirectCandidate,
  before: { last: number; report: Report | undefined } | undefined,
): Report | undefined {
  if (!before?.report) return undefined
  const { words } = scan
  if (candidate.first - before.last - 1 > MAX_WORDS_BETWEEN_FRAGMENTS) return undefined
  if (words[before.last]!.sentence !== words[candidate.first]!.sentence) return undefined
  for (let k = before.last + 1; k <= candidate.first; k++)
    if (CLAUSE_STOP.test(words[k]!.gap)) return undefined
  const next = words[before.last + 1]!
  return next.norm[0] === 'و' ? before.report : undefined
}

/** Words between two quoted fragments of one report: و، ووفق، وعلى. */
const MAX_WORDS_BETWEEN_FRAGMENTS = 2

function isClauseBoundary(word: Word): boolean {
  return word.breakBefore && CLAUSE_BOUNDARIES.has(word.norm) && COMMA.test(word.gap)
}

const COMMA = /[،,؛;]/

/** A report right after a quote: `«…»، قال الوزير` or `«…»، بحسب الوكالة`. */
function reportAfter(
  scan: Scan,
  candidate: DirectCandidate,
  reportAt: ReadonlyMap<number, Report>,
): Report | undefined {
  const { words } = scan
  const next = candidate.last + 1
  const word = words[next]
  if (!word || word.sentence !== words[candidate.last]!.sentence) return undefined
  const report = reportAt.get(next)
  // A verb that opens its own clause (، كما أكد الكرملين أن …) reports that clause, not the quote before it.
  if (report && !report.complement && (report.kind === 'cue' || (report.kind === 'verb' && report.subject)))
    return report
  return undefined
}

function asHePutIt(scan: Scan, last: number): boolean {
  const { words } = scan
  return (
    words[last + 1]?.norm === 'علي' &&
    words[last + 2]?.norm === 'حد' &&
    AS_HE_PUT_IT.has(words[last + 3]?.norm ?? '')
  )
}

function headingBetween(blocks: readonly Block[], from: number, to: number): boolean {
  for (let b = from + 1; b <= to; b++) if (blocks[b]?.kind === 'heading') return true
  return false
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start
  let e = end
  while (s < e && isSpace(text.charCodeAt(s))) s++
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  return { start: s, end: e }
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || (code >= 0x2000 && code <= 0x200f)
  )
}

/**
 * Reported speech without quote marks: a report with a clause (وقال وزير الدفاع … إن بلاده …). The clause runs to
 * the end of its sentence or to the next report's clause (، كما شدد على أن …); a clause that holds a direct quote
 * is that quote's frame, not a second quote.
 */
function indirectQuotes(
  scan: Scan,
  reports: readonly Report[],
  sentences: readonly Sentence[],
  directs: ReadonlyMap<number, number>,
): Quote[] {
  const { words } = scan
  const quotes: Quote[] = []
  // في إعلان يعد إنجازاً، أعلنت المنظمة أن …: of two reports that reach one clause, the nearer verb reports it.
  const reporterOf = new Map<number, number>()
  const cues = new Set<number>()
  // Reports whose verb opens another report's clause: the speaker's words going on, no report of their own.
  const continuingSpeech = new Set<number>()
  for (let r = 0; r < reports.length; r++) {
    const complement = reports[r]!.complement
    if (complement) reporterOf.set(complement.at, r)
    if (reports[r]!.kind === 'cue') cues.add(reports[r]!.verb)
  }
  for (let r = 0; r < reports.length; r++) {
    const report = reports[r]!
    const complement = report.complement
    if (
      !complement ||
      complement.kind === 'quote' ||
      reporterOf.get(complement.at) !== r ||
      continuingSpeech.has(r)
    )
      continue
    const first = complement.at
    const sentence = words[first]?.sentence
    if (sentence === undefined) continue
    // أشار إلى "أننا …"، قال ” إن …”: quote marks opened before the complementiser make the clause that direct quote.
    if (directs.has(first - 1)) continue
    let n = nextReport(reports, r, first, words)
    // وأضاف أنه يطالب اللاعبين …، إنها تتوقع الأسوأ وتخشى أن …: a verb of saying that opens the clause is the
    // speaker's own words going on, not a report of its own.
    if (complement.kind === 'clause' && n >= 0 && opensClause(words, reports[n]!, first)) {
      continuingSpeech.add(n)
      n = nextReport(reports, n, first + 1, words)
    }
    const next = n >= 0 ? reports[n] : undefined
    // …، والوزير NAME أكد أن …: a next report whose subject is set before its verb, inside the clause, starts there.
    const subjectFirst = next?.subject && next.subject.first > first && next.subject.last < next.verb
    const stop = next ? (subjectFirst ? next.subject!.first : next.verb) : words.length
    let last = first
    let framesQuote = false
    // غداً.. بدء الحملة، أشبه بمربعات .. وأنها اليوم: two dots are a pause, the clause goes on into the next sentence.
    let current = sentence
    for (let k = first; k < words.length; k++) {
      if (words[k]!.sentence !== current) {
        if (words[k]!.sentence !== current + 1 || !TWO_DOT_PAUSE.test(words[k]!.gap)) break
        current = words[k]!.sentence
      }
      if (k >= stop || scan.credit[k]) break
      // …، داعياً الأطراف إلى …: a participle after a comma opens a new clause even when it reports nothing.
      if (k > first && words[k]!.breakBefore && reportingVerb(words[k]!)?.participle) break
      // يشير هذا التباين، حسب مراقبين، إلى …: the clause's own source set as an aside; the clause goes on after it.
      const aside =
        k === report.verb && report.subject ? clauseAfterAside(scan, first, k, report.subject) : undefined
      if (aside !== undefined) {
        k = aside - 1
        continue
      }
      // …، حسب وكالة رويترز، …، وفق ما نقلته الوكالة: an attribution after a comma cites the clause before it.
      if (k > first && words[k]!.gap !== ' ' && cues.has(k) && COMMA.test(words[k]!.gap)) break
      if (k > first && (opensNarration(words[k]!) || opensSpeakerAct(words[k]!))) break
      // وادعائه بأن …، وإنتاجه …: the next noun of a list the report's noun belongs to ends its clause.
      if (report.kind === 'noun' && words[k]!.breakBefore && sameListAs(words[report.verb]!, words[k]!)) break
      const quoteLast = directs.get(k)
      if (quoteLast !== undefined) {
        const place = quoteInClause(words, first, k, quoteLast)
        if (place === 'part') {
          last = quoteLast
          k = quoteLast
          continue
        }
        if (place === 'after') {
          // أن الكويت أمانة في أعناقنا، وأنه "…": the clause before the comma is whole, with or without a verb.
          last = COMMA.test(words[k]!.gap) ? k - 1 : k - 2
          break
        }
        // وصف التشكيل بأنه لم يكن ملبياً للطموح «…»: a clause with a verb of its own before the quote is reported
        // speech, cut where the quote starts, and so is a long clause whose verb the lists lack (أن الفرق ستبدأ
        // غداً أعمال الصيانة … بسبب «…»); a subject alone only frames the quote (قال إن الخطة "…"، أن قطر، وهي من
        // أكبر المصدرين، «…»).
        framesQuote =
          k - first < MIN_CLAUSE_BEFORE_QUOTE ||
          (k - first < LONG_CLAUSE_BEFORE_QUOTE && !hasVerb(words, first, k))
        break
      }
      last = k
    }
    // The clause ends before the words that open the next one: …، كما شدد، …، وهو ما وصفه.
    // (At the sentence's end no clause follows: a last فقد is the verb فُقد.)
    while (last > first && words[last + 1]?.sentence === current && opensNextClause(words[last]!)) last--
    // أفادت الوكالة بأن الوزير قال إن …: a clause that is only the subject of a report inside it passes that report
    // on; the words are the inner speaker's.
    const inner = next?.subject && next.subject.first <= first && last <= next.subject.last
    if (framesQuote || inner || last - first < 1) continue
    // "صفحات مأجورة" روجت …: a clause that opens with a quoted term keeps its opening mark.
    const start = directs.has(first)
      ? scan.quoteOpeningAt.get(first)!.open
      : words[first]!.start + faBefore(report, words[first]!)
    let end = words[last]!.end
    // A quoted term that ends the clause keeps its closing mark: … ما وصفه بـ"الخط الأحمر".
    const closing = scan.quoteClosingAt.get(last)
    // (A quote that lost its closing mark has none to keep: its close is the paragraph's end.)
    if (closing && !closing.unclosed && closing.open >= start && closing.close >= end) end = closing.close + 1
    const quote: Quote = {
      kind: 'indirect',
      text: scan.text.slice(start, end),
      start,
      end,
      sentence: sentenceAt(sentences, start),
      speaker: report.speaker,
    }
    // Assigned, not spread in (`...(lemma && { verb })`): V8 defines a field after a spread in its runtime.
    if (report.lemma) quote.verb = report.lemma
    quotes.push(quote)
  }
  return quotes
}
