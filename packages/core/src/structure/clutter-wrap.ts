import { BODY_SENTENCE_WORDS, BODY_WORDS } from './clutter-features.ts'
import {
  continuesText,
  EMBED_SIGNATURE_LINE,
  endsFullStop,
  hasEmbedLink,
  isListHeader,
  type LineShape,
  lastWordIsFunctionWord,
  trailingDots,
} from './clutter-line.ts'

// A sentence never ends on a function word (`في`، `من`، `التي`): a line of four words or more that does ends where
// the page wrapped it. One such line may be a cut title; two mark a page wrapped at a fixed width.
const MIN_WRAP_MARKS = 2
const MIN_MARK_WORDS = 4
// A wrapped line fills most of the page's width; a short line above the text (a byline, a section) does not.
const WRAPPED_WIDTH = 0.7

/**
 * A page hard-wrapped at a fixed width (a printed or e-mailed text) breaks each sentence over several short lines,
 * none of which reads as the body on its own. In such a page, a run of lines each wrapped into the next (it ends
 * without a sentence's end or a colon, on a function word or near the page's width) whose last line ends a sentence
 * is one paragraph: its lines are given no shape (`null`, the body's lines that the rules need not read).
 * Returns the shapes to read; call it on a page `isHardWrapped` says is wrapped.
 */
export function joinWrappedLines(shapes: readonly (LineShape | null)[]): (LineShape | null)[] {
  const joined = [...shapes]
  const width = wrapWidth(shapes)
  const wraps = (k: number): boolean => {
    const shape = shapes[k]
    return (
      !!shape &&
      !shape.endsSentence &&
      !shape.endsColon &&
      !shape.bulleted &&
      !isListHeader(shape) &&
      !hasEmbedLink(shape.plain) &&
      !EMBED_SIGNATURE_LINE.test(shape.plain) &&
      (endsOnFunctionWord(shape, 1) ||
        shape.plain.length >= width * WRAPPED_WIDTH ||
        leavesNoRoom(shape, shapes[k + 1], width))
    )
  }
  for (let i = 0; i < shapes.length; i++) {
    if (!wraps(i)) continue
    let j = i
    while (j < shapes.length && wraps(j)) j++
    const afterParagraph = i > 0 && joined[i - 1] === null
    if (isParagraph(shapes, i, j, afterParagraph))
      for (let k = i; k <= Math.min(j, shapes.length - 1); k++) joined[k] = null
    else if (afterParagraph && goesOn(shapes, i, j)) for (let k = i; k < j; k++) joined[k] = null
    i = j
  }
  return joined
}

/**
 * `وتجدد البلدية دعوتها إلى المواطنين …` under a paragraph: a run that opens as the article's text goes on (و or ف
 * and a verb or function word) is its next paragraph, ending with no sentence's end over the page's furniture (a
 * share bar's `شارك:`), when it holds a sentence's words.
 */
function goesOn(shapes: readonly (LineShape | null)[], from: number, to: number): boolean {
  if (!continuesText(shapes[from]!)) return false
  let words = 0
  for (let k = from; k < to; k++) words += shapes[k]!.words.length
  return words >= BODY_SENTENCE_WORDS
}

/**
 * A line the page broke because the next line's first word would not fit on it: its length, a space and that word
 * run past the page's width. What makes a narrow page's lines uneven (a long word sent down leaves a short line) is
 * what tells they wrap.
 */
function leavesNoRoom(shape: LineShape, next: LineShape | null | undefined, width: number): boolean {
  const word = next?.plain.trimStart().split(/\s/, 1)[0]
  return !!word && shape.plain.length + 1 + word.length > width
}

/**
 * Lines `from`…`to - 1` wrap into the next; they and line `to` are one paragraph when line `to` ends a sentence (the
 * paragraph's last line, often short) or is a line of the body, or continues a line cut on a function word (a
 * heading wrapped in two), or when the run reaches the page's last line holding a comma or full stop, or under a
 * paragraph it joined (`afterParagraph`): a stored page cut mid-sentence, in a text that may write no comma.
 */
function isParagraph(
  shapes: readonly (LineShape | null)[],
  from: number,
  to: number,
  afterParagraph: boolean,
): boolean {
  const run = shapes.slice(from, to + 1)
  const words = run.reduce((sum, shape) => sum + (shape?.words.length ?? 0), 0)
  const last = shapes[to]
  if (last === null) return true
  if (words >= BODY_SENTENCE_WORDS && last?.endsSentence && !trailingDots(last.plain)) return true
  if (words >= BODY_SENTENCE_WORDS && last && introducesList(last) && run.some((shape) => shape!.stops > 0))
    return true
  if (to >= shapes.length - 1)
    return words >= BODY_WORDS && (afterParagraph || run.some((shape) => shape!.stops > 0))
  return endsOnFunctionWord(shapes[to - 1]!, 2)
}

/**
 * `… تولت مصالح البلدية التدخل في المواقع التالية:` closing a wrapped run that holds a comma or full stop: a sentence
 * that announces a list. Not a date line's label left open (`9 نوفمبر 2019 آخر تحديث :`), nor a list's header.
 */
function introducesList(shape: LineShape): boolean {
  return (
    shape.endsColon && shape.words.length >= MIN_MARK_WORDS && !/\d/.test(shape.plain) && !isListHeader(shape)
  )
}

/**
 * The width the page was wrapped at: the length most of its lines reach (the upper quartile of the lines the rules
 * read), not its longest line, which may be a paragraph the page did not wrap.
 */
function wrapWidth(shapes: readonly (LineShape | null)[]): number {
  const lengths = shapes.flatMap((shape) => (shape ? [shape.plain.length] : [])).sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0
}

/**
 * Two lines or more of four words or more that end on a function word of two letters or more, or a run of lines of
 * one width (`hasEvenRun`): a page wrapped at a fixed width. Not the page's last line, which a stored page may cut
 * anywhere, nor a credit in brackets (`(أ.ف.ب)` ends on a letter).
 */
export function isHardWrapped(shapes: readonly (LineShape | null)[]): boolean {
  let marks = 0
  for (let i = 0; i < shapes.length - 1; i++) {
    const shape = shapes[i]
    if (shape && endsOnFunctionWord(shape, MIN_MARK_WORDS) && shape.words.at(-1)!.length > 1) marks++
  }
  return marks >= MIN_WRAP_MARKS || hasEvenRun(shapes)
}

// A page wrapped at a fixed width fills its lines to within a few characters of it, wherever its words end: four open
// lines in a row of one length (the shortest within an eighth of the longest). Headlines of a list may happen to be
// of one length too, so one of the lines must also break a sentence, or the line under them close a paragraph.
const MIN_EVEN_RUN = 4
const MIN_CLOSED_RUN = 3
const EVEN_SPREAD = 0.125

/**
 * Four lines in a row of four words or more, none ending a sentence or a colon, all of one length, one of them cut
 * where a headline never stops (`breaksSentence`) or the line under them the short end of their paragraph.
 */
function hasEvenRun(shapes: readonly (LineShape | null)[]): boolean {
  const run: number[] = []
  for (let i = 0; i < shapes.length - 1; i++) {
    const shape = shapes[i]
    if (
      !shape ||
      shape.words.length < MIN_MARK_WORDS ||
      shape.endsSentence ||
      shape.endsColon ||
      shape.bulleted
    ) {
      run.length = 0
      continue
    }
    run.push(i)
    const closing = run.slice(-MIN_CLOSED_RUN)
    if (
      closing.length === MIN_CLOSED_RUN &&
      isEven(shapes, closing) &&
      closing.some((k) => shapes[k]!.stops > 0) &&
      endsParagraph(shapes[i + 1], Math.min(...lengthsOf(shapes, closing)))
    )
      return true
    const last = run.slice(-MIN_EVEN_RUN)
    if (last.length < MIN_EVEN_RUN || !isEven(shapes, last)) continue
    if (
      last.some((k) => breaksSentence(shapes[k]!)) ||
      closesParagraph(shapes[i + 1], Math.min(...lengthsOf(shapes, last)))
    )
      return true
  }
  return false
}

const lengthsOf = (shapes: readonly (LineShape | null)[], run: readonly number[]): number[] =>
  run.map((k) => shapes[k]!.plain.length)

function isEven(shapes: readonly (LineShape | null)[], run: readonly number[]): boolean {
  const lengths = lengthsOf(shapes, run)
  return Math.min(...lengths) >= Math.max(...lengths) * (1 - EVEN_SPREAD)
}

// A sentence's end inside a line, a word and a space after it: `… الجديدة. وأكد …`.
const INNER_STOP = /\p{L}[.!?؟]\s+\p{L}/u
const EDGE_COMMA = /^[،,]|[،,]$/

/** A line cut where no headline stops: on a function word, at a comma, or after a sentence's end inside it. */
function breaksSentence(shape: LineShape): boolean {
  return endsOnFunctionWord(shape, 1) || EDGE_COMMA.test(shape.plain) || INNER_STOP.test(shape.plain)
}

/** A paragraph's last wrapped line: shorter than the lines above it, and the end of a sentence. */
function closesParagraph(shape: LineShape | null | undefined, width: number): boolean {
  return !!shape && shape.endsSentence && shape.plain.length < width
}

/** `closesParagraph` with a full stop: a headline's last line may end in ? or !, a teaser's in an ellipsis. */
function endsParagraph(shape: LineShape | null | undefined, width: number): boolean {
  return !!shape && endsFullStop(shape) && shape.plain.length < width
}

/** At least `minWords` words, no sentence's end or colon, and a function word last: a line broken mid-sentence. */
function endsOnFunctionWord(shape: LineShape, minWords: number): boolean {
  return (
    shape.words.length >= minWords && !shape.endsSentence && !shape.endsColon && lastWordIsFunctionWord(shape)
  )
}
