import { logisticProbability } from '../learned/logistic-probability.ts'
import type { Quote } from '../model/extraction.ts'
import { COMMA } from '../segment/marks.ts'
import {
  firstPersonOpenerSet,
  impersonalVerbSet,
  relativePronounSet,
  reportingForms,
  transmissionVerbForms,
  type VerbForm,
} from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import { complementizerAfterColon, isPassive, newReport, openingVerbSubject, type Report } from './reports.ts'
import { joined, type Scan } from './scan.ts'
import { issuerOf, phraseAt, type Subject, subjectAfter, subjectBefore } from './subjects.ts'
import { isConjunctionBeforeAn, isFunctionWord, isVerb, reportingVerb } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Word } from './words.ts'

/**
 * What the learned layer reads of a place where speech may be reported without the rules having taken it. Names
 * only: the order is the weights' order in `speech-weights.ts`. None names an outlet or a word of the text.
 */
export const SPEECH_FEATURES = [
  'after complementiser', // قال … أن / إن / بأن
  'after colon', // قال عن المباراة: …
  'line NAME:', // الوزير: لا زيادة …
  'after attribution', // وحسب الوزارة، …
  'after comma', // قال NAME، مدير …، واجهنا …
  'after subject', // وقال المحافظ في عام … استؤنفت
  'participle',
  'clause verb',
  'log distance',
  'comma between',
  'verbs between',
  'person subject',
  'body subject', // an organisation or outlet
  'place subject',
  'other subject',
  'adjacent',
  'opens clause',
  'block start',
  'log clause words',
  'clause opens with verb',
  'clause opens with function word',
  'first person opener',
  'speaker before',
  'after function word',
  'spelling also a function word', // بين for بيّن
  'transmission verb', // نقلت عن …
  'quote marks between',
  'impersonal or passive', // يذكر أن، أُعلن
  'preposition on the verb', // باعتبار أن
  'quote marks in the clause', // أنه تلقى "…": the clause frames a direct quote
  'verb before complementiser', // كادت أن …: the complementiser is another verb's
  'rules took it', // 1 only for the rules' own reports, which training reads too
] as const

/** `SPEECH_FEATURES.length`, written out so that bundles leave the names out (a test holds the two equal). */
export const SPEECH_FEATURE_COUNT = 32

/**
 * A logistic regression over `SPEECH_FEATURES`: a candidate of one of its `layouts` (indices of the layout features)
 * at or over `threshold` becomes a report.
 */
export interface SpeechModel {
  bias: number
  weights: readonly number[]
  threshold: number
  layouts: readonly number[]
}

/** A place where the text may report speech, as a report the quote extraction can read, with its features. */
export interface SpeechCandidate {
  report: Report
  features: readonly number[]
  /** Text offset of the first word of what was said. */
  start: number
}

/** The indices of the layout features, the first six of `SPEECH_FEATURES`. */
const LAYOUTS = [0, 1, 2, 3, 4, 5]
const MAX_REACH = 12
const MAX_NAME_WORDS = 6
const PRONOUN_REACH = 3
// Masks of word flags asked at every word in reach, as constants of this module, which V8 folds into the compiled
// code (`WordFlag.X` is an import, read from its module's object at each test).
/** The flags of a word that may open speech: a verb of saying or of passing words on (`speechVerb`), or a cue. */
const SITE_FLAGS = WordFlag.ReportingForm | WordFlag.Transmission | WordFlag.CueFirst
const COMPLEMENTIZER = WordFlag.Complementizer
const FUNCTION_WORD = WordFlag.FunctionWord

/**
 * Every layout the annotation guideline counts as reported speech, found where the rules left no quote: a reporting
 * verb (or participle) and a clause after أن/إن/بأن, a colon or a comma; a line or heading `NAME:` with no verb; an
 * attribution (حسب، وفق …) and a comma. `quotes` are the rules' quotes: no candidate starts inside one.
 */
export function speechCandidates(
  scan: Scan,
  index: MentionIndex,
  reports: readonly Report[],
  quotes: readonly Quote[],
  layouts: readonly number[] = LAYOUTS,
): SpeechCandidate[] {
  const { words } = scan
  // Filled by a loop: a Set made from an array reads it through an iterator.
  const taken = new Set<number | undefined>()
  for (const report of reports) taken.add(report.complement?.at)
  const inQuote = (at: number) => {
    const start = words[at]!.start
    return quotes.some((quote) => quote.start <= start && start < quote.end)
  }
  const out: SpeechCandidate[] = []
  // The subject is looked for only once a candidate is kept: most verbs give none.
  const add = (verb: number, at: number, layout: number, subjectOf: () => Subject | undefined) => {
    const word = words[at]
    if (
      !layouts.includes(layout) ||
      !word ||
      taken.has(at) ||
      scan.quoted[at] ||
      scan.credit[at] ||
      inQuote(at)
    )
      return
    taken.add(at)
    const subject = subjectOf()
    const before = previousSpeaker(reports, words[verb]!.sentence)
    const speaker = subject ? (subject.kind === 'unnamed' ? null : subject.speaker) : (before ?? null)
    const lemma = speechVerb(words, verb)?.form?.lemma ?? ''
    const report = newReport(layout === 2 ? 'colon' : 'verb', verb, lemma, words[verb]!.sentence, speaker, {
      kind: 'clause',
      at,
    })
    report.subject = subject
    out.push({
      report,
      features: features(scan, verb, at, layout, subject, before !== undefined),
      start: word.start,
    })
  }
  // The candidates after a verb or cue at word `v`, in a function of their own: the closures there would otherwise
  // give every turn of the loop over the words a context to allocate.
  const afterVerb = (v: number, cue: boolean) => {
    const word = words[v]!
    let found: { subject: Subject | undefined } | undefined
    const subject = () => {
      found ??= { subject: cue ? phraseAt(scan, index, v + 1) : written(scan, index, v) }
      return found.subject
    }
    let commas = 0
    let marked = false
    for (let k = v + 1; k < words.length && k - v <= MAX_REACH; k++) {
      const next = words[k]!
      // Most gaps are one space, which holds no colon nor comma.
      const spaced = next.gap === ' '
      if (!spaced && next.gap.includes(':')) {
        add(v, complementizerAfterColon(words, k, word.sentence) ? k + 1 : k, 1, subject)
        marked = true
        break
      }
      // للقرار الذي يعني أن …: what follows a relative pronoun is its own clause's.
      // A relative pronoun is a function word (behind its و): the flag spares most words the set's look-up.
      if (
        next.sentence !== word.sentence ||
        (next.flags & FUNCTION_WORD && relativePronounSet.has(next.norm))
      )
        break
      if (scan.quoted[k]) continue
      if (next.bases[0]!.flags & COMPLEMENTIZER && !cue) {
        // من أجل أن، قبل أن: a conjunction's أن opens no speech, nor does a condition in brackets (إن وجدت).
        if (!isConjunctionBeforeAn(words[k - 1]!) && !next.gap.includes('(')) add(v, k + 1, 0, subject)
        marked = true
        break
      }
      if (!spaced && COMMA.test(next.gap) && commas++ < 2) add(v, k, cue ? 3 : 4, subject)
    }
    // وقال المحافظ في كلمته نرحب بكم: no complementiser, colon or comma: what was said may follow the subject.
    if (!cue && !marked && commas === 0 && layouts.includes(5)) {
      const named = subject()
      const at = named && named.first > v ? named.last + 1 : v + 1
      if (joined(words, at)) add(v, at, 5, subject)
    }
  }
  const { quoted, credit } = scan
  let block = -1
  for (let v = 0; v < words.length; v++) {
    const word = words[v]!
    const opensBlock = word.block !== block
    block = word.block
    // Most words neither open a block nor may be a verb of saying or a cue: one test of the word's flags.
    if ((!opensBlock && !(word.flags & SITE_FLAGS)) || quoted[v] || credit[v]) continue
    if (opensBlock) {
      const colon = nameColon(words, v)
      if (colon !== undefined) add(v, colon, 2, phraseAtLater(scan, index, v))
    }
    const verb = speechVerb(words, v)
    const cue = !verb && (word.flags & WordFlag.CueFirst) !== 0
    if (verb || cue) afterVerb(v, cue)
  }
  return out
}

/**
 * A verb that may report speech: a reporting verb or participle, one spelt without the mark that tells it from a
 * function word (بين for بيّن), or a verb that passes words on (نقلت عن).
 */
function speechVerb(
  words: readonly Word[],
  v: number,
): { form?: VerbForm; ambiguous: boolean; transmission: boolean } | undefined {
  const word = words[v]!
  if (!(word.flags & (WordFlag.ReportingForm | WordFlag.Transmission))) return undefined
  const form = reportingVerb(word)
  if (form) return { form, ambiguous: false, transmission: false }
  for (let n = 0; n < word.bases.length; n++) {
    const { base, cut } = word.bases[n]!
    if (cut > 1 || (cut === 1 && word.norm[0] !== 'و' && word.norm[0] !== 'ف')) continue
    // بين الطرفين (between), إبان الحرب (during): the unmarked spelling is a verb only opening its clause, and
    // never with the hamza below of the noun.
    const ambiguous = reportingForms.get(base)
    if (ambiguous?.marked) {
      if (word.raw[cut] === 'إ' || (cut === 0 && v > 0 && joined(words, v))) return undefined
      return { form: ambiguous, ambiguous: true, transmission: false }
    }
    if (transmissionVerbForms.has(base)) return { ambiguous: false, transmission: true }
  }
  return undefined
}

/**
 * The rules' own reports with a clause or colon, as candidates with the features the layer reads: what
 * `eval/train-speech-model.ts` also learns from, since they are most of the speech there is.
 */
export function ruleCandidates(scan: Scan, reports: readonly Report[]): SpeechCandidate[] {
  const { words } = scan
  return reports.flatMap((report, r) => {
    const at = report.complement?.at
    if (at === undefined || report.complement!.kind === 'quote' || !words[at]) return []
    const layout =
      report.kind === 'colon'
        ? 2
        : report.kind === 'cue'
          ? 3
          : report.complement!.kind === 'colon'
            ? 1
            : words[at - 1]!.bases[0]!.flags & WordFlag.Complementizer
              ? 0
              : COMMA.test(words[at]!.gap)
                ? 4
                : 5
    const before = previousSpeaker(reports.slice(0, r), report.sentence) !== undefined
    const f = features(scan, report.verb, at, layout, report.subject, before)
    f[31] = 1
    return [{ report, features: f, start: words[at]!.start }]
  })
}

/** `NAME: words` opening a block: a colon after one to six words, none of them a verb of saying. */
function nameColon(words: readonly Word[], first: number): number | undefined {
  for (let k = first + 1; k < words.length && k - first <= MAX_NAME_WORDS; k++) {
    if (words[k]!.block !== words[first]!.block) return undefined
    if (words[k]!.gap.includes(':')) return k
    if (reportingVerb(words[k - 1]!) || words[k]!.breakBefore) return undefined
  }
  return undefined
}

function phraseAtLater(scan: Scan, index: MentionIndex, k: number): () => Subject | undefined {
  return () => phraseAt(scan, index, k)
}

function written(scan: Scan, index: MentionIndex, v: number): Subject | undefined {
  // مذكراً الخريجين بأن: the noun after a participle is its object; its subject is the sentence's.
  if (reportingVerb(scan.words[v]!)?.participle) return openingVerbSubject(scan, index, v)
  const subject = subjectAfter(scan, index, v) ?? subjectBefore(scan, index, v)
  return subject && issuerOf(index, subject)
}

/** The speaker of the last report within a pronoun's reach, for a verb with no subject written. */
function previousSpeaker(reports: readonly Report[], sentence: number) {
  for (let r = reports.length - 1; r >= 0; r--) {
    const report = reports[r]!
    if (report.sentence > sentence) continue
    if (sentence - report.sentence > PRONOUN_REACH) return undefined
    if (report.speaker) return report.speaker
  }
  return undefined
}

/** The features of a candidate, at the indices of their names in `SPEECH_FEATURES`. */
function features(
  scan: Scan,
  v: number,
  at: number,
  layout: number,
  subject: Subject | undefined,
  speakerBefore: boolean,
): number[] {
  const { words } = scan
  const word = words[v]!
  const verb = speechVerb(words, v)
  // A plain array: a typed array this long keeps its values outside the heap, several times dearer to make.
  const f: number[] = new Array(SPEECH_FEATURE_COUNT).fill(0)
  f[layout] = 1
  f[6] = verb?.form?.participle ? 1 : 0
  f[7] = verb?.form?.clause ? 1 : 0
  f[8] = Math.log1p(Math.max(0, at - v - 1))
  let verbs = 0
  for (let k = v + 1; k < at; k++) {
    if (k < at - 1 && COMMA.test(words[k + 1]!.gap)) f[9] = 1
    if (isVerb(words[k]!)) verbs++
    if (scan.quoted[k]) f[26] = 1
  }
  f[10] = Math.min(verbs, 3) / 3
  const kind = subject?.kind
  f[11] = kind === 'person' ? 1 : 0
  f[12] = kind === 'organization' || kind === 'media' ? 1 : 0
  f[13] = kind === 'location' ? 1 : 0
  f[14] = kind === 'anonymous' || kind === 'other' || kind === 'unnamed' ? 1 : 0
  f[15] = at === v + 1 || (at === v + 2 && layout === 0) ? 1 : 0
  f[16] = v === 0 || !joined(words, v) || word.norm[0] === 'و' || word.norm[0] === 'ف' ? 1 : 0
  f[17] = v === 0 || words[v - 1]!.block !== word.block ? 1 : 0
  let end = at
  while (end + 1 < words.length && words[end + 1]!.sentence === words[at]!.sentence) {
    end++
    if (scan.quoted[end]) f[29] = 1
  }
  f[18] = Math.log1p(end - at + 1)
  const opening = words[at]!
  f[19] = isVerb(opening) ? 1 : 0
  f[20] = isFunctionWord(opening) ? 1 : 0
  f[21] = firstPersonOpenerSet.has(opening.norm) ? 1 : 0
  f[22] = speakerBefore ? 1 : 0
  f[23] = v > 0 && joined(words, v) && isFunctionWord(words[v - 1]!) ? 1 : 0
  f[24] = verb?.ambiguous ? 1 : 0
  f[25] = verb?.transmission ? 1 : 0
  f[27] = impersonalVerbSet.has(word.norm) || isPassive(word) ? 1 : 0
  const previous = at >= 2 ? words[at - 2] : undefined
  if (layout === 0 && at - 2 > v && previous && isVerb(previous)) f[30] = 1
  f[28] = 'بلك'.includes(word.norm[0]!) && !(word.bases[0]!.flags & WordFlag.ReportingForm) ? 1 : 0
  return f
}

/** Whether `model` takes a candidate: one of its layouts, at or over its threshold. */
export function takes(model: SpeechModel, features: ArrayLike<number>): boolean {
  return (
    model.layouts.some((layout) => features[layout] === 1) &&
    speechProbability(model, features) >= model.threshold
  )
}

/** The probability `model` gives that a candidate with these features reports speech. */
export function speechProbability(model: SpeechModel, features: ArrayLike<number>): number {
  return logisticProbability(model, features, SPEECH_FEATURE_COUNT, 'speech')
}
