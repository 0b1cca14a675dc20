import { complementizerSet, norm } from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import { displaySpan, type Found, joined, type Scan, unquotedSpan } from './scan.ts'
import { phraseAt, type Subject } from './subjects.ts'
import { isFunctionWord, isGivenName, isVerb, looksVerbal, reportingVerb } from './word-classes.ts'
import type { Word } from './words.ts'

/** A speaker set before a colon at the start of a clause, and where what they said begins. */
export interface ColonReport {
  subject: Subject
  /** First word of what was said; `clause` when it opens with إن/أن. */
  at: number
  clause: boolean
}

const MAX_REMARK_WORDS = 8

/**
 * The layout of headlines and leads without a verb: `NAME: "…"`, `NAME: …`, and with a remark between a comma and the
 * colon, `NAME، في المؤتمر الصحفي اليومي: إن …`. Only a person, a body or an outlet speaks so; a place before a colon
 * is a dateline (الرياض: …).
 */
export function colonReport(scan: Scan, index: MentionIndex, v: number): ColonReport | undefined {
  const { words } = scan
  const word = words[v]!
  // A date line or byline above shares the first sentence's number, not its block.
  const before = v > 0 ? words[v - 1] : undefined
  if (before && before.sentence === word.sentence && before.block === word.block) return undefined
  // Every report below ends at a colon in the sentence, or, in the headline alone, at a quote mark: most sentences
  // have neither, and their first words need no phrase.
  if (word.block > scan.headline && !colonAhead(words, v, scan.sentenceEnd[word.sentence]!)) return undefined
  const phrase = phraseAt(scan, index, v) ?? namedBeforeColon(scan, index, v)
  if (!phrase || phrase.kind === 'location') return undefined
  // وزير الصحة اللبناني: …: a title speaks for whoever holds it, named or not yet.
  const title = index.roleAt[v]?.first === v
  const subject = phrase.speaker.entity
    ? phrase
    : (headlineShortForm(scan, index, phrase) ??
      (title ? titledShortForm(scan, index, phrase) : undefined) ??
      phrase)
  if (!title && (!subject.speaker.entity || subject.kind === 'other') && !unknownNameQuoting(scan, subject))
    return undefined
  if (creditBeforeLead(scan, subject)) return undefined
  // سامي خليل لوزير الصحة "…": a headline's speaker, whom the words were for, then the quote, with no colon.
  const quoted = quoteAfterAddressee(scan, subject.last + 1)
  if (quoted !== undefined) return { subject, at: quoted, clause: false }
  let k = addresseeAfter(scan, subject.last + 1)
  if (!words[k] || words[k]!.sentence !== word.sentence) return undefined
  // رئيس وزراء ليبيا: …: a title's words the recognisers did not reach run on to the colon.
  if (title && !words[k]!.gap.includes(':')) k = titleWordsBeforeColon(scan, k) ?? k
  // سامي الحداد مدرب نادي الشباب: …: a person's title in apposition, with no comma, runs on to the colon.
  if (subject.kind === 'person' && k === subject.last + 1 && !words[k]!.gap.includes(':'))
    k = apposedTitleBeforeColon(scan, index, k) ?? k
  if (!words[k]!.gap.includes(':')) {
    // وعن الفريق، قال: …: a verb of saying between the comma and the colon reports the words itself.
    if (!/[،,]/.test(words[k]!.gap) || reportingVerb(words[k]!)) return undefined
    const end = Math.min(words.length, k + MAX_REMARK_WORDS)
    for (k++; k < end && !words[k]!.gap.includes(':'); k++) {
      const remark = words[k]!
      if (remark.sentence !== word.sentence || remark.breakBefore || isVerb(remark) || reportingVerb(remark))
        return undefined
    }
    if (k === end) return undefined
  }
  // رئيس التحرير: NAME, a masthead: a title before a name alone names who holds it.
  if (title && nameAlone(scan, index, k)) return undefined
  const clause = complementizerSet.has(words[k]!.norm) && words[k + 1]?.sentence === word.sentence
  return { subject, at: clause ? k + 1 : k, clause }
}

/**
 * A colon in the gap of a word after `v` up to `end`, the first word of the next sentence: the remark before a colon
 * ends at the first gap that holds one, wherever its sentence starts.
 */
function colonAhead(words: readonly Word[], v: number, end: number): boolean {
  const last = Math.min(end, words.length - 1)
  for (let k = v + 1; k <= last; k++) {
    const gap = words[k]!.gap
    if (gap !== ' ' && gap.includes(':')) return true
  }
  return false
}

/**
 * `العموم نيوز: انطلقت أمس الدورة …`: an outlet before a colon opening a paragraph is the lead's credit, as a place
 * there is its dateline; the article's own words follow. A headline, or a text's line of one sentence, is no lead:
 * there an outlet may speak (`رويترز: …`).
 */
function creditBeforeLead(scan: Scan, subject: Subject): boolean {
  const { words } = scan
  const first = words[subject.first]!
  if (subject.kind !== 'media') return false
  if (subject.first > 0 && words[subject.first - 1]!.block === first.block) return false
  if (scan.headline >= 0 && first.block !== scan.headline) return true
  let last = subject.last
  while (words[last + 1]?.block === first.block) last++
  return words[last]!.sentence !== first.sentence
}

/**
 * `معين الشعباني:" …"`: two or three words the lists do not know, none with the article first, then a colon and a
 * quote mark, and the same words again later in the article (the story names its speaker): a name quoting its
 * bearer, as headlines write it.
 */
function unknownNameQuoting(scan: Scan, subject: Subject): boolean {
  const { words } = scan
  const k = subject.last + 1
  const count = subject.last - subject.first + 1
  if (subject.kind !== 'other' || count < 2 || count > 3 || !words[k]?.gap.includes(':')) return false
  if (!scan.quoteOpeningAt.has(k) || words[subject.first]!.norm.startsWith('ال')) return false
  for (let m = subject.first; m <= subject.last; m++) {
    const word = words[m]!
    if (word.number || isFunctionWord(word) || isVerb(word)) return false
  }
  const name = scan.text.slice(words[subject.first]!.start, words[subject.last]!.end)
  return scan.text.includes(name, words[k]!.end)
}

/**
 * `عطية: …`، `«الداخلية»: …`، `جراهام: …`: a headline names its speaker by the last words of a name the article gives
 * in full (سجيع عطية، وزارة الداخلية), or by a person's first name. The one person, body or outlet whose name so ends
 * (or, for a person, so begins) speaks. `first` is where the short form starts, the phrase's first word unless a
 * title stands before it.
 */
function headlineShortForm(
  scan: Scan,
  index: MentionIndex,
  phrase: Subject,
  first = phrase.first,
): Subject | undefined {
  const { words } = scan
  if (scan.headline < 0 || words[phrase.first]!.block !== scan.headline) return undefined
  const short = norm(unquotedSpan(scan, first, phrase.last, words[first]!.bases[0]!))
  if (short.length < 3) return undefined
  let owner: Found | undefined
  // A name of several words stands at each of them: its spelling is folded once.
  let previous: Found | undefined
  for (const found of index.mentionAt) {
    if (found === previous) continue
    previous = found
    if (!found?.entity || found === owner || found.kind === 'location' || found.form === 'nisba') continue
    const name = norm(found.name)
    const whole = name === short && found.kind !== 'person'
    if (!whole && !name.endsWith(` ${short}`) && !(found.kind === 'person' && name.startsWith(`${short} `)))
      continue
    if (owner && owner.entity !== found.entity) return undefined
    owner = found
  }
  if (!owner?.entity) return undefined
  return { ...phrase, speaker: { name: owner.name, entity: owner.entity }, kind: owner.kind }
}

/**
 * `مدرب النسور تيتا: …`: a title the recognisers tie to no one, then one word right before the colon, the short form
 * of the name of the one person the article names so in full.
 */
function titledShortForm(scan: Scan, index: MentionIndex, phrase: Subject): Subject | undefined {
  const { words } = scan
  const name = phrase.last + 1
  const after = words[name + 1]
  if (!words[name] || !after?.gap.includes(':') || after.sentence !== words[name]!.sentence) return undefined
  if (words[name]!.gap.includes(':') || words[name]!.number || isFunctionWord(words[name]!)) return undefined
  const holder = headlineShortForm(scan, index, { ...phrase, last: name }, name)
  return holder?.kind === 'person' ? holder : undefined
}

const MAX_TITLE_WORDS = 3

/**
 * `فتح: …` in the headline, where the body says `حركة فتح`: a body's name that also spells a verb is no phrase,
 * but as one word right before the colon it names the body the article names.
 */
function namedBeforeColon(scan: Scan, index: MentionIndex, v: number): Subject | undefined {
  const { words } = scan
  if (scan.headline < 0 || words[v]!.block !== scan.headline || !words[v + 1]?.gap.includes(':'))
    return undefined
  const name = displaySpan(scan, v, v, words[v]!.bases[0]!)
  const word: Subject = { first: v, last: v, start: words[v]!.start, speaker: { name }, kind: 'other' }
  const named = headlineShortForm(scan, index, word)
  return named && named.kind !== 'person' ? named : undefined
}

/** The word after a colon that ends one to three nouns from `k` on, in `k`'s sentence and block, or undefined. */
function titleWordsBeforeColon(scan: Scan, k: number): number | undefined {
  const { words } = scan
  for (let m = k; m < words.length && m - k <= MAX_TITLE_WORDS; m++) {
    const word = words[m]!
    if (m > k && word.gap.includes(':')) return word.sentence === words[k]!.sentence ? m : undefined
    if (!joined(words, m) || word.number || isVerb(word) || isFunctionWord(word)) return undefined
    // رئيس النادي يمد يده للسلطات: a present verb the lists lack ends the title.
    if ((word.norm[0] === 'ي' || looksVerbal(word)) && !isGivenName(word)) return undefined
  }
  return undefined
}

/**
 * The word after a colon that ends a title starting at `k`, right after a name with no comma (`NAME مدرب نادي
 * الشباب: …`), past whom the words were said to (`NAME وزير الصحة لـ«…»: …`), or undefined.
 */
function apposedTitleBeforeColon(scan: Scan, index: MentionIndex, k: number): number | undefined {
  const { words } = scan
  const role = index.roleAt[k]
  if (role?.first !== k || role.person || !joined(words, k)) return undefined
  const after = addresseeAfter(scan, role.last + 1)
  if (words[after]?.gap.includes(':'))
    return words[after]!.sentence === words[k]!.sentence ? after : undefined
  return titleWordsBeforeColon(scan, after)
}

const MAX_ADDRESSEE_WORDS = 5

/**
 * Past whom the words were said to or where (`وزير الصحة لـ"المنار": …`، `مستشارة برلمانية لوزير الداخلية: …`،
 * `وزير الصحة من بعبدا: …`، `وزير الصحة في حوار لـ«…»: …`): a short phrase in ل، من or في right before the colon, a
 * name in quote marks counting as one word. Returns the word after it, or `k`.
 */
function addresseeAfter(scan: Scan, k: number): number {
  const { words } = scan
  const first = words[k]
  if (!first || first.gap.includes(':') || (first.breakBefore && !OPENING_MARK.test(first.gap))) return k
  if (first.norm[0] !== 'ل' && first.norm !== 'من' && first.norm !== 'في') return k
  const sentence = first.sentence
  for (let m = k + 1, count = 1; m < words.length && count <= MAX_ADDRESSEE_WORDS; m++) {
    const word = words[m]!
    if (word.sentence !== sentence || isVerb(word)) return k
    if (word.gap.includes(':')) return m
    if (!scan.quoted[m] || scan.quoteOpeningAt.has(m)) count++
  }
  return k
}

/**
 * In the headline, a short phrase in ل right after the speaker (`لوزير الصحة`) and then a quote mark: the quote's
 * first word, or undefined.
 */
function quoteAfterAddressee(scan: Scan, k: number): number | undefined {
  const { words } = scan
  const first = words[k]
  if (!first || first.block !== scan.headline || first.norm[0] !== 'ل' || !joined(words, k)) return undefined
  for (let m = k + 1; m < words.length && m - k <= MAX_ADDRESSEE_WORDS; m++) {
    const word = words[m]!
    if (word.block !== first.block || isVerb(word) || word.gap.includes(':')) return undefined
    // وزير الصحة لـ"المنار": …: a quoted name before a colon (at the line's end too) is whom the words were for.
    if (scan.quoteOpeningAt.has(m)) return colonAfterQuote(scan, m) ? undefined : m
    if (!joined(words, m)) return undefined
  }
  return undefined
}

/** The quote opening at word `first` closes right before a colon. */
function colonAfterQuote(scan: Scan, first: number): boolean {
  const quote = scan.quoteOpeningAt.get(first)
  for (let k = first; k < scan.words.length && k - first <= MAX_ADDRESSEE_WORDS; k++) {
    if (scan.quoteClosingAt.get(k) === quote) return scan.words[k + 1]?.gap.includes(':') ?? false
  }
  return false
}

const OPENING_MARK = /^\s*[«"“'’‘]\s*$/

function nameAlone(scan: Scan, index: MentionIndex, k: number): boolean {
  const named = index.mentionAt[k]
  const titled = index.roleAt[k]
  const last =
    named?.kind === 'person' && named.first === k ? named.last : titled?.first === k && titled.person?.last
  if (!last) return false
  const after = scan.words[last + 1]
  return !after || after.sentence !== scan.words[k]!.sentence
}
