import {
  boilerplateMarkers,
  bylineOpeners,
  counterWords,
  dateWords,
  isNumberWord,
  matchPhraseAt,
  navigationHeaders,
  sectionNames,
  shareWords,
} from '../lang/ar/clutter-markers.ts'
import { paragraphOpenerSet, stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import { BlockKindSchema, isContentBlock } from '../model/article.ts'
import type { Span } from '../segment/span.ts'
import { type ClutterKind, isLinkLike, type LineShape } from './clutter-line.ts'

/** The clutter kinds, in the schema's order: the learned model's classes after `content`, and its verdict features. */
export const CLUTTER_KINDS: readonly ClutterKind[] = BlockKindSchema.options.filter(
  (kind): kind is ClutterKind => !isContentBlock(kind),
)

/**
 * What the learned clutter model reads of a line: its shape, where it stands against the body, and its neighbours,
 * all in terms no outlet owns (no marker phrase, no site name), so that what one set of pages taught transfers to
 * the next. The order is the weights' order: a name's index is its weight's index.
 */
export const CLUTTER_FEATURES: readonly string[] = [
  'bias',
  'words',
  'chars',
  'endsSentence',
  'endsColon',
  'stopsPerWord',
  'functionWordShare',
  'openerShare',
  'firstIsFunctionWord',
  'numberShare',
  'dateWordShare',
  'dateOrTime',
  'latinShare',
  'webMark',
  'bulleted',
  'quoted',
  'titled',
  'hashtags',
  'separators',
  'parenthesis',
  'trailsOff',
  'linkLike',
  'threeWordsOrFewer',
  'position',
  'aboveBody',
  'belowBody',
  'nearBodyEdge',
  'previousClutter',
  'nextClutter',
  'previousBody',
  'nextBody',
  'previousShort',
  'nextShort',
  'shortRun',
  'repeated',
  'noLetters',
  'nameLike',
  'sectionWordShare',
  'markerWordShare',
  'firstOpenLine',
  // The rules' own verdict on the line, and its kind: what the model adds to, not what it replaces.
  'ruleClutter',
  ...CLUTTER_KINDS.map((kind) => `rule:${kind}`),
]

/** The lines the rules have read: their shapes (null for a line of running text) and their verdicts. */
export interface ClutterContext {
  text: string
  lines: readonly Span[]
  shapes: readonly (LineShape | null)[]
  kinds: readonly (ClutterKind | null)[]
  /** First and last line of the body as the rules found it, or null. */
  body: { first: number; last: number } | null
  /** The first line the rules read and left to the article (the page's title, mostly), or -1. */
  firstOpen: number
}

const SHORT_WORDS = 4
// A run of five short lines is a menu however long it goes on.
const SHORT_RUN = 5
const DATE_OR_TIME = /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/
const WEB_MARK = /@|https?:|www\.|\]\(|!\[|\*\*|\.(?:com|net|org)\b/i
const SEPARATOR = /\s[|»«›‹>•·\\/]\s|\s[-–—]\s/
const TRAILS_OFF = /(?:…|\.\.\.)$/

/** The feature vector of line `i`, in the order of `CLUTTER_FEATURES`. */
export function clutterFeatures(context: ClutterContext, i: number, repeated: boolean): number[] {
  const { lines, shapes, kinds, body } = context
  const shape = shapes[i]!
  const { words } = shape
  const count = Math.max(words.length, 1)
  let functionWords = 0
  let openers = 0
  let numbers = 0
  let dates = 0
  let sections = 0
  let markers = 0
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!
    if (stopwords.has(word)) functionWords++
    if (paragraphOpenerSet.has(word)) openers++
    if (isNumberWord(word)) numbers++
    if (matchPhraseAt(dateWords, words, at) > 0) dates++
    if (matchPhraseAt(sectionNames, words, at) > 0) sections++
    if (MARKERS.some((set) => matchPhraseAt(set, words, at) > 0)) markers++
  }
  const n = lines.length
  const first = body?.first ?? n
  const last = body?.last ?? -1
  const edge = body === null ? n : i < first ? first - i : i > last ? i - last : n
  return [
    1,
    Math.min(words.length / 40, 1),
    Math.min(Math.log1p(lines[i]!.end - lines[i]!.start) / 6, 1),
    flag(shape.endsSentence),
    flag(shape.endsColon),
    Math.min(shape.stops / count, 1),
    functionWords / count,
    openers / count,
    flag(stopwords.has(words[0] ?? '')),
    numbers / count,
    dates / count,
    flag(DATE_OR_TIME.test(shape.plain)),
    latinShare(shape.plain),
    flag(WEB_MARK.test(context.text.slice(lines[i]!.start, lines[i]!.end))),
    flag(shape.bulleted),
    flag(shape.quoted),
    flag(shape.titled),
    flag(shape.hashtags),
    flag(SEPARATOR.test(shape.plain)),
    flag(shape.plain.includes('(')),
    flag(TRAILS_OFF.test(shape.plain)),
    flag(isLinkLike(shape)),
    flag(words.length <= 3),
    n > 1 ? i / (n - 1) : 0,
    flag(i < first),
    flag(i > last && last >= 0),
    1 / (1 + edge),
    flag(i > 0 && kinds[i - 1] !== null),
    flag(i + 1 < n && kinds[i + 1] !== null),
    flag(i > 0 && readsAsBody(shapes[i - 1]!)),
    flag(i + 1 < n && readsAsBody(shapes[i + 1]!)),
    flag(i > 0 && isShort(shapes[i - 1]!)),
    flag(i + 1 < n && isShort(shapes[i + 1]!)),
    shortRun(shapes, i) / SHORT_RUN,
    flag(repeated),
    flag(!/\p{L}/u.test(shape.plain)),
    flag(
      words.length > 0 && words.length <= 4 && functionWords === 0 && numbers === 0 && !shape.endsSentence,
    ),
    sections / count,
    markers / count,
    flag(context.firstOpen < 0 || i <= context.firstOpen),
    flag(kinds[i] !== null),
    ...CLUTTER_KINDS.map((kind) => flag(kinds[i] === kind)),
  ]
}

/** Lines whose words appear on another line of the page too: a caption, a title's copy, a menu's item. */
export function repeatedLines(shapes: readonly (LineShape | null)[]): Set<number> {
  const seen = new Map<string, number>()
  const repeated = new Set<number>()
  shapes.forEach((shape, i) => {
    if (!shape || shape.words.length === 0) return
    const key = shape.words.join(' ')
    const earlier = seen.get(key)
    if (earlier === undefined) seen.set(key, i)
    else repeated.add(earlier).add(i)
  })
  return repeated
}

// Marker phrases of the rules' lists that say what a line is about (a share, a byline, a header, a counter), not
// what outlet it is from.
const MARKERS = [boilerplateMarkers, bylineOpeners, counterWords, navigationHeaders, shareWords]

/** A line of the body: long enough to be running text. */
export const BODY_WORDS = 25

/**
 * A line that ends a sentence under a line of the article (of `minWords` or more) that does not is the rest of that
 * paragraph, broken by the scraper (a web address in quotes, a name in Latin letters).
 */
export function continuesAbove(
  shapes: ClutterContext['shapes'],
  kinds: ClutterContext['kinds'],
  i: number,
  minWords = BODY_WORDS,
): boolean {
  const above = shapes[i - 1]
  if (i === 0 || kinds[i - 1] !== null || !above || !shapes[i]?.endsSentence) return false
  return above.words.length >= minWords && !above.endsSentence && !above.endsColon
}

const flag = (value: boolean): number => (value ? 1 : 0)

// A line of running text the rules did not need to read, or a sentence of eight words or more that ends.
function readsAsBody(shape: LineShape | null): boolean {
  return shape === null || (shape.endsSentence && shape.words.length >= 8)
}

function isShort(shape: LineShape | null): boolean {
  return shape !== null && shape.words.length <= SHORT_WORDS && !shape.endsSentence
}

/** Short lines in a row around line `i`, itself included when short, counted up to `SHORT_RUN`. */
function shortRun(shapes: readonly (LineShape | null)[], i: number): number {
  if (!isShort(shapes[i]!)) return 0
  let run = 1
  for (let k = i - 1; k >= 0 && run < SHORT_RUN && isShort(shapes[k]!); k--) run++
  for (let k = i + 1; k < shapes.length && run < SHORT_RUN && isShort(shapes[k]!); k++) run++
  return run
}

function latinShare(text: string): number {
  let latin = 0
  let letters = 0
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      latin++
      letters++
    } else if (code >= 0x621 && code <= 0x64a) letters++
  }
  return letters === 0 ? 0 : latin / letters
}
