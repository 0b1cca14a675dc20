import { entityId } from '../extract/entities.ts'
import { cities } from '../lang/ar/cities.ts'
import { compoundHeadSet, norm } from '../lang/ar/compiled.ts'
import { countries } from '../lang/ar/countries.ts'
import { quantityCues } from '../lang/ar/quantities.ts'
import type { Article } from '../model/article.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'
import { articleTime, extractionOf } from '../similarity/extraction-view.ts'
import { BINS, type Fingerprint, fingerprint } from '../similarity/fingerprint.ts'
import type { TermTable } from '../similarity/term-table.ts'
import { editionMarks } from './edition-marks.ts'
import { eventKinds } from './event-kinds.ts'
import { matchResults, NO_RESULTS } from './match-results.ts'
import { tellsRunningCount } from './running-count.ts'
import type { SignalSlabs } from './slab.ts'
import { leadTimeWords, PUBLISHED_DAYS_BEFORE, TEXT_DATE_DAYS_BEFORE, withDayOf } from './time-words.ts'

/** What clustering knows of one article: a weighted bag of terms, a near-duplicate fingerprint and a time. */
export interface ArticleSignals {
  /** Term ids, each once, ascending. */
  terms: Int32Array
  /** Sublinear, zone-weighted term frequencies, parallel to `terms`. */
  weights: Float64Array
  print: Fingerprint
  /** Event time in milliseconds, or null. */
  time: number | null
  /**
   * Who the event is about, as named in the first sentence: the family names of its people (light stems, as in
   * `terms`) and the entity terms of its states (`@location:…`, as in `terms`).
   */
  participants: Int32Array
  /**
   * The people the first sentence names by a given name and a family name, as pairs of terms (family, given): two
   * people of one family (سمير حداد، كريم حداد) are two participants, not one.
   */
  namesakes: Int32Array
  /**
   * The same people as pairs of terms (family, spelling): the spelling is the given name and the family name as their
   * consonants read (`spellingOf`), one for دونالد ترامب and دونالد ترمب, for بيب غوارديولا and بيب جوارديولا.
   */
  spellings: Int32Array
  /** The content terms of the title and the lead sentences, each once, ascending: what the event is. */
  lead: Int32Array
  /** The numbers among `lead`, ascending. */
  leadNumbers: Int32Array
  /** The entity terms of the cities the first sentence names: where the event took place (أنقرة or القاهرة). */
  places: Int32Array
  /** The weekdays and months the lead dates its news by (`leadTimeWords`). */
  timeWords: number
  /** The edition, round or year of its event that the title and lead name (`editionMarks`). */
  editions: Int32Array
  /** The results of a match that the title and lead state (`matchResults`). */
  results: Int32Array
  /**
   * The first city the first sentence names after إلى (`وصل … إلى أنقرة`، `إلى العاصمة التركية أنقرة`), where a visit
   * goes; −1 for none.
   */
  destination: number
  /** The step of a process its title and lead tell (`eventKinds`): a rate's cut or hold, a result or the oath. */
  kinds: number
  /**
   * The lead tells a count still running (`tellsRunningCount`): a later day of an event already told, whose numbers and
   * weekday are the update's, not another event's. Its numbers are left out of `leadNumbers`.
   */
  running: boolean
}

// News puts the event in the title and the first sentences (the inverted pyramid), so they weigh more.
const TITLE_WEIGHT = 3
const LEAD_WEIGHT = 2
const LEAD_SENTENCES = 2
/** Words read per article: the lead and the body's first paragraphs say what the event is; the tail adds background. */
const MAX_WORDS = 400
/** Weight of an entity's id beside the words of its name: it adds coreference (الرئيس الروسي → بوتين), not emphasis. */
const ENTITY_WEIGHT = 1
/**
 * States are participants like people: the opponent of a match, the other party of a talk or a deal (المغرب and
 * إسبانيا, then المغرب and البرتغال). Outlets name a state in one of a few gazetteer forms that resolve to one id, so
 * its absence means more than a city's or an organisation's, which outlets name in too many ways. Regions (الشرق
 * الأوسط) are not states: a lead may or may not name them.
 */
const STATES: ReadonlySet<string> = new Set(countries.map((country) => entityId('location', country.name)))
/** إلى right before a name, or before two words of a capital's description (`إلى العاصمة التركية`). */
const TOWARDS = /(?<!\p{L})(?:إلى|الى)\s+(?:\p{L}+\s+){0,2}$/u
const CITIES: ReadonlySet<string> = new Set(cities.map((city) => entityId('location', city.name)))
/**
 * A credit or dateline heading the first paragraph (`القاهرة - `، `متابعات-NAME-`، `دبي، الإمارات (CNN) -- `، `NAME| `):
 * up to five words without digits before a dash or a bar, twice at most. It names where the report was written or who
 * wrote it, not who took part: a state or city in it is no lead participant.
 */
const LEAD_CREDIT =
  /^(?:[^\s\d\-–—|،,]+(?:[\s،,]+[^\s\d\-–—|،,]+){0,4}\s*(?:\([^()\n]{1,20}\)\s*)?(?:-{1,2}|–|—|\|)\s*){1,2}/u

/**
 * Analyses an article into its clustering signals, interning terms in `table`; the arrays come from `slabs` when
 * given (an index keeps them as long as the article).
 */
export function articleSignals(article: Article, table: TermTable, slabs?: SignalSlabs): ArticleSignals {
  const counts = new Map<number, number>()
  const hashes: number[] = []
  // States named in the words (إسبانيا، المنتخب المغربي): whether one is named so in the first sentence.
  const nisbas = new Map<number, boolean>()
  const leadTerms = new Set<number>()
  const numbers = new Set<number>()
  // Whether the text `add` read last holds a word of a match's result.
  let resultWords = false
  const add = (text: string, weight: number, shingle: boolean, lead = false): number => {
    let words = 0
    for (const token of tokenize(text)) {
      const info = table.word(token)
      if (info.state >= 0) nisbas.set(info.state, lead || nisbas.get(info.state) === true)
      if (token.kind === 'number') {
        const share = percentage(text, token)
        if (share !== null) {
          const term = table.intern(share)
          nisbas.set(term, lead || nisbas.get(term) === true)
        }
      }
      if (info.result) resultWords = true
      if (shingle) hashes.push(info.hash)
      if (info.content) counts.set(info.term, (counts.get(info.term) ?? 0) + weight)
      if (info.content && weight > 1) leadTerms.add(info.term)
      if (token.kind === 'number' && weight > 1) numbers.add(info.term)
      words++
    }
    return words
  }

  const paragraphs = article.sentences.filter((s) => article.blocks[s.block]?.kind !== 'heading')
  const firstEnd = paragraphs[0]?.end ?? 0
  const leadEnd = paragraphs[LEAD_SENTENCES - 1]?.end ?? firstEnd
  if (article.title) add(article.title, TITLE_WEIGHT, false)
  // Whether the title or a lead sentence holds a word of a result: only then is the lead read for scores.
  let leadResult = resultWords
  // Sentences cover the headings and paragraphs only: page clutter is no signal. The raw text stands in only for an
  // article given without structure.
  if (article.blocks.length === 0) add(article.text.slice(0, MAX_WORDS * 8), 1, true)
  let read = 0
  let readEnd = 0
  let leadText = article.title ?? ''
  for (const sentence of paragraphs) {
    if (sentence.end > leadEnd) break
    leadText += `\n${sentence.text}`
  }
  const first = paragraphs[0]
  // The first paragraph's credit or dateline, [creditStart, creditEnd) of the text: no participant is read in it.
  const credit = first === undefined ? 0 : (LEAD_CREDIT.exec(first.text)?.[0].length ?? 0)
  const creditStart = first?.start ?? 0
  const creditEnd = creditStart + credit
  const inLead = (start: number) => start < firstEnd && (start < creditStart || start >= creditEnd)
  for (let i = 0; i < article.sentences.length && read < MAX_WORDS; i++) {
    const sentence = article.sentences[i]!
    const heading = article.blocks[sentence.block]?.kind === 'heading'
    const lead = sentence.end <= firstEnd
    const weight = i < LEAD_SENTENCES && !heading ? LEAD_WEIGHT : 1
    resultWords = false
    if (sentence === first && credit > 0) {
      read += add(sentence.text.slice(0, credit), weight, true)
      read += add(sentence.text.slice(credit), weight, true, lead)
    } else read += add(sentence.text, weight, true, lead)
    if (resultWords && !heading && sentence.end <= leadEnd) leadResult = true
    readEnd = sentence.end
  }

  const extraction = extractionOf(article)
  const time = articleTime(article, extraction)
  const participants = new Set<number>()
  const places = new Set<number>()
  const namesakes: number[] = []
  const spellings: number[] = []
  // The first city the first sentence names after إلى: a report recalls the other visit later in the sentence.
  let destination = -1
  let destinationAt = firstEnd
  for (const entity of extraction.entities) {
    const term = table.intern(`@${entity.id}`)
    counts.set(term, (counts.get(term) ?? 0) + ENTITY_WEIGHT)
    const family = entity.kind === 'person' ? familyName(entity.name) : null
    // A compound written apart (عبد اللهيان) also counts as written joined (عبداللهيان), as other outlets write it.
    if (family?.joined) {
      const joined = table.word(family.word).term
      if (!counts.has(joined)) counts.set(joined, ENTITY_WEIGHT)
    }
    if (!entity.mentions?.some((mention) => inLead(mention.start))) continue
    if (STATES.has(entity.id)) participants.add(term)
    if (CITIES.has(entity.id)) {
      places.add(term)
      for (const mention of entity.mentions)
        if (
          mention.start < destinationAt &&
          TOWARDS.test(article.text.slice(Math.max(0, mention.start - 40), mention.start))
        ) {
          destination = term
          destinationAt = mention.start
        }
    }
    if (family !== null) {
      const familyTerm = table.word(family.word).term
      participants.add(familyTerm)
      const given = givenName(family.words, family.word.start)
      if (given !== null) {
        const givenTerm = table.word(given).term
        namesakes.push(familyTerm, givenTerm)
        spellings.push(
          familyTerm,
          table.intern(`~${spellingOf(table.name(givenTerm))}~${spellingOf(table.name(familyTerm))}`),
        )
      }
    }
  }

  for (const [term, lead] of nisbas) {
    if (!counts.has(term)) counts.set(term, ENTITY_WEIGHT)
    if (lead) participants.add(term)
  }

  const terms = slabs?.ints.take(counts.size) ?? new Int32Array(counts.size)
  let at = 0
  for (const term of counts.keys()) terms[at++] = term
  terms.sort()
  const weights = slabs?.floats.take(terms.length) ?? new Float64Array(terms.length)
  for (let i = 0; i < terms.length; i++) weights[i] = 1 + Math.log(counts.get(terms[i]!)!)
  const people = slabs?.ints.take(participants.size) ?? new Int32Array(participants.size)
  at = 0
  for (const term of participants) people[at++] = term
  const towns = slabs?.ints.take(places.size) ?? new Int32Array(places.size)
  at = 0
  for (const term of places) towns[at++] = term
  const lead = slabs?.ints.take(leadTerms.size) ?? new Int32Array(leadTerms.size)
  at = 0
  for (const term of leadTerms) lead[at++] = term
  lead.sort()
  const running = tellsRunningCount(leadText)
  if (running) numbers.clear()
  const leadNumbers = slabs?.ints.take(numbers.size) ?? new Int32Array(numbers.size)
  at = 0
  for (const term of numbers) leadNumbers[at++] = term
  leadNumbers.sort()
  return {
    lead,
    leadNumbers,
    terms,
    weights,
    print: fingerprint(hashes, slabs?.bins.take(BINS)),
    time,
    participants: people,
    namesakes: namesakes.length === 0 ? NO_NAMESAKES : Int32Array.from(namesakes),
    spellings: spellings.length === 0 ? NO_NAMESAKES : Int32Array.from(spellings),
    places: towns,
    timeWords: withDayOf(
      leadTimeWords(extraction.dates, leadEnd),
      time,
      // `articleTime` reads no text date when a publication date is given.
      article.publishedAt !== undefined ? PUBLISHED_DAYS_BEFORE : TEXT_DATE_DAYS_BEFORE,
    ),
    editions: editionMarks(leadText),
    // A lead past the words read (long headings above it) is read for scores whatever its words.
    results:
      leadResult || readEnd < leadEnd
        ? leadResults(article, paragraphs, leadEnd, leadText, table)
        : NO_RESULTS,
    destination,
    kinds: eventKinds(leadText),
    running,
  }
}

/**
 * The results of a match the lead states (`matchResults`). The match a lead reports is between the sides its title and
 * first sentence name; when they name two states or more (a national side and its opponent), a later lead sentence
 * naming another state tells of another match (`وفاز المنتخب في مباراته الأولى على منتخب ثالث`), and its result is not
 * this one's. A club's match names one state or none there, and its lead is read whole.
 */
function leadResults(
  article: Article,
  paragraphs: readonly Article['sentences'][number][],
  leadEnd: number,
  leadText: string,
  table: TermTable,
): Int32Array {
  const results = matchResults(leadText)
  if (results.length === 0 || (paragraphs[1]?.end ?? Infinity) > leadEnd) return results
  const head = `${article.title ?? ''}\n${paragraphs[0]?.text ?? ''}`
  const named = statesIn(head, table)
  if (named.size < 2) return results
  let text = head
  for (const sentence of paragraphs.slice(1)) {
    if (sentence.end > leadEnd) break
    if ([...statesIn(sentence.text, table)].every((state) => named.has(state))) text += `\n${sentence.text}`
  }
  return text.length === leadText.length ? results : matchResults(text)
}

/** The entity terms of the states a text names, by name or nisba (`TermTable.word`). */
function statesIn(text: string, table: TermTable): Set<number> {
  const states = new Set<number>()
  for (const token of tokenize(text)) {
    const state = table.word(token).state
    if (state >= 0) states.add(state)
  }
  return states
}

const PERCENT_AFTER = /^\s*(?:%|٪|بالمئة|بالمائة|في المئة|في المائة)/

/**
 * A percentage the text states (48.5%، 48,5 في المئة), as a slot term of its value rounded to the unit (`%49`): a
 * vote share, a rate, a turnout is what tells one result from another of the same actors (the same election's first
 * round and its runoff, one election and the next), and outlets round it differently (48.52, 48.5) but not to
 * another unit. Null for any other number.
 */
function percentage(text: string, token: Token): string | null {
  if (!PERCENT_AFTER.test(text.slice(token.end, token.end + 12))) return null
  if (countedSoFar(text, token)) return null
  const value = Number.parseFloat(
    token.text
      .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
      .replace(/[,٫]/g, '.')
      .replace(/٬/g, ''),
  )
  return Number.isFinite(value) ? `%${Math.round(value)}` : null
}

/** Words of a count's progress (بعد فرز 20% من الأصوات), from the quantity cues that `compare` never compares either. */
const PROGRESS_WORDS: ReadonlySet<string> = new Set(
  quantityCues.filter((cue) => cue.progress).flatMap((cue) => cue.words.map(norm)),
)
const WORD_BEFORE = /(\p{L}+)\s*$/u

/**
 * A percentage of how much of a count is done (`بعد فرز 20%`, against another outlet's `بعد فرز 22%` an hour later):
 * it grows by the hour and tells one result from another no more than the clock does, so it is no participant.
 */
function countedSoFar(text: string, token: Token): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, token.start - 24), token.start))
  return before !== null && PROGRESS_WORDS.has(norm(before[1]!))
}

const NO_NAMESAKES = new Int32Array(0)

/**
 * A name as its consonants read: outlets write a foreign name's vowels as long letters or leave them out (ترامب /
 * ترمب، زيلينسكي / زيلنسكي), so the inner alif, waw and ya are dropped, the first and last letters kept; and they
 * write its g and zh with the letter of their own speech (غوارديولا / جوارديولا، غوغل / قوقل، بريجنيف / بريزنيف), so those
 * letters are one (`FOREIGN_LETTER_FOLD`).
 */
export function spellingOf(word: string): string {
  const folded = norm(word).replace(FOREIGN_LETTERS, (letter) => FOREIGN_LETTER_FOLD[letter]!)
  if (folded.length <= 2) return folded
  return folded[0] + folded.slice(1, -1).replace(/[اوي]/g, '') + folded.at(-1)
}

/** The letters Arabic news writes a foreign g or zh with (g: غ ج ق گ ڨ; zh: ج ز ژ), v (ڤ, ف) and p (پ, ب). */
const FOREIGN_LETTER_FOLD: Readonly<Record<string, string>> = {
  غ: 'ج',
  ق: 'ج',
  ز: 'ج',
  ژ: 'ج',
  گ: 'ج',
  ڨ: 'ج',
  ڤ: 'ف',
  پ: 'ب',
}
const FOREIGN_LETTERS = /[غقزژگڨڤپ]/g

/**
 * The first word of a person's name of two words or more, joined to the word after it when it heads a compound
 * written apart (عبد الفتاح → عبدالفتاح): null when the name is its family name alone, or the given name is the
 * family name's compound head.
 */
function givenName(words: readonly Token[], familyStart: number): Token | null {
  const first = words[0]
  if (first === undefined || first.start >= familyStart) return null
  const next = words[1]
  if (compoundHeadSet.has(norm(first.text)) && next !== undefined && next.start < familyStart)
    return { ...next, text: first.text + next.text, start: first.start }
  return first
}

/**
 * The last word of a person's name, joined to the head of a compound written apart before it (عبد اللهيان →
 * عبداللهيان, `joined`): outlets agree on it more than on full names and ids, and write a compound apart or joined.
 */
function familyName(name: string): { word: Token; joined: boolean; words: Token[] } | null {
  const words = tokenize(name)
  const last = words.at(-1)
  if (last === undefined) return null
  const head = words.at(-2)
  if (head === undefined || !compoundHeadSet.has(norm(head.text))) return { word: last, joined: false, words }
  return { word: { ...last, text: head.text + last.text, start: head.start }, joined: true, words }
}
