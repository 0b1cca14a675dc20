import {
  clutterWords,
  commentWords,
  coversAll,
  isNumberWord,
  mastheadTitles,
  matchPhraseAt,
  navigationHeaders,
  outletNameEndings,
  outletNameHeads,
  photoCredits,
  readAlsoVerbs,
  sectionNames,
} from '../lang/ar/clutter-markers.ts'
import { givenNameSet } from '../lang/ar/compiled.ts'
import { paragraphOpenerSet, stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import type { Span } from '../segment/span.ts'
import { keepBrokenTitle } from './clutter-broken-title.ts'
import { markCreditOverLead } from './clutter-bylines.ts'
import { markCaptionPairs, markCaptionPairsUnderCredit } from './clutter-captions.ts'
import {
  BODY_SENTENCE_CHARS,
  BODY_SENTENCE_WORDS,
  BODY_WORDS,
  type ClutterContext,
  continuesAbove,
  underBrokenLine,
} from './clutter-features.ts'
import { isHeadline, markInsertedLinks } from './clutter-inserts.ts'
import {
  brokenOffAt,
  type ClutterKind,
  continuesText,
  countStops,
  EMBED_SIGNATURE_LINE,
  endsFullStop,
  endsSentence,
  hasEmbedLink,
  isLinkLike,
  isListHeader,
  isName,
  type LineShape,
  lastWordIsFunctionWord,
  lineKind,
  lineShape,
  lineWords,
  MAX_CLUTTER_CHARS,
  MAX_CLUTTER_WORDS,
  MAX_NAME_WORDS,
  MIN_TITLE_WORDS,
  namesTextPart,
  readsAsProse,
  trailingDots,
} from './clutter-line.ts'
import { markLinkedTeasers } from './clutter-linked-teasers.ts'
import { markListGaps } from './clutter-list-gaps.ts'
import { listEnd, markLinkList } from './clutter-lists.ts'
import { addLearnedVerdicts, type ClutterModel } from './clutter-model.ts'
import { isTableRow } from './clutter-tables.ts'
import { contentStems, markOtherStories } from './clutter-topic.ts'
import { clutterWeights } from './clutter-weights.ts'
import { isHardWrapped, joinWrappedLines } from './clutter-wrap.ts'

export type { ClutterKind }

export interface ClutterOptions {
  /** The outlet's name: a line that is only this name is the site's logo or masthead. */
  sourceName?: string
  /** The learned model that may add verdicts to the rules' (never take one back): the trained weights by default, null for the rules alone. */
  model?: ClutterModel | null
}

const MAX_POST_CHARS = 280
const CHARS_PER_STOP = 300
// A byline under a title is shorter than a name on a line of its own (MAX_NAME_WORDS), a signature may be longer.
const MAX_SLUG_WORDS = 3
const MAX_SIGNATURE_WORDS = 6
const MAX_CAPTION_WORDS = 25

/**
 * The clutter kind of each line, or null for a line of the article. Rules read a line's shape (its length, final
 * punctuation, separators, whether it is only a date, a file name or a name after كتب), the marker phrases of
 * `lang/ar/clutter-markers.ts`, and position: link-like lines after a "read also" header, menus above and below the
 * body. A line that ends a sentence, holds a quotation or mixes a tag with body text stays a line of the article.
 */
export function classifyLines(
  text: string,
  lines: readonly Span[],
  options: ClutterOptions = {},
): (ClutterKind | null)[] {
  return classifyPage(text, lines, options).kinds
}

/** `classifyLines`, and whether the page is hard-wrapped at a fixed width (see `isHardWrapped`). */
export function classifyPage(
  text: string,
  lines: readonly Span[],
  options: ClutterOptions = {},
): { kinds: (ClutterKind | null)[]; wrapped: boolean } {
  const context = ruleVerdicts(text, lines, options.sourceName)
  const model = options.model === undefined ? clutterWeights : options.model
  const kinds = [...context.kinds]
  if (model) addLearnedVerdicts(context, kinds, model)
  markOutletNames(context.shapes, kinds, context.body)
  return { kinds, wrapped: context.wrapped }
}

/** The rules' verdicts on each line, with the shapes they read and the body they found: what the model reads. */
export function ruleVerdicts(text: string, lines: readonly Span[], sourceName?: string): ClutterContext {
  const site = sourceName ? clutterWords(sourceName) : []
  const read = lines.map((line) =>
    isBodyLine(text, line) ? null : lineShape(text.slice(line.start, line.end)),
  )
  const wrapped = isHardWrapped(read)
  const shapes = wrapped ? joinWrappedLines(read) : read
  const kinds = shapes.map((shape) => (shape === null ? null : lineKind(shape, site)))
  const own = [...kinds]
  markPostTexts(text, lines, kinds)
  markMastheadNames(shapes, kinds)
  const lists = followHeaders(shapes, kinds)
  markLinkedTeasers(text, lines, shapes, kinds, lists, isBody)
  markLatinLines(lines, shapes, kinds)
  markShortRepeats(shapes, kinds)
  markTeaserRuns(shapes, kinds)
  markAboveTitleTwice(shapes, kinds)
  const unplaced = [...kinds]
  const body = bodyOf(text, lines, shapes, kinds)
  if (body !== null) {
    markOtherStories(text, lines, shapes, kinds, body.first)
    releaseTitle(lists, shapes, kinds, body.first)
    const lead = leadAfterTitle(shapes, kinds, body.first)
    markEdge(shapes, kinds, 0, lead, false)
    markEdge(shapes, kinds, body.last + 1, shapes.length, true)
    const headline = markTitleVariants(shapes, kinds, lead)
    markTop(shapes, kinds, lead, () => lineWords(text, lines, shapes, lead), headline)
    // A short line over a wrapped paragraph may be its first words, cut where the page wrapped.
    if (!wrapped) markCreditOverLead(shapes, kinds, isBody)
    markCaptionPairs(text, lines, shapes, kinds, body)
    markDashedCredits(shapes, kinds, body)
    markGalleryCaptions(shapes, kinds, body)
    markInsertedLinks(shapes, kinds, body, isBody)
    markTail(shapes, kinds, body.last)
    markLinkList(text, lines, shapes, kinds, body.last)
    releaseListItems(shapes, kinds, body)
    markListGaps(shapes, kinds, body)
    releaseParagraphs(shapes, kinds, unplaced)
  }
  releaseContinuations(shapes, kinds)
  releaseBrokenLines(shapes, kinds, unplaced)
  releaseTextParts(shapes, kinds)
  releaseTableRows(shapes, kinds)
  const found = bodyOf(text, lines, shapes, kinds)
  // Below the body's last line: marking it leaves the body's bounds as they are.
  if (found !== null && !wrapped) markClosingLine(shapes, kinds, found.last)
  let titleRuns: { first: number; last: number }[] = []
  if (found !== null) {
    const words = (i: number) => (i < lines.length ? lineWords(text, lines, shapes, i) : [])
    // The body's first two lines: its first may be short (a subtitle, a dateline's place).
    titleRuns = keepBrokenTitle(shapes, kinds, own, found.first, () => [
      ...words(found.first),
      ...words(found.first + 1),
    ])
    keepTitle(shapes, kinds, unplaced, found.first, () => words(found.first))
    keepTitleTail(shapes, kinds, own, found.first, () => [...words(found.first), ...words(found.first + 1)])
  }
  return { lines, shapes, kinds, body: found, firstOpen: titleLine(shapes, kinds, found), wrapped, titleRuns }
}

/**
 * A news page opens with its title or its lead: when the rules left no line above the body open, the nearest line
 * above it of a title's length that only its position put in clutter (a ticker, a link, a caption; not a credit) is
 * given back if it shares a word of content with the body's first line. A ticker or another story's headline tells
 * of something else.
 */
function keepTitle(
  shapes: Shapes,
  kinds: Kinds,
  unplaced: readonly (ClutterKind | null)[],
  first: number,
  leadWords: () => readonly string[],
): void {
  for (let i = 0; i < first; i++) if (kinds[i] === null && shapes[i] !== null) return
  for (let i = first - 1; i >= 0; i--) {
    const shape = shapes[i]
    if (shape && kinds[i] !== null && kinds[i] !== 'byline' && unplaced[i] === null && isTitleLike(shape)) {
      const lead = contentStems(leadWords())
      if ([...contentStems(shape.words)].some((stem) => lead.has(stem))) kinds[i] = null
      return
    }
  }
}

// The words a headline's last line may hold when the page broke it after a line of a title's length.
const MAX_TAIL_WORDS = 4

/**
 * `الوزارة تنشر نص الخطبة المقررة يوم الجمعة` / `عبر موقعها الإلكتروني`: under a line of a title's length that ends no
 * sentence, a line of a few words whose every word of content the lead says again is the headline's last words, where
 * the page broke it, not a credit or a caption under it: a writer's name or a photo's place is not what the lead
 * tells. Read under each copy of the title above the body. A line with a separator (`دمشق - OUTLET`) or one the rules
 * read by its own shape is left as it was, and so is a line printed again under itself (a caption's pair). The learned
 * model may still read a line kept as clutter.
 */
function keepTitleTail(
  shapes: Shapes,
  kinds: Kinds,
  own: readonly (ClutterKind | null)[],
  first: number,
  leadWords: () => readonly string[],
): void {
  let lead: Set<string> | null = null
  for (let i = 1; i < first; i++) {
    const shape = shapes[i]
    const above = shapes[i - 1]
    if (kinds[i] === null || own[i] !== null || !shape || kinds[i - 1] !== null || !above) continue
    if (above.words.length < MIN_TITLE_WORDS || above.endsSentence || above.endsColon) continue
    if (shape.words.length > MAX_TAIL_WORDS || SEPARATOR_IN_LINE.test(shape.plain) || shape.latin) continue
    // Printed again in a row: a caption and its photo's alt text.
    const next = shapes[i + 1]
    if (next && joinedWords(next) === joinedWords(shape)) continue
    const stems = contentStems(shape.words)
    if (stems.size === 0) continue
    // A caption repeats the headline's words; the headline's last line goes on with others.
    const headline = contentStems(above.words)
    if ([...stems].every((stem) => headline.has(stem))) continue
    lead ??= contentStems(leadWords())
    if ([...stems].every((stem) => lead!.has(stem))) kinds[i] = null
  }
}

/**
 * The line that stands where the title does: the first line the rules read and left open, at or above the body's
 * first line. On a page whose body opens it (no title, or the title read as running text), a line below that is the
 * page's (a signature, a notice, the next story's title), not its title: the body's first line stands there instead.
 */
function titleLine(shapes: Shapes, kinds: Kinds, body: { first: number } | null): number {
  const open = kinds.findIndex((kind, i) => kind === null && shapes[i] !== null)
  return body !== null && (open < 0 || open > body.first) ? body.first : open
}

/** The body's bounds, its last line carried on through the items of a list it ends in (`listEnd`). */
function bodyOf(text: string, lines: readonly Span[], shapes: Shapes, kinds: Kinds) {
  const body = bodyBounds(shapes, kinds)
  return body && { first: body.first, last: listEnd(text, lines, kinds, body.last) }
}

/**
 * `• الموعد: الأحد 2 نوفمبر` / `• الحكم: فلان` between the body's lines: a bulleted line inside the body is an item of
 * the article's list, though shaped as a date line or a byline.
 */
function releaseListItems(shapes: Shapes, kinds: Kinds, body: { first: number; last: number }): void {
  for (let i = body.first + 1; i < body.last; i++) {
    const kind = kinds[i]
    if (shapes[i]?.bulleted && (kind === 'dateline' || kind === 'byline')) kinds[i] = null
  }
}

/**
 * `وأكد الوزير أن المشروع يدخل مرحلته الثانية`: a line of a sentence's length that opens as a paragraph does (a verb
 * or function word joined to و or ف, or an opening word and a comma inside) is the article's, though it has no full
 * stop (a page that writes none) and stands where the rules of position read links, credits and tickers; a link's
 * title does neither. Only what position gave is taken back (`unplaced`: the verdicts before the body was sought).
 */
function releaseParagraphs(shapes: Shapes, kinds: Kinds, unplaced: readonly (ClutterKind | null)[]): void {
  // The page's first line read is where a ticker of glued headlines stands.
  const top = shapes.findIndex((shape) => shape !== null)
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (unplaced[i] !== null || kinds[i] === null || !shape || shape.words.length < BODY_SENTENCE_WORDS)
      continue
    if (shape.endsColon || trailingDots(shape.plain)) continue
    if (continuesText(shape) || readsAsProse(shape) || (i > top && opensLongParagraph(shape))) kinds[i] = null
  }
}

// A headline says its news in under twenty words (`MAX_HEADLINE_WORDS`); a paragraph that writes no comma runs on.
function opensLongParagraph(shape: LineShape): boolean {
  return shape.words.length >= BODY_WORDS && paragraphOpenerSet.has(shape.words[0] ?? '')
}

/**
 * A line broken off (`brokenOffAt`: `… سينجح في`، `تابعوا معنا هذه المواجهة و`) is the article's text, where only
 * position read it as clutter, and so is the line under it, where its sentence goes on. A lone letter (و، ب) ends no
 * marker's line either (`تابعنا على` does, so the markers' verdicts keep the prepositions, and the line under them).
 */
function releaseBrokenLines(shapes: Shapes, kinds: Kinds, unplaced: readonly (ClutterKind | null)[]): void {
  for (let i = 0; i < shapes.length; i++) {
    if (kinds[i] === null || !shapes[i]) continue
    const last = brokenOffAt(shapes[i]!)
    if (last !== null && (unplaced[i] === null || last.length === 1)) kinds[i] = null
    else if (unplaced[i] === null && underBrokenLine(shapes, kinds, i)) kinds[i] = null
  }
}

/** A table's rows (`isTableRow`) are the article's, wherever they stand: no rule of position reads them. */
function releaseTableRows(shapes: Shapes, kinds: Kinds): void {
  for (let i = 0; i < shapes.length; i++) if (kinds[i] !== null && isTableRow(shapes, i)) kinds[i] = null
}

/** `مقدمة`، `خاتمة`: a word alone that names a part of the text heads the article's own section, never a byline. */
function releaseTextParts(shapes: Shapes, kinds: Kinds): void {
  for (let i = 0; i < shapes.length; i++) if (shapes[i] && namesTextPart(shapes[i]!)) kinds[i] = null
}

/**
 * A line that ends a sentence under a long line of the article that does not is the rest of that paragraph, broken
 * by the scraper (a web address in quotes, a name in Latin letters): never clutter.
 */
function releaseContinuations(shapes: Shapes, kinds: Kinds): void {
  for (let i = 1; i < shapes.length; i++)
    if (kinds[i] !== null && continuesAbove(shapes, kinds, i)) kinds[i] = null
}

/**
 * Lines the rules need not read, most lines of an article: too long for clutter, or a long sentence that ends (what
 * clutter ends with a full stop is short: `لا توجد تعليقات.`), unless it holds a copyright sign or an embed's link.
 * A long line without a comma or full stop is read: titles glued into a news ticker.
 */
function isBodyLine(text: string, line: Span): boolean {
  const length = line.end - line.start
  if (length > MAX_CLUTTER_CHARS)
    return endsSentence(text, line) || isRunningText(countStops(text, line.start, line.end), length)
  if (length <= BODY_SENTENCE_CHARS) return false
  if (!endsSentence(text, line)) return false
  const raw = text.slice(line.start, line.end)
  if (opensWithHeader(raw)) return false
  // A line cut short with … may be a teaser of another article, which only its neighbours tell; a sentence in Latin
  // script alone may be a caption or a notice in an Arabic page, which only the page tells (`markLatinLines`).
  return !raw.includes('©') && !hasEmbedLink(raw) && !trailingDots(raw) && ARABIC_LETTER.test(raw)
}

const ARABIC_LETTER = /\p{Script=Arabic}/u
// `اقرأ أيضاً:`، `شاهد أيضا:` and the like, with the colon that ends them.
const MAX_HEADER_CHARS = 24

/**
 * `إقرأ ايضاً:TITLE TITLE !`: a header and the titles glued after its colon are a list of links, however long and
 * whatever they end with. Only the few characters before an early colon are read.
 */
function opensWithHeader(raw: string): boolean {
  const colon = raw.indexOf(':')
  if (colon < 0 || colon > MAX_HEADER_CHARS) return false
  const words = clutterWords(raw.slice(0, colon))
  return (
    words.length > 0 &&
    (matchPhraseAt(navigationHeaders, words, 0) === words.length ||
      matchPhraseAt(readAlsoVerbs, words, 0) === words.length)
  )
}

/** Running text has a comma or full stop every few lines; titles glued into a ticker have next to none. */
function isRunningText(stops: number, chars: number): boolean {
  return stops > 0 && stops * CHARS_PER_STOP >= chars - CHARS_PER_STOP / 3
}

/**
 * The line just above an embedded post's signature (`— Name (@handle) …`) is the post's text, when it is no longer
 * than a post and does not end a sentence as the body's lines do, or when it repeats words of a line above it (the
 * article quoting the post). A line just below the signature that repeats them is the rest of the post.
 */
function markPostTexts(text: string, lines: readonly Span[], kinds: Kinds): void {
  let above: string[] | undefined
  const quoted = (k: number) => {
    above ??= lines.map((line) => ` ${clutterWords(text.slice(line.start, line.end)).join(' ')} `)
    const words = above[k]!
    return (
      words.trim().length > 0 &&
      above.some((line, j) => j < k && line.length > words.length && line.includes(words))
    )
  }
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i] === 'embed') markPostAbove(text, lines, kinds, i)
    if (kinds[i] !== 'embed' || !EMBED_SIGNATURE_LINE.test(text.slice(lines[i]!.start, lines[i]!.end)))
      continue
    for (const k of [i - 1, i + 1]) {
      const line = lines[k]
      if (!line || kinds[k] !== null || line.end - line.start > MAX_POST_CHARS) continue
      if ((k < i && !endsSentence(text, line)) || quoted(k)) kinds[k] = 'embed'
    }
  }
}

// A hashtag inside a line, or an emoji: a post's writing, not a news report's.
const POST_MARK = /(?:^|\s)#[\p{L}\p{N}_]+|\p{Extended_Pictographic}/u

/** The lines above an embedded post's link or signature that write as posts do (hashtags, emoji) are its text. */
function markPostAbove(text: string, lines: readonly Span[], kinds: Kinds, i: number): void {
  for (let k = i - 1; k >= 0 && kinds[k] === null; k--) {
    const line = lines[k]!
    if (line.end - line.start > MAX_POST_CHARS || !POST_MARK.test(text.slice(line.start, line.end))) return
    kinds[k] = 'embed'
  }
}

/**
 * The links after a "read also" or "most read" header are navigation, as long as they look like links. Returns the
 * last line each list took, with the line where the list stopped.
 */
function followHeaders(shapes: Shapes, kinds: Kinds): HeaderList[] {
  const lists: HeaderList[] = []
  // A line of items between bars is a menu or a date line, never the title; nor is a bulleted line.
  const isTitle = (j: number) => !/\s\|\s/.test(shapes[j]!.plain) && !shapes[j]!.bulleted
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (kinds[i] !== 'navigation' || shape == null || !isListHeader(shape)) continue
    let j = i + 1
    let taken = -1
    while (
      j < shapes.length &&
      (kinds[j] !== null ||
        isLinkLike(shapes[j]!) ||
        trailsOff(shapes[j]!) ||
        nextItem(shapes, j) ||
        isBareBullet(shapes[j]!))
    ) {
      if (kinds[j] === null) {
        kinds[j] = 'navigation'
        if (isTitle(j)) taken = j
      }
      j++
    }
    if (taken >= 0) lists.push({ header: i, taken, stop: j })
    i = j - 1
  }
  return lists
}

/** A header's list: the header's line, the last title-like line it took, and the line where it stopped. */
interface HeaderList {
  header: number
  taken: number
  stop: number
}

/**
 * `- فرقة … تفوز بجائزة المهرجان … تعرفوا على أعضائها!`: a bulleted line under a bulleted line of a header's list,
 * or the line under a bullet alone, is its next link, though a title may end with ! or ?, unless it ends as the
 * article's sentences do, with a full stop.
 */
function nextItem(shapes: Shapes, j: number): boolean {
  const shape = shapes[j]
  if (!shape || endsFullStop(shape) || shape.words.length > MAX_HEADLINE_WORDS) return false
  const above = shapes[j - 1] ?? null
  return (shape.bulleted && !!above?.bulleted) || isBareBullet(above)
}

/** `-` alone on its line: the bullet of the next item, which the page put on a line of its own. */
function isBareBullet(shape: LineShape | null): boolean {
  return shape !== null && shape.words.length === 0 && BARE_BULLET.test(shape.plain.trim())
}

const BARE_BULLET = /^[-*•·▪●◦]$/

/** `… مقاربة وطنية لإدارة التوافق، بقلم …`: a link's title cut short by the page. */
function trailsOff(shape: LineShape | null): boolean {
  return (
    shape !== null && !shape.titled && shape.words.length <= MAX_HEADLINE_WORDS && trailingDots(shape.plain)
  )
}

/**
 * A list above the page's title ends at the title: the last title-like line a header took, when the body follows, and
 * the copy of it over it (the headline printed twice: both copies are the title's).
 */
function releaseTitle(lists: readonly HeaderList[], shapes: Shapes, kinds: Kinds, first: number): void {
  for (const { header, taken, stop } of lists) {
    if (stop !== first || taken >= first) continue
    kinds[taken] = null
    const copy = taken - 1
    if (copy > header && joinedWords(shapes[copy]!) === joinedWords(shapes[taken]!)) kinds[copy] = null
  }
}

type Kinds = (ClutterKind | null)[]
type Shapes = readonly (LineShape | null)[]

/**
 * The first and last line of the body: a sentence that ends, or a long line of running text (a comma or full stop
 * inside it). Null when the page has none.
 */
function bodyBounds(shapes: Shapes, kinds: Kinds): { first: number; last: number } | null {
  let first = -1
  let last = -1
  for (let i = 0; i < shapes.length; i++) {
    if (kinds[i] !== null) continue
    // «يمكنكم متابعة المباراة عبر الرابط التالي:»: a sentence that introduces what follows goes on with the body it
    // is part of; it begins one only when it runs as text does (a ticker of titles may end in a separator's colon).
    if (isBody(shapes[i]!)) {
      if (first < 0) first = i
      last = i
    } else if (introduces(shapes[i]!) && (first >= 0 || opensList(shapes, kinds, i))) {
      if (first < 0) first = i
      last = i
    }
  }
  return first < 0 ? null : { first, last }
}

/**
 * `في إطار الحملة، تدخلت المصالح في المواقع التالية:` over the places it lists, one a line, and the body going on under
 * them: a clause that introduces a list and runs as text (its commas and full stops) opens the body, so that the
 * list's short items under it are read as the article's, not as the bylines and links of a page's head.
 */
function opensList(shapes: Shapes, kinds: Kinds, i: number): boolean {
  const shape = shapes[i]!
  if (!isRunningText(shape.stops, shape.plain.length)) return false
  let k = i + 1
  while (k < shapes.length && kinds[k] === null && shapes[k] !== null && !isBody(shapes[k]!)) k++
  return k > i + 1 && k < shapes.length && kinds[k] === null && isBody(shapes[k] ?? null)
}

function introduces(shape: LineShape | null): boolean {
  return shape !== null && shape.words.length >= BODY_SENTENCE_WORDS && shape.endsColon
}

function isBody(shape: LineShape | null): boolean {
  if (shape === null) return true
  const words = shape.words.length
  return (
    (words >= BODY_WORDS && isRunningText(shape.stops, shape.plain.length)) ||
    (words >= BODY_SENTENCE_WORDS && shape.endsSentence)
  )
}

/** The name on the line after a masthead title (`رئيس التحرير` / `سامي الخطيب`) is the site's too. */
function markMastheadNames(shapes: Shapes, kinds: Kinds): void {
  for (let i = 1; i < shapes.length; i++) {
    if (kinds[i] !== null || kinds[i - 1] !== 'boilerplate' || !isMastheadLine(shapes[i - 1]!)) continue
    if (isName(shapes[i]!)) kinds[i] = 'boilerplate'
  }
}

function isMastheadLine(shape: LineShape | null): boolean {
  return shape !== null && matchPhraseAt(mastheadTitles, shape.words, 0) > 0
}

/**
 * In an Arabic page, a line of Latin script alone is no line of the article: a photo credit (`Getty Images via AFP`)
 * or an agency's caption, the text or tags of an embedded post, a widget's message. A page is Arabic when Latin
 * lines hold less than a third of its characters; counting characters, not lines, reads a short page (a title, one
 * long paragraph, one Latin line) as the Arabic page it is.
 */
function markLatinLines(lines: readonly Span[], shapes: Shapes, kinds: Kinds): void {
  let arabic = 0
  let latin = 0
  for (let i = 0; i < shapes.length; i++) {
    const length = lines[i]!.end - lines[i]!.start
    if (shapes[i]?.latin) latin += length
    else arabic += length
  }
  if (latin === 0 || latin * 2 >= arabic) return
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape?.latin || endsSentenceAbove(shapes, i)) continue
    const nearEmbed = (i > 0 && kinds[i - 1] === 'embed') || kinds[i + 1] === 'embed' || shapes[i + 1]?.latin
    kinds[i] = coversAny(photoCredits, shape.words) ? 'caption' : nearEmbed ? 'embed' : 'caption'
  }
  // A run of Latin lines above an embed is the post: its last line carried the signature.
  for (let i = shapes.length - 1; i > 0; i--) {
    if (kinds[i] === 'embed' && shapes[i - 1]?.latin) kinds[i - 1] = 'embed'
  }
}

/**
 * `… على موقع` / `"forms-example.net".`: a line that ends a sentence under an Arabic line that does not (nor with a
 * colon) ends that line's sentence, broken by the scraper before a name or an address in Latin letters.
 */
function endsSentenceAbove(shapes: Shapes, i: number): boolean {
  const above = i > 0 ? shapes[i - 1] : undefined
  return (
    i > 0 &&
    shapes[i]!.endsSentence &&
    above != null &&
    !above.latin &&
    !above.endsSentence &&
    !above.endsColon
  )
}

function coversAny(set: Parameters<typeof matchPhraseAt>[0], words: readonly string[]): boolean {
  return words.some((_, at) => matchPhraseAt(set, words, at) > 0)
}

/**
 * A short line that appears twice is a caption, the site's name or a section's, not the article's: headings are not
 * repeated.
 * The page's title repeated is longer than this.
 */
function markShortRepeats(shapes: Shapes, kinds: Kinds): void {
  const seen = new Map<string, number>()
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (!shape || kinds[i] === 'navigation' || !isName(shape, MAX_SLUG_WORDS)) continue
    const key = shape.words.join(' ')
    const earlier = seen.get(key)
    if (earlier === undefined) {
      seen.set(key, i)
      continue
    }
    // A section's name printed twice (above the title and again at the foot) is the menu's, and begins the tail.
    const kind = coversAll(sectionNames, withoutAnd(shape.words)) ? 'navigation' : 'caption'
    kinds[earlier] ??= kind
    kinds[i] ??= kind
  }
}

// Teasers a site cuts at one width differ in length by a word at most. Two paragraphs of one writer that trail off
// fall within a word of each other by chance (two leading paragraphs of 256 and 267 characters); three seldom do.
const TEASER_WIDTH_SPREAD = 12
const MIN_TEASERS = 3

/**
 * Three or more lines in a row, each a sentence cut short with … and all of one length (`حدد بنك الجزائر، المبلغ الأقصى
 * … في السنة...`): the teasers of other articles, cut by the site at a fixed width. A writer who trails off does not
 * do it at the same character three times.
 */
function markTeaserRuns(shapes: Shapes, kinds: Kinds): void {
  const isTeaser = (i: number) => {
    const shape = shapes[i]
    return (
      kinds[i] === null &&
      shape != null &&
      shape.words.length >= BODY_SENTENCE_WORDS &&
      trailingDots(shape.plain)
    )
  }
  for (let i = 0; i < shapes.length; i++) {
    if (!isTeaser(i)) continue
    let j = i
    while (j < shapes.length && isTeaser(j)) j++
    const lengths = shapes.slice(i, j).map((shape) => shape!.plain.length)
    if (j - i >= MIN_TEASERS && Math.max(...lengths) - Math.min(...lengths) <= TEASER_WIDTH_SPREAD)
      for (let k = i; k < j; k++) kinds[k] = 'navigation'
    i = j
  }
}

/**
 * Above the body. The first line that is not clutter is the title (a heading line may follow it); after it, a line
 * that repeats part of a line above is a caption, a short name line is a byline (`محمود نوفل`, `دمشق ـ نورث برس`,
 * `قطاع غزة:`), a line under a caption is the caption's text, and a run of three or more titles is a list of links.
 * Above the title, a long line with no comma or full stop is a ticker of glued titles.
 */
function markTop(
  shapes: Shapes,
  kinds: Kinds,
  first: number,
  leadWords: () => readonly string[],
  headline = -1,
): void {
  let title = headline
  for (let i = 0; i < first; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || i === headline) continue
    // Under a line that reads as the title, a long line with no comma is its lead written without them.
    if (
      title < 0 &&
      shape.words.length > MAX_CLUTTER_WORDS &&
      !shape.endsSentence &&
      !runsIntoBody(shapes, i) &&
      !CREDITED_LEAD.test(shape.plain)
    )
      kinds[i] = 'navigation'
    else if ((isSlug(shape, true) && !introducesList(shapes, i)) || (i === first - 1 && isLeadCredit(shape)))
      kinds[i] = 'byline'
    else if (title < 0 && isTitleLike(shape)) title = i
  }
  if (title < 0) title = kinds.findIndex((kind, i) => i < first && kind === null && shapes[i] !== null)
  if (title < 0) return
  // Above the title, a short line is a section's name, a menu's item or a widget's label.
  for (let i = 0; i < title; i++) {
    const shape = shapes[i]
    if (kinds[i] === null && shape && isKicker(shape)) kinds[i] = 'navigation'
  }
  markCaptionPairsUnderCredit(shapes, kinds, title, first)
  const titleWords = ` ${shapes[title]!.words.join(' ')} `
  for (let i = title + 1; i < first; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape) continue
    const words = ` ${shape.words.join(' ')} `
    // A line that holds the whole title is the title again (`OUTLET - TITLE`), never a caption's text: the photo's
    // alt text often repeats the title, but so does a page that prints its header twice.
    if (words.includes(titleWords) || copiesTitle(shape, shapes[title]!)) continue
    if (shape.endsSentence) {
      if (shape.words.length < BODY_SENTENCE_WORDS && repeatsPartAbove(shapes, i)) kinds[i] = 'caption'
    } else if (repeatsPartAbove(shapes, i)) kinds[i] = 'caption'
    else if (
      (isSlug(shape) || isSignedName(shapes, kinds, i, first)) &&
      !introducesList(shapes, i) &&
      !headsParagraph(shape, i, first, leadWords)
    )
      kinds[i] = 'byline'
    else if (
      kinds[i - 1] === 'caption' &&
      !hasText(shapes[i - 1]) &&
      shape.words.length <= MAX_CAPTION_WORDS &&
      !opensLead(shape, i, first)
    )
      kinds[i] = 'caption'
  }
  const holdsTitle = (i: number) => ` ${shapes[i]!.words.join(' ')} `.includes(titleWords)
  markLinkRuns(shapes, kinds, title + 1, first, holdsTitle)
}

/**
 * A title printed twice, with nothing but clutter or a short label between its copies (a date line, a share bar and its counter) and the body's first
 * line under the second, is the page's own: the lines above its first copy that are no sentence (other stories'
 * headlines, a widget, a menu) are the page's header, not the article, which opens at its title.
 */
function markAboveTitleTwice(shapes: Shapes, kinds: Kinds): void {
  // What stands between a title's copies: clutter, or a label or counter of a word or two (`مشاهدة`).
  const between = (i: number) => (kinds[i] !== null ? i < kinds.length : !!shapes[i] && isKicker(shapes[i]!))
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || !isTitleLike(shape) || shape.endsSentence) continue
    let j = i + 1
    // A date line, a share bar and its counters: six lines at most.
    while (j - i <= 6 && between(j)) j++
    if (j === i + 1 || !shapes[j] || joinedWords(shapes[j]!) !== joinedWords(shape)) continue
    while (between(++j));
    if (shapes[j] && !isBody(shapes[j]!)) return
    for (let k = 0; k < i; k++)
      if (kinds[k] === null && shapes[k] && !shapes[k]!.endsSentence) kinds[k] = 'navigation'
    return
  }
}

/**
 * `أعلنت الوزارة … عن أسعار الشهر` right over the body: a line of a sentence's length that opens as news paragraphs do
 * (a reporting verb, a function word) is the lead, whose full stop the page dropped, not the text of a photo over it.
 */
function opensLead(shape: LineShape, i: number, first: number): boolean {
  return (
    i === first - 1 &&
    shape.words.length >= BODY_SENTENCE_WORDS &&
    paragraphOpenerSet.has(shape.words[0] ?? '')
  )
}

/**
 * `الخسائر المادية` over `وقدرت الخسائر …`: words alone over the body's first line that share a word of content with
 * it are a heading the paragraph takes up, not a name crediting it: a writer's name is not the lead's subject. A
 * credit set off by a colon or dash (`قطاع غزة:`، `دمشق - OUTLET`) names its place all the same.
 */
function headsParagraph(
  shape: LineShape,
  i: number,
  first: number,
  leadWords: () => readonly string[],
): boolean {
  if (i !== first - 1 || shape.endsColon || SEPARATOR_IN_LINE.test(shape.plain)) return false
  if (shape.words.some(isGivenName)) return false
  const below = contentStems(leadWords())
  for (const stem of contentStems(shape.words)) if (below.has(stem)) return true
  return false
}

const SEPARATOR_IN_LINE = /[:|/\\\-–—_ـ،,.()]/

// A word as `clutterWords` folds it (ة as ه, ى as ي) that is a given name: the line names a person, whom the lead may
// name too. The list keeps ة and ى, so a folded last letter is asked both ways.
function isGivenName(word: string): boolean {
  if (givenNameSet.has(word)) return true
  const unfolded = word.endsWith('ه') ? 'ة' : word.endsWith('ي') ? 'ى' : null
  return unfolded !== null && givenNameSet.has(`${word.slice(0, -1)}${unfolded}`)
}

// A headline that is a question or an exclamation is long enough to pass for a sentence of the body.
const MAX_HEADLINE_WORDS = 20
const HEADLINE_END = /[؟?!][\s»”"')]*$/

/**
 * The first line of the body, or the one after it when it is the page's title: a question or an exclamation of at
 * most twenty words, with no title-like line above it and another line of the body within three lines below.
 */
// `OUTLET - يتوقع …`: a credit of up to three words and one spaced dash open a lead; a ticker's titles have no credit.
const CREDITED_LEAD = /^[^\s\-–—]+(?:\s[^\s\-–—]+){0,2}\s[-–—]\s(?!.*\s[-–—]\s)/u

/**
 * A long unpunctuated line right above a line of the body, or above one that opens a paragraph (`كما`, `وأضاف`), is the article's first paragraph written without commas, not a ticker: a ticker sits above the title.
 */
function runsIntoBody(shapes: Shapes, i: number): boolean {
  const next = shapes[i + 1]
  return (
    next === null ||
    (next !== undefined && (continuesText(next) || paragraphOpenerSet.has(next.words[0] ?? '')))
  )
}

function leadAfterTitle(shapes: Shapes, kinds: Kinds, first: number): number {
  const headline = shapes[first]
  if (!headline || headline.words.length > MAX_HEADLINE_WORDS || !HEADLINE_END.test(headline.plain))
    return first
  for (let i = 0; i < first; i++) if (kinds[i] === null && shapes[i] && isTitleLike(shapes[i]!)) return first
  // Within three lines that may be the article's, the headline printed again not counted.
  const printed = joinedWords(headline)
  let seen = 0
  for (let i = first + 1; i < shapes.length && seen < 3; i++) {
    if (kinds[i] !== null || (shapes[i] && joinedWords(shapes[i]!) === printed)) continue
    if (isBody(shapes[i]!)) return i
    seen++
  }
  return first
}

function joinedWords(shape: LineShape): string {
  return shape.words.join(' ')
}

// The lead's credit stands within its first paragraphs.
const CREDIT_REACH = 3
// A credit's parts are split by a dash; a subheading's by a colon (`حصن سمائل: رمز القوة`).
const DASHED = /\p{L}\s*[-–—]+\s*\p{L}|\sـ+\s/u

/**
 * `سناك سوري-دمشق` between the lead and the next paragraph: two or three short parts split by a dash, under one of
 * the body's first lines and over another, are the credit the report is filed under (`OUTLET-PLACE`, `PLACE - NAME`),
 * not a subheading.
 */
function markDashedCredits(shapes: Shapes, kinds: Kinds, body: { first: number; last: number }): void {
  const end = Math.min(body.last, body.first + CREDIT_REACH)
  for (let i = body.first + 1; i < end; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || !DASHED.test(shape.plain) || !isSlug(shape, true)) continue
    if (!isBody(shapes[i + 1]!)) continue
    if (kinds[i - 1] === null && isBody(shapes[i - 1]!)) kinds[i] = 'byline'
  }
}

/**
 * Inside the body, three or more lines of a word or three, each alone between two paragraphs and all naming one
 * thing (`غزة تحت الحصار`، `ضرب غزة`، `غزة`), are the captions of a gallery: subheadings do not repeat one word. A
 * line ending in a colon introduces the paragraph under it (`المادة 12:` over the article's text): no caption does.
 */
function markGalleryCaptions(shapes: Shapes, kinds: Kinds, body: { first: number; last: number }): void {
  const lines: number[] = []
  for (let i = body.first + 1; i < body.last; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || shape.endsSentence || shape.endsColon) continue
    if (shape.words.length > MAX_SLUG_WORDS) continue
    const between = [i - 1, i + 1].every((k) => kinds[k] === null && isBody(shapes[k]!))
    if (between) lines.push(i)
  }
  if (lines.length < 3) return
  const shared = shapes[lines[0]!]!.words.filter(
    (word) => !stopwords.has(word) && lines.every((i) => shapes[i]!.words.includes(word)),
  )
  if (shared.length > 0) for (const i of lines) kinds[i] = 'caption'
}

// An outlet's name is at most five words long (`شبكة أخبار الوادي الأخضر الإخبارية`).
const MAX_OUTLET_WORDS = 5

/**
 * `شبكة NAME الإخبارية`، `بوابة NAME`، `NAME24`: a few words of a name (no function word, number, colon or sentence end)
 * opened by an outlet's head or closed by an outlet's ending (`24` among them, written apart or glued).
 */
function isOutletName(shape: LineShape, endingOnly = false): boolean {
  const { words } = shape
  // A colon labels a credit (`متابعات : OUTLET`), which the rules of bylines and the model read.
  if (
    words.length === 0 ||
    words.length > MAX_OUTLET_WORDS ||
    shape.endsSentence ||
    shape.plain.includes(':')
  )
    return false
  const ending = outletNameEndings.has(words[words.length - 1]!)
  if (!ending && (endingOnly || !outletNameHeads.has(words[0]!))) return false
  const name = ending ? words.slice(0, -1) : words.slice(1)
  return name.length > 0 && !name.some((word) => stopwords.has(word) || isNumberWord(word))
}

/**
 * An outlet's name alone on a line (`isOutletName`), once the rules and the model have read the page, so that no
 * other verdict moves: above the body, the site's logo over the title or its credit under it; between the body's
 * lines, a credit when the name ends as outlets' names do (`NAME نيوز`، `NAME24`; an outlet's head and a word,
 * `موقع الحادث`, may head a paragraph there); on a page with no body, its first line over a line of clutter is the
 * logo.
 */
function markOutletNames(shapes: Shapes, kinds: Kinds, body: { first: number; last: number } | null): void {
  const open = (i: number) => kinds[i] === null && shapes[i] !== null
  // `TITLE »` / `OUTLET`, `… عبر` / `منصة إكس`: under a line of the article that ends no sentence, the name may be
  // that line's last words, where the page broke it.
  const continuesLineAbove = (i: number) => i > 0 && open(i - 1) && !shapes[i - 1]!.endsSentence
  if (body === null) {
    const top = shapes.findIndex((shape) => shape !== null)
    if (top >= 0 && open(top) && kinds[top + 1] && isOutletName(shapes[top]!)) kinds[top] = 'boilerplate'
    return
  }
  const titleUnder = (i: number) => {
    for (let j = i + 1; j < body.first; j++) if (open(j) && isTitleLike(shapes[j]!)) return true
    return false
  }
  let titled = false
  for (let i = 0; i < body.first; i++) {
    if (!open(i)) continue
    // Over the title, only with a line of a title's length under it, above the body: the headline itself may open
    // with an outlet's head (`قناة السويس تسجل إيرادات قياسية`).
    if (isOutletName(shapes[i]!) && !continuesLineAbove(i) && (titled || titleUnder(i)))
      kinds[i] = titled ? 'byline' : 'boilerplate'
    else titled = true
  }
  for (let i = body.first + 1; i < body.last; i++)
    if (open(i) && isOutletName(shapes[i]!, true) && !continuesLineAbove(i)) kinds[i] = 'byline'
}

/**
 * A title has several words, or ends as a sentence does (`بيان رسمي…`): a section's, a place's or a widget's name
 * is no title.
 */
function isTitleLike(shape: LineShape): boolean {
  return shape.words.length >= MIN_TITLE_WORDS || shape.endsSentence
}

/**
 * A section's name, a menu's item or a widget's label: a few words, no sentence, no quotation, and a noun first. A
 * short line that opens with a function word (`من الصحافة اللبنانية`) is a phrase of the writer's: a short title.
 */
function isKicker(shape: LineShape): boolean {
  return (
    shape.words.length < MIN_TITLE_WORDS &&
    !shape.endsSentence &&
    !shape.quoted &&
    !stopwords.has(shape.words[0] ?? '')
  )
}

/**
 * A caption that holds its own text has none on the line after it; an image, a file name or a credit in Latin
 * letters (`Getty Images via AFP`) leaves it to the next line.
 */
function hasText(shape: LineShape | null): boolean {
  return (
    shape !== null && !shape.image && !shape.linkOnly && !shape.latin && shape.words.length > MAX_SLUG_WORDS
  )
}

/**
 * `2009-12-11 05:31 ص` / `دنيز عطا الله حداد` / the lead: a name of up to four words between a date or credit line
 * and the body's first line is the writer's, a compound name (`عطا الله`) being longer than a byline's usual three.
 */
function isSignedName(shapes: Shapes, kinds: Kinds, i: number, first: number): boolean {
  return (
    i === first - 1 &&
    (kinds[i - 1] === 'dateline' || kinds[i - 1] === 'byline') &&
    isName(shapes[i]!, MAX_NAME_WORDS)
  )
}

// `الجنوب اليوم:`، `صوت المدينة 24:`: an outlet's name and a colon, the credit that opens the lead under it.
const MAX_LEAD_CREDIT_WORDS = 3

/** A few words ending in a colon, just above the body's first line: the lead's credit, not a title or a heading. */
function isLeadCredit(shape: LineShape): boolean {
  return shape.endsColon && shape.words.length > 0 && shape.words.length <= MAX_LEAD_CREDIT_WORDS
}

/**
 * `مدرب الميناء/ حسن أحمد :` over bulleted lines: a line ending in a colon that the article's own list follows is
 * the list's head (who says what follows), not a byline, however like `PLACE - OUTLET:` it is shaped.
 */
function introducesList(shapes: Shapes, i: number): boolean {
  return shapes[i]?.endsColon === true && shapes[i + 1]?.bulleted === true
}

// A headline a breadcrumb ends in: a few words, three or more (`كركوك… قنبلة موقوتة`).
const MIN_CRUMB_TITLE_WORDS = 3
// Clutter lines that may stand between a headline and its longer variant (a date line, a share bar).
const VARIANT_REACH = 3
// The words a photo's label adds after the headline it repeats (`صورة أرشيفية`).
const MAX_CAPTION_LABEL_WORDS = 3
// Set off from the headline: the page's own way of joining it to an outlet, a section or a tag (`OUTLET - TITLE`).
const SET_OFF = /[-–—|:/\\»>()[\]_ـ]\s*$/u
const SET_OFF_AFTER = /^\s*[-–—|:/\\«<()[\]_ـ]/u

/**
 * A headline printed twice above the body, once as it stands and once with words the page joined to it, tells what
 * those words are by where they stand, when nothing sets them off (a dash, a bar, a colon, a bracket: `OUTLET -
 * TITLE` is the title again): a line that ends in the headline printed whole on the line under it is a breadcrumb
 * (`الرئيسية أخبار محلية TITLE` / `TITLE`, or its crumbs glued: `مجلة الغدأخبار البلدTITLE`), navigation, and the
 * line under it the title; a line that repeats the headline above it and adds a word or three is the photo's caption
 * (`TITLE صورة أرشيفية`), with at most a date line or a share bar between them. A headline cut short with … above is
 * a teaser's, not the title. Returns the title a breadcrumb ends in, or -1.
 */
function markTitleVariants(shapes: Shapes, kinds: Kinds, first: number): number {
  for (let i = 0; i < first; i++) {
    const upper = shapes[i]
    if (kinds[i] !== null || !upper || upper.endsSentence) continue
    let j = i + 1
    while (j < first && j - i <= VARIANT_REACH + 1 && kinds[j] !== null) j++
    const lower = shapes[j]
    if (j >= first || kinds[j] !== null || !lower || lower.endsSentence) continue
    const a = upper.plain.trim()
    const b = lower.plain.trim()
    if (j === i + 1 && a.length > b.length && lower.words.length >= MIN_CRUMB_TITLE_WORDS && a.endsWith(b)) {
      const before = a.slice(0, a.length - b.length)
      if (!SET_OFF.test(before) && clutterWordsCount(before) > MAX_TITLE_PREFIX_WORDS) {
        kinds[i] = 'navigation'
        return j
      }
    } else if (b.length > a.length && upper.words.length >= MIN_TITLE_WORDS && b.startsWith(a)) {
      const after = b.slice(a.length)
      const count = clutterWordsCount(after)
      const apart = /^\s/.test(after) && !SET_OFF_AFTER.test(after)
      if (apart && !trailsOff(upper) && count > 0 && count <= MAX_CAPTION_LABEL_WORDS) kinds[j] = 'caption'
    }
  }
  return -1
}

function clutterWordsCount(text: string): number {
  return lineShape(text).words.length
}

// The words a page may print before its title and leave out of the title's copy (`أخبار`، the outlet's name).
const MAX_TITLE_PREFIX_WORDS = 2

/**
 * `أخبار البلدية: المجلس يقر …` / `البلدية: المجلس يقر …`: the title printed again without a word or two the page put before it,
 * or without the site's name it put after a dash (`المجلس يقر … - OUTLET` / `المجلس يقر …`), is the title's copy, not a
 * caption repeating part of it.
 */
function copiesTitle(shape: LineShape, title: LineShape): boolean {
  const extra = title.words.length - shape.words.length
  if (shape.words.length < MIN_TITLE_WORDS || extra < 1) return false
  if (extra <= MAX_TITLE_PREFIX_WORDS && shape.words.every((word, k) => title.words[extra + k] === word))
    return true
  return (
    extra <= MAX_SITE_SUFFIX_WORDS &&
    shape.words.every((word, k) => title.words[k] === word) &&
    siteSuffix(title, shape.words.length)
  )
}

// The site's name a page's head title ends with (`TITLE - صوت المدينة`, `TITLE | أخبار اليوم 24`).
const MAX_SITE_SUFFIX_WORDS = 4
const SUFFIX_MARK = /^\s*[-–—|]\s/

/** `TITLE - OUTLET`: the title's words after `at` follow a dash or bar, as the site's name does in a head title. */
function siteSuffix(title: LineShape, at: number): boolean {
  return SUFFIX_MARK.test(title.plain.slice(title.ends[at - 1]))
}

/** Part of a longer line above it, word for word. */
function repeatsPartAbove(shapes: Shapes, i: number): boolean {
  const words = ` ${shapes[i]!.words.join(' ')} `
  for (let j = 0; j < i; j++) {
    const above = shapes[j]
    if (!above || above.words.length <= shapes[i]!.words.length) continue
    if (` ${above.words.join(' ')} `.includes(words)) return true
  }
  return false
}

/**
 * A byline's shape: a name of up to three words, two or three short parts split by a dash or a colon (`PLACE -
 * OUTLET`, `PLACE- حوار: NAME`), or a name with a place in brackets (`NAME (PLACE)`); only the last two (`dashed`) are
 * never a title.
 */
function isSlug(shape: LineShape, dashed = false): boolean {
  if (!dashed && isName(shape, MAX_SLUG_WORDS)) return true
  // `NAME (PLACE)`: the reporter and where the story was filed, the outlet's number after it (`NAME (PLACE) 24`).
  const place = /^([^()]+)\(([^()]+)\)(?:\s*\d+)?$/.exec(shape.plain)
  if (place && isName(lineShape(place[1]!), MAX_SLUG_WORDS) && isName(lineShape(place[2]!), 2)) return true
  const parts = shape.plain.split(/\s*[-–—_ـ|/]+\s*|[،,:]\s*/).filter((part) => /[\p{L}\p{N}]/u.test(part))
  return (
    (parts.length === 2 || parts.length === 3) &&
    isName(shape, MAX_SLUG_WORDS * 2) &&
    parts.every((part) => part.split(/\s+/).length <= 3)
  )
}

/**
 * Three or more link-like lines in a row, not introduced by a line ending in a colon and none holding the title: a
 * list of links. Not the lines just above the article's byline or date line: what stands between the title and its
 * credit is the article's (its points, `مدير الميناء: ثلاث أرصفة جديدة`), and a list of other articles
 * does not sit inside the article's head.
 */
function markLinkRuns(
  shapes: Shapes,
  kinds: Kinds,
  from: number,
  to: number,
  holdsTitle: (i: number) => boolean,
): void {
  const isItem = (i: number) =>
    kinds[i] === null &&
    (isLinkLike(shapes[i]!) || isHeadline(shapes[i]!)) &&
    !shapes[i]!.bulleted &&
    !holdsTitle(i)
  for (let i = from; i < to; i++) {
    if (!isItem(i)) continue
    let j = i
    while (j < to && isItem(j)) j++
    const credited = kinds[j] === 'byline' || kinds[j] === 'dateline'
    if (j - i >= 3 && shapes[i - 1]?.endsColon !== true && !credited && !goesOnAsText(shapes, kinds, i, j))
      for (let k = i; k < j; k++) kinds[k] = 'navigation'
    i = j
  }
}

// A closing line of the page's own: a signature, a caption, a motto or a prompt of a few words.
const MAX_CLOSING_WORDS = 4

/**
 * Under the body's last line, the line right over the clutter that closes the page, when it is of four words or fewer
 * and ends no sentence (`عن الكاتب`، `صورة المهرجان`, over a copyright or a comment form), is the page's, not the
 * article's: the article's last words stand above the page's clutter, not inside it. The page's last line is left open
 * (a stored page is often cut in its last paragraph, `وأكد الوزير`), and so is a line broken off (`… على`), one that
 * opens as a paragraph goes on (`وفي …`), one under a line of the article broken off (the rest of its sentence) and
 * any on a hard-wrapped page (its paragraph's last words).
 */
function markClosingLine(shapes: Shapes, kinds: Kinds, last: number): void {
  // The run of clutter that closes the page, and the line over it.
  let tail = shapes.length
  while (tail > last + 1 && kinds[tail - 1] !== null) tail--
  const i = tail - 1
  const shape = shapes[i]
  if (tail === shapes.length || i <= last || kinds[i] !== null || !shape || !isClosingLine(shape)) return
  // Under a line of the article that ends no sentence, it may be that sentence's last words.
  const above = shapes[i - 1]
  if (kinds[i - 1] === null && above && (brokenOffAt(above) !== null || lastWordIsFunctionWord(above))) return
  kinds[i] = 'boilerplate'
}

function isClosingLine(shape: LineShape): boolean {
  const words = shape.words.length
  return (
    words > 0 &&
    words <= MAX_CLOSING_WORDS &&
    !shape.endsSentence &&
    !shape.endsColon &&
    !shape.bulleted &&
    !shape.titled &&
    !shape.quoted &&
    brokenOffAt(shape) === null &&
    !continuesText(shape) &&
    !paragraphOpenerSet.has(shape.words[0]!)
  )
}

/**
 * Below the body. A name line between the last paragraph and a date line closing the page signs the article (`المكتب
 * الإعلامي` / `3 تشرين الثاني 2022`); once the page's clutter has begun, the link-like lines after it are links.
 */
function markTail(shapes: Shapes, kinds: Kinds, last: number): void {
  const next = last + 1
  if (
    next + 1 < shapes.length &&
    kinds[next] === null &&
    kinds[next + 1] === 'dateline' &&
    !shapes[next + 1]?.bulleted &&
    isName(shapes[next]!, MAX_SIGNATURE_WORDS) &&
    !shapes[next]!.words[0]!.startsWith('و')
  )
    kinds[next] = 'byline'
  markCommentRules(shapes, kinds, next)
  let begun = false
  for (let i = next; i < shapes.length; i++) {
    // Photos and embedded posts stand between paragraphs, and a bulleted line is an item of the article's own list
    // (a match's date among its details): they do not begin the page's clutter.
    if (kinds[i] !== null) begun ||= kinds[i] !== 'caption' && kinds[i] !== 'embed' && !shapes[i]?.bulleted
    else if (begun && isLinkLike(shapes[i]!) && !continuesText(shapes[i]!)) kinds[i] = 'navigation'
  }
}

/**
 * Below the body, a bulleted list that speaks of comments (`- الرجاء عدم إرسال التعليق أكثر من مرة`) is the site's
 * comment policy, every item of it.
 */
function markCommentRules(shapes: Shapes, kinds: Kinds, from: number): void {
  const isItem = (i: number) => kinds[i] === null && shapes[i]?.bulleted === true
  for (let i = from; i < shapes.length; i++) {
    if (!isItem(i)) continue
    let j = i
    while (j < shapes.length && isItem(j)) j++
    const speaks = (k: number) =>
      shapes[k]!.words.some((_, at) => matchPhraseAt(commentWords, shapes[k]!.words, at) > 0)
    if (j - i >= 2 && shapes.slice(i, j).some((_, k) => speaks(i + k)))
      for (let k = i; k < j; k++) kinds[k] = 'boilerplate'
    i = j
  }
}

// A menu glued on one line: most of its words name sections.
const MIN_MENU_WORDS = 5

/**
 * `اخبار لبنان اخبار المدينة اعلانات منوعات عربي ودولي صور وفيديو`: a line of five words or more, with no sentence's end
 * or comma, at least half of whose words are sections' names, is a menu whose items the page glued together.
 */
function isGluedMenu(shape: LineShape): boolean {
  const words = withoutAnd(shape.words)
  if (words.length < MIN_MENU_WORDS || shape.endsSentence || shape.stops > 0) return false
  let named = 0
  for (let at = 0; at < words.length; ) {
    const matched = matchPhraseAt(sectionNames, words, at)
    named += matched
    at += Math.max(matched, 1)
  }
  return named * 2 >= words.length
}

/** `دولي وعربي`: a section name joined by و. */
function withoutAnd(words: readonly string[]): string[] {
  return words.map((word) =>
    word.startsWith('و') && !sectionNames.byFirst.has(word) && sectionNames.byFirst.has(word.slice(1))
      ? word.slice(1)
      : word,
  )
}

/**
 * `رسميًا وشعبيًا، ولا تقيم أية`: a comma inside the line and a clause after it that opens with a function word (or و
 * and one): running text, which a link's title seldom writes.
 */
function clauseAfterComma(shape: LineShape): boolean {
  const comma = shape.plain.search(/[،,]\s+\S/u)
  if (comma < 0) return false
  const next = lineShape(shape.plain.slice(comma + 1))
  const word = next.words[0] ?? ''
  return stopwords.has(word) || continuesText(next)
}

/**
 * Whether a run of short lines `[from, to)` that a rule of position would read as links (between the title and the
 * body, or under the body's last line) is the article going on: a line after the first opens as the text goes on
 * (`continuesText`: و or ف and a verb or function word), or the open line right after the run does, or a line of it
 * is broken off before a word no sentence ends in (`brokenOffAt`) or goes on past a comma (`clauseAfterComma`). A
 * heading over a paragraph that ends with no full stop, or a paragraph the page cut or wrapped, reads so; a link's
 * title opens with its own subject and ends whole.
 */
function goesOnAsText(shapes: Shapes, kinds: Kinds, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (brokenOffAt(shapes[k]!) !== null || clauseAfterComma(shapes[k]!)) return true
  for (let k = from + 1; k <= to && k < shapes.length; k++) {
    const shape = shapes[k]
    if (k === to && kinds[k] !== null) return false
    if (shape && continuesText(shape)) return true
  }
  return false
}

function markEdge(
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  from: number,
  to: number,
  bottom: boolean,
): void {
  for (let i = from; i < to; i++) {
    const shape = shapes[i]
    // A line of signs alone (`--:--`, `<`, `|`, or `>` that markdown reads as an empty quotation) outside the
    // body: a widget or a control of the page.
    if (kinds[i] === null && shape && shape.words.length === 0) kinds[i] = 'boilerplate'
    else if (
      kinds[i] === null &&
      shape &&
      shape.words.length > 0 &&
      shape.words.length <= 4 &&
      coversAll(sectionNames, withoutAnd(shape.words))
    ) {
      kinds[i] = 'navigation'
    } else if (kinds[i] === null && shape && isGluedMenu(shape)) kinds[i] = 'navigation'
  }
  // A bulleted line is an item of the article's own list unless it is a link.
  const isItem = (i: number): boolean => {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || (shape.bulleted && !shape.linkOnly)) return false
    return bottom ? isLinkLike(shape) && !readsAsProse(shape) : shape.words.length <= 3 && isLinkLike(shape)
  }
  for (let i = from; i < to; i++) {
    if (!isItem(i)) continue
    let j = i
    while (j < to && isItem(j)) j++
    const introduced = i > 0 && shapes[i - 1]?.endsColon === true && kinds[i - 1] === null
    if (j - i >= 3 && !introduced && !(bottom && goesOnAsText(shapes, kinds, i, j)))
      for (let k = i; k < j; k++) kinds[k] = 'navigation'
    i = j
  }
}
