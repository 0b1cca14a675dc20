import { ARTICLE_WITH_PARTICLE, THIRD_PERSON_SUFFIX } from '../lang/ar/affixes.ts'
import {
  frontedSideSet,
  pointingDemonstrativeSet,
  royalAdjectiveSet,
  sourceParticipleSet,
  sourcePrepositionSet,
} from '../lang/ar/compiled-cues.ts'
import type { Speaker } from '../model/extraction.ts'
import {
  verbSubjectAdverbSet as ADVERBS,
  affiliationPrepositionSet as AFFILIATION,
  anonymousNounSet,
  subjectClauseOpenerSet as CLAUSE_OPENERS,
  courtesyTitleSet,
  describingParticipleSet,
  displayForm,
  elativeSet,
  groupCountNounSet as GROUP_COUNTS,
  honorificBeforeNameSet as HONORIFICS,
  mediaHeadOpen,
  newsroomNounSet,
  norm,
  partitiveWordSet as ONE_OF,
  occasionPronounSet,
  organizationHeadSet,
  partitivePronounSet,
  placeHeadSet,
  praiseAfterNameSet,
  relativePronounSet as RELATIVES,
  reportingNounSet,
  sayingNounSet,
  sourcelessNounSet,
  speakerNounSet,
} from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import { isUnknownNameWord } from './name-words.ts'
import { nameAfterRole } from './names-after-roles.ts'
import {
  afterQuotedName,
  baseStart,
  commaGap,
  displaySpan,
  type Found,
  joined,
  type Scan,
  unquotedSpan,
} from './scan.ts'
import {
  isAdjectiveLike,
  isCalendarWord,
  isComplementizer,
  isDefiniteNisba,
  isFunctionWord,
  isGivenName,
  isNameParticle,
  isRoleWord,
  isVerb,
  setObjectAfter,
  titleHead,
  toAudience,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { readingWithCut, type Word } from './words.ts'

/** A noun phrase that does the saying: its words, and who it is as a speaker. */
export interface Subject {
  first: number
  last: number
  /** Text offset where the phrase starts, after any particle on its first word. */
  start: number
  speaker: Speaker
  /**
   * The entity's kind; 'anonymous' for sources described but not named (مصادر مطلعة، مصدر دبلوماسي), 'unnamed' for
   * a subject that says nothing of who spoke (خبراء، السيدات، إحداهن), whose words have no speaker; 'other' for the
   * rest (التقارير).
   */
  kind: 'person' | 'organization' | 'location' | 'media' | 'anonymous' | 'unnamed' | 'other'
}

const MAX_PHRASE_WORDS = 5
const MAX_BACKWARD_WORDS = 3

/** The subject right after a reporting verb (`وقال بيان الكرملين`), or undefined if the verb has none there. */
// A function, not a closure over `index` in `subjectAfter`: that would give every call a context to allocate.
function personNamedAt(index: MentionIndex, m: number): boolean {
  return index.mentionAt[m]?.first === m && index.mentionAt[m]!.kind === 'person'
}

/** Word `j` opens a title, a person's, body's or outlet's name, or a word of respect: someone named speaks. */
function namedAt(scan: Scan, index: MentionIndex, j: number): boolean {
  if (!joined(scan.words, j)) return false
  const mention = index.mentionAt[j]
  return (
    index.roleAt[j]?.first === j ||
    HONORIFICS.has(scan.words[j]!.norm) ||
    (mention !== undefined && mention.first === j && mention.form !== 'nisba' && mention.kind !== 'location')
  )
}

export function subjectAfter(scan: Scan, index: MentionIndex, verb: number): Subject | undefined {
  const { words } = scan
  if (setObjectAfter(words, verb)) return undefined
  let j = verb + 1
  while (joined(words, j) && (ADVERBS.has(words[j]!.norm) || isCalendarWord(words[j]!))) j++
  // أكد فيها جلالة الملك، أفاد فيه رئيس البلدية: the occasion's pronoun, then someone named or titled.
  if (occasionPronounSet.has(words[j]?.norm ?? '') && joined(words, j) && namedAt(scan, index, j + 1)) j++
  // أعلن ذلك الإعلامي NAME: a demonstrative object before a title or a name, one word of description between.
  if (pointingDemonstrativeSet.has(words[j]?.norm ?? '') && joined(words, j) && joined(words, j + 1)) {
    if (
      index.roleAt[j + 1]?.person ||
      personNamedAt(index, j + 1) ||
      (personNamedAt(index, j + 2) && joined(words, j + 2))
    )
      j++
  }
  const quoted = quotedNameBeforeRole(scan, index, j) ?? quotedBeforeClause(scan, index, j)
  if (quoted) return quoted
  if (!joined(words, j) && !quotedName(scan, index, j)) return setApart(scan, index, j)
  // وأكد سعادة السيد NAME، صاحب السمو الشيخ NAME، وأشار السيد رئيس المجلس: words of respect before a title or a
  // name.
  let h = j
  while (
    joined(words, h) &&
    (HONORIFICS.has(words[h]!.norm) ||
      courtesyTitleSet.has(words[h]!.norm) ||
      (h > j && royalAdjectiveSet.has(words[h]!.norm)))
  )
    h++
  if (
    h > j &&
    (index.roleAt[h]?.first === h || index.mentionAt[h]?.kind === 'person' || titleHead(words[h]!))
  )
    j = h
  // أحد المزارعين، إحدى الموظفات: one of a group speaks for the group's phrase; آلاف المحتجين: so does the group
  // counted by a noun of number, the plural with its article right after it.
  const counted = GROUP_COUNTS.has(words[j]!.norm) && words[j + 1]?.norm.startsWith('ال')
  if ((ONE_OF.has(words[j]!.norm) || counted) && joined(words, j + 1)) {
    const group = phraseAt(scan, index, j + 1)
    if (group) {
      const name = displaySpan(scan, j, group.last, words[j]!.bases[0]!)
      return { ...group, first: j, start: words[j]!.start, speaker: { name }, kind: 'other' }
    }
  }
  const phrase = phraseAt(scan, index, j)
  if (!phrase || phrase.kind === 'person') return phrase
  if (phrase.kind === 'other' && accusative(scan, phrase)) return undefined
  return (
    appositivePerson(scan, index, phrase.last + 1) ??
    coordinatedTitle(scan, index, phrase) ??
    namedAfterRole(scan, index, phrase) ??
    describedPerson(scan, index, phrase) ??
    phrase
  )
}

/** `قال المسن العجلوني`، `وقالت الطالبة NAME`: a definite noun that describes the person named right after it. */
function describedPerson(scan: Scan, index: MentionIndex, phrase: Subject): Subject | undefined {
  const { words } = scan
  const k = phrase.last + 1
  const person = index.mentionAt[k]
  if (phrase.kind !== 'other' || phrase.first !== phrase.last || !words[phrase.first]!.norm.startsWith('ال'))
    return undefined
  if (person?.kind !== 'person' || person.first !== k || !person.entity || !joined(words, k)) return undefined
  return throughPerson(phrase, person.last, { name: person.name, entity: person.entity })
}

/** The phrase run on to the end of the person's name it introduces: the person speaks. */
function throughPerson(phrase: Subject, last: number, speaker: Speaker): Subject {
  return { first: phrase.first, last, start: phrase.start, speaker, kind: 'person' }
}

/** A role that introduces no known person, then a name the lists lack: the name speaks. */
function namedAfterRole(scan: Scan, index: MentionIndex, phrase: Subject): Subject | undefined {
  const role = index.roleAt[phrase.first]
  if (!role || role.first !== phrase.first || role.person) return undefined
  const named = nameAfterRole(scan, index, phrase.last + 1)
  return named && throughPerson(phrase, named.last, { name: named.name })
}

/**
 * `وأورد، موقع وزارة الداخلية، الذي نقل الخبر، أن`: a subject set apart from its verb by commas, when it names a
 * person, body or outlet (a filler between commas, `في بيان`, names no one).
 */
function setApart(scan: Scan, index: MentionIndex, j: number): Subject | undefined {
  const word = scan.words[j]
  if (!word || !commaGap(word) || word.sentence !== scan.words[j - 1]?.sentence) return undefined
  const phrase = phraseAt(scan, index, j)
  if (!phrase?.speaker.entity || phrase.kind === 'location' || phrase.kind === 'other') return undefined
  const after = scan.words[phrase.last + 1]
  return after && commaGap(after) ? phrase : undefined
}

/**
 * `وقال الرئيس التنفيذي والمؤسس المشارك للشركة سامي العتيبي إن`، `أكد وزير الخارجية رئيس "التيار" NAME أن`: two
 * titles, joined by و or not, before one name; the person the second introduces is the subject.
 */
function coordinatedTitle(scan: Scan, index: MentionIndex, phrase: Subject): Subject | undefined {
  const k = phrase.last + 1
  const role = index.roleAt[k]
  const word = scan.words[k]
  if (!word || !joined(scan.words, k) || role?.first !== k) return undefined
  if (!index.roleAt[phrase.first] || index.roleAt[phrase.first]!.person) return undefined
  const person = role.person
  if (!person?.entity) return undefined
  return throughPerson(phrase, person.last, { name: person.name, entity: person.entity })
}

/** يعتبر تشريعاً ورقابةً: a plain phrase with the accusative's tanween is the verb's object, never its subject. */
function accusative(scan: Scan, phrase: Subject): boolean {
  for (let k = phrase.first; k <= phrase.last; k++) if (scan.words[k]!.raw.includes(FATHATAN)) return true
  return false
}

const FATHATAN = '\u064b'

/** A name set whole in quote marks right after the verb: `وأوضح «رائد الحسن»، مدير المستشفى، أن`. */
function quotedName(scan: Scan, index: MentionIndex, j: number): boolean {
  const quote = scan.quoteOpeningAt.get(j)
  const mention = index.mentionAt[j]
  if (!quote || !mention || mention.first !== j || scan.words[j]!.gap.trim().length !== 1) return false
  return scan.quoteClosingAt.get(mention.last) === quote
}

/**
 * `وذكرت "الشرق" أن …`، `وقالت “سلمى” إن …`: one to three words in quote marks right after the verb and right before
 * its complementiser are the name of who speaks, as outlets mark a newspaper's or a site's name, and some pages every
 * person's. The words said come after the complementiser, never between it and the verb.
 */
function quotedBeforeClause(scan: Scan, index: MentionIndex, j: number): Subject | undefined {
  const { words } = scan
  const quote = scan.quoteOpeningAt.get(j)
  if (!quote || words[j]!.gap.trim().length !== 1) return undefined
  // Without the article, a person's name: a given name opens it (a quote of words said opens otherwise, سنواصل
  // العمل); a person the recognisers found inside the marks is read as its entity (`quotedName`).
  if (!words[j]!.norm.startsWith('ال') && (index.mentionAt[j] || !isGivenName(words[j]!))) return undefined
  let last = j
  while (last - j < MAX_QUOTED_NAME_WORDS - 1 && scan.quoteClosingAt.get(last) !== quote) {
    if (!joined(words, last + 1)) return undefined
    last++
  }
  if (scan.quoteClosingAt.get(last) !== quote) return undefined
  // وأكد «NAME» في ذات التصريح على أن: a place or occasion of the words may stand between the name and the clause.
  let c = last + 1
  while (
    c - last <= MAX_QUOTED_NAME_FILLER &&
    words[c] !== undefined &&
    (c === last + 1 || joined(words, c)) &&
    !isVerb(words[c]!) &&
    !isComplementizer(words[c]!)
  )
    c++
  const next = words[c]
  if (!next || next.sentence !== words[j]!.sentence || !isComplementizer(next)) return undefined
  if (c > last + 1 && !FILLER_OPENERS.has(words[last + 1]!.norm)) return undefined
  for (let k = j; k <= last; k++) {
    const word = words[k]!
    if (word.number || isVerb(word) || isFunctionWord(word)) return undefined
  }
  const name = displaySpan(scan, j, last, words[j]!.bases[0]!)
  return { first: j, last, start: words[j]!.start, speaker: { name }, kind: 'other' }
}

const MAX_QUOTED_NAME_FILLER = 5
/** What opens a place or occasion of the words between a quoted name and its clause. */
const FILLER_OPENERS: ReadonlySet<string> = new Set(['في', 'على', 'خلال', 'لدى', 'امام'].map(norm))

/**
 * `وقالت "NAME" مديرة القسم …، إن`: two to four words no list knows, set in quote marks right after the verb, then a
 * role: the quoted words are the speaker's name, as outlets mark a foreign name.
 */
function quotedNameBeforeRole(scan: Scan, index: MentionIndex, j: number): Subject | undefined {
  const { words } = scan
  const quote = scan.quoteOpeningAt.get(j)
  if (!quote || words[j]!.gap.trim().length !== 1 || index.mentionAt[j]) return undefined
  let last = j
  while (last - j < MAX_QUOTED_NAME_WORDS && scan.quoteClosingAt.get(last) !== quote) {
    if (!joined(words, last + 1)) return undefined
    last++
  }
  if (last === j || scan.quoteClosingAt.get(last) !== quote) return undefined
  // آنا folds into أنا (a pronoun): a function word may open a quoted name, never end it.
  for (let k = j; k <= last; k++) {
    const word = words[k]!
    if (word.number || isVerb(word) || index.roleAt[k] || (k > j && isFunctionWord(word))) return undefined
  }
  const role = index.roleAt[last + 1]
  if (role?.first !== last + 1 || role.person || words[last + 1]!.sentence !== words[j]!.sentence)
    return undefined
  const name = unquotedSpan(scan, j, last, words[j]!.bases[0]!)
  return { first: j, last, start: words[j]!.start, speaker: { name }, kind: 'person' }
}

const MAX_QUOTED_NAME_WORDS = 4

const MAX_SUBJECT_TAIL = 4

/**
 * A person named in apposition to the subject, between commas: `وقالت القيّمة على المعرض، الفنانة البحرينية مريم
 * الصيرفي، إن …`, `وكان مدرب الفريق، الإسباني ماركو فيرنانديز، قد طالب`. The subject is the person the apposition
 * names, whether a title or a nisba introduces the name.
 */
function appositivePerson(scan: Scan, index: MentionIndex, from: number): Subject | undefined {
  const { words } = scan
  for (let k = from; k < words.length && k - from <= MAX_SUBJECT_TAIL; k++) {
    const word = words[k]!
    if (word.sentence !== words[from - 1]!.sentence || isVerb(word)) return undefined
    if (!commaGap(word)) {
      if (!joined(words, k)) return undefined
      continue
    }
    const role = index.roleAt[k]
    let person = role && role.first === k ? role.person : undefined
    const nisba = index.mentionAt[k]
    if (!person && nisba?.form === 'nisba') {
      const named = index.mentionAt[nisba.last + 1]
      if (named?.kind === 'person' && named.form === 'name') person = named
    }
    const after = person && words[person.last + 1]
    if (!person?.entity || (after && after.sentence === word.sentence && !commaGap(after))) return undefined
    return {
      first: k,
      last: person.last,
      start: word.start,
      speaker: { name: person.name, entity: person.entity },
      kind: 'person',
    }
  }
  return undefined
}

/**
 * The noun phrase starting at word `j`: a person with the role before the name, an entity (with the head noun and
 * a following nisba: موقع "ستاندرد" البريطاني), or a plain phrase of a noun, its genitive and adjectives
 * (بيان الكرملين، المكتب الصحافي للكرملين، التقارير الاستخباراتية، مصادر مطلعة).
 */
export function phraseAt(scan: Scan, index: MentionIndex, j: number, headCut = 0): Subject | undefined {
  const { words } = scan
  const word = words[j]
  if (!word) return undefined
  // A role the recognisers took is a subject even when its head also reads as a particle (والي، وإلى).
  const role = index.roleAt[j]
  // A lone letter (بـ) is a particle, never a speaker.
  const particle = word.number || word.norm.length < 2 || isFunctionWord(word) || isVerb(word)
  if (particle && !(role && role.first === j)) return undefined
  if (role && role.first === j) {
    // السيد التوفيق: a name right after a title is whom it names, before anyone coreference found for the title.
    const named = role.person ? undefined : nameAfter(scan, index, role.last + 1)
    const last = role.person?.last ?? named?.last ?? role.last
    const person = role.person ?? named ?? personForRole(index, j)
    const runOn = person && person.first > role.last ? nameRunOn(scan, index, person) : undefined
    if (runOn !== undefined) {
      const name = displaySpan(scan, person!.first, runOn, scan.words[person!.first]!.bases[0]!)
      return {
        first: j,
        last: runOn,
        start: role.start,
        speaker: { name, entity: person!.entity! },
        kind: 'person',
      }
    }
    return exact(scan, j, last, role.start, person)
  }
  const mention = index.mentionAt[j]
  if (mention && (index.claimStart.get(mention) ?? mention.first) === j && mention.form !== 'nisba') {
    const start = mention.first === j ? mention.start : word.start
    const last = withNisba(scan, index, mention.last)
    // فريق الإنقاذ التابع للخوذ البيضاء: a body speaks as the text words it, with whom it belongs to.
    const belonging =
      mention.kind === 'organization' && mention.entity
        ? (belongingAfter(scan, index, last) ?? seatAfter(scan, index, last))
        : undefined
    if (belonging !== undefined) {
      const name = displaySpan(scan, j, belonging, word.bases[0]!)
      return {
        first: j,
        last: belonging,
        start,
        speaker: { name, entity: mention.entity! },
        kind: mention.kind,
      }
    }
    return exact(scan, j, last, start, mention)
  }
  return plainPhrase(scan, index, j, headCut)
}

/**
 * After a body's name ending at `last`, a participle of allegiance and the body after ل it belongs to (`التابع
 * للهلال الأحمر`، `الموالية لإيران`): the last word of that body, or undefined.
 */
function belongingAfter(scan: Scan, index: MentionIndex, last: number): number | undefined {
  const { words } = scan
  const participle = words[last + 1]
  const owner = words[last + 2]
  if (!participle || !owner || !joined(words, last + 1) || !joined(words, last + 2)) return undefined
  if (!describingParticipleSet.has(participle.norm) || owner.norm[0] !== 'ل') return undefined
  const body = index.mentionAt[last + 2]
  if (body && body.first === last + 2 && body.kind !== 'person') return body.last
  // للخوذ البيضاء: a body the lists lack, its definite noun and the adjectives after it.
  if (!owner.norm.startsWith('لل') || isFunctionWord(owner) || isVerb(owner) || index.mentionAt[last + 2])
    return undefined
  let end = last + 2
  while (
    end - last < MAX_PHRASE_WORDS &&
    joined(words, end + 1) &&
    isAdjectiveLike(words[end + 1]!.norm) &&
    !index.mentionAt[end + 1]
  )
    end++
  return end
}

/**
 * After a body's name ending at `last`, the body or place it sits in after ب, and a place after ب again (`مكتب
 * الإعلام بالمحكمة الابتدائية بسوسة`، `خلية الإعلام بوزارة الدفاع`): the last word of that phrase, or undefined. The
 * speaker is worded as the text words it, still linked to the body.
 */
function seatAfter(scan: Scan, index: MentionIndex, last: number): number | undefined {
  let end: number | undefined
  for (let hop = 0; hop < 2; hop++) {
    const at = (end ?? last) + 1
    const word = scan.words[at]
    const seat = index.mentionAt[at]
    if (!word || !joined(scan.words, at) || word.norm[0] !== 'ب' || seat?.first !== at) break
    if (seat.start <= word.start || seat.form === 'nisba') break
    if (seat.kind !== 'location' && (hop > 0 || seat.kind !== 'organization')) break
    end = seat.last
  }
  return end
}

const MAX_NAME_RUN_ON = 2

/**
 * `الأستاذة فاطمة امباي في تصريح`، `اللواء المتقاعد محمد أمين الجعبري رئيس اللجنة …`: a person the recognisers cut
 * to a given name alone after a title, then one or two words that may be a name's (a word no list knows, a given
 * name, a family name in ي with the article) right up to where the subject ends (a comma or quote mark, a
 * complementiser, في, another title). The last word of the name as the text writes it, or undefined.
 */
function nameRunOn(scan: Scan, index: MentionIndex, person: Found): number | undefined {
  const { words } = scan
  if (person.first !== person.last || !person.entity || !isGivenName(words[person.first]!)) return undefined
  let k = person.last + 1
  // أمين، خليل: a given name that is also a title's word goes on the name, and so do the words of the title the
  // recognisers opened at it.
  const misread = words[k] && isGivenName(words[k]!) ? index.roleAt[k] : undefined
  while (k - person.last <= MAX_NAME_RUN_ON && joined(words, k)) {
    const word = words[k]!
    const given = isGivenName(word)
    const role = index.roleAt[k] !== undefined && index.roleAt[k] !== misread
    if (index.mentionAt[k] || role || word.number || isFunctionWord(word)) break
    if (isVerb(word) || isCalendarWord(word)) break
    const family = word.norm.startsWith('ال') && word.norm.endsWith('ي') && word.norm.length > 4
    if (!given && (isRoleWord(word) || (!family && !isUnknownNameWord(word, true) && !unknownWord(word))))
      break
    k++
  }
  if (k === person.last + 1) return undefined
  const end = words[k]
  const ends =
    !end ||
    !joined(words, k) ||
    isComplementizer(end) ||
    end.norm === IN ||
    (index.roleAt[k] !== undefined && index.roleAt[k] !== misread) ||
    titleHead(end) !== undefined
  return ends ? k - 1 : undefined
}

/** A word no list knows whole, with no particle, article or ending of a noun of news on it (امباي). */
function unknownWord(word: Word): boolean {
  const w = word.norm
  if (word.bases.length > 1 || (word.bases[0]!.flags & WordFlag.Known) !== 0 || w.length < 3) return false
  return (
    w[0] !== 'و' && w[0] !== 'ف' && !w.startsWith('ال') && !w.endsWith('ة') && !THIRD_PERSON_SUFFIX.test(w)
  )
}

function nameAfter(scan: Scan, index: MentionIndex, k: number): Found | undefined {
  const mention = index.mentionAt[k]
  if (mention?.kind !== 'person' || mention.first !== k || !joined(scan.words, k)) return undefined
  return mention.form === 'name' || mention.form === 'alias' ? mention : undefined
}

function personForRole(index: MentionIndex, j: number): Found | undefined {
  const mention = index.mentionAt[j]
  return mention?.form === 'role' ? mention : undefined
}

function withNisba(scan: Scan, index: MentionIndex, last: number): number {
  const next = index.mentionAt[last + 1]
  if (next?.form !== 'nisba') return last
  return joined(scan.words, last + 1) || afterQuotedName(scan, last + 1) ? last + 1 : last
}

function exact(scan: Scan, first: number, last: number, start: number, entity: Found | undefined): Subject {
  if (entity?.entity) {
    return { first, last, start, speaker: { name: entity.name, entity: entity.entity }, kind: entity.kind }
  }
  const name = displaySpan(scan, first, last, scan.words[first]!.bases[0]!)
  return { first, last, start, speaker: { name }, kind: 'other' }
}

function plainPhrase(scan: Scan, index: MentionIndex, j: number, headCut: number): Subject | undefined {
  const { words } = scan
  const head = words[j]!
  const headBase = readingWithCut(head, headCut) ?? head.bases[0]!
  if (partitivePronounSet.has(headBase.base)) {
    const name = displaySpan(scan, j, j, headBase)
    return { first: j, last: j, start: baseStart(head, headBase.cut), speaker: { name }, kind: 'unnamed' }
  }
  // تعد الأكبر: an adjective of comparison after a verb is its predicate.
  if (headBase.base.startsWith('ال') && elativeSet.has(headBase.base.slice(2))) return undefined
  // A noun with a possessive (رغبته، موقفه) is an object, not who speaks.
  if (THIRD_PERSON_SUFFIX.test(headBase.base) && !speakerNounSet.has(headBase.base)) return undefined
  // Nor is a noun behind a preposition (طالبت بالبراءة، بتدعيم): a subject is never governed by one.
  if (headCut === 0 && behindPreposition(head)) return undefined
  const definite = headBase.base.startsWith('ال')
  const headWord = norm(headBase.base)
  const bareHead = definite ? headWord.slice(2) : headWord
  const anonymous = anonymousNounSet.has(bareHead)
  if (headCut === 0 && (isNameHead(bareHead) || newsroomNounSet.has(headWord))) {
    const bracketed = bracketedAfterHead(scan, index, j)
    if (bracketed) return bracketed
  }
  let last = j
  let inner: Found | undefined
  // مجلس إدارة البنك المركزي: a body's head noun, indefinite nouns in a construct chain, the genitive that ends it.
  let construct = !definite && isNameHead(headWord)
  let chainEnd = j
  for (
    let k = j + 1;
    k < words.length &&
    k - j < MAX_PHRASE_WORDS &&
    (joined(words, k) || quotedNameAfterHead(scan, index, j, k));
    k++
  ) {
    const word = words[k]!
    if (word.number || isFunctionWord(word) || isVerb(word) || isCalendarWord(word)) break
    if (praiseAfterNameSet.has(word.norm)) break
    // عن مصدر أمني القول إن: the verbal noun of saying after the phrase opens what was said.
    if (sayingNounSet.has(word.norm)) break
    // وقال بن غفير، أبو ضيف: a name's particle opening the phrase is the name's, with the word it introduces.
    if (k === j + 1 && headCut === 0 && isNameParticle(head) && !index.mentionAt[k]) {
      last = k
      break
    }
    const mention = index.mentionAt[k]
    if (mention && (index.claimStart.get(mention) ?? mention.first) === k) {
      if (mention.form === 'nisba') {
        inner ??= mention
        last = k
        continue
      }
      // وسائل إعلام سورية: a place spelt as a nisba in ية, right after an indefinite noun of sources, is its
      // adjective.
      if (
        !definite &&
        k === last + 1 &&
        mention.kind === 'location' &&
        mention.last === k &&
        !word.norm.startsWith('ال') &&
        NISBA_SPELLING.test(word.norm) &&
        (anonymous || speakerNounSet.has(headWord))
      ) {
        last = k
        continue
      }
      // مصادر أمنية لوكالة الأنباء، النواب لرويترز: an outlet after لـ is whom people spoke to, unless the head
      // names a body of its own (المكتب الإعلامي لوكالة الأنباء).
      if (mention.kind === 'media' && word.norm[0] === 'ل' && !isNameHead(bareHead)) break
      // مركز حلب الإعلامي، مجلس دير الزور المدني: a body the lists lack, named by its place and the adjectives
      // after it, is that body, not the place.
      if (construct && k === j + 1 && mention.kind === 'location') {
        last = mention.last
        while (
          last + 1 - j < MAX_PHRASE_WORDS &&
          joined(words, last + 1) &&
          isDefiniteNisba(words[last + 1]!.norm) &&
          !index.mentionAt[last + 1]
        )
          last++
        break
      }
      // A genitive: بيان الكرملين، المكتب الصحافي للكرملين، مجلس إدارة البنك المركزي; حكومة ولاية القضارف: a
      // place's head noun in the phrase takes the place's name.
      if (
        (construct && mention.kind !== 'person') ||
        (mention.kind === 'location' && k === last + 1 && placeHeadSet.has(words[k - 1]!.norm)) ||
        (!definite && k === j + 1) ||
        mention.start > word.start
      ) {
        inner = mention
        last = mention.last
      }
      break
    }
    // شاهدان للوكالة، مصدر أمني لصحيفة "…": an outlet's head noun after لـ, named or not, is whom they spoke to.
    if (!isNameHead(bareHead) && addressedOutlet(word)) break
    // وقال صنع الله للصحفيين: whom the words were said to ends the phrase.
    if (toAudience(word)) break
    // شهود عيان للنهار، مصادر مطلعة للسراج: a described source is done describing at a definite word after ل, whom
    // it spoke to, unless a participle of allegiance governs that word (مصادر مقربة للرئيس).
    if (anonymous && word.norm.startsWith('لل') && !describingParticipleSet.has(`ال${words[k - 1]!.norm}`))
      break
    // المكتب الإعلامي لوزير الكهرباء: a body's office of a title holder, with the title's genitive.
    if (isNameHead(bareHead) && officeHolderAt(words, k)) {
      last = chainEnd = k + 1
      k++
      continue
    }
    const w = word.norm
    // وجدد عباس التأكيد أن: a verbal noun of saying after the subject is the verb's object.
    if (!definite && k === j + 1 && w.startsWith('ال') && !reportingNounSet.has(w.slice(2))) {
      last = k
      continue
    }
    // وسائل إعلام محلية، خبراء اقتصاد: an indefinite noun of sources governs the indefinite noun right after it, and
    // the adjectives after that describe the two.
    if (
      !definite &&
      k === j + 1 &&
      speakerNounSet.has(headWord) &&
      !w.startsWith('ال') &&
      !behindPreposition(word) &&
      !THIRD_PERSON_SUFFIX.test(w) &&
      !INDEFINITE_ADJECTIVE.test(w)
    ) {
      last = k
      continue
    }
    // مصدر مطلع، مصدر رفيع، مصدر أردني مطلع: a bare word right after an indefinite noun of sources, or after its
    // nisba, describes it.
    if (
      !definite &&
      k === last + 1 &&
      k <= j + 2 &&
      w.length > 2 &&
      anonymousNounSet.has(bareHead) &&
      !THIRD_PERSON_SUFFIX.test(w) &&
      !(word.bases[0]!.flags & WordFlag.Known)
    ) {
      last = k
      continue
    }
    // صنع الله للصحفيين: a word with the article behind a preposition is the clause's, never an adjective.
    if (
      isAdjectiveLike(w) ||
      (!definite && !w.startsWith('ال') && !ARTICLE_WITH_PARTICLE.test(w) && INDEFINITE_ADJECTIVE.test(w))
    ) {
      last = k
      continue
    }
    // مركز توثيق الانتهاكات، أكد: a chain of indefinite nouns after a body's head ends in a definite genitive the
    // lists lack, when the phrase ends right after it.
    // مركز رصد الزلازل الأوروبي المتوسطي، قال: or in that genitive and the definite adjectives after it.
    if (construct && k > j + 1 && w.startsWith('ال')) {
      const end = definiteAdjectivesAfter(scan, index, j, k)
      if (phraseEndsAt(words, end + 1)) {
        last = end
        break
      }
    }
    // هيئة مياه ولاية الخرطوم: a noun of the chain is taken only with the genitive that ends it.
    construct &&= !w.startsWith('ال')
    if (!construct) break
    chainEnd = k
  }
  // إدارة محافظ بنادر أن، مجلس بلدي عناتا في بيان: a chain that ends where the clause goes on ends in a name
  // the lists lack, which is its genitive.
  if (construct && chainEnd > last && phraseEndsAt(words, chainEnd + 1)) last = chainEnd
  // فريق الإنقاذ التابع للخوذ البيضاء: the phrase goes on with whom it belongs to.
  const belonging = inner ? undefined : belongingAfter(scan, index, last)
  if (belonging !== undefined) last = belonging
  // المركز الإعلامي في مديرية الأمن العام: a body's office inside a body named after في.
  if (
    !inner &&
    belonging === undefined &&
    isNameHead(bareHead) &&
    words[last + 1]?.norm === IN &&
    joined(words, last + 2)
  ) {
    const body = index.mentionAt[last + 2]
    if (body?.kind === 'organization' && body.first === last + 2 && body.form === 'name') {
      inner = body
      last = body.last
    }
  }
  const start = baseStart(head, headBase.cut)
  if (
    inner?.entity &&
    inner.form !== 'nisba' &&
    last === inner.last &&
    (isNameHead(headWord) || scan.quoteOpeningAt.has(inner.first)) &&
    j + 1 === inner.first
  ) {
    const name = unquotedSpan(scan, j, last, headBase)
    return { first: j, last, start, speaker: { name, entity: inner.entity }, kind: inner.kind }
  }
  // مصدر في الإيليزيه: the place a source speaks from is part of its description, as the text writes it.
  const from = anonymous ? affiliation(scan, index, last + 1) : undefined
  if (from !== undefined) last = from
  const name = displaySpan(scan, j, last, headBase)
  // A noun of people is the description the text gives of whom it does not name (شهود، مصدر مطلع), as the guideline
  // asks; only a pronoun of a part (إحداهن، أحدهم) or a noun of no one (المعلومات) names no one.
  let kind: Subject['kind'] = anonymous ? 'anonymous' : 'other'
  if (!anonymous && inner?.entity && inner.form !== 'nisba') kind = inner.kind
  else if (sourcelessNounSet.has(headWord)) {
    // المعلومات الواردة من مصادر في الرياض: the source the information came from speaks.
    const source = cameFrom(scan, index, last + 1)
    if (source) return source
    kind = 'unnamed'
  }
  return {
    first: j,
    last,
    start,
    speaker: inner?.entity ? { name, entity: inner.entity } : { name },
    kind,
  }
}

const IN = norm('في')

/** `الواردة من مصادر …` at word `k`: the phrase of the source after the preposition, when it names or describes one. */
function cameFrom(scan: Scan, index: MentionIndex, k: number): Subject | undefined {
  const { words } = scan
  if (
    !sourceParticipleSet.has(words[k]?.norm ?? '') ||
    !joined(words, k) ||
    !sourcePrepositionSet.has(words[k + 1]?.norm ?? '')
  )
    return undefined
  if (!joined(words, k + 1) || !joined(words, k + 2)) return undefined
  const source = phraseAt(scan, index, k + 2)
  // المعلومات الواردة من حمص: a place is where the information came from, not who gave it.
  const speaks = source && source.kind !== 'unnamed' && source.kind !== 'other' && source.kind !== 'location'
  return speaks ? source : undefined
}

/** للوكالة، لصحيفة، للتلفزيون: ل before an outlet's head noun, with the article or before the outlet's name. */
function addressedOutlet(word: Word): boolean {
  if (word.norm[0] !== 'ل') return false
  return word.bases.some(
    (base) =>
      base.cut >= 1 &&
      (mediaHeadOpen.has(base.base) || (base.base.startsWith('ال') && mediaHeadOpen.has(base.base.slice(2)))),
  )
}

/** Word `k` is a title after ل (لوزير، لرئيس) and a definite genitive follows it (لوزير الكهرباء). */
function officeHolderAt(words: readonly Word[], k: number): boolean {
  const word = words[k]!
  const next = words[k + 1]
  if (word.norm[0] !== 'ل' || !next || !joined(words, k + 1) || !next.norm.startsWith('ال')) return false
  if (isFunctionWord(next) || isVerb(next) || next.number) return false
  return word.bases.some((base) => base.cut === 1 && (base.flags & WordFlag.TitleHead) !== 0)
}

/** The last of the definite adjectives right after word `k` (`الزلازل الأوروبي المتوسطي`), or `k`. */
function definiteAdjectivesAfter(scan: Scan, index: MentionIndex, j: number, k: number): number {
  const { words } = scan
  let end = k
  while (
    end + 1 - j < MAX_PHRASE_WORDS &&
    joined(words, end + 1) &&
    words[end + 1]!.norm.startsWith('ال') &&
    isAdjectiveLike(words[end + 1]!.norm) &&
    (index.mentionAt[end + 1]?.form ?? 'nisba') === 'nisba'
  )
    end++
  return end
}

/** The word at `k` does not go on a noun phrase: the text ends, punctuation, a particle or a verb. */
function phraseEndsAt(words: readonly Word[], k: number): boolean {
  const word = words[k]
  return !word || !joined(words, k) || isFunctionWord(word) || isVerb(word)
}

/** قوات "الفجر الجديد"، حركة "النهضة": a body's name in quote marks right after its head noun. */
function quotedNameAfterHead(scan: Scan, index: MentionIndex, j: number, k: number): boolean {
  if (k !== j + 1 || !scan.quoteOpeningAt.has(k)) return false
  const word = scan.words[k]!
  const mention = index.mentionAt[k]
  return (
    word.sentence === scan.words[j]!.sentence &&
    word.gap.trim().length === 1 &&
    mention !== undefined &&
    (mention.kind === 'organization' || mention.kind === 'media')
  )
}

const MAX_BRACKETED_WORDS = 3

/**
 * مراسل (الحرة)، مكتب (أوتشا): a name in brackets right after a head noun of a body or an outlet is that head's
 * genitive. The phrase with its brackets, or undefined.
 */
function bracketedAfterHead(scan: Scan, index: MentionIndex, j: number): Subject | undefined {
  const { words, text } = scan
  const open = words[j + 1]
  if (!open || open.sentence !== words[j]!.sentence || open.gap.trim() !== '(') return undefined
  for (let k = j + 1; k < words.length && k - j <= MAX_BRACKETED_WORDS; k++) {
    const word = words[k]!
    if (k > j + 1 && !joined(words, k)) return undefined
    if (word.number || isFunctionWord(word) || isVerb(word)) return undefined
    const gap = text.slice(word.end, words[k + 1]?.start ?? text.length)
    const close = gap.indexOf(')')
    if (close < 0 || gap.slice(0, close).trim() !== '') continue
    const mention = index.mentionAt[j + 1]
    const entity =
      mention?.first === j + 1 && mention.last === k && mention.kind !== 'person' ? mention : undefined
    const name = displayForm(text.slice(words[j]!.start, word.end + close + 1))
    const speaker = entity?.entity ? { name, entity: entity.entity } : { name }
    return { first: j, last: k, start: words[j]!.start, speaker, kind: entity?.kind ?? 'other' }
  }
  return undefined
}

/**
 * `مصدر في قيادة العمليات`، `مصادر من الوزارة`، `مصدر في الإيليزيه`: a preposition, then a body or a definite noun
 * with its adjectives, says where the source speaks from. The last word of that phrase, or undefined.
 */
function affiliation(scan: Scan, index: MentionIndex, k: number): number | undefined {
  const { words } = scan
  if (!joined(words, k) || !AFFILIATION.has(words[k]!.norm)) return undefined
  if (!joined(words, k + 1)) return undefined
  const body = index.mentionAt[k + 1]
  if (body)
    return body.kind !== 'person' && body.form !== 'nisba' && body.first === k + 1 ? body.last : undefined
  const word = words[k + 1]!
  if (
    !word.norm.startsWith('ال') ||
    word.number ||
    isFunctionWord(word) ||
    isVerb(word) ||
    isCalendarWord(word)
  )
    return undefined
  let last = k + 1
  while (joined(words, last + 1) && last - k < MAX_PHRASE_WORDS && isAdjectiveLike(words[last + 1]!.norm))
    last++
  return last
}

/** A word of no known class as a whole that reads as ب، ل or ك before a shorter word. */
function behindPreposition(word: Word): boolean {
  const first = word.norm[0]
  if ((first !== 'ب' && first !== 'ل' && first !== 'ك') || (word.bases[0]!.flags & WordFlag.Known) !== 0)
    return false
  // بلاغ (a communiqué) is no لاغ behind ب: a noun of sources the lists know whole.
  if (speakerNounSet.has(word.norm)) return false
  return word.bases.some((base) => base.cut > 0)
}

const INDEFINITE_ADJECTIVE = /(?:ي|ية|يه|ة|ون|ين|ان)$/
/** A word of a nisba's feminine shape, with no article: سورية is Syria and Syrian. */
const NISBA_SPELLING = /ي[ةه]$/

function isNameHead(word: string): boolean {
  return mediaHeadOpen.has(word) || organizationHeadSet.has(word)
}

/**
 * The subject before a verb, in subject-first order: `وكان بوتين قد أعلن`, `إلا أن مسؤولين بريطانيين أكدوا`. A plain
 * phrase counts only when its head is a noun of speakers (مسؤولون، مصادر، التقارير), so that `إشارات وُصفت` does not.
 */
export function subjectBefore(scan: Scan, index: MentionIndex, verb: number): Subject | undefined {
  const { words } = scan
  let k = verb - 1
  let qad = false
  if (k >= 0 && joined(words, verb) && (words[k]!.norm === 'قد' || words[k]!.norm === 'لقد'))
    [k, qad] = [k - 1, true]
  // وزير الصحة فلان، قد صرح أن: a named subject may stand apart from قد by a comma.
  const apart = qad && k >= 0 && commaGap(words[k + 1]!)
  if (k >= 0 && !qad && commaGap(words[verb]!))
    return (
      titledBetweenCommas(scan, index, k) ??
      namedBeforeComma(scan, index, verb, k) ??
      subjectBeforeAside(scan, index, verb)
    )
  if (k < 0 || (!joined(words, k + 1) && !apart)) return undefined
  const placed = !qad ? placedBody(scan, index, k) : undefined
  if (placed) return { ...placed, last: k }
  const mention = index.mentionAt[k]
  const role = index.roleAt[k]
  if (apart && !role && (!mention || mention.form === 'nisba')) return undefined
  let first: number
  if (role) first = role.first
  else if (mention && mention.form !== 'nisba') first = index.claimStart.get(mention) ?? mention.first
  else {
    first = k
    while (
      first > 0 &&
      k - first < MAX_BACKWARD_WORDS - 1 &&
      joined(words, first) &&
      isNounLike(words[first - 1]!)
    ) {
      first--
    }
    while (first <= k && !speakerNounSet.has(words[first]!.bases[0]!.base)) first++
    if (first > k) return undefined
  }
  // الوزير خليفة أشار: a title right before the name opens the clause in its stead; نائب وزير الدفاع ورئيس الأركان
  // قد أكد: so does a first title before a second joined to it by و, both held by the one who speaks.
  const title = first > 0 && joined(words, first) ? index.roleAt[first - 1] : undefined
  const coordinated =
    role && title?.last === first - 1 && words[first]!.norm[0] === 'و' && words[first]!.bases[1]?.cut === 1
  const opener = title && title.last === first - 1 && (mention || coordinated) ? title.first : first
  if (!opensClause(scan, opener)) return undefined
  let subject = phraseAt(scan, index, first)
  // المسؤول الكويتي الرفيع أعرب: definite words between the phrase and the verb are its adjectives.
  const described = subject?.kind === 'anonymous' || subject?.kind === 'unnamed' || subject?.kind === 'other'
  if (subject && described && subject.last < k && definiteRun(words, subject.last + 1, k)) {
    const name = displaySpan(scan, first, k, words[first]!.bases[0]!)
    subject = { ...subject, last: k, speaker: { ...subject.speaker, name } }
  }
  if (!subject || subject.last < k) return undefined
  if (opener === first) return { ...subject, last: k }
  const speaker =
    coordinated && !subject.speaker.entity
      ? { name: displaySpan(scan, opener, k, words[opener]!.bases[0]!) }
      : subject.speaker
  return { ...subject, first: opener, start: words[opener]!.start, last: k, speaker }
}

/**
 * دائرة الأوقاف في القدس قالت إن: a body or person set before its verb with the place it is in after في; `k` is the
 * place's last word.
 */
function placedBody(scan: Scan, index: MentionIndex, k: number): Subject | undefined {
  const { words } = scan
  const place = index.mentionAt[k]
  if (place?.kind !== 'location' || place.last !== k) return undefined
  const p = index.claimStart.get(place) ?? place.first
  if (p < 2 || words[p - 1]!.norm !== IN || !joined(words, p) || !joined(words, p - 1)) return undefined
  const subject = subjectBefore(scan, index, p - 1)
  return subject && (subject.kind === 'organization' || subject.kind === 'person') ? subject : undefined
}

/**
 * لكن المتحدثة باسم الوزارة، أغنيس فون دير مول، أكدت أن: a title opening its clause, then between commas the name of
 * who holds it, then the verb: that person is the subject. `k` is the word before the verb's comma.
 */
function titledBetweenCommas(scan: Scan, index: MentionIndex, k: number): Subject | undefined {
  const { words } = scan
  const mention = index.mentionAt[k]
  if (mention?.kind !== 'person' || mention.form === 'nisba' || mention.last !== k || !mention.entity)
    return undefined
  const first = index.claimStart.get(mention) ?? mention.first
  const role = first > 0 ? index.roleAt[first - 1] : undefined
  if (!role || role.last !== first - 1 || !commaGap(words[first]!) || !opensClause(scan, role.first))
    return undefined
  if (words[role.first]!.sentence !== words[k]!.sentence) return undefined
  const speaker = { name: mention.name, entity: mention.entity }
  return { first: role.first, last: k, start: words[role.first]!.start, speaker, kind: 'person' }
}

/**
 * رئيس الغرفة محمد العلي، اعتبر أن; العميد سامي الخطيب، مدير الدفاع المدني، أكد أن: a person opens the sentence (a
 * title joined before the name, a title in apposition between commas after it), then a comma and the verb, with no
 * و: that person is the subject. `k` is the word before the verb's comma.
 */
const MAX_APPOSITION_WORDS = 8
const MAX_TITLES = 3

function courtesyTitle(word: Word): boolean {
  return HONORIFICS.has(word.norm) || titleHead(word) !== undefined || isRoleWord(word)
}

function namedBeforeComma(scan: Scan, index: MentionIndex, verb: number, k: number): Subject | undefined {
  const { words } = scan
  const opening = words[verb]!
  if ((opening.norm[0] === 'و' || opening.norm[0] === 'ف') && opening.bases[1]?.cut === 1) return undefined
  let last = k
  if (index.mentionAt[k]?.kind !== 'person') {
    // The apposition: a title opening the words between the two commas (مدير الدفاع المدني بحلب).
    let a = k
    while (a > 0 && k - a < MAX_APPOSITION_WORDS && joined(words, a) && !isVerb(words[a]!)) a--
    if (!commaGap(words[a]!) || index.roleAt[a]?.first !== a || isVerb(words[a]!)) return undefined
    last = a - 1
  }
  const mention = index.mentionAt[last]
  if (mention?.kind !== 'person' || mention.form === 'nisba' || mention.last !== last || !mention.entity)
    return undefined
  const first = index.claimStart.get(mention) ?? mention.first
  // نائب رئيس الجامعة الدكتور NAME: the titles joined before the name, a courtesy title among them.
  let opener = first
  for (let titles = 0; opener > 0 && joined(words, opener) && titles < MAX_TITLES; titles++) {
    const role = index.roleAt[opener - 1]
    if (role && role.last === opener - 1) opener = role.first
    else if (courtesyTitle(words[opener - 1]!)) opener--
    else break
  }
  if (!opensClause(scan, opener) || words[opener]!.sentence !== opening.sentence) return undefined
  const speaker = { name: mention.name, entity: mention.entity }
  return { first: opener, last: k, start: words[opener]!.start, speaker, kind: 'person' }
}

/**
 * لكن السفير الهندي، الذي اتصلت به الوكالة، أشار إلى أن …؛ المدير، من جهته، أكد أن …؛ ترامب الذي وصل اليوم، شدد على
 * أن …: a phrase opening its clause, then an aside (a relative clause, or من جهته، بدوره between commas), then a
 * comma and the verb: the phrase is the verb's subject, not whoever spoke before. `verb` follows the aside's comma.
 */
function subjectBeforeAside(scan: Scan, index: MentionIndex, verb: number): Subject | undefined {
  const { words } = scan
  const opening = words[verb]!
  if ((opening.norm[0] === 'و' || opening.norm[0] === 'ف') && opening.bases[1]?.cut === 1) return undefined
  // The aside's first word: a relative pronoun, after a comma or joined to the phrase (ترامب الذي وصل …، شدد), or
  // after a comma من جهته، بدوره.
  let a = verb - 1
  for (; a > 0 && verb - a <= MAX_ASIDE_WORDS; a--) {
    const word = words[a]!
    if (word.sentence !== opening.sentence) return undefined
    if (RELATIVES.has(word.norm) && (joined(words, a) || commaGap(word))) break
    if (joined(words, a)) continue
    const side = word.norm === FROM && frontedSideSet.has(words[a + 1]?.norm ?? '')
    if (commaGap(word) && (side || BY_ITSELF.has(word.norm))) break
    return undefined
  }
  if (a <= 0 || verb - a > MAX_ASIDE_WORDS) return undefined
  // The phrase ends right before the aside and opens its clause.
  for (let first = a - 1; first >= 0 && a - first <= MAX_SUBJECT_WORDS; first--) {
    if (words[first]!.sentence !== opening.sentence) return undefined
    if (!opensClause(scan, first)) {
      if (!joined(words, first)) return undefined
      continue
    }
    const head = words[first]!
    const conjunction = (head.norm[0] === 'و' || head.norm[0] === 'ف') && head.bases[1]?.cut === 1 ? 1 : 0
    const subject = phraseAt(scan, index, first, conjunction)
    if (!subject || subject.last !== a - 1 || subject.kind === 'location') return undefined
    // والسفير الهندي: a title's phrase keeps its و; the speaker is named without it.
    const speaker =
      conjunction && !subject.speaker.entity
        ? { name: displaySpan(scan, first, subject.last, head.bases[1]!) }
        : subject.speaker
    return { ...subject, last: verb - 1, speaker }
  }
  return undefined
}

/** Words of the aside between the subject and its verb: الذي اتصلت به وكالة فرانس برس. */
const MAX_ASIDE_WORDS = 8
/** Words of the subject's phrase before the aside: مدير عام الدفاع المدني. */
const MAX_SUBJECT_WORDS = 6
const FROM = norm('من')
/** بدوره، بدورها، بدورهم: "in turn", an aside as من جهته is. */
const BY_ITSELF: ReadonlySet<string> = new Set(['بدوره', 'بدورها', 'بدورهم'].map(norm))

function definiteRun(words: readonly Word[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) {
    const word = words[m]!
    if (!word.norm.startsWith('ال') || isFunctionWord(word) || isVerb(word) || !joined(words, m)) return false
  }
  return true
}

function isNounLike(word: Word): boolean {
  return !word.number && !isFunctionWord(word) && !isVerb(word)
}

/** Word `first` starts a clause: at a sentence start, after punctuation, or after a particle such as أن or كان. */
function opensClause(scan: Scan, first: number): boolean {
  const { words } = scan
  if (first === 0 || !joined(words, first)) return true
  const before = words[first - 1]!
  return CLAUSE_OPENERS.has(before.norm)
}

const MAX_RELATIVE_WORDS = 12

/**
 * The one a relative pronoun right before the verb stands for (`… الأستاذة NAME التي أكدت أن`، `السفير NAME، الذي
 * أكد في كلمته أن`): a person, body or outlet named right before the pronoun, or before the comma ahead of it. The
 * verb inside the relative clause has it for subject.
 */
export function antecedentOfRelative(scan: Scan, index: MentionIndex, verb: number): Subject | undefined {
  const { words } = scan
  const relative = verb - 1
  if (relative < 1 || !joined(words, verb) || !RELATIVES.has(words[relative]!.norm)) return undefined
  if (!joined(words, relative) && !commaGap(words[relative]!)) return undefined
  const last = relative - 1
  const mention = index.mentionAt[last]
  if (!mention?.entity || mention.last !== last || mention.form === 'nisba' || mention.kind === 'location')
    return undefined
  if (words[last]!.sentence !== words[verb]!.sentence) return undefined
  const first = index.claimStart.get(mention) ?? mention.first
  const speaker = { name: mention.name, entity: mention.entity }
  return { first, last, start: words[first]!.start, speaker, kind: mention.kind }
}

/**
 * The subject that opens the verb's clause before a relative clause: `والمعطيات التي تتوفر عليها الجريدة تؤكد أن`.
 * The words between are the relative clause, so the verb's subject is the phrase, not whoever spoke before.
 */
export function subjectBeforeRelative(scan: Scan, index: MentionIndex, verb: number): Subject | undefined {
  const { words } = scan
  let first = verb
  while (first > 0 && verb - first < MAX_RELATIVE_WORDS && joined(words, first)) first--
  if (first === verb || joined(words, first)) return undefined
  const head = words[first]!
  const conjunction = (head.norm[0] === 'و' || head.norm[0] === 'ف') && head.bases[1]?.cut === 1 ? 1 : 0
  const phrase = phraseAt(scan, index, first, conjunction)
  if (!phrase || phrase.last >= verb - 1) return undefined
  const relative = words[phrase.last + 1]!
  return RELATIVES.has(relative.norm) || RELATIVES.has(relative.bases[1]?.base ?? '') ? phrase : undefined
}

/**
 * A statement speaks for whoever issued it (`وأضاف البيان`، `وقال بيان التضخم في البنك المركزي`): the subject as
 * its issuer. Where a statement is cited (`بحسب بيان`) the statement itself is the source, so only verbs ask this.
 */
export function issuerOf(index: MentionIndex, subject: Subject): Subject {
  if (subject.kind !== 'other') return subject
  const issuer = index.statementOf.get(subject.first)
  if (!issuer?.entity) return subject
  return { ...subject, speaker: { name: issuer.name, entity: issuer.entity }, kind: issuer.kind }
}
