import { CIRCUMSTANTIAL_PARTICIPLE, THIRD_PERSON_SUFFIX } from '../lang/ar/affixes.ts'
import { frontedSideSet, negationSet, reportAdverbSet } from '../lang/ar/compiled-cues.ts'
import type { Speaker } from '../model/extraction.ts'
import { CLAUSE_STOP } from '../segment/marks.ts'
import { type Agreement, subjectAgreement, verbAgreement } from './agreement.ts'
import { clauseAfterAside, clauseAfterAttribution, clauseBeforeAttribution } from './attribution-clauses.ts'
import { colonReport } from './colon-reports.ts'
import { bareTitleWord } from './coreference.ts'
import {
  attributionCueForms,
  bareComplementizerSet,
  clauseBoundarySet as CLAUSE_BOUNDARIES,
  clauseParticleSet as CLAUSE_PARTICLES,
  complementizerSet,
  complementPrepositionSet,
  demonstrativeSet,
  fillerOpenerSet as FILLER_OPENERS,
  functionWordSet as FUNCTION_WORDS,
  headsOfNamesSet as HEADS_OF_NAMES,
  honorificBeforeNameSet as HONORIFICS,
  honorificPronounSet,
  impersonalVerbSet as IMPERSONAL,
  kanaWithConjunctionSet as KANA,
  norm,
  organizationHeadSet as ORGANIZATION_HEADS,
  occasionPronounSet,
  predicateVerbSet,
  qadSet as QAD,
  relativeMaSet as RELATIVE_MA,
  relativePronounSet as RELATIVE_PRONOUNS,
  relativeReportFormSet as RELATIVE_VERBS,
  reportingForms,
  reportingNounSet,
  resumptivePrepositionSet,
  sameAsBeforeSet as SAME_AS_BEFORE,
  sayingNounSet as SAYING,
  statementPlaceVerbSet as STATEMENT_PLACE_VERBS,
  speakerNounSet,
  speakingOccasionNounSet,
  topicPrepositionSet as TOPIC_PREPOSITIONS,
  transmissionVerbForms,
  verbParticleSet as VERB_PARTICLES,
  type VerbForm,
} from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import { lastWordBefore } from './organization-names.ts'
import { colonAfterQuotedName, namedByHead } from './quote-names.ts'
import { commaGap, joined, type Scan } from './scan.ts'
import { keepAnswer, keptAnswer, REPORTS_ALONE as REPORTS_ALONE_QUESTION } from './spelling-answers.ts'
import {
  antecedentOfRelative,
  issuerOf,
  phraseAt,
  type Subject,
  subjectAfter,
  subjectBefore,
  subjectBeforeRelative,
} from './subjects.ts'
import { holderOfTitle } from './title-holders.ts'
import { unmarkedSpeech } from './unmarked-speech.ts'
import {
  isAdjectiveLike,
  isCalendarWord,
  isComplementizer,
  isConjunctionBeforeAn,
  isFunctionWord,
  isGivenName,
  isPrepositionalPhrase,
  isRoleWord,
  isVerb,
  looksVerbal,
  reportingVerb,
  setObjectAfter,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { bareOrConjoined, readingIn, type Word } from './words.ts'

// The questions as constants of this module: an imported binding is read from its module at each test.
const REPORTS_ALONE = REPORTS_ALONE_QUESTION

/** Where the reported words begin after a verb: a clause after إن/أن, text after a colon, or a quote. */
export interface Complement {
  kind: 'clause' | 'colon' | 'quote'
  /** First word of what was said. */
  at: number
}

/** One act of reporting: a reporting verb, participle or attribution, with who did it. */
export interface Report {
  verb: number
  lemma: string
  /**
   * `colon`: a speaker before a colon, with no verb (`NAME: "…"`); its `lemma` is empty. `noun`: a verbal noun with
   * a possessive (وادعائه بأن …), whose pronoun is not resolved: its speaker is null. `act`: a verb that is not
   * speech opening its clause with a named subject (وشرح الوزير أسباب زيارته …): it reports nothing, but a quote
   * later in its sentence with no report of its own is the subject's. `findReports` gives these apart.
   */
  kind: 'verb' | 'participle' | 'cue' | 'transmission' | 'colon' | 'noun' | 'act'
  /** The subject written in the text; absent when the verb's subject is a pronoun. */
  subject?: Subject
  speaker: Speaker | null
  speakerKind?: Subject['kind']
  complement?: Complement
  sentence: number
  /** The outlet that passes the words on: `نقلت الوكالة عن …`. */
  via?: Subject
  /** A verb that reports only with a clause, written without one: it gives the speaker of a quote in its clause. */
  bare?: true
  /**
   * A pronoun verb whose form agrees with none of the subjects named within reach (`وقالت:` after a man): the
   * speaker of the passage does not carry to its words.
   */
  unagreed?: true
}

/** A subject the pronoun of a later verb can refer to. */
interface SubjectEvent {
  sentence: number
  subject: Subject
  /** The verb inside a relative clause after ما or a relative pronoun (ما قاله الوزير، التي أدلى بها): what was said of. */
  relative?: boolean
  /** What pronoun verbs the subject agrees with, once asked; null when its phrase does not tell. */
  agreement?: ReadonlySet<Agreement> | null
}

const WAW = 0x648
const FA = 0x641
const COORDINATED_COMPLEMENTIZERS: ReadonlySet<string> = new Set([...complementizerSet].map((w) => `و${w}`))
const PRONOUN_REACH = 3
const MAX_FILLER_WORDS = 8
const MAX_CUE_FILLER = 5
const DAMMA = 0x064f
// Masks of word flags the walk over every word tests, as constants of this module, which V8 folds into the compiled
// rules: `WordFlag.X` is an import, read from its module's object at each test.
const CUE_OR_TRANSMISSION = WordFlag.CueFirst | WordFlag.Transmission
const STATEMENT_NOUN = WordFlag.StatementNoun | WordFlag.DefiniteStatementNoun
const KANA_FORM = WordFlag.Kana

/**
 * The reports of an article, in text order, each with its speaker resolved (pronouns to the subject before), and
 * apart the acts of named subjects that report nothing.
 */
export function findReports(scan: Scan, index: MentionIndex): { reports: Report[]; acts: Report[] } {
  // The marks read once, not from the scan at each word: the calls in the loop keep the compiler from hoisting them.
  const { words, quoted, credit } = scan
  const walk: ReportWalk = { reports: [], acts: [], events: [], issued: undefined }
  const { acts } = walk
  for (let v = 0; v < words.length; v++) {
    const word = words[v]!
    // The words of a quote are what was said, not the article's reporting; a credit line reports nothing.
    if ((quoted[v] && !quotedBeforeColon(scan, v)) || credit[v]) continue
    // Whether any rule but the tracking of subjects may take the word, by the first test of each: a sentence's or
    // block's first word (a speaker before a colon), a cue's first word, a verb that passes words on, a statement
    // noun two words on (وجاء في بيان), وأن, a reporting verb, or a complementiser one or two words on (a verb spelt as
    // a function word, a participle the lists lack, a verbal noun). Most words are none of these, and the rules are
    // in a function of their own. The tests are written here rather than in one of theirs: V8 does not inline a
    // function whose own compiled code, with the calls it inlined, is already large.
    const before = v > 0 ? words[v - 1]! : undefined
    const mayReport =
      before === undefined ||
      reportsAlone(word) ||
      before.sentence !== word.sentence ||
      before.block !== word.block ||
      (v + 2 < words.length && (words[v + 2]!.bases[0]!.flags & STATEMENT_NOUN) !== 0) ||
      complementizerAt(words, v + 1) ||
      complementizerAt(words, v + 2)
    if (mayReport) {
      v = reportAt(scan, index, v, walk)
      continue
    }
    if (mayTrack(scan, index, v)) trackAct(scan, index, v, walk)
  }
  return { reports: walk.reports, acts }
}

/**
 * The tests of `findReports`' first look that read the word alone: a cue's first word or a verb that passes words on,
 * a complementiser behind و (وأن), a reporting verb. A spelling's kept answer: asked of every word.
 */
function reportsAlone(word: Word): boolean {
  const { spelling } = word
  const kept = keptAnswer(spelling, REPORTS_ALONE)
  if (kept !== 0) return kept === 3
  const yes =
    (word.flags & CUE_OR_TRANSMISSION) !== 0 ||
    (word.norm.charCodeAt(0) === WAW && COORDINATED_COMPLEMENTIZERS.has(word.norm)) ||
    reportingVerb(word) !== undefined
  return keepAnswer(spelling, REPORTS_ALONE, yes)
}

/**
 * The subject of a verb that is not speech, kept as an act, and as the subject later pronouns may refer to. Not so
 * for one that acts inside someone's reported words (قال المدرب إن الفريق واجه صعوبات. وأضاف: "…": the coach speaks
 * on).
 */
function trackAct(scan: Scan, index: MentionIndex, v: number, walk: ReportWalk): void {
  const { words } = scan
  const word = words[v]!
  const { events } = walk
  const tracked = events.length
  const subject = trackSubject(scan, index, v, events)
  if (events.length > tracked && insideReportedClause(walk.reports, words, v)) events.length = tracked
  if (subject !== undefined && subject.kind !== 'other')
    walk.acts.push(bareReport(v, '', 'act', subject, word.sentence))
}

/**
 * وأعربت NAME عن سعادتها بالمعرض، تؤكد وعي الطلاب …: a verb of saying with no clause, after a comma and with no و or
 * ف on it, in a sentence whose subject is already named, goes on with that subject; the plain noun after it is its
 * object.
 */
function objectOfContinuingVerb(
  scan: Scan,
  index: MentionIndex,
  v: number,
  subject: Subject,
  events: readonly SubjectEvent[],
): boolean {
  const word = scan.words[v]!
  if (subject.kind !== 'other' || subject.speaker.entity || index.roleAt[subject.first]) return false
  if (!commaGap(word) || conjoined(word)) return false
  const last = events.at(-1)
  return last !== undefined && last.sentence === word.sentence && last.subject.kind !== 'other'
}

/** The word opens with و or ف, the conjunctions a verb goes on the narrative with (وأضاف، فقاطعه). */
function conjoined(word: Word): boolean {
  const first = word.norm.charCodeAt(0)
  return first === WAW || first === FA
}

/**
 * Word `v` stands in the clause of the last report, in its sentence, that gives its words to a named speaker. A verb
 * after a comma with و or ف on it (`…، فقاطعه الرئيس`), or after a particle that opens a clause (`حيث زار الوالي`),
 * goes on with the narrative, past the reported words.
 */
function insideReportedClause(reports: readonly Report[], words: readonly Word[], v: number): boolean {
  const last = reports.at(-1)
  const word = words[v]!
  return (
    !(commaGap(word) && conjoined(word)) &&
    !(v > 0 && CLAUSE_PARTICLES.has(words[v - 1]!.norm)) &&
    last !== undefined &&
    last.sentence === word.sentence &&
    last.complement?.kind === 'clause' &&
    last.complement.at <= v &&
    last.speaker !== null
  )
}

/** What `findReports` gathers as it walks the words. */
interface ReportWalk {
  reports: Report[]
  acts: Report[]
  /** The subjects later pronouns may refer to. */
  events: SubjectEvent[]
  /** The subject of the last report whose clause names a statement (`statementIssuer`). */
  issued: SubjectEvent | undefined
}

/**
 * The report of word `v`, one the first tests of `findReports` let through, if a rule finds one, added to `walk`; returns the last word it read
 * (past a speaker's name before a colon).
 */
function reportAt(scan: Scan, index: MentionIndex, v: number, walk: ReportWalk): number {
  const { words } = scan
  const { reports, events } = walk
  const word = words[v]!
  const colon = colonReport(scan, index, v)
  if (colon) {
    const { subject } = colon
    const said: Complement = { kind: colon.clause ? 'clause' : 'colon', at: colon.at }
    reports.push(subjectReport('colon', subject.last, '', word.sentence, subject, said))
    events.push({ sentence: word.sentence, subject })
    return subject.last
  }
  const cue = matchCue(scan, v)
  if (cue) {
    const phrase = relayedSource(scan, index, cue) ?? citedPhrase(scan, index, cue.source, cue.cut)
    // حسب ما أفاد رئيس مركز … في الدفاع المدني NAME: a title the phrase does not reach, then the one who holds it.
    const cited = phrase && (holderOfTitle(scan, index, phrase) ?? phrase)
    const subject = cited && describedBefore(scan, events, word.sentence, cited)
    if (subject) {
      // وبحسب مصادر في الهلال الأحمر، فإن …: what the source says may follow as a clause.
      const found = findComplement(scan, subject.last + 1, MAX_CUE_FILLER)
      const nominal = found ? undefined : clauseAfterAttribution(scan, v, subject, cue.said)
      // وقال الوزير، بحسب الوكالة، إن …: a cue set between a verb's subject and the verb's clause names the channel;
      // the clause stays the verb's.
      const previous = reports.at(-1)
      // يشير هذا التراجع، حسب خبراء، إلى …: after a verb that reported no clause, only a source set as an aside.
      const before =
        found || nominal !== undefined || (previous?.sentence === word.sentence && previous.complement)
          ? undefined
          : clauseBeforeAttribution(scan, v, subject, cue.said)
      const cites =
        before !== undefined &&
        (previous?.sentence !== word.sentence || clauseAfterAside(scan, before, v, subject) !== undefined)
      const complement: Complement | undefined =
        found?.kind === 'clause' && cueClause(words[found.at - 1]!)
          ? found
          : nominal !== undefined
            ? { kind: 'clause', at: nominal }
            : cites
              ? { kind: 'clause', at: before }
              : undefined
      const aside =
        previous?.kind === 'verb' &&
        previous.sentence === word.sentence &&
        previous.complement !== undefined &&
        previous.complement.at === complement?.at
      const said = aside ? undefined : complement
      reports.push(subjectReport('cue', v, cue.lemma, word.sentence, subject, said))
      // وجاء على لسان المتحدثة … أن …. وأشارت إلى …: a person an attribution names is the subject the next
      // pronoun refers to, as the subject of a verb would be; not inside the clause of a verb whose subject is
      // named (وقال NAME وفقاً للإعلامي NAME2: "…". وأضاف: the first still speaks).
      const named = previous?.kind === 'verb' && previous.sentence === word.sentence && previous.subject
      if (subject.kind === 'person' && !named) events.push({ sentence: word.sentence, subject })
    }
    return v
  }
  if ((word.bases[0]!.flags | (word.bases[1]?.flags ?? 0)) & WordFlag.Transmission) {
    const report = transmission(scan, index, v)
    if (report) {
      reports.push(report)
      if (report.subject) events.push({ sentence: word.sentence, subject: report.subject })
    }
    return v
  }
  const inStatement = statementReport(scan, index, v)
  if (inStatement) {
    reports.push(inStatement)
    events.push({ sentence: word.sentence, subject: inStatement.subject! })
    return v
  }
  const coordinated = word.norm.charCodeAt(0) === WAW ? coordinatedClause(scan, v, reports.at(-1)) : undefined
  if (coordinated) {
    reports.push(coordinated)
    return v
  }
  let verb = reportingVerb(word) ?? unmarkedBeforeClause(scan, v) ?? unlistedParticiple(scan, v)
  if (verb && afterPreposition(scan, v)) verb = undefined
  const noun = verb ? undefined : nounReport(scan, v, reports.at(-1))
  if (noun) {
    // ختم كلمته بتأكيده أن: after ب, the noun completes the verb before it and speaks for its subject, as a
    // participle would (مؤكداً أن).
    if (word.norm[0] === 'ب') {
      const subject = participleSubject(scan, index, v, events)
      noun.speaker = speakerOf(subject)
      noun.speakerKind = subject?.kind
    }
    reports.push(noun)
    return v
  }
  if (!verb) {
    if (mayTrack(scan, index, v)) trackAct(scan, index, v, walk)
    return v
  }
  // يُذكر أن …: the article's own voice, not a report; but ووُصف الوضع على أنه "خارج السيطرة": words a passive
  // verb reports in quote marks are a quote, of no one the text names.
  if (isPassive(word) || IMPERSONAL.has(word.norm)) {
    const quoted = passiveQuote(scan, index, v)
    if (quoted !== undefined)
      reports.push(newReport('verb', v, verb.lemma, word.sentence, null, { kind: 'quote', at: quoted }))
    return v
  }
  if (verb.participle) {
    // Like a verb, a participle may take a prepositional phrase or a time before its clause (مؤكداً في مؤتمر
    // صحافي الشهر الماضي أن …); findComplement lets only such fillers open the gap.
    // واصفاً ذلك بأنه "…": what the participle speaks of stands before بأن, as after its verb.
    // سائلاً المولى أن: an unlisted participle's one word of object stands before its complementiser.
    const from =
      setObjectAfter(words, v) || (verb === UNLISTED_PARTICIPLE && !complementizerAt(words, v + 1))
        ? v + 2
        : (verb.object && objectOrPronounBefore(scan, index, v + 1)) || v + 1
    const complement = findComplement(scan, from, MAX_FILLER_WORDS) ?? unmarkedSpeech(scan, index, from)
    if (!complement) {
      // منوهاً بحضور الوزير "رغم انشغالاته": no clause, but a quote later in its clause is the subject's. A form in
      // ات is as often a plural noun (لافتات، ملاحظات) and reports nothing without its clause.
      if (verb === UNLISTED_PARTICIPLE || word.norm.endsWith('ات') || !quoteLaterInClause(scan, v)) return v
      const subject = participleSubject(scan, index, v, events)
      if (subject) reports.push(bareReport(v, verb.lemma, 'participle', subject, word.sentence))
      return v
    }
    const subject = participleSubject(scan, index, v, events)
    const report = newReport('participle', v, verb.lemma, word.sentence, speakerOf(subject), complement)
    report.speakerKind = subject?.kind
    reports.push(report)
    return v
  }
  // وكان الشرع قد أبدى رغبته: after قد the subject stands before the verb, and what follows is its object.
  const afterQad = v > 0 && joined(words, v) && QAD.has(words[v - 1]!.norm)
  // وقال معاليه: …: a word of respect with its pronoun is a pronoun subject, the title holder named before.
  const honorific = honorificPronounAt(words, v + 1)
  let before = afterQad ? subjectBefore(scan, index, v) : undefined
  let after = before || honorific ? undefined : subjectAfter(scan, index, v)
  if (after) after = holderOfTitle(scan, index, after) ?? after
  else if (!before && !honorific) after = participleTitleHolder(scan, index, v + 1)
  // الموقع الذي أورد الخبر بأن: right after a relative pronoun, a verb with no pronoun of its object has the
  // relative for its subject, and the noun after it is its object (not so in الخبر الذي أورده الموقع).
  let objectAfter: Subject | undefined
  if (after && relativeSubject(scan, v)) [objectAfter, after] = [after, undefined]
  // وكانت الولايات المتحدة أعلنت إرجاء المحادثات: after كان and its subject, a plain noun after the verb is its
  // object.
  if (after?.kind === 'other' && !after.speaker.entity) {
    const kana = subjectAfterKana(scan, index, v)
    if (kana) [before, after] = [kana, undefined]
  }
  let from = objectAfter ? objectAfter.last + 1 : setObjectAfter(words, v) || honorific ? v + 2 : v + 1
  if (after && verb.object) {
    // وصف التشكيل بأنه: the phrase before بأن is whom the verb speaks of; أبلغ الوزير النواب بأن: after its subject.
    const object = objectBefore(scan, index, after.first) ?? deemedBeforeQuote(scan, word, verb, after)
    if (object) [after, from] = [undefined, object]
    else from = objectBefore(scan, index, after.last + 1) ?? after.last + 1
  } else if (after) from = after.last + 1
  else if (verb.object) from = objectBefore(scan, index, v + 1) ?? from
  const written =
    before ??
    after ??
    (objectAfter || relativeSubject(scan, v) ? antecedentOfRelative(scan, index, v) : undefined) ??
    subjectBefore(scan, index, v) ??
    subjectAfterKana(scan, index, v) ??
    subjectBeforeRelative(scan, index, v)
  const subject =
    written &&
    describedBefore(
      scan,
      events,
      word.sentence,
      statementIssuer(scan, index, written, walk.issued, word.sentence),
    )
  // وأضاف على هامش الجلسة الأولى لسنة 2019 أن …: a verb with a pronoun subject that opens its clause reaches a
  // clause past a long remark, as one with a named subject does.
  const issuer = written ? undefined : issuerOfStatementBefore(scan, index, v)
  // بياناً قالت فيه إن …: the pronoun after في is the statement's.
  if (issuer && from === v + 1 && occasionPronounSet.has(words[v + 1]?.norm ?? '')) from = v + 2
  const complement =
    findComplement(scan, from, MAX_FILLER_WORDS, written !== undefined) ??
    ((subject && subject.kind !== 'unnamed') || (!written && startsClause(scan, v))
      ? farComplement(scan, from)
      : undefined) ??
    (written ? unmarkedSpeech(scan, index, from) : undefined)
  if (subject && complement && statementBetween(scan, v, complement.at))
    walk.issued = { sentence: word.sentence, subject }
  if (verb.clause && !complement) {
    if (!subject || !subjectOfItsOwn(scan, index, v, subject, reports.at(-1))) return v
    if (objectOfContinuingVerb(scan, index, v, subject, events)) return v
    events.push({ sentence: word.sentence, subject, relative: afterRelative(scan, v) })
    // رد الرئيس انهيار العملة إلى "مؤامرة": no clause, but a quote later in its clause is the subject's.
    reports.push(bareReport(v, verb.lemma, 'verb', subject, word.sentence))
    return v
  }
  let speakerSubject = subject
  let unagreed = false
  if (!speakerSubject) {
    // ما وصفته بـ"…": the verb of a relative clause speaks for the subject of its sentence.
    const relative = v > 0 && RELATIVE_MA.has(words[v - 1]!.norm)
    if (issuer && complement) speakerSubject = issuer
    else if (relative) {
      // لما يرجح أن تكون …: a verb with no pronoun of its object and no subject in its sentence has ما for its
      // subject, and no one speaks (not so in ما وصفه بـ"…").
      speakerSubject = sameSentenceSubject(events, word.sentence)
      if (!speakerSubject && !OBJECT_PRONOUN.test(word.norm)) return v
    }
    // والذي وصف: the verb of a relative clause with no subject of its own speaks for whom it refers to.
    else if (startsClause(scan, v) || (v > 0 && RELATIVE_PRONOUNS.has(words[v - 1]!.norm))) {
      speakerSubject =
        frontedPerson(scan, index, v, events) ??
        recentSubject(events, word.sentence, verbAgreement(word, verb), scan) ??
        (honorific ? honoredBefore(scan, index, v) : undefined)
      unagreed = !speakerSubject && recentSubject(events, word.sentence) !== undefined
    } else return v
  }
  // تجدّد الاشتعال، تتوقع ارتفاعاً: with no words reported, a plain noun after the verb is as likely its object as
  // its subject, so a later pronoun does not refer to it.
  if (
    speakerSubject &&
    (complement || subjectOfItsOwn(scan, index, v, speakerSubject, reports.at(-1))) &&
    !(!complement && objectOfContinuingVerb(scan, index, v, speakerSubject, events))
  ) {
    events.push({
      sentence: word.sentence,
      subject: speakerSubject,
      relative: !complement && afterRelative(scan, v),
    })
  }
  const report = newReport('verb', v, verb.lemma, word.sentence, speakerOf(speakerSubject), complement)
  report.subject = subject
  report.speakerKind = speakerSubject?.kind
  if (unagreed) report.unagreed = true
  reports.push(report)
  return v
}

/**
 * `وجاء في بيان لوزارة الصحة أن …`، `وورد في البيان الصادر عن الوزارة: "…"`: words said to stand in a statement are
 * its issuer's, where the statement's phrase or sentence names one (see `issuerOf`); a statement no one is named for
 * reports nothing.
 */
function statementReport(scan: Scan, index: MentionIndex, v: number): Report | undefined {
  const { words } = scan
  const k = v + 2
  if (words[v + 1]?.norm !== IN || !joined(words, v + 1) || !joined(words, k)) return undefined
  const word = words[v]!
  const lemma = statementPlaceVerb(word)
  if (lemma === undefined) return undefined
  const statement = words[k]!.bases[0]!.flags & (WordFlag.StatementNoun | WordFlag.DefiniteStatementNoun)
  if (!statement) return undefined
  const phrase = phraseAt(scan, index, k)
  const issuer = index.statementOf.get(k)
  if (!phrase || !issuer?.entity) return undefined
  const subject: Subject = {
    ...phrase,
    speaker: { name: issuer.name, entity: issuer.entity },
    kind: issuer.kind,
  }
  // وجاء في بيان صادر عن الوزارة نشرته على موقعها أن …: the clause may stand past the issuer and a remark.
  const complement =
    findComplement(scan, phrase.last + 1, MAX_FILLER_WORDS) ?? farComplement(scan, phrase.last + 1)
  if (!complement) return undefined
  const report = newReport('verb', v, lemma, word.sentence, subject.speaker, complement)
  report.subject = subject
  report.speakerKind = subject.kind
  return report
}

/** جاء، وجاء، فورد: the verb of `statementPlaceVerbs` the word is, bare or after و or ف. */
function statementPlaceVerb(word: Word): string | undefined {
  for (let b = 0; b < word.bases.length; b++) {
    const base = word.bases[b]!
    const bare = bareOrConjoined(word, base, true)
    if (bare && STATEMENT_PLACE_VERBS.has(base.base)) return base.base
  }
  return undefined
}

/** A report with no words of its own: a quote later in its clause is its subject's. */
function bareReport(
  v: number,
  lemma: string,
  kind: 'verb' | 'participle' | 'act',
  subject: Subject,
  sentence: number,
): Report {
  const report = subjectReport(kind, v, lemma, sentence, subject, undefined)
  report.bare = true
  return report
}

/**
 * A report with every field present, in one order, undefined where absent: the passes that read reports then see
 * objects of one map, and no field is defined after a spread of an optional one (which V8 does in its runtime).
 */
export function newReport(
  kind: Report['kind'],
  verb: number,
  lemma: string,
  sentence: number,
  speaker: Speaker | null,
  complement: Complement | undefined,
): Report {
  return {
    verb,
    lemma,
    kind,
    subject: undefined,
    speaker,
    speakerKind: undefined,
    complement,
    sentence,
    via: undefined,
    bare: undefined,
    unagreed: undefined,
  }
}

/** A report whose subject is written in the text and speaks (`speakerOf`). */
function subjectReport(
  kind: Report['kind'],
  verb: number,
  lemma: string,
  sentence: number,
  subject: Subject,
  complement: Complement | undefined,
): Report {
  const report = newReport(kind, verb, lemma, sentence, speakerOf(subject), complement)
  report.subject = subject
  report.speakerKind = subject.kind
  return report
}

/** A headline `«الداخلية»: …`: a short name in quote marks, then a colon, names who speaks, not what was said. */
function quotedBeforeColon(scan: Scan, v: number): boolean {
  const quote = scan.quoteOpeningAt.get(v)
  if (!quote || scan.words[v]!.block !== scan.headline) return false
  for (let k = v; k < v + MAX_QUOTED_SPEAKER_WORDS && k < scan.words.length; k++) {
    if (scan.quoteClosingAt.get(k) === quote) return scan.words[k + 1]?.gap.includes(':') ?? false
  }
  return false
}

const MAX_QUOTED_SPEAKER_WORDS = 3

/**
 * قال الوزير إن "…"، وأن …: a clause joined by و to a quote the report before framed, in its sentence, is reported
 * by the same speaker (not وإن كان, even if). After a clause it stays part of that clause.
 */
function coordinatedClause(scan: Scan, v: number, last: Report | undefined): Report | undefined {
  const { words } = scan
  const word = words[v]!
  // وأن is too short for a reading without its و: the word is looked up with it.
  if (!COORDINATED_COMPLEMENTIZERS.has(word.norm) || !joined(words, v + 1)) return undefined
  const complement = last?.complement
  if (!last || !complement || last.sentence !== word.sentence || complement.at >= v) return undefined
  if (complement.kind !== 'quote' && !scan.quoteOpeningAt.has(complement.at)) return undefined
  if (last.kind === 'noun') return undefined
  if (KANA.has(words[v + 1]!.norm) || words[v + 1]!.norm === norm('كان')) return undefined
  const report = newReport(last.kind, v, last.lemma, word.sentence, last.speaker, {
    kind: 'clause',
    at: v + 1,
  })
  report.subject = last.subject
  report.speakerKind = last.speakerKind
  return report
}

/** في كشف ومحاربة …: a bare verb form right after a preposition is its verbal noun, which reports nothing. */
function afterPreposition(scan: Scan, v: number): boolean {
  const { words } = scan
  const word = words[v]!
  if (v === 0 || !joined(words, v) || word.norm[0] === 'و' || word.norm[0] === 'ف') return false
  const before = words[v - 1]!.norm
  return before === IN || complementPrepositionSet.has(before)
}

const IN = norm('في')

/** وادعائه بأن …، وتأكيدها أن …: a verbal noun of saying with a possessive, right before its clause. */
function nounReport(scan: Scan, v: number, last: Report | undefined): Report | undefined {
  const { words } = scan
  const word = words[v]!
  const next = words[v + 1]
  if (!next || !joined(words, v + 1) || !isComplementizer(next)) return undefined
  // فاجأهم بإعلانه أنه …: after ب too, the noun completing the verb before it.
  if (reportingNoun(word, true) !== 'possessed') return undefined
  // جدد الوزير تأكيده أن …: the clause is the verb's already.
  if (last?.complement?.at === v + 2) return undefined
  return newReport('noun', v, '', word.sentence, null, { kind: 'clause', at: v + 2 })
}

/** Whether a word is a verbal noun of saying: with the article (التأكيد), with a possessive (ادعائه), or bare. */
export function reportingNoun(word: Word, afterBa = false): 'definite' | 'possessed' | 'bare' | undefined {
  for (let n = 0; n < word.bases.length; n++) {
    const { base, cut } = word.bases[n]!
    const ba = afterBa && cut === 1 && word.norm[0] === 'ب'
    if (cut > 1 || (cut === 1 && word.norm[0] !== 'و' && word.norm[0] !== 'ف' && !ba)) continue
    if (ba && !THIRD_PERSON_SUFFIX.test(base)) continue
    if (reportingNounSet.has(base)) return 'bare'
    if (base.startsWith('ال') && reportingNounSet.has(base.slice(2))) return 'definite'
    const stem = base.replace(THIRD_PERSON_SUFFIX, '')
    if (stem === base) continue
    const noun = stem.replace(/ت$/, 'ة').replace(/[ئؤ]$/, 'ء')
    if (reportingNounSet.has(noun) || reportingNounSet.has(stem)) return 'possessed'
  }
  return undefined
}

/**
 * Whether a verb with no words reported after it has `subject` for its own: a person, body or outlet, a described
 * source, a title or a noun of speakers (المصدر، البيان) always; another noun only after a verb that opens its
 * clause (ولم يكشف المركزي), not one inside another's clause or a noun phrase (أشار إلى أنه تابع العديد، كأول رد
 * فعل), where the noun is as likely the verb's object.
 */
function subjectOfItsOwn(
  scan: Scan,
  index: MentionIndex,
  v: number,
  subject: Subject,
  last: Report | undefined,
): boolean {
  const { words } = scan
  const inClause =
    last?.complement !== undefined && last.sentence === words[v]!.sentence && last.complement.at <= v
  // أشار إلى أن …، وتعتبر تايوان جزءاً من …: inside another's clause, a name right before an accusative is the
  // verb's first object (the subject is the pronoun), even a named place or body.
  if (inClause && accusativeAfter(words, subject.last)) return false
  if (subject.kind !== 'other' || subject.speaker.entity || index.roleAt[subject.first]) return true
  const head = words[subject.first]!
  if (head.bases.some((base) => speakerNounSet.has(base.base))) return true
  const opener = v > 0 && joined(words, v) && VERB_PARTICLES.has(words[v - 1]!.norm) ? v - 1 : v
  return !inClause && startsClause(scan, opener)
}

/** A word in the accusative's tanween (جزءاً، شريكاً) right after word `k`, in its clause: not an adverb (أيضاً). */
function accusativeAfter(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]
  return (
    next !== undefined &&
    joined(words, k + 1) &&
    next.raw.includes(FATHATAN) &&
    !reportAdverbSet.has(next.norm)
  )
}

const FATHATAN = '\u064b'

/** Who speaks through a subject: no one for a subject that names no one (خبراء، إحداهن). */
function speakerOf(subject: Subject | undefined): Speaker | null {
  return subject && subject.kind !== 'unnamed' ? subject.speaker : null
}

/**
 * `وقال المكتب الإعلامي …، في بيان تلقته الوكالة، إن …. وأضاف البيان`: a statement that speaks is the one the subject
 * of a report named in the sentences just before said its words in; its speaker is that subject. Else the issuer the
 * statement's own phrase or sentence gives (`issuerOf`).
 */
function statementIssuer(
  scan: Scan,
  index: MentionIndex,
  written: Subject,
  issued: SubjectEvent | undefined,
  sentence: number,
): Subject {
  const head = scan.words[written.first]!
  const statement = head.bases.some((base) => base.cut <= 1 && base.flags & WordFlag.DefiniteStatementNoun)
  if (!statement || written.last !== written.first || !issued || sentence - issued.sentence > PRONOUN_REACH)
    return issuerOf(index, written)
  return { ...written, speaker: issued.subject.speaker, kind: issued.subject.kind }
}

/** A statement noun (`في بيان`، `في بيان صحافي`) between a verb and its clause: the words were said in it. */
function statementBetween(scan: Scan, v: number, at: number): boolean {
  for (let k = v + 1; k < at; k++) {
    if (scan.words[k]!.bases.some((base) => base.cut <= 1 && base.flags & WordFlag.StatementNoun)) return true
  }
  return false
}

/**
 * `المصدر` alone after `مصدر دبلوماسي`: a definite noun of an unnamed source is the source described last with that
 * noun, within the reach of a pronoun; with none, it is the description the text gives (`وأشارت المصادر`).
 */
function describedBefore(
  scan: Scan,
  events: readonly SubjectEvent[],
  sentence: number,
  subject: Subject,
): Subject {
  if (subject.kind === 'other' && !subject.speaker.entity) return titledBefore(scan, events, subject)
  if (
    subject.kind !== 'anonymous' ||
    subject.first !== subject.last ||
    !subject.speaker.name.startsWith('ال')
  )
    return subject
  const head = norm(subject.speaker.name.slice(2))
  for (let e = events.length - 1; e >= 0; e--) {
    const event = events[e]!
    if (sentence - event.sentence > PRONOUN_REACH) break
    const before = event.subject
    if (before.kind === 'anonymous' && norm(before.speaker.name).split(' ')[0] === head)
      return { ...subject, speaker: before.speaker, kind: before.kind }
  }
  // وأضاف المصدر ذاته: the same source is whoever spoke last, named or described.
  const after = subject.last + 1
  if (joined(scan.words, after) && SAME_AS_BEFORE.has(scan.words[after]!.norm)) {
    const last = recentSubject(events, sentence)
    if (last && last.kind !== 'unnamed') return { ...subject, speaker: last.speaker, kind: last.kind }
    // With no one before it, `المصدر ذاته` names no one.
    return { ...subject, kind: 'unnamed' }
  }
  return subject
}

/**
 * `وقال الوزير` after `أكد وزير الداخلية والنقل، NAME، أن` where the recognisers lack the name, so that coreference
 * tied the title to no one: a definite title no person stands for is the subject that spoke last under a fuller title
 * of the same head, each of its other words among that title's (`الوزير`، `الوزير الجزائري` for `وزير الخارجية
 * الجزائري`), as the text named it then. A subject with no such title before it is as the text writes it.
 */
function titledBefore(scan: Scan, events: readonly SubjectEvent[], subject: Subject): Subject {
  const { words } = scan
  const head = words[subject.first]!
  if (!head.norm.startsWith('ال') || (titleHead(head) === undefined && !isRoleWord(head))) return subject
  const mention = titleWordsOf(words, subject.first, subject.last)
  for (let e = events.length - 1; e >= 0; e--) {
    const before = events[e]!.subject
    if (before.kind === 'unnamed' || before.kind === 'anonymous' || before.first >= subject.first) continue
    if (before.last - before.first < mention.length) continue
    const title = titleWordsOf(words, before.first, before.last)
    if (title[0] === mention[0] && mention.every((w) => title.includes(w)))
      return { ...subject, speaker: before.speaker, kind: before.kind }
  }
  return subject
}

/** A title's words without و, the article or ل before them: `وزير الداخلية والنقل` → وزير، داخليه، نقل. */
function titleWordsOf(words: readonly Word[], first: number, last: number): string[] {
  const out: string[] = []
  for (let k = first; k <= last; k++) {
    const form = words[k]!.norm
    out.push(bareTitleWord(form.length > 4 && form[0] === 'و' && k > first ? form.slice(1) : form))
  }
  return out
}

/** The word after an object phrase at `k` that stands right before بأن (التشكيل بأنه), or undefined. */
/** After a passive verb and the noun it speaks of, a complementiser and a quote mark: the quote's first word. */
function passiveQuote(scan: Scan, index: MentionIndex, v: number): number | undefined {
  const phrase = phraseAt(scan, index, v + 1)
  const complement = findComplement(scan, phrase ? phrase.last + 1 : v + 1, MAX_CUE_FILLER)
  if (!complement || complement.kind === 'colon') return undefined
  return scan.quoteOpeningAt.has(complement.at) ? complement.at : undefined
}

/**
 * وقد اعتبر الحملة الإيطالية "…": a phrase right before a quote mark that the verb of deeming's form does not agree
 * with (a masculine verb, a feminine noun) is what the verb speaks of, and its subject the pronoun: the first quoted
 * word, or undefined.
 */
function deemedBeforeQuote(scan: Scan, word: Word, verb: VerbForm, phrase: Subject): number | undefined {
  const at = phrase.last + 1
  if (!scan.quoteOpeningAt.has(at) || CLAUSE_STOP.test(scan.words[at]!.gap)) return undefined
  const agrees = subjectAgreement(scan, phrase)
  return agrees && !agrees.has(verbAgreement(word, verb)) ? at : undefined
}

const QUOTE_REACH = 8

/** A quote mark opens within a few words after word `v`, in its sentence, with no punctuation between. */
function quoteLaterInClause(scan: Scan, v: number): boolean {
  const { words } = scan
  const sentence = words[v]!.sentence
  for (let k = v + 1; k < words.length && k - v <= QUOTE_REACH; k++) {
    const word = words[k]!
    if (word.sentence !== sentence) return false
    if (scan.quoteOpeningAt.has(k)) return k > v + 1 && !CLAUSE_STOP.test(word.gap)
    if (CLAUSE_STOP.test(word.gap)) return false
  }
  return false
}

/** As `objectBefore`, and also past a demonstrative or إياه alone: واصفاً ذلك بأنه، واصفة إياها بأنها. */
const IYYA = norm('إيا')

function objectOrPronounBefore(scan: Scan, index: MentionIndex, k: number): number | undefined {
  const object = objectBefore(scan, index, k)
  if (object !== undefined) return object
  const { words } = scan
  const word = words[k]
  const next = words[k + 1]
  if (!word || !next || !joined(words, k + 1) || !isComplementizer(next)) return undefined
  if (!next.norm.startsWith('ب')) return undefined
  return demonstrativeSet.has(word.norm) || word.norm.startsWith(IYYA) ? k + 1 : undefined
}

function objectBefore(scan: Scan, index: MentionIndex, k: number): number | undefined {
  const phrase = phraseAt(scan, index, k)
  const next = phrase && scan.words[phrase.last + 1]
  if (!next || !joined(scan.words, phrase.last + 1)) return undefined
  return next.norm.startsWith('ب') && isComplementizer(next) ? phrase.last + 1 : undefined
}

/**
 * وُصفت، أُعلن: a damma on the first letter of a past verb (after its conjunction) marks the passive, whose subject
 * is not a speaker.
 */
export function isPassive(word: Word): boolean {
  const raw = word.raw
  const conjunction = word.bases[0]!.flags & WordFlag.ReportingForm ? 0 : 1
  return raw.charCodeAt(conjunction + 1) === DAMMA && raw[conjunction] !== 'ي' && raw[conjunction] !== 'ت'
}

// والذي أفاد فيه رئيس البلدية بأنه: with the occasion's pronoun after it, the relative is where the words were said.
function relativeSubject(scan: Scan, v: number): boolean {
  const { words } = scan
  return (
    v > 0 &&
    joined(words, v) &&
    RELATIVE_PRONOUNS.has(words[v - 1]!.norm) &&
    !OBJECT_PRONOUN.test(words[v]!.norm) &&
    !(occasionPronounSet.has(words[v + 1]?.norm ?? '') && joined(words, v + 1))
  )
}

/** A verb with no subject of its own opens a clause: وقال، فأكد، كما أشار، حيث قال, or starts a sentence. */
function startsClause(scan: Scan, v: number): boolean {
  const word = scan.words[v]!
  const form = word.bases[0]!.flags & WordFlag.ReportingForm
  if (!form && (word.norm[0] === 'و' || word.norm[0] === 'ف')) return true
  if (v === 0 || !joined(scan.words, v)) return true
  const before = scan.words[v - 1]!
  // وتابع يقول، فإنه أشار: a verb after a verb of saying, or after إنه, continues the clause of the one before.
  if (reportingVerb(before) || isComplementizer(before)) return true
  return CLAUSE_PARTICLES.has(before.norm)
}

/**
 * بين (between) and بيّن (he showed) fold alike; before إن or أن, which no preposition takes, at the start of a
 * clause, the word is the verb.
 */
function unmarkedBeforeClause(scan: Scan, v: number): VerbForm | undefined {
  const { words } = scan
  const word = words[v]!
  const next = words[v + 1]
  if (!next || !joined(words, v + 1) || !isComplementizer(next)) return undefined
  if (v > 0 && joined(words, v) && !(word.norm[0] === 'و' || word.norm[0] === 'ف')) return undefined
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    const form = reportingForms.get(base.base)
    if (form?.marked && (base.cut === 0 || word.norm[0] === 'و' || word.norm[0] === 'ف')) return form
  }
  return undefined
}

const UNLISTED_PARTICIPLE: VerbForm = { lemma: '', clause: true, object: true, participle: true }

/**
 * `…، واعداً بأن`، `…، مفسراً ذلك بأن`، `… متوعدين بأن`: a word of a participle's shape right before a complementiser,
 * or before its object (a definite noun or a demonstrative) and a complementiser, reports speech as a listed
 * participle does, whatever verb the lists lack. Away from a comma only the masculine forms count: a feminine in ة
 * there is an adjective of the noun before it (قناعة راسخة بأن), and a word after a verb or كان is its predicate
 * (كان مقرراً أن، بات واضحاً أن).
 */
function unlistedParticiple(scan: Scan, v: number): VerbForm | undefined {
  const { words } = scan
  // Most words have no complementiser one or two words after them: look for it first, by the word flags.
  const direct = complementizerAt(words, v + 1)
  if (!direct && !complementizerAt(words, v + 2)) return undefined
  const word = words[v]!
  if (!CIRCUMSTANTIAL_PARTICIPLE.test(word.norm) || isFunctionWord(word) || isVerb(word)) return undefined
  if (!commaGap(word)) {
    const previous = v > 0 ? words[v - 1]! : undefined
    if (
      !previous ||
      FEMININE_END.test(word.norm) ||
      isVerb(previous) ||
      readingIn(previous, predicateVerbSet) !== undefined
    )
      return undefined
  }
  if (direct) return UNLISTED_PARTICIPLE
  const object = words[v + 1]!
  const named = object.norm.startsWith('ال') || demonstrativeSet.has(object.norm)
  return named && joined(words, v + 1) ? UNLISTED_PARTICIPLE : undefined
}

const FEMININE_END = /[ةه]$/

function complementizerAt(words: readonly Word[], k: number): boolean {
  return k < words.length && isComplementizer(words[k]!) && joined(words, k)
}

const MAX_KANA_REACH = 8
/** Words of a place after في between كان's subject and قد. */
const MAX_KANA_PLACE = 3

/**
 * The subject of كان before the verb, with no قد (`وكانت القناة 7 العبرية، أكدت أمس أن`، `وكان المدرب قال`): the
 * phrase after كان, when no verb or relative pronoun stands between it and the verb.
 */
function subjectAfterKana(scan: Scan, index: MentionIndex, v: number): Subject | undefined {
  const { words } = scan
  const sentence = words[v]!.sentence
  for (let k = v - 1; k >= 0 && v - k <= MAX_KANA_REACH && words[k]!.sentence === sentence; k--) {
    const word = words[k]!
    if (KANA.has(word.norm)) {
      if (k > 0 && joined(words, k) && !COMMA_GAP.test(word.gap)) return undefined
      const phrase = phraseAt(scan, index, k + 1)
      if (!phrase || phrase.last >= v) return undefined
      for (let m = phrase.last + 1; m < v; m++) {
        if (isVerb(words[m]!) || isFunctionWord(words[m]!)) return undefined
      }
      return phrase
    }
    if (isVerb(word) || word.breakBefore) return undefined
  }
  return undefined
}

function sameSentenceSubject(events: readonly SubjectEvent[], sentence: number): Subject | undefined {
  const last = events.at(-1)
  return last && last.sentence === sentence ? last.subject : undefined
}

const MAX_HONORED_WORDS = 4

/**
 * وقال معاليه، وأكد سموه: where no subject is within reach (the person was named with no verb taking them for its
 * subject), a word of respect with its pronoun refers to the last person within a pronoun's reach named a few words
 * after a word of respect (معالي الدكتور NAME، صاحب السمو الملكي الأمير NAME).
 */
function honoredBefore(scan: Scan, index: MentionIndex, v: number): Subject | undefined {
  const { words } = scan
  const sentence = words[v]!.sentence
  for (let m = v - 1; m >= 0 && sentence - words[m]!.sentence <= PRONOUN_REACH; m--) {
    const mention = index.mentionAt[m]
    if (mention?.kind !== 'person' || !mention.entity || mention.first !== m) continue
    for (let k = m - 1; k >= 0 && m - k <= MAX_HONORED_WORDS; k--) {
      const bare = words[k]!.norm.startsWith('ال') ? words[k]!.norm.slice(2) : words[k]!.norm
      if (!HONORIFICS.has(bare)) continue
      const speaker = { name: mention.name, entity: mention.entity }
      return { first: m, last: mention.last, start: words[m]!.start, speaker, kind: 'person' }
    }
  }
  return undefined
}

/**
 * The subject a pronoun refers to: the last one named within reach, or, given the verb's agreement (وأضاف، لكنها
 * أشارت، وأكدوا), the last one that agrees with it.
 */
function recentSubject(
  events: readonly SubjectEvent[],
  sentence: number,
  agreement?: Agreement,
  scan?: Scan,
): Subject | undefined {
  for (let e = events.length - 1; e >= 0; e--) {
    const event = events[e]!
    if (sentence - event.sentence > PRONOUN_REACH) return undefined
    if (!agreement || !scan) return event.subject
    event.agreement ??= subjectAgreement(scan, event.subject) ?? null
    if (!event.agreement || event.agreement.has(agreement)) return event.subject
  }
  return undefined
}

/**
 * The subject a participle's words belong to (مؤكداً أن …): the last subject named in its sentence, or else the
 * first person or body the sentence names, or else the subject before.
 */
function participleSubject(
  scan: Scan,
  index: MentionIndex,
  v: number,
  events: readonly SubjectEvent[],
): Subject | undefined {
  const { words } = scan
  const sentence = words[v]!.sentence
  // رد الوزير على ما قاله رئيس الحزب، مشيراً إلى أن: the subject of what was said of is not the participle's.
  let e = events.length - 1
  while (e >= 0 && events[e]!.sentence === sentence && events[e]!.relative) e--
  const last = events[e]
  if (last && last.sentence === sentence) return last.subject
  const opener = openingVerbSubject(scan, index, v)
  if (opener) return opener
  for (let m = sentenceStart(words, v); m < v; m++) {
    const role = index.roleAt[m]
    const mention = index.mentionAt[m]
    let first = -1
    if (role) first = role.first
    else if (mention && mention.form !== 'nisba' && mention.kind !== 'location') {
      first = index.claimStart.get(mention) ?? mention.first
    }
    // وبسؤاله عن الفريق، رد قائلاً: a name after a preposition of topic is what the words are about.
    if (first < 0 || (first > 0 && TOPIC_PREPOSITIONS.has(words[first - 1]!.norm))) continue
    const subject = phraseAt(scan, index, first)
    if (subject) return subject
  }
  return recentSubject(events, sentence)
}

/**
 * `واحتج متهمون معتبرين أن`، `وعبّرت والدة الطفل عن امتنانها قائلة:`، `وتحدث السيد رئيس الوزراء عن …، مشيراً إلى
 * أن`: a participle speaks for the subject of the verb that opens its sentence (after a fronted `من جانبه،` too),
 * whatever that verb is, when the subject is written right after it and not a place.
 */
export function openingVerbSubject(scan: Scan, index: MentionIndex, v: number): Subject | undefined {
  const { words } = scan
  let m = sentenceStart(words, v)
  const fronted = words[m]!.norm === FROM && frontedSideSet.has(words[m + 1]?.norm ?? '')
  if (fronted) m += 2
  const verb = words[m]
  if (!verb || m >= v - 1 || reportingVerb(verb)?.participle) return undefined
  // A word the lists do not know is read as the verb only after و or ف, or after من جانبه.
  const conjunction = (verb.norm[0] === 'و' || verb.norm[0] === 'ف') && verb.bases[1]?.cut === 1
  if (!isVerb(verb) && !(mayBeVerb(verb) && (conjunction || fronted))) return subjectFirst(scan, index, m, v)
  if (!startsClause(scan, m)) return undefined
  const subject = subjectAfter(scan, index, m)
  if (!subject || subject.kind === 'location' || subject.last >= v) return undefined
  return subject
}

const MAX_SUBJECT_FIRST_WORDS = 12

/**
 * `أصدرت الجمعية بياناً يفيد بأن …`، `ونشرت المنظمة تقريراً قالت فيه إن …`: a verb of saying right after an
 * indefinite statement noun describes that statement, and the statement is the object of the verb that opens the
 * sentence; its words are that verb's subject's, the issuer, not a speaker carried from an earlier sentence.
 */
function issuerOfStatementBefore(scan: Scan, index: MentionIndex, v: number): Subject | undefined {
  const { words } = scan
  const noun = v > 0 ? words[v - 1] : undefined
  if (!noun || !joined(words, v) || commaGap(words[v]!)) return undefined
  if (
    !noun.norm.startsWith('ال') &&
    noun.bases.some((base) => base.cut === 0 && base.flags & WordFlag.StatementNoun)
  ) {
    const subject = openingVerbSubject(scan, index, v - 1)
    return subject && speaks(scan, index, subject) ? issuerOf(index, subject) : undefined
  }
  return occasionSpeaker(scan, index, v)
}

/** Whether a subject names who can speak: a person or body, or a title or noun of speakers (`speaksAsTitle`). */
function speaks(scan: Scan, index: MentionIndex, subject: Subject): boolean {
  return subject.kind !== 'other' || speaksAsTitle(scan, index, subject)
}

/** Whether the verb at `v` follows ما or a relative pronoun (ما قاله الوزير، التي أدلى بها): what was said of. */
function afterRelative(scan: Scan, v: number): boolean {
  const before = v > 0 ? scan.words[v - 1]!.norm : ''
  return RELATIVE_MA.has(before) || RELATIVE_PRONOUNS.has(before)
}

/** A subject of kind `other` that is a title or a noun of speakers (الوزير، الوزارة، المتحدث): someone speaks. */
function speaksAsTitle(scan: Scan, index: MentionIndex, subject: Subject): boolean {
  const head = scan.words[subject.first]!
  return (
    index.roleAt[subject.first] !== undefined ||
    titleHead(head) !== undefined ||
    head.bases.some((base) => speakerNounSet.has(base.base))
  )
}

/**
 * `ألقى الوزير كلمة أكد فيها أن …`، `أجرى اتصالاً هاتفياً أكد خلاله أن …`، `استمع إلى شرح من الوزير أكد فيه أن …`: a
 * verb with an occasion pronoun right after an indefinite noun of an occasion of speaking (and its adjective)
 * speaks for whom the noun names after من, else for the subject of the verb that opens the sentence.
 */
function occasionSpeaker(scan: Scan, index: MentionIndex, v: number): Subject | undefined {
  const { words } = scan
  if (!joined(words, v + 1) || !occasionPronounSet.has(words[v + 1]?.norm ?? '')) return undefined
  let n = v - 1
  // من الوزير: who gave it, after the noun.
  const giver = index.mentionAt[n] ?? index.roleAt[n]
  let from: Subject | undefined
  if (giver && giver.last === n && words[giver.first - 1]?.norm === FROM && joined(words, giver.first)) {
    from = phraseAt(scan, index, giver.first)
    n = giver.first - 2
  }
  // اتصالاً هاتفياً: an adjective, in the accusative too.
  const adjective = `ال${words[n]?.norm ?? ''}`
  if (
    n > 0 &&
    joined(words, n) &&
    !words[n]!.norm.startsWith('ال') &&
    (isAdjectiveLike(adjective) || isAdjectiveLike(adjective.replace(/ا$/, '')))
  ) {
    if (speakingOccasionNounSet.has(words[n - 1]?.norm ?? '')) n--
  }
  const noun = words[n]
  if (!noun || !speakingOccasionNounSet.has(noun.norm) || (n + 1 <= v && !joined(words, n + 1)))
    return undefined
  if (from)
    return from.kind === 'person' || from.speaker.entity || speaksAsTitle(scan, index, from)
      ? from
      : undefined
  const subject = openingVerbSubject(scan, index, n)
  return subject && speaks(scan, index, subject) ? subject : undefined
}

/** `نائب رئيس الجامعة NAME، ألقى كلمة …، مذكراً`: the person set first, then a comma and the sentence's verb. */
function subjectFirst(scan: Scan, index: MentionIndex, m: number, v: number): Subject | undefined {
  const { words } = scan
  for (let k = m + 1; k < v && k - m <= MAX_SUBJECT_FIRST_WORDS; k++) {
    const word = words[k]!
    if (!commaGap(word)) continue
    return isVerb(word) || mayBeVerb(word) ? subjectBefore(scan, index, k) : undefined
  }
  return undefined
}

const FROM = norm('من')

/**
 * `وفي تصريح لسعادة NAME، أوضح أن`، `خلال اجتماع الرئيس NAME بوزير الداخلية، شدد على أن`: a verb with a pronoun
 * subject after a phrase with no verb that opens its sentence with a preposition speaks for the first person that
 * phrase names, when no subject was named before in the sentence. Not when the phrase refers back itself (`في
 * لقائه مع NAME،`: the person is whom the speaker met) or names the person after مع.
 */
function frontedPerson(
  scan: Scan,
  index: MentionIndex,
  v: number,
  events: readonly SubjectEvent[],
): Subject | undefined {
  const { words } = scan
  const word = words[v]!
  const sentence = word.sentence
  if (!commaGap(word) || events.at(-1)?.sentence === sentence) return undefined
  const s = sentenceStart(words, v)
  if (s === v || !opensWithPreposition(words[s]!)) return undefined
  for (let m = s; m < v; m++) {
    const before = words[m]!
    if (isVerb(before) || reportingVerb(before)) return undefined
    const role = index.roleAt[m]
    const mention = index.mentionAt[m]
    const person =
      role?.person ?? (mention?.kind === 'person' && mention.form !== 'nisba' ? mention : undefined)
    if (person) {
      if (m > s && words[m - 1]!.norm === WITH) return undefined
      return phraseAt(scan, index, role ? role.first : (index.claimStart.get(person) ?? person.first))
    }
    if (THIRD_PERSON_SUFFIX.test(before.norm) && !mention && !role) return undefined
  }
  return undefined
}

const WITH = norm('مع')

/** The first word of the sentence of word `v`. */
function sentenceStart(words: readonly Word[], v: number): number {
  let s = v
  while (s > 0 && words[s - 1]!.sentence === words[v]!.sentence) s--
  return s
}

/** في، خلال، وفي (too short to be read without its و), وخلال. */
function opensWithPreposition(word: Word): boolean {
  if (word.bases.some((base) => base.cut <= 1 && base.flags & WordFlag.FunctionWord)) return true
  const first = word.norm[0]
  return (first === 'و' || first === 'ف') && FUNCTION_WORDS.has(word.norm.slice(1))
}

/**
 * Whether `trackSubject` may take word `v`, by its first tests: the next word is joined to it, and word `v` is a form
 * of كان or a mention or role stands at one of the next two words. Most words are not, and are spared the call.
 */
function mayTrack(scan: Scan, index: MentionIndex, v: number): boolean {
  const { words } = scan
  // ورد «أردوغان» بأنه …: a name in quote marks right after the verb is its subject as a bare name is.
  if (!joined(words, v + 1) && !quotedNameAt(scan, index, v + 1)) return false
  const { mentionAt, roleAt } = index
  return (
    (words[v]!.bases[0]!.flags & KANA_FORM) !== 0 ||
    mentionAt[v + 1] !== undefined ||
    roleAt[v + 1] !== undefined ||
    mentionAt[v + 2] !== undefined ||
    roleAt[v + 2] !== undefined
  )
}

/** A person's name alone in quote marks opens at word `k`, in the sentence of the word before. */
function quotedNameAt(scan: Scan, index: MentionIndex, k: number): boolean {
  const { words } = scan
  const word = words[k]
  if (!word || word.sentence !== words[k - 1]!.sentence || !OPENING_MARK_GAP.test(word.gap)) return false
  const mention = index.mentionAt[k]
  const quote = scan.quoteOpeningAt.get(k)
  return (
    mention?.kind === 'person' &&
    quote !== undefined &&
    mention.first === k &&
    lastWordBefore(scan, quote.close) === mention.last
  )
}

const OPENING_MARK_GAP = /^\s*["«“]$/

/**
 * Subjects of other verbs that later pronouns may refer to: `وكان الشرع قد أبدى …، حيث قال`, and a verb followed
 * by a named person or body (`وأرسل بوتين`). Word `v` is one `mayTrack` takes.
 */
function trackSubject(
  scan: Scan,
  index: MentionIndex,
  v: number,
  events: SubjectEvent[],
): Subject | undefined {
  const { words } = scan
  const word = words[v]!
  const sentence = word.sentence
  if (word.bases[0]!.flags & KANA_FORM) {
    const subject = phraseAt(scan, index, v + 1)
    // وكانت إدارة الأمن العام … قد: a body's head or a title the lists do not complete is a subject all the same.
    const head = subject && scan.words[subject.first]!
    const headed =
      head !== undefined &&
      (titleHead(head) !== undefined ||
        ORGANIZATION_HEADS.has(head.norm) ||
        (head.bases[0]!.flags & WordFlag.DefiniteOrganizationHead) !== 0)
    if (subject && subject.kind !== 'location' && (subject.kind !== 'other' || headed)) {
      // وكانت إدارة الأمن العام في محافظة حمص قد تمكنت: a place after في may stand between the subject and قد.
      let k = subject.last + 1
      if (words[k]?.norm === IN && joined(words, k)) {
        const limit = k + MAX_KANA_PLACE
        while (k < limit && joined(words, k + 1) && words[k + 1]!.norm !== 'قد' && !isVerb(words[k + 1]!)) k++
        k++
      }
      const after = words[k]
      if (after && (k === subject.last + 1 || joined(words, k)) && (after.norm === 'قد' || isVerb(after))) {
        events.push({ sentence, subject })
        // وكانت مديرية الأمن قد تمكنت من القبض على NAME "…": the subject acts, as after a verb that opens its clause.
        return subject
      }
    }
    return
  }
  // A verb opening its clause, then a named person or body: the subject. The verb need not be known
  // (في المقابل، انتقدت جمعية المعلمين …): what opens a clause before a name is its verb. It is read at word v + 1
  // or v + 2, where `mayTrack` found a mention or role.
  // The subject, read below at one of the two, is a role that opens there or a person or body: most names near a word
  // are places, or a name or role already open.
  if (!subjectMayOpen(index, v + 1) && !subjectMayOpen(index, v + 2)) return
  // وزار الإعلامي سمير الشيخاني: a courtesy or professional title before the name is no role of its own.
  const title = words[v + 1]!
  // وقضت محكمة الجنايات: a body's name that opens at the title word, after a verb that opens its sentence, is the
  // subject itself (in a list, …، وأعضاء المجلس البلدي, the word before the body is a noun).
  const body = index.mentionAt[v + 1]
  const bodyFirst =
    body !== undefined &&
    body.kind === 'organization' &&
    (index.claimStart.get(body) ?? body.first) === v + 1 &&
    (isVerb(word) || v === 0 || words[v - 1]!.sentence !== word.sentence)
  const titled =
    !bodyFirst &&
    (titleHead(title) !== undefined || isRoleWord(title)) &&
    !index.roleAt[v + 1] &&
    joined(words, v + 2)
  const at = titled ? v + 2 : v + 1
  const next = index.mentionAt[at]
  const role = index.roleAt[at]
  const startsName = next !== undefined && (index.claimStart.get(next) ?? next.first) === at
  const opensRole = role !== undefined && role.first === at
  if (!opensRole && !(startsName && (next.kind === 'person' || next.kind === 'organization'))) return
  const conjunction = (word.norm[0] === 'و' || word.norm[0] === 'ف') && word.bases[1]?.cut === 1
  // منذ 2019 أعلنت الوزارة، a date line's 2026-02-04 زارت الوزيرة: a verb after a number opens its clause too.
  // حيث زار الوالي …، كما استقبل الوزير: a verb after a particle of a new clause opens it too.
  const previous = v > 0 ? words[v - 1] : undefined
  const opened =
    previous?.number || CLAUSE_PARTICLES.has(previous?.norm ?? '') || describesNounBefore(words, v)
  if (!conjunction && joined(words, v) && !opened) return
  // من فلول داعش: after a preposition a word in ف or و is a noun (فلول، وفود), never a verb opening a clause.
  if (
    conjunction &&
    joined(words, v) &&
    (previous!.norm === IN || complementPrepositionSet.has(previous!.norm))
  )
    return
  // وأن رئيس الجمهورية …: a complementiser opens a clause; the name after it is that clause's subject.
  if (complementizerSet.has(word.norm) || COORDINATED_COMPLEMENTIZERS.has(word.norm)) return
  if (!isVerb(word) && !mayBeVerb(word)) return
  const phrase = phraseAt(scan, index, at)
  // برر رئيس المحكمة الجزائية المتخصصة في قضايا الفساد القاضي NAME قراره: a title longer than the phrase, then
  // its holder, as after a verb of saying.
  const subject = phrase && (holderOfTitle(scan, index, phrase) ?? phrase)
  if (subject) events.push({ sentence, subject })
  return subject
}

// No optional chain before a comparison (`index.roleAt[k]?.first === k`): its undefined makes V8 compare through
// its generic builtin, a call at each test.
function subjectMayOpen(index: MentionIndex, k: number): boolean {
  const role = index.roleAt[k]
  if (role !== undefined && role.first === k) return true
  const found = index.mentionAt[k]
  return found !== undefined && (found.kind === 'person' || found.kind === 'organization')
}

/**
 * `كلمة ألقتها الدكتورة NAME`، `تصريح أدلى به الوزير`: a verb right after an indefinite noun, carrying the pronoun that
 * refers back to it (or with به، بها after it), opens that noun's describing clause, whose subject is named after it.
 */
function describesNounBefore(words: readonly Word[], v: number): boolean {
  const noun = words[v - 1]
  const verb = words[v]!
  if (!noun || noun.number || noun.norm.startsWith('ال') || isFunctionWord(noun) || isVerb(noun)) return false
  if (THIRD_PERSON_SUFFIX.test(noun.norm)) return false
  if (RESUMPTIVE_PRONOUN.test(verb.norm)) {
    // انتهاء خدمته كمتحدث: a noun with its possessive, then a phrase behind a preposition, is no clause.
    const next = words[v + 1]
    return next !== undefined && !PREPOSITION_FIRST.test(next.norm)
  }
  return resumptivePrepositionSet.has(words[v + 1]?.norm ?? '')
}

const PREPOSITION_FIRST = /^(?:ك|ب|لل)/

/** The object pronoun on a past verb that refers back to the noun it describes (ألقاها، ألقتها، أعده). */
const RESUMPTIVE_PRONOUN = /[^ت]ت?(?:ه|ها)$/

/** فاعل once normalised: a form III past verb or an active participle, which a title often is (كاتب، ناطق). */
const FAAIL = /^[^ا]ا[^ا]{2}$/

/**
 * `قال كاتب عام الجامعة … NAME، إن`: right after a verb of saying, a word of the shape فاعل that the lists read as a
 * verb opens a title all the same when its holder is named before the clause (see `holderOfTitle`).
 */
function participleTitleHolder(scan: Scan, index: MentionIndex, k: number): Subject | undefined {
  const word = scan.words[k]
  if (!word || !joined(scan.words, k) || !FAAIL.test(word.norm) || isFunctionWord(word)) return undefined
  const name = word.raw
  const phrase: Subject = { first: k, last: k, start: word.start, speaker: { name }, kind: 'other' }
  return holderOfTitle(scan, index, phrase)
}

const HAMZA_ALEF = /^[أإآ]/
/** أفعال, after و or ف too: five letters, a hamza on the first alef and ا fourth, no pronoun last (أعطاه is a verb). */
const AF_AAL = /^[وف]?[أإ][^\sاأإآ]{2}ا[^اهكنيى]$/
const CONJOINED_HAMZA_ALEF = /^و[أإآ]/

/** A word the lists do not know as a verb, but which may be one where a verb opens a clause before its subject. */
function mayBeVerb(word: Word): boolean {
  return (
    !word.number &&
    // دعوة كاميرون: a word in ة is a noun, never a verb.
    !word.norm.endsWith('ة') &&
    // وأعضاء المجلس، وأبناء القرية: a word of the pattern أفعال (a plural or a verbal noun) is a noun.
    !AF_AAL.test(word.raw) &&
    word.norm.length > 2 &&
    // ألقى folds to القي, وألقى to والقي: a hamza on its alef is no article.
    (!word.norm.startsWith('ال') || HAMZA_ALEF.test(word.raw)) &&
    (!word.norm.startsWith('وال') || CONJOINED_HAMZA_ALEF.test(word.raw)) &&
    !isFunctionWord(word) &&
    // وعن الفريق، قال: a preposition with its و, too short to be read without it.
    !opensWithPreposition(word) &&
    // …، بحضور نائبه NAME: a preposition and its noun, not a verb before its subject.
    !isPrepositionalPhrase(word) &&
    !titleHead(word) &&
    !isGivenName(word) &&
    // والملك وسمو ولي العهد: a word of respect, after و too, opens a title, never a verb.
    readingIn(word, HONORIFICS) === undefined &&
    // وفقاً للإعلامي NAME: an attribution names the outlet of the words, not the subject of what follows.
    !word.bases.some((base) => base.cut === 0 && (base.flags & WordFlag.CueFirst) !== 0)
  )
}

const ON = norm('على')

/** A definite noun, then its verb (a negation or قد may stand between): الحكومة نجحت، الموازنة لا تتناسب. */
function nominalClauseAt(words: readonly Word[], j: number): boolean {
  const subject = words[j]
  if (
    !subject ||
    !joined(words, j) ||
    !subject.norm.startsWith('ال') ||
    isFunctionWord(subject) ||
    isVerb(subject)
  )
    return false
  const next = words[j + 1]
  if (!next || !joined(words, j + 1)) return false
  const verb = negationSet.has(next.norm) ? words[j + 2] : next
  if (!verb || (verb !== next && !joined(words, j + 2)) || isCalendarWord(verb)) return false
  // تتناسب، يواجه: a present tense, which no noun of the clause after على has.
  return isVerb(verb) || (looksVerbal(verb) && !verb.norm.startsWith('ال'))
}

const COLON_AT_LINE_END = /:[^\S\n]*\n\s*\S?\s*$/

/**
 * وقال في بيان: إن …: a complementiser right after the colon, with words after it in `sentence`, opens the clause
 * after it, as with no colon.
 */
export function complementizerAfterColon(
  words: readonly Word[],
  k: number,
  sentence: number | undefined,
): boolean {
  return isComplementizer(words[k]!) && words[k + 1]?.sentence === sentence
}

/**
 * What was said, after the verb and its subject: a complementiser (إن، أن، بأنه; also after إلى، على، من), a colon,
 * or a quote mark. Short fillers may stand between (في بيان، للصحفيين، اليوم) and a remark between commas (، طلب
 * عدم الكشف عن اسمه،), never another verb, a clause after a comma, or أن of a conjunction (بعد أن، رغم أن).
 */
function findComplement(scan: Scan, from: number, maxFiller: number, loose = false): Complement | undefined {
  const { words } = scan
  const sentence = words[from - 1]?.sentence
  let looseStart = false
  for (let k = from, filler = 0; k < words.length && filler <= maxFiller; k++, filler++) {
    const word = words[k]!
    // قال والد الطفل: ⏎ "…": a colon ending its line opens the words on the next.
    if (word.sentence !== sentence)
      return COLON_AT_LINE_END.test(word.gap) ? { kind: 'colon', at: k } : undefined
    // Most gaps are one space, which holds no colon nor comma: the string's search and the regex are asked of others.
    const spaced = word.gap === ' '
    if (!spaced && word.gap.includes(':'))
      return complementizerAfterColon(words, k, sentence)
        ? { kind: 'clause', at: k + 1 }
        : { kind: 'colon', at: k }
    // مشيراً في هذا الباب، إلى أن …: the remark ends at the comma before the verb's preposition and its clause.
    const comma = !spaced && COMMA_GAP.test(word.gap)
    if (comma && k > from && prepositionBeforeClause(words, k)) return { kind: 'clause', at: k + 2 }
    if (comma && !complementizerSet.has(word.norm)) {
      // قوله في مؤتمر صحفي، الثلاثاء إن …: a day after the comma, then the clause.
      let m = k
      while (m < words.length && m - k < 3 && isCalendarWord(words[m]!) && words[m]!.sentence === sentence)
        m++
      if (m > k && words[m] && isComplementizer(words[m]!) && joined(words, m))
        return { kind: 'clause', at: m + 1 }
      const close = closingComma(scan, k)
      if (close === 0) return undefined
      k = close - 1
      continue
    }
    // قال لـ"انفراد" إن …، في تصريح تابعته "بغداد اليوم" إن …: an outlet spoken to, or one that heard the words,
    // stands in quote marks between the verb and its clause.
    const addressee = scan.quoteOpeningAt.get(k)
    const heardBy = k > from && OBJECT_PRONOUN.test(words[k - 1]!.norm) && isVerb(words[k - 1]!)
    if (addressee && (words[k - 1]?.norm === 'ل' || heardBy)) {
      while (k + 1 < words.length && scan.quoteClosingAt.get(k) !== addressee) k++
      continue
    }
    // وقال في كلمته بافتتاح "…": …: the quoted name is where the words were said; they follow the colon.
    const colon = colonAfterQuotedName(scan, k)
    if (colon !== undefined) return { kind: 'colon', at: colon }
    if (scan.quoteOpeningAt.has(k) && opensQuoteInGap(word) && !namedByHead(scan, k, HEADS_OF_NAMES)) {
      return { kind: 'quote', at: k }
    }
    if (isComplementizer(word)) {
      // (إن وجدت): a condition set in brackets, not what was said.
      if (word.gap.includes('(')) return undefined
      if (k > from && isConjunctionBeforeAn(words[k - 1]!)) return undefined
      return { kind: 'clause', at: k + 1 }
    }
    if (
      complementPrepositionSet.has(word.norm) &&
      words[k + 1] &&
      complementizerSet.has(words[k + 1]!.norm)
    ) {
      return { kind: 'clause', at: k + 2 }
    }
    // وأكد NAME على الحكومة نجحت في …: a clause written after على with no أن, a definite subject then its verb.
    if (word.norm === ON && nominalClauseAt(words, k + 1)) return { kind: 'clause', at: k + 1 }
    if (filler > 0 && OBJECT_PRONOUN.test(word.norm) && scan.quoteOpeningAt.has(k + 1) && isVerb(word))
      continue
    if (isVerb(word)) return undefined
    if (filler === 0 && !isFiller(word)) {
      if (!loose || !looseFiller(word)) return undefined
      looseStart = true
    }
    // أكد الوزير دعمه للقرار الذي يعني أن …: the أن of a relative clause is not the verb's.
    if (looseStart && RELATIVE_PRONOUNS.has(word.norm)) return undefined
  }
  return undefined
}

const MAX_FAR_WORDS = 32

/**
 * A clause far from its named subject's verb, past a remark longer than the fillers `findComplement` allows: أشار
 * الوزير خلال مشاركته في المنتدى السنوي في الرياض، إلى أن …; أكد المدرب خلال المؤتمر الذي عقد اليوم في الدوحة أن ….
 * The first complementiser of the sentence is taken when no other report, quote or clause opens before it, when
 * no verb stands right before it (the relative clause's own: الذي يرى أن), and when it is not the أن of a verb
 * (أن يكون). A preposition before it (إلى أن، على أن) counts only after the comma that closes the remark.
 */
function farComplement(scan: Scan, from: number): Complement | undefined {
  const { words } = scan
  const sentence = words[from - 1]?.sentence
  let verbOfItsOwn = false
  for (let k = from; k < words.length && k - from <= MAX_FAR_WORDS; k++) {
    const word = words[k]!
    if (word.sentence !== sentence || scan.credit[k]) return undefined
    // في حوار مع صحيفة «…» بمناسبة …، أن: a name in quote marks after its head noun is part of the remark.
    const quote = scan.quoteOpeningAt.get(k)
    if (quote) {
      if (!namedByHead(scan, k, HEADS_OF_NAMES)) return undefined
      while (k + 1 < words.length && scan.quoteClosingAt.get(k) !== quote) k++
      continue
    }
    // Most gaps are one space, which holds no colon nor comma: the string's search and the regex are asked of others.
    const spaced = word.gap === ' '
    const comma = !spaced && COMMA_GAP.test(word.gap)
    if (reportingVerb(word) || (comma && isClauseBoundaryWord(word))) return undefined
    const before = words[k - 1]!
    if (!spaced && word.gap.includes(':')) {
      return isComplementizer(word) ? { kind: 'clause', at: k + 1 } : undefined
    }
    // A verb between that is not a relative clause's (بدا واضحاً أنه) opens a clause of its own.
    if (isVerb(word) && !RELATIVE_PRONOUNS.has(before.norm)) verbOfItsOwn = true
    if (isComplementizer(word) && complementizerSet.has(word.norm)) {
      if (
        verbOfItsOwn ||
        word.gap.includes('(') ||
        isVerb(before) ||
        IMPERFECT.test(before.norm) ||
        RELATIVE_PRONOUNS.has(words[k - 2]?.norm ?? '') ||
        isConjunctionBeforeAn(before) ||
        complementPrepositionSet.has(before.norm)
      )
        return undefined
      const next = words[k + 1]
      // … ضمن بطولة كأس العرب أن⏎مواجهة …: a complementiser that ends its line opens the clause on the next.
      const carried = next !== undefined && next.sentence !== sentence && next.block !== word.block
      // أن يكون is a verb's أن; أنه يطالب, with the pronoun its subject, is what was said.
      if (
        !next ||
        (next.sentence !== sentence && !carried) ||
        (next.norm.length > 2 && isVerb(next) && bareComplementizerSet.has(word.norm))
      )
        return undefined
      if (IMPERFECT.test(next.norm) && word.raw.startsWith('أن')) return undefined
      return { kind: 'clause', at: k + 1 }
    }
    if (comma && prepositionBeforeClause(words, k)) return { kind: 'clause', at: k + 2 }
  }
  return undefined
}

function honorificPronounAt(words: readonly Word[], k: number): boolean {
  return words[k] !== undefined && joined(words, k) && honorificPronounSet.has(words[k]!.norm)
}

/** A word in ي: an imperfect verb the lists may lack (الذي يعني أن، أن يتحقق). */
const IMPERFECT = /^ي[^و]/

/** Word `k` is إلى، على، من or عن, and a complementiser follows it: أشار …، إلى أن. */
function prepositionBeforeClause(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]
  return (
    complementPrepositionSet.has(words[k]!.norm) &&
    next !== undefined &&
    complementizerSet.has(next.norm) &&
    joined(words, k + 1)
  )
}

function isClauseBoundaryWord(word: Word): boolean {
  return CLAUSE_BOUNDARIES.has(word.norm)
}

/**
 * The word after the comma that closes a remark opened before word `k`, within a few words; 0 if none. A colon
 * closes it too (وقال الحرس، في بيان مقتضب: …), unless a verb before it opens a report of its own (، وأضاف: …).
 */
function closingComma(scan: Scan, k: number): number {
  const { words } = scan
  let verbSeen = isVerb(words[k]!) || reportingVerb(words[k]!) !== undefined
  for (let m = k + 1; m < words.length && m - k <= MAX_FILLER_WORDS; m++) {
    if (words[m]!.sentence !== words[k]!.sentence) return 0
    const { gap } = words[m]!
    if (gap !== ' ' && COMMA_GAP.test(gap)) return m
    if (gap !== ' ' && gap.includes(':')) return verbSeen ? 0 : m
    verbSeen ||= isVerb(words[m]!) || reportingVerb(words[m]!) !== undefined
  }
  return 0
}

const COMMA_GAP = /[،,]/

/**
 * After a subject, a word that is no filler may still stand before the clause (قال الرئيس محمد الغزواني في القصر
 * الرئاسي إن، كشف مصدر في الوزارة في وقت سابق أن), unless it is the verb's object: a noun with a possessive (أكد
 * دعمه للقرار).
 */
function looseFiller(word: Word): boolean {
  return !isFunctionWord(word) && !THIRD_PERSON_SUFFIX.test(word.norm)
}

const OBJECT_PRONOUN = /ت?(?:ه|ها)$/

function opensQuoteInGap(word: Word): boolean {
  return OPENING_MARK.test(word.gap)
}

const OPENING_MARK = /[«"“”»‘']/

function isFiller(word: Word): boolean {
  return (
    FILLER_OPENERS.has(word.norm) ||
    word.norm === 'ل' ||
    isCalendarWord(word) ||
    (word.bases[1]?.cut === 1 && word.norm[0] === 'ل') ||
    // جدد الرئيس التأكيد أن، أعاد تأكيده أن: a verbal noun of saying is the verb's object before its clause.
    reportingNoun(word) !== undefined ||
    word.breakBefore
  )
}

interface CueMatch {
  lemma: string
  /** First word of the cited source. */
  source: number
  /** Letters of the cue's preposition written on that word (ل in وفقاً للكرملين). */
  cut: number
  /** A verb of saying stands between the cue and its source: `بحسب ما أفاد X`. */
  said: boolean
  /** That verb passes words on (`وفق ما نقلته X عن Y`): Y, after عن, is who said them. */
  relayed: boolean
}

/** `بحسب X`, `وفقاً لـX`, `نقلاً عن X`, `على لسان X`, with fillers such as `بحسب ما ذكرت X`. */
function matchCue(scan: Scan, v: number): CueMatch | undefined {
  const { words } = scan
  const word = words[v]!
  if (!(word.flags & WordFlag.CueFirst)) return undefined
  for (let n = 0; n < attributionCueForms.length; n++) {
    const cue = attributionCueForms[n]!
    if (!hasCueBase(word, cue.words[0]!)) continue
    let k = v + 1
    let ok = true
    for (let c = 1; c < cue.words.length; c++, k++) {
      if (!joined(words, k) || words[k]!.norm !== cue.words[c]) ok = false
    }
    if (!ok || !joined(words, k)) continue
    // بحسب ما ذكرت الوكالة، وفقاً لما نقلته: skip the relative and its verb.
    const next = words[k]!
    const withMa = cue.words.at(-1)!.endsWith('ما')
    let said = false
    let relayed = false
    if (withMa || ((next.norm === 'ما' || next.norm === 'لما') && joined(words, k + 1))) {
      if (!withMa) k++
      const verb = words[k]!
      relayed = transmissionVerbForms.has(verb.norm) || RELAY_FORMS.has(verb.norm)
      said = relayed || reportingVerb(verb) !== undefined || RELATIVE_VERBS.has(verb.norm)
      if (said) k++
      if (words[k]?.norm === 'به' || words[k]?.norm === 'عن') k++
    }
    const source = words[k]
    if (!source || source.sentence !== word.sentence) continue
    const linked =
      cue.link === 'ل' && source.norm[0] === 'ل' ? source.bases.find((b) => b.cut === 1) : undefined
    return { lemma: cue.lemma, source: k, cut: linked ? 1 : 0, said, relayed }
  }
  return undefined
}

/** نقله، نقلته: the relative forms of نقل, with the pronoun of what was passed on. */
const RELAY_FORMS: ReadonlySet<string> = new Set(['نقله', 'نقلته'].map(norm))

/**
 * `وفق ما نقلته وكالة الأنباء عن وزير الصحة`، `بحسب ما نقلت صحيفة "…" الحكومية عن مصادر طبية`: the outlet passes on
 * the words of whom it names after عن, as `نقلت الوكالة عن …` does. The source after عن, when عن follows the outlet's
 * phrase within a few words, with no comma or verb between.
 */
function relayedSource(scan: Scan, index: MentionIndex, cue: CueMatch): Subject | undefined {
  if (!cue.relayed) return undefined
  const { words } = scan
  for (let k = cue.source + 1; k - cue.source <= MAX_RELAY_REACH && k < words.length; k++) {
    const word = words[k]!
    // صحيفة "الأيام" عن …: the marks around the outlet's name join it to its head and to عن.
    if (!joined(words, k) && (word.sentence !== words[k - 1]!.sentence || !QUOTE_MARKS_GAP.test(word.gap)))
      return undefined
    if (word.norm === 'عن') return joined(words, k + 1) ? citedPhrase(scan, index, k + 1, 0) : undefined
    if (isVerb(word)) return undefined
  }
  return undefined
}

/** Words from the outlet's first to عن: its name, its adjectives, a time. */
const MAX_RELAY_REACH = 8
const QUOTE_MARKS_GAP = /^\s*["“”«»]\s*$/

/**
 * What a cited source says follows as a clause after فإن (بحسب مصادر …، فإن), or after a comma and أن (وحسب شهود
 * عيان، أن …).
 */
function cueClause(complementizer: Word): boolean {
  return complementizer.norm.startsWith('ف') || COMMA_GAP.test(complementizer.gap)
}

/** A reading of the word is the cue's first word, bare or after و or ف (وبحسب، فوفقاً). */
function hasCueBase(word: Word, first: string): boolean {
  for (let b = 0; b < word.bases.length; b++) {
    const base = word.bases[b]!
    if (base.base === first && (base.cut === 0 || word.norm[0] === 'و' || word.norm[0] === 'ف')) return true
  }
  return false
}

/**
 * The source after a cue. When the phrase right after it names no one (وفق آخر التحديثات الاستخباراتية في وزارة
 * الدفاع البريطانية), the first person, body or outlet a few words on is the source.
 */
function citedPhrase(scan: Scan, index: MentionIndex, j: number, cut: number): Subject | undefined {
  const phrase = phraseAt(scan, index, j, cut)
  if (phrase?.speaker.entity && phrase.kind !== 'location') return phrase
  if (
    phrase &&
    (phrase.kind === 'anonymous' ||
      phrase.kind === 'unnamed' ||
      speakerNounSet.has(scan.words[phrase.first]!.bases[cut]?.base ?? ''))
  ) {
    return phrase
  }
  const { words } = scan
  for (let k = j; k < words.length && k - j <= MAX_FILLER_WORDS && (k === j || joined(words, k)); k++) {
    const mention = index.mentionAt[k]
    if (!mention?.entity || mention.form === 'nisba' || mention.kind === 'location') continue
    const named = phraseAt(scan, index, index.claimStart.get(mention) ?? mention.first)
    if (named) return { ...named, first: j, start: words[j]!.start }
  }
  return phrase
}

const CLOSING_QUOTE_GAP = /^["”»]\s+$/
/** Words of a time or a phrase in a preposition between a relaying outlet and عن. */
const MAX_RELAY_FILLER = 5

/** `وسائل إعلام`: an indefinite noun right after an indefinite head, which governs it. */
function indefiniteGenitive(words: readonly Word[], k: number): boolean {
  const word = words[k]
  if (!word || !joined(words, k) || word.number || isFunctionWord(word) || isVerb(word)) return false
  return !words[k - 1]!.norm.startsWith('ال') && !word.norm.startsWith('ال')
}

/** `موالية`، `محلية`: an indefinite nisba, the adjective of an indefinite phrase. */
function indefiniteAdjective(word: Word): boolean {
  return !word.norm.startsWith('ال') && isAdjectiveLike(`ال${word.norm}`)
}

/** `نقلت وكالة رويترز عن مصدر أمني (قوله) إن …`: the speaker is after عن, the outlet passes it on. */
function transmission(scan: Scan, index: MentionIndex, v: number): Report | undefined {
  const { words } = scan
  const via = subjectAfter(scan, index, v)
  let k = via ? via.last + 1 : v + 1
  // وكالة الأنباء العراقية (واع) عن …: an abbreviation in brackets after the outlet.
  if (words[k]?.gap.includes('(')) {
    while (k < words.length && k - v < MAX_FILLER_WORDS && !words[k + 1]?.gap.includes(')')) k++
    k++
  }
  // نقلت صحيفة هسبريس المغربية المحلية عن …، صحيفة "تشرين" الحكومية، عن …: adjectives of the outlet its phrase
  // left out, after its closing quote mark too.
  const adjectiveAt = (j: number) =>
    (joined(words, j) || CLOSING_QUOTE_GAP.test(words[j]!.gap)) && isAdjectiveLike(words[j]!.norm)

  // نقلت وسائل إعلام موالية عن …: an indefinite head the phrase took alone, with the indefinite noun it governs.
  if (via && via.first === via.last && k === via.last + 1 && indefiniteGenitive(words, k)) {
    k++
    while (k - v < MAX_FILLER_WORDS && words[k] && joined(words, k) && indefiniteAdjective(words[k]!)) k++
  }
  while (k - v < MAX_FILLER_WORDS && words[k] && adjectiveAt(k)) k++
  // نقلت صحيفة "السفير" مساء أمس على موقعها عن …: a time or a phrase in a preposition between the outlet and عن.
  if (words[k] && words[k]!.norm !== 'عن' && isFiller(words[k]!)) {
    let m = k + 1
    while (
      m - k < MAX_RELAY_FILLER &&
      words[m] &&
      joined(words, m) &&
      words[m]!.norm !== 'عن' &&
      !isVerb(words[m]!)
    )
      m++
    if (words[m]?.norm === 'عن' && joined(words, m)) k = m
  }
  // مزاعم نقلتها وكالة الأنباء الرسمية من أن …: a relative verb passing on what the noun before it names, with no
  // source after عن, gives the words to the outlet that passed them on; not a noun after في, the occasion of a
  // verb's words before it (وأضاف في تصريحات نقلها التلفزيون “…”: the words are still his).
  if (
    via &&
    words[k]?.norm !== 'عن' &&
    RESUMPTIVE_PRONOUN.test(words[v]!.norm) &&
    v > 1 &&
    words[v - 2]!.norm !== IN
  ) {
    const said = findComplement(scan, k, MAX_CUE_FILLER)
    if (said && said.kind !== 'colon' && words[said.at]?.sentence === words[v]!.sentence)
      return subjectReport('transmission', v, 'نقل', words[v]!.sentence, via, said)
  }
  if (words[k]?.norm !== 'عن' || words[k]!.sentence !== words[v]!.sentence) return undefined
  const phrase = phraseAt(scan, index, k + 1)
  if (!phrase) return undefined
  // عن المستشار الإعلامي لرئيس الحكومة المكلفة من البرلمان، NAME، القول إن: a title longer than the phrase, then
  // its holder, as after a verb of saying.
  const subject = holderOfTitle(scan, index, phrase) ?? phrase
  k = subject.last + 1
  // عن مصدر أردني مطلع قوله: an adjective the source's phrase left out may stand before قوله.
  if (words[k] && SAYING.has(words[k]!.norm)) k++
  else if (words[k + 1] && joined(words, k) && joined(words, k + 1) && SAYING.has(words[k + 1]!.norm)) k += 2
  const complement = findComplement(scan, k, MAX_FILLER_WORDS)
  const report = subjectReport('transmission', v, 'نقل', words[v]!.sentence, subject, complement)
  report.via = via
  return report
}
