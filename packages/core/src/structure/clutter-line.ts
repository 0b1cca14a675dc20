import {
  adMarkers,
  boilerplateMarkers,
  bylineOpeners,
  bylineTails,
  captionOpeners,
  clutterWords,
  counterWords,
  coversAll,
  datelineOpeners,
  dateWords,
  dualTimeUnits,
  embedMarkers,
  followChannels,
  followVerbs,
  homePageNames,
  isNumberWord,
  mastheadTitles,
  mastheadTitleTexts,
  matchPhraseAt,
  nameOpeners,
  navigationHeaders,
  paginationWords,
  photoCredits,
  platformNames,
  readAlsoVerbs,
  sectionNames,
  shareLineConnectors,
  shareOpeners,
  shareWords,
  textParts,
} from '../lang/ar/clutter-markers.ts'
import {
  lineContinuingWordSet,
  paragraphOpenerSet,
  stopwordSet as stopwords,
} from '../lang/ar/compiled-analysis.ts'
import type { BlockKind } from '../model/article.ts'
import { isArabicLetter, isLatinLetter } from '../normalize/arabic-letters.ts'
import { COMMA, isClosingMark, isSentenceTerminator } from '../segment/marks.ts'
import { hasMarkup, stripMarkup } from '../segment/markup.ts'
import type { Span } from '../segment/span.ts'

export type ClutterKind = Exclude<BlockKind, 'heading' | 'paragraph'>

// Clutter lines are short: a longer line is body text, whatever words it starts with.
export const MAX_CLUTTER_CHARS = 400
export const MAX_CLUTTER_WORDS = 40
// A title in a list of links, a tag, a menu item.
const MAX_LINK_WORDS = 16
const MAX_LINK_CHARS = 160
// A headline after a verb of reading is a link whatever its length.
const MAX_HEADLINE_WORDS = 24
const FULL_STOP = /[^.]\.[\s»”"')]*$/

/** One line as the rules see it: without its markdown, its words folded, its shape. */
export interface LineShape {
  plain: string
  words: string[]
  /** Offset in `plain` just after each word. */
  ends: number[]
  /** Ends with . ! ? ؟ … (closing quotes and brackets after it allowed). */
  endsSentence: boolean
  endsColon: boolean
  bulleted: boolean
  /** A markdown link or image and nothing else. */
  linkOnly: boolean
  image: boolean
  quoted: boolean
  /** Marked up as a heading or title (`**…**`, `## …`): a line of the article, not a link. */
  titled: boolean
  /** Latin letters and no Arabic one: in an Arabic page, a credit, an embedded post or a tag. */
  latin: boolean
  /** Only hashtags, or words joined by underscores as tags are (`#غزة_تحت_القصف`, `الحدث_السوداني`). */
  hashtags: boolean
  /** Commas, full stops and semicolons before its end: running text has one every sentence or clause. */
  stops: number
}

// A person's or outlet's name on a line of its own.
// The fewest words of a headline: a shorter line is a section's name, a menu's item or a caption's label.
export const MIN_TITLE_WORDS = 5
export const MAX_NAME_WORDS = 4

/** A few words with no function word, digit or sentence end: a person's or an outlet's name. */
export function isName(shape: LineShape | null, most = MAX_NAME_WORDS): boolean {
  if (shape === null || shape.endsSentence) return false
  const words = shape.words.filter((word) => word.length > 0)
  return (
    words.length > 0 &&
    words.length <= most &&
    !words.some((word) => stopwords.has(word) || isNumberWord(word))
  )
}

/** `مقدمة`، `الخاتمة:`: a heading that names a part of the text, the article's own. */
export function namesTextPart(shape: LineShape): boolean {
  return shape.words.length > 0 && shape.words.length <= 2 && coversAll(textParts, shape.words)
}

/** `وهو …`، `وأكد …`: a line opening with و or ف and a verb or function word goes on with the article's text. */
export function continuesText(shape: LineShape): boolean {
  const first = shape.words[0] ?? ''
  if (!(first.startsWith('و') || first.startsWith('ف')) || first.length < 3) return false
  return paragraphOpenerSet.has(first) || stopwords.has(first.slice(1))
}

/**
 * The word no sentence ends in that ends the line (`… سينجح في`، `… المواجهة و`), or null: the line was broken off,
 * by the page's wrapping or its cut. `مشار إليها بـ *`: a sign after the word stands for what it takes.
 */
export function brokenOffAt(shape: LineShape): string | null {
  const { plain } = shape
  const space = plain.lastIndexOf(' ')
  if (space < 0 || plain.length - space - 1 > MAX_CONTINUING_LETTERS) return null
  const last = plain.slice(space + 1)
  return lineContinuingWordSet.has(last) ? last : null
}

const MAX_CONTINUING_LETTERS = Math.max(...[...lineContinuingWordSet].map((word) => word.length))

/**
 * `تقول سلمى، الطالبة في كلية الآداب، إن …`: a line that opens as a paragraph does and holds a comma is the article's text (cut
 * where the stored page ends), not a link's title.
 */
export function readsAsProse(shape: LineShape): boolean {
  return paragraphOpenerSet.has(shape.words[0] ?? '') && holdsComma(shape.plain)
}

/** An Arabic or a Latin comma anywhere in the text: a clause of running text, or a list a sentence writes out. */
export function holdsComma(text: string): boolean {
  return COMMA.test(text)
}

/**
 * The words of line `i` as `clutterWords` folds them: its shape's, or read from the text for a line of the body the
 * rules gave no shape (`null`: too long to be clutter, or a line of a wrapped paragraph).
 */
export function lineWords(
  text: string,
  lines: readonly Span[],
  shapes: readonly (LineShape | null)[],
  i: number,
): readonly string[] {
  return shapes[i]?.words ?? clutterWords(text.slice(lines[i]!.start, lines[i]!.end))
}

/** Its last word is a function word (في، إلى، أن): a line cut off inside a sentence or a headline. */
export function lastWordIsFunctionWord(shape: LineShape): boolean {
  return stopwords.has(shape.words.at(-1) ?? '')
}

/** Ends with one full stop (not an ellipsis of dots): a sentence of running text. */
export function endsFullStop(shape: LineShape): boolean {
  return FULL_STOP.test(shape.plain)
}

/** The span ends with . ! ? ؟ …, closing quotes and brackets after it allowed. */
export function endsSentence(text: string, span: Span): boolean {
  let last = span.end - 1
  while (last > span.start && isClosingMark(text.charCodeAt(last))) last--
  return isSentenceTerminator(text.charCodeAt(last))
}

export function lineShape(raw: string): LineShape {
  let plain = stripMarkup(raw)
  const bulleted = /^(?:[-*•·▪●◦]|\d{1,2}[.)])\s/.test(plain)
  if (bulleted) plain = plain.replace(/^(?:[-*•·▪●◦]|\d{1,2}[.)])\s+/, '')
  const ends: number[] = []
  const words = clutterWords(plain, ends)
  // A bullet before, and the bars of a table cell around it (`![](…) |`), are not part of a link or image. A link,
  // an image and a title's markup each need one of the marks `hasMarkup` looks for: most lines have none.
  const trimmed = hasMarkup(raw)
    ? raw.replace(/^\s*(?:[-*•·▪●◦]\s+)?/, '').replace(/^[|\s]+|[|\s]+$/g, '')
    : ''
  return {
    plain,
    words,
    ends,
    endsSentence: plain.length > 0 && endsSentence(plain, { start: 0, end: plain.length }),
    endsColon: plain.endsWith(':'),
    bulleted,
    linkOnly: /^!?\[[^\]\n]*\]\([^)\n]*\)$/.test(trimmed),
    image: /^!\[[^\]\n]*\]\([^)\n]*\)$/.test(trimmed) || IMAGE_TAG.test(trimmed),
    // A » without « is a breadcrumb's separator, not the end of a quotation.
    quoted: /[«“”"]/.test(plain),
    titled: /^(?:#{1,6}\s|\*\*|__)/.test(trimmed),
    latin: isLatinOnly(plain),
    // Each tag holds # or _: a line with neither is tested no further.
    hashtags: (plain.includes('#') || plain.includes('_')) && HASHTAGS.test(plain),
    stops: countStops(plain),
  }
}

// `<image>ADDRESS alt="WORDS"</image>`: an image as some stores of pages write it, its address and alt text inside.
const IMAGE_TAG = /^<image>[^<\n]*<\/image>$/

const HASHTAGS = /^(?:\s*(?:#[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+))+\s*$/u

/** A comma, full stop or semicolon followed by a space. */
export function countStops(text: string, start = 0, end = text.length): number {
  let stops = 0
  for (let i = start; i < end - 1; i++) {
    const code = text.charCodeAt(i)
    if (
      (code === 0x60c || code === 0x2e || code === 0x2c || code === 0x61b) &&
      text.charCodeAt(i + 1) === 0x20
    )
      stops++
  }
  return stops
}

function isLatinOnly(text: string): boolean {
  let latin = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isArabicLetter(code)) return false
    if (!latin && isLatinLetter(code)) latin = true
  }
  return latin
}

/**
 * What one line is by itself, from its shape and the marker phrases: a kind of clutter, or null for a line that may
 * be the article's (`clutter.ts` then reads its position among the others).
 */
export function lineKind(shape: LineShape, site: readonly string[]): ClutterKind | null {
  const { words, plain } = shape
  if (RULE.test(plain)) return 'boilerplate'
  // An image, whatever its alt text says (often the title, or the picture's own caption), is the picture's line.
  if (shape.image) return 'caption'
  if (words.length === 0) return null
  if (words.length > MAX_CLUTTER_WORDS) return isEmbed(shape) ? 'embed' : null
  if (AD_SLOT.test(plain) || coversAll(adMarkers, words)) return 'ad'
  if (isEmbed(shape)) return 'embed'
  if (isCaption(shape)) return 'caption'
  if (isDateline(shape)) return 'dateline'
  if (isByline(shape)) return 'byline'
  if (isShare(shape)) return 'share'
  // A masthead after the outlet's name is left to the rules below: the article's names count the outlet, and read as
  // a credit, the editor's name glued to his title would be read as a writer.
  if (mastheadAt(shape) === 0 || isBoilerplate(shape, site) || isMasthead(shape)) return 'boilerplate'
  if (isNavigation(shape) || shape.hashtags || isStampedLink(shape)) return 'navigation'
  return null
}

// A time or a date glued to or just before what follows it: `07:56مليونان …`، `2025-05-22 قوى …`.
const STAMP = /^(?:\d{1,2}:\d{2}|\d{4}-\d{1,2}-\d{1,2})\s*\p{L}/u

/** `- 07:56 TITLE`: an item of a list of the latest news, its time or date before its title. */
function isStampedLink(shape: LineShape): boolean {
  return (
    shape.bulleted &&
    STAMP.test(shape.plain) &&
    !shape.endsSentence &&
    shape.words.length <= MAX_LINK_WORDS + 4
  )
}

// A rule drawn with tatweel, dashes or underscores between two parts of the page: no letter of its own.
const RULE = /^[\u0640_\-–—=*~.\s]{3,}$/

// `[ad_1]`, `[ad]`, `ad-2` left by WordPress ad plugins.
const AD_SLOT = /^\[?ad[_ -]?\d*\]?$/i
// Words joined by hyphens and no space: an image's file name without its extension, or its address's slug.
const SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){3,}$/u
const FILE = /^\S+\.(?:jpe?g|png|gif|webp|svg|bmp|avif|tiff?)(?:\?\S*)?$/i
const URL = /^(?:https?:\/\/|www\.)\S+$/i
const EMBED_LINK =
  /pic\.twitter\.com\/|(?:twitter|x)\.com\/\w+\/status|instagram\.com\/(?:p|reel)\/|https?:\/\/t\.co\//i
// `— Name (@handle) October 5, 2025`: the signature line of an embedded post.
const EMBED_SIGNATURE =
  /[—–-]\s*[^()\n]{0,80}\(@\w{1,30}\)\s*(?:[A-Za-z\u0600-\u06ff]+\.?\s+[\d٠-٩]{1,2},?\s+[\d٠-٩]{4}|[\d٠-٩]{1,2}\s+\S+\s+[\d٠-٩]{4})?\s*$/
// `Posted by NAME on Monday, March 4, 2019`: the signature of an embedded Facebook post.
const POSTED_BY = /^posted by .{1,80} on [a-z]+day, [a-z]+ \d{1,2}, \d{4}$/i
// A signature alone on its line, below the post's text.
export const EMBED_SIGNATURE_LINE = /^\s*[—–-]\s*[^()\n]{0,80}\(@\w{1,30}\)/
// Separators of menus and breadcrumbs, and a dash between spaces.
const SEPARATORS = /\s*[|»«›‹>•·\\/]\s*|\s+[-–—]\s+/
const SEPARATOR_MARK = /[|»«›‹>•·\\/\-–—]/

/** A link to an embedded post: each of its addresses has a slash, which most lines lack (a look before the regex). */
export function hasEmbedLink(text: string): boolean {
  return text.includes('/') && EMBED_LINK.test(text)
}

function isEmbed({ plain, words }: LineShape): boolean {
  // The signature's handle follows `(@`.
  if (hasEmbedLink(plain) || (plain.includes('(@') && EMBED_SIGNATURE.test(plain)) || POSTED_BY.test(plain))
    return true
  return words.length <= 10 && matchPhraseAt(embedMarkers, words, 0) > 0
}

function isCaption(shape: LineShape): boolean {
  const { plain, words } = shape
  // A file's name has its extension's dot, a slug its hyphens: a look for the mark spares most lines the regex.
  if (shape.image || (plain.includes('.') && FILE.test(plain)) || (plain.includes('-') && SLUG.test(plain)))
    return true
  if (isDoubled(shape)) return true
  const opener = matchPhraseAt(captionOpeners, words, 0)
  if (opener > 0 && !shape.endsSentence) {
    if (opener === words.length || separatedAfter(shape, opener)) return true
    // `صورة أرشيفية لمبنى البرلمان`: a two-word opener says what the line is; صورة alone may be a heading's word.
    if (opener > 1 && words.length <= 12) return true
  }
  // `… في تونس العاصمة يوم 8 يناير 2016 - رويترز`: what a photo shows, then its agency after a dash, four words or
  // more before it.
  const dashed = hasDash(plain) ? DASHED_CREDIT.exec(plain) : null
  if (dashed) {
    const before = textBeforePhotoCredit(shape, dashed.index, dashed[1]!)
    if (before !== undefined && clutterWords(before).length >= 4 && !endsClause(before)) return true
  }
  // `… خلال المؤتمر (رويترز)`: a short line that ends crediting a photo.
  const open = plain.lastIndexOf('(')
  if (open >= 0 && plain.endsWith(')')) {
    const before = textBeforePhotoCredit(shape, open, plain.slice(open + 1, -1))
    if (before !== undefined)
      return (
        before.length === 0 || !(endsClause(before) || isClosingMark(before.charCodeAt(before.length - 1)))
      )
  }
  return false
}

const DASHED_CREDIT = /\s[-–—]\s*([^-–—]+)$/

function hasDash(text: string): boolean {
  return text.includes('-') || text.includes('–') || text.includes('—')
}

// A caption with its credit is short.
const MAX_CREDITED_CAPTION_WORDS = 25

/**
 * The text of a line before its credit (`credit`, starting at `at`), when the line is short enough for a caption and
 * the credit names only photo agencies (`رويترز`، `أ ف ب`); undefined otherwise.
 */
function textBeforePhotoCredit(shape: LineShape, at: number, credit: string): string | undefined {
  if (shape.words.length > MAX_CREDITED_CAPTION_WORDS) return undefined
  const words = clutterWords(credit)
  if (words.length === 0 || !coversAll(photoCredits, words)) return undefined
  return shape.plain.slice(0, at).trim()
}

/** Ends as a sentence or as a clause introducing more does: what follows it is then no photo's credit. */
function endsClause(text: string): boolean {
  return isSentenceTerminator(text.charCodeAt(text.length - 1)) || text.endsWith(':')
}

/**
 * `ترتيب الدوريترتيب الدوري`، `غرق قارب (رويترز) غرق قارب`: the same words twice in one line, a photo's caption with
 * its alt text. Running text does not say one thing twice in a row.
 */
function isDoubled({ plain, words, endsSentence }: LineShape): boolean {
  if (endsSentence || words.length < 2 || words.length > MAX_CLUTTER_WORDS) return false
  const half = words.length / 2
  if (Number.isInteger(half) && words.slice(0, half).every((word, i) => word === words[half + i])) return true
  const glued = plain.replace(/\s+/g, '')
  const middle = glued.length / 2
  return Number.isInteger(middle) && glued.slice(0, middle) === glued.slice(middle)
}

function isDateline(shape: LineShape): boolean {
  const { words } = shape
  if (isRelativeDual(words)) return true
  const opener = matchPhraseAt(datelineOpeners, words, 0)
  // `بتوقيت القدس`: the word after بتوقيت names a time zone.
  const after: readonly string[] = opener === 0 ? words : words.slice(opener)
  const rest = after.includes(TIME_ZONE)
    ? after.filter((_, i, all) => i === 0 || all[i - 1] !== TIME_ZONE)
    : after
  if (rest.length === 0) return opener > 0 && !shape.endsSentence
  if (!coversAll(dateWords, rest, true))
    return (
      (opener > 0 && (isDatePrefix(shape, rest) || isLabelledDate(shape, opener))) ||
      isTaggedDate(shape) ||
      isDateThenTag(shape) ||
      isWireDateline(shape)
    )
  if (opener > 0) return true
  let numbers = 0
  let long = false
  for (const word of rest) {
    if (!isNumberWord(word)) continue
    numbers++
    if (word.length === 4 || word.includes(':') || NUMERIC_DATE.test(word)) long = true
  }
  return numbers > 0 && (numbers < rest.length || numbers > 1 || long)
}

const SINCE = 'منذ'

/** `منذ يومين`، `منذ ساعتين`: how long ago the page was posted, its number in the dual. */
function isRelativeDual(words: readonly string[]): boolean {
  return words.length === 2 && words[0] === SINCE && matchPhraseAt(dualTimeUnits, words, 1) === 1
}

const TIME_ZONE = 'بتوقيت'
// `15/10/2025`، `15.10.2025`، `2025-10-15`.
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/
// The words an outlet's name and a source may take before a date: `عدن بوست - وكالات: الأحد 3 سبتمبر 2017`.
const MAX_DATE_TAG_WORDS = 3

// `المنامة في 2 مايو /بنا/`: a place (a word or three), في and the day, then the agency's name between slashes.
const WIRE_AGENCY = /\/\s*[\p{L}\s]{1,20}\/\s*$|\(\s*[\p{L}\s.]{1,20}\)\s*$/u
const IN = 'في'

/**
 * `المنامة في 2 مايو /بنا/`، `PLACE في 23/4/2012 (وكالة)`: the place and day a wire report was filed, which opens it:
 * a few words of a name's shape, في, a date (numeric, or a day and a month) and the agency's name between slashes or
 * brackets. A heading `غزة في 7 أكتوبر` names no agency.
 */
function isWireDateline(shape: LineShape): boolean {
  const { words } = shape
  if (shape.endsSentence) return false
  // في among the first words only: asked of every line that is not body text, however long.
  let at = -1
  for (let k = 0; k <= MAX_DATE_TAG_WORDS && k < words.length && at < 0; k++) if (words[k] === IN) at = k
  if (at < 1) return false
  if (!words.slice(0, at).every((word) => !stopwords.has(word) && !isNumberWord(word))) return false
  const date = words.slice(at + 1)
  // `PLACE في 23/4/2012`: a numeric date closing the line needs no agency; a heading writes its day in words.
  if (!WIRE_AGENCY.test(shape.plain)) return date.length === 1 && NUMERIC_DATE.test(date[0]!)
  if (NUMERIC_DATE.test(date[0] ?? '')) return true
  const day = date.findIndex((word) => !isNumberWord(word) && !coversAll(dateWords, [word], true))
  const dated = day < 0 ? date : date.slice(0, day)
  return dated.length >= 2 && dated.some(isNumberWord) && coversAll(dateWords, dated, true)
}

/**
 * `OUTLET - وكالات: الأحد 03 سبتمبر 2017 03:59 مساءً`، `OUTLET نشر في: 30 يونيو 2021`: a full date (a year with a
 * month, a weekday or two more numbers) that runs to the line's end, after at most three words set off by a colon
 * or dash. A title that ends with a date has no colon or dash before it.
 */
function isTaggedDate(shape: LineShape): boolean {
  const { words } = shape
  if (shape.endsSentence || shape.quoted) return false
  for (let at = 1; at <= MAX_DATE_TAG_WORDS + 2 && at < words.length; at++) {
    if (!separatedAfter(shape, at)) continue
    const opener = matchPhraseAt(datelineOpeners, words, at)
    const date = words.slice(at + opener)
    const tag = words.slice(0, at).filter((_, i) => matchPhraseAt(datelineOpeners, words, i) === 0)
    if (tag.length <= MAX_DATE_TAG_WORDS && isFullDate(date)) return true
  }
  return false
}

/**
 * `الأحد 28 مايو 2023 الساعة 10 مساءً / OUTLET`: `isTaggedDate` the other way round, the full date first and the
 * outlet's name after a slash, bar or dash, in at most three words. A title does not open with a full date.
 */
function isDateThenTag(shape: LineShape): boolean {
  const { words } = shape
  if (shape.endsSentence || shape.quoted) return false
  for (let at = words.length - 1; at >= 3 && at >= words.length - MAX_DATE_TAG_WORDS; at--)
    if (separatedAfter(shape, at) && isFullDate(words.slice(0, at))) return true
  return false
}

function isFullDate(words: readonly string[]): boolean {
  if (words.length < 3 || !coversAll(dateWords, words, true)) return false
  const numbers = words.filter(isNumberWord)
  const year = numbers.some((word) => /^\d{4}$/.test(word))
  return year && (numbers.length >= 3 || words.some((word) => !isNumberWord(word) && word.length > 2))
}

// A date of another calendar (`۲ مرداد ۱۴۰۲`) has a few words the date words do not know.
const MAX_LABELLED_DATE_WORDS = 6

/**
 * `تاريخ النشر: ۲ مرداد ۱۴۰۲ - ۱۰:۱۵`: a date label, a colon or dash, and a few words with a year or a time is a
 * date line, in whatever calendar the months are named.
 */
function isLabelledDate(shape: LineShape, opener: number): boolean {
  const rest = shape.words.slice(opener)
  if (shape.endsSentence || rest.length > MAX_LABELLED_DATE_WORDS || !separatedAfter(shape, opener))
    return false
  return rest.some((word) => /^\d{4}$/.test(word) || word.includes(':'))
}

/** `date 2025-09-25 سياسية`: a labelled date with a scraper's few words after it (a section, a place, a widget). */
function isDatePrefix(shape: LineShape, rest: readonly string[]): boolean {
  if (shape.endsSentence || shape.quoted) return false
  let date = 0
  while (date < rest.length && isNumberWord(rest[date]!)) date++
  return date >= 3 && rest.length - date <= 3
}

function isByline(shape: LineShape): boolean {
  const { words } = shape
  if (shape.endsSentence || shape.quoted || words.length > 14) return false
  const opener = openerRun(words)
  // `كتب: …`, `المصدر - …`, or the label alone (`المصدر -`) when the scraper lost its value.
  if (opener > 0 && separatedAfter(shape, opener)) return true
  if (AGENCIES.test(shape.plain) || INITIALS.test(shape.plain)) return true
  // `الوكالة – متابعة`: an outlet and what it did with the story.
  const tail = words.length - 1
  if (tail > 0 && tail <= 3 && matchPhraseAt(bylineTails, words, tail) === 1 && separatedAfter(shape, tail))
    return true
  // `تايتل نيوز -`، `حاوره في صنعاء / NAME -`: a credit that ends in a dash, cut by the scraper from the lead it heads.
  if (words.length <= MAX_DANGLING_CREDIT_WORDS && DANGLING_DASH.test(shape.plain)) return true
  // A name alone after `بقلم`، `كتب`: a few words, none a function word (`كتب جديدة في المعرض` is a heading).
  const name = matchPhraseAt(nameOpeners, words, 0)
  const after = words.length - name
  return name > 0 && after > 0 && after <= 4 && !words.slice(name).some((word) => stopwords.has(word))
}

/**
 * The words of a credit's label: an opener, and the openers after it, joined by و or not (`كتب بواسطة`، `إعداد
 * ومتابعة`، `ترجمة وتحرير`).
 */
function openerRun(words: readonly string[]): number {
  let at = matchPhraseAt(bylineOpeners, words, 0)
  if (at === 0) return 0
  for (;;) {
    const word = words[at]
    if (word === undefined) return at
    const next = matchPhraseAt(bylineOpeners, words, at)
    const joined = word.startsWith('و') && matchPhraseAt(bylineOpeners, [word.slice(1)], 0) === 1
    if (next === 0 && !joined) return at
    at += Math.max(next, 1)
  }
}

const MAX_DANGLING_CREDIT_WORDS = 6
const DANGLING_DASH = /\S\s*[-–—]\s*$/u

// `(أ ب)- (د ب أ)`: agencies' initials in brackets and nothing else, the credit of a wire story.
// `ت/م.م`، `ع.س`: an editor's or writer's initials, a letter or two each, set apart by slashes or dots.
const INITIALS = /^\p{Script=Arabic}{1,2}(?:\s?[/.]\s?\p{Script=Arabic}{1,2})+\.?$/u
const AGENCIES = /^(?:\s*\((?:\s*[\p{L}]{1,2}\.?)+\s*\)\s*[-–—،,/]?)+\s*$/u

// A masthead's lines are short: its titles and their names.
const MAX_MASTHEAD_WORDS = 12
// The first word of each masthead title without its article (`رئيس`، `مدير`): a line with none holds no title.
const MASTHEAD_HINTS = [
  ...new Set(mastheadTitleTexts.map((title) => title.split(' ')[0]!.replace(/^ال/, ''))),
]

/**
 * `رئيس مجلس الإدارة:NAME رئيس التحرير: NAME` / `OUTLET رئيس التحريرNAME`: a short line with two masthead titles, or
 * one glued to the name after it (the scraper ran the masthead's fields together), is the site's masthead. A headline
 * quoting the chairman names one title, spaced from what he said. Returns where the first title starts in the line's
 * folded words (0 when the line opens with it, no outlet's name before it), or -1 for no masthead.
 */
function mastheadAt(shape: LineShape): number {
  if (shape.endsSentence || shape.words.length > MAX_MASTHEAD_WORDS) return -1
  if (!shape.words.some((word) => MASTHEAD_HINTS.some((hint) => word.includes(hint)))) return -1
  const folded = shape.words.join(' ')
  let titles = 0
  let first = folded.length
  let glued = false
  for (const title of mastheadTitleTexts) {
    for (let at = folded.indexOf(title); at >= 0; at = folded.indexOf(title, at + title.length)) {
      const after = folded[at + title.length]
      const longer = mastheadTitleTexts.some(
        (other) => other.length > title.length && folded.startsWith(other, at),
      )
      glued ||= after !== undefined && after !== ' ' && !longer
      titles++
      first = Math.min(first, at)
    }
  }
  return glued || titles >= 2 ? first : -1
}

function isShare(shape: LineShape): boolean {
  const { words } = shape
  if (words.length > MAX_LINK_WORDS || shape.endsSentence) return false
  if (matchPhraseAt(shareOpeners, words, 0) > 0 || isFollowPrompt(words)) return true
  if (!words.some((word) => !isNumberWord(word))) return false
  if (coversAll(shareWords, words, true) && !shareLineConnectors.has(words[0]!)) return true
  return words.some(isNumberWord) && coversAll(counterWords, words, true)
}

const PURPOSE = /^ل[يتمل]/
const MAX_PURPOSE_WORDS = 6

/**
 * `تابع قناة OUTLET على تلغرام`، `للمشاركة في المجموعة الخاصة لقناة OUTLET على واتساب`: a verb of following or joining
 * first, a channel, group or page, and a platform: the site asking its readers to follow it. A headline about a
 * channel (`الوزارة تطلق قناة على تلغرام`) opens with its subject, not with the verb.
 */
function isFollowPrompt(words: readonly string[]): boolean {
  let start = 0
  let verb = matchPhraseAt(followVerbs, words, 0)
  // `ليصلك جديد الأخبار اشترك بقناتنا على …`: a clause of purpose may come first, a word of it opening with ل and a
  // verb's or verbal noun's letter (ليصلك، لتصلك، لمتابعة، للمزيد), not a name's (لبنان).
  if (verb === 0 && PURPOSE.test(words[0] ?? '') && !stopwords.has(words[0]!))
    while (verb === 0 && start < MAX_PURPOSE_WORDS) verb = matchPhraseAt(followVerbs, words, ++start)
  if (verb === 0) return false
  let channel = false
  for (let at = start + verb; at < words.length; at++) {
    if (matchPhraseAt(followChannels, words, at) > 0) channel = true
    else if (channel && matchPhraseAt(platformNames, words, at) > 0) return true
  }
  return false
}

function isBoilerplate(shape: LineShape, site: readonly string[]): boolean {
  const { words, plain } = shape
  if (words.length > 30) return false
  if (plain.includes('©') || (plain.includes('(') && /\(c\)/i.test(plain))) return true
  // `الاسم *`، `البريد الإلكتروني *`: a form's field of three words at most, and the star that marks it required.
  if (words.length < 4 && /^[^*]+\*$/.test(plain)) return true
  if (site.length > 0 && words.length === site.length && site.every((word, i) => words[i] === word))
    return true
  for (let at = 0; at < words.length; at++) {
    const length = matchPhraseAt(boilerplateMarkers, words, at)
    if (length === 0) continue
    // A single word only when it stands alone or with a count; two words when they open a line that is not a
    // sentence (`اشترك في النشرة البريدية`); three (`جميع الحقوق محفوظة`) anywhere in a short line that is not a
    // sentence going on past them (`ليست هناك تعليقات رسمية على القرار.`).
    if (words.every((word, i) => (i >= at && i < at + length) || isNumberWord(word))) return true
    if (length > 2 && words.length <= 20 && !(endsFullStop(shape) && words.length > at + length + 2))
      return true
    if (length > 1 && at === 0 && words.length <= 20 && !shape.endsSentence) return true
  }
  return false
}

/**
 * `رئيس التحرير`, `رئيس مجلس الإدارة: …`, `رئيس التحرير والمدير العام`: a staff title alone, or two joined by و, or
 * with a name after a colon or dash.
 */
function isMasthead(shape: LineShape): boolean {
  const { words } = shape
  const title = matchPhraseAt(mastheadTitles, words, 0)
  if (title === 0 || shape.endsSentence) return false
  if (title === words.length || (words.length - title <= 4 && separatedAfter(shape, title))) return true
  const joined = words[title]!
  return (
    joined.length > 1 &&
    joined.startsWith('و') &&
    matchPhraseAt(mastheadTitles, [joined.slice(1), ...words.slice(title + 1)], 0) === words.length - title
  )
}

// `السعودية [1]`: a link of a printed page, numbered for the list of its addresses at the page's end.
const NUMBERED_LINK = /^[^[\]]+\s\[\d{1,3}\]$/
const MAX_NUMBERED_LINK_WORDS = 4

function isNavigation(shape: LineShape): boolean {
  const { words, plain } = shape
  if (shape.linkOnly || URL.test(plain)) return true
  if (plain.endsWith(']') && words.length <= MAX_NUMBERED_LINK_WORDS + 1 && NUMBERED_LINK.test(plain))
    return true
  if (isHeader(shape) || isBreadcrumb(plain)) return true
  if (!shape.endsSentence && !shape.quoted && (isMenu(plain) || repeatsPhrase(shape))) return true
  return (
    !shape.endsSentence &&
    coversAll(paginationWords, words, true) &&
    (words.length <= 3 || words.some(isNumberWord))
  )
}

/** `اقرأ أيضا`, `الأكثر قراءة:`, `كلمات دلالية: …`, or one with a title after it. */
function isHeader(shape: LineShape): boolean {
  const { words } = shape
  // `فيديو قد يعجبك:`: a header after the name of a section.
  let at = 0
  let opener = matchPhraseAt(navigationHeaders, words, 0)
  if (opener === 0 && words.length <= 4 && matchPhraseAt(sectionNames, words, 0) === 1) {
    at = 1
    opener = matchPhraseAt(navigationHeaders, words, 1)
  }
  const verb = matchPhraseAt(readAlsoVerbs, words, 0)
  // `إقرأ: TITLE`: a verb of reading and a colon.
  if (opener === 0) return verb > 0 && separatedAfter(shape, verb) && !shape.quoted && !shape.endsSentence
  const end = at + opener
  if (end === words.length || separatedAfter(shape, end)) return true
  // `اقرأ أيضاً الحكومة تقرر …`, `قد يهمك موعد العرض …`: a title after a verb of reading, without a colon. A
  // title may end with ! or ? or trail off; a sentence of the article ends with a full stop.
  return verb > 0 && words.length <= MAX_HEADLINE_WORDS + end && !endsFullStop(shape) && !shape.quoted
}

/** A header with nothing after it: the lines that follow are its links. */
export function isListHeader(shape: LineShape): boolean {
  const opener = matchPhraseAt(navigationHeaders, shape.words, 0)
  return opener > 0 && opener === shape.words.length
}

/**
 * The same two words three times or more: a menu of one outlet's sections (`X سبورت X جامعات X عقارات`). A menu sets
 * its items apart with nothing but spaces; a sentence that lists (`مدرسة الأمل في الحي الشمالي، ومدرسة الأمل في …`)
 * has commas.
 */
function repeatsPhrase(shape: LineShape): boolean {
  const { words } = shape
  if (words.length < 6 || holdsComma(shape.plain)) return false
  const counts = new Map<string, number>()
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`
    const count = (counts.get(pair) ?? 0) + 1
    if (count >= 3) return true
    counts.set(pair, count)
  }
  return false
}

/** Breadcrumbs and menus: short items between separators (`الرئيسية » أخبار » سياسة`). */
function isMenu(plain: string): boolean {
  // Without a separator's mark the line is one part: most lines are spared the split.
  if (!SEPARATOR_MARK.test(plain)) return false
  const parts = plain.split(SEPARATORS).filter((part) => part.trim().length > 0)
  if (parts.length < 2) return false
  let sections = 0
  for (const part of parts) {
    const words = clutterWords(part)
    if (words.length === 0 || words.length > 4) return false
    if (coversAll(sectionNames, words)) sections++
  }
  return parts.length >= 3 || sections > 0
}

// A breadcrumb's separators, a bar and a dash between spaces among them: a dash also sets a place or an outlet apart
// from the text, but no such line opens with the home page's name.
const CRUMB_SEPARATORS = /\s*[»›>\\/|]\s*|\s+[-–—]\s+/
const CRUMB_MARK = /[»›>\\/|\-–—]/
const MAX_CRUMB_WORDS = 4

/**
 * `الرئيسية / تقارير / TITLE`: a breadcrumb opens at the home page, short items follow, and its last item, the page's
 * title, may be long or end as a sentence (`!!`). No line of the article opens with the home page's name.
 */
function isBreadcrumb(plain: string): boolean {
  if (!CRUMB_MARK.test(plain)) return false
  const parts = plain.split(CRUMB_SEPARATORS).filter((part) => part.trim().length > 0)
  if (parts.length < 2 || !coversAll(homePageNames, clutterWords(parts[0]!))) return false
  return parts.slice(1, -1).every((part) => clutterWords(part).length <= MAX_CRUMB_WORDS)
}

// : - | – — /, and, written for a dash, _ and tatweel (ـ).
const SEPARATOR_CODES = new Set([0x3a, 0x2d, 0x7c, 0x2013, 0x2014, 0x2f, 0x5f, 0x640])

/** The character after the opener's words is a colon, dash or bar: `كتب: …`، `المصدر - …`. */
function separatedAfter(shape: LineShape, words: number): boolean {
  for (let i = shape.ends[words - 1] ?? 0; i < shape.plain.length; i++) {
    const code = shape.plain.charCodeAt(i)
    if (SEPARATOR_CODES.has(code)) return true
    if (code !== 0x20 && code !== 0xa0) return false
  }
  return false
}

export function isLinkLike(shape: LineShape | null): boolean {
  if (shape === null || shape.titled) return false
  if (shape.linkOnly) return true
  return (
    shape.words.length > 0 &&
    shape.words.length <= MAX_LINK_WORDS &&
    shape.plain.length <= MAX_LINK_CHARS &&
    !shape.endsSentence &&
    !shape.endsColon &&
    !breaksOffArabic(shape.plain)
  )
}

// `سجّل المرصد التونسي للمياه،`: an Arabic line that ends in a comma breaks off a sentence of the article; a link's
// title never does. A line in another script is no sentence of an Arabic article, wherever it stops.
const ENDS_COMMA = /[،,][\s»”"')\]]*$/
const ARABIC_LETTER = /\p{Script=Arabic}/u

function breaksOffArabic(plain: string): boolean {
  return ENDS_COMMA.test(plain) && ARABIC_LETTER.test(plain)
}

/** A text cut short with an ellipsis (`…` or `...`): a teaser of another article, not a paragraph's end. */
export function trailingDots(text: string): boolean {
  return text.endsWith('…') || text.endsWith('...')
}
