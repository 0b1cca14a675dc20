import {
  boilerplateMarkers,
  bylineOpeners,
  counterWords,
  isNumberWord,
  matchPhraseAt,
  navigationHeaders,
  shareWords,
} from '../lang/ar/clutter-markers.ts'
import type { Span } from '../segment/span.ts'
import { brokenOffAt, type ClutterKind, isLinkLike, isName, type LineShape } from './clutter-line.ts'

/**
 * What the learned clutter model reads of a line: its shape, where it stands against the title and the body, and its
 * neighbours, all in terms no outlet owns (no site name, no marker phrase of its own), so that what one set of pages
 * taught transfers to the next. The order is the weights' order: a name's index is its weight's index. Kept to the
 * features that leave-one-corpus-out over the development corpora could not do without (see
 * docs/history/learned-layers.md, "A learned clutter line model (rounds 8 and 9)").
 */
export const CLUTTER_FEATURES: readonly string[] = [
  'bias',
  'numberShare',
  'dateOrTime',
  'linkLike',
  'aboveBody',
  'belowBody',
  'previousClutter',
  'nextClutter',
  'nextBody',
  'shortRun',
  'noLetters',
  'nameLike',
  'markerWordShare',
  'afterTitle',
  'gluedWord',
]

/** The lines the rules have read: their shapes (null for a line of running text) and their verdicts. */
export interface ClutterContext {
  lines: readonly Span[]
  shapes: readonly (LineShape | null)[]
  kinds: readonly (ClutterKind | null)[]
  /** First and last line of the body as the rules found it, or null. */
  body: { first: number; last: number } | null
  /** The first line the rules read and left to the article (the page's title, mostly), or -1. */
  firstOpen: number
  /** The page is hard-wrapped at a fixed width (`isHardWrapped`): its lines may break a sentence anywhere. */
  wrapped: boolean
  /** Runs of short lines read as the title printed broken over them (`keepBrokenTitle`). */
  titleRuns: readonly { first: number; last: number }[]
}

const SHORT_WORDS = 4
// Five short lines around a line: a menu, however long it goes on.
const SHORT_RUN = 5
export const DATE_OR_TIME_PATTERN = /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/
// Letters run into digits or into another script: the scraper glued two of the page's fields together.
const GLUED = /\p{L}\p{Nd}|\p{Nd}\p{L}|[a-z][\u0621-\u064a]|[\u0621-\u064a][a-z]/iu

/** The feature vector of line `i`, in the order of `CLUTTER_FEATURES`. */
export function clutterFeatures(context: ClutterContext, i: number): number[] {
  const { lines, shapes, kinds, body, firstOpen } = context
  const shape = shapes[i]!
  const { words } = shape
  const count = Math.max(words.length, 1)
  let numbers = 0
  let markers = 0
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!
    if (isNumberWord(word)) numbers++
    if (MARKERS.some((set) => matchPhraseAt(set, words, at) > 0)) markers++
  }
  const n = lines.length
  const first = body?.first ?? n
  const last = body?.last ?? -1
  return [
    1,
    numbers / count,
    flag(DATE_OR_TIME_PATTERN.test(shape.plain)),
    flag(isLinkLike(shape)),
    flag(i < first),
    flag(i > last && last >= 0),
    flag(i > 0 && kinds[i - 1] !== null),
    flag(i + 1 < n && kinds[i + 1] !== null),
    flag(i + 1 < n && readsAsBody(shapes[i + 1]!)),
    shortRun(shapes, i) / SHORT_RUN,
    flag(!/\p{L}/u.test(shape.plain)),
    flag(isName(shape)),
    markers / count,
    firstOpen >= 0 && firstOpen < i ? 1 / (i - firstOpen) : 0,
    flag(GLUED.test(shape.plain)),
  ]
}

// Marker phrases of the rules' lists that say what a line is about (a share, a byline, a header, a counter), not
// what outlet it is from.
const MARKERS = [boilerplateMarkers, bylineOpeners, counterWords, navigationHeaders, shareWords]

/** A line of the body: long enough to be running text, or a sentence of `BODY_SENTENCE_WORDS` or more that ends. */
export const BODY_WORDS = 25
export const BODY_SENTENCE_WORDS = 8
/** A line this long that ends a sentence is the article's. */
export const BODY_SENTENCE_CHARS = 100

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
  const above = i > 0 ? shapes[i - 1] : undefined
  if (i === 0 || kinds[i - 1] !== null || !above || !shapes[i]?.endsSentence) return false
  return above.words.length >= minWords && !above.endsSentence && !above.endsColon
}

/** The line above is open and broken off before a word no sentence ends in (`brokenOffAt`): line `i` goes on with it. */
export function underBrokenLine(
  shapes: ClutterContext['shapes'],
  kinds: ClutterContext['kinds'],
  i: number,
): boolean {
  const above = i > 0 ? shapes[i - 1] : undefined
  return i > 0 && kinds[i - 1] === null && !!above && brokenOffAt(above) !== null
}

const flag = (value: boolean): number => (value ? 1 : 0)

// A line of running text the rules did not need to read, or a sentence that ends.
function readsAsBody(shape: LineShape | null): boolean {
  return shape === null || (shape.endsSentence && shape.words.length >= BODY_SENTENCE_WORDS)
}

// Before the first line or after the last, no line: not a short one.
function isShort(shape: LineShape | null | undefined): boolean {
  return !!shape && shape.words.length <= SHORT_WORDS && !shape.endsSentence
}

/** Short lines among the five around line `i` (itself, two before, two after), when it is short itself. */
function shortRun(shapes: readonly (LineShape | null)[], i: number): number {
  let run = 0
  if (isShort(shapes[i])) for (let k = Math.max(0, i - 2); k <= i + 2; k++) if (isShort(shapes[k])) run++
  return run
}
