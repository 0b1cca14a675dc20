import type { Block } from '../model/article.ts'
import { quoteMarkOffsets } from '../segment/marks.ts'

export type QuoteMarkKind = 'guillemets' | 'double' | 'curly' | 'single'

/** A matched pair of quote marks: `open` and `close` index the marks; `depth` 0 for pairs inside no other pair. */
export interface QuotedSpan {
  open: number
  close: number
  mark: QuoteMarkKind
  depth: number
  /** The quote runs on into the next paragraph, which reopens it (the convention for long quotes). */
  continued: boolean
  /** The closing mark is missing: `close` is the end of the paragraph, and only reported speech is taken from it. */
  unclosed?: boolean
}

const GUILLEMET_LEFT = 0xab // «
const GUILLEMET_RIGHT = 0xbb // »
const TATWEEL = 0x0640 // ـ
const CURLY_OPEN = 0x201c // “
const CURLY_CLOSE = 0x201d // ”
const DOUBLE = 0x22 // "
const APOSTROPHE = 0x27 // ' (two of them stand for a double mark: ''…'')
const SINGLE_OPEN = 0x2018 // ‘
const SINGLE_CLOSE = 0x2019 // ’

/**
 * Finds quoted spans paragraph by paragraph. “” and ‘’ nest and pair by a stack. Guillemets are read by their
 * neighbours, since some sites write them reversed (»…«), even inside a quote written the usual way: a mark glued to
 * the word after it opens, one glued to the word before it closes. The ASCII " (and '' written for it) has no
 * direction either: after a space it opens, before a space or punctuation it closes. Two closing-shaped marks with no
 * opening one between them (`له"  سيتم …"`، `: ” أشاد …” .`) are a pair whose first mark has a stray space. Other
 * marks without a partner are dropped, except an opening mark left open at the end of a paragraph: when the next
 * paragraph opens with a quote mark it is a quote continued over paragraphs, otherwise a quote that lost its closing
 * mark; either runs to the paragraph end.
 */
export function findQuotedSpans(text: string, blocks: readonly Block[]): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  const ranges = blocks.length > 0 ? blocks : [{ start: 0, end: text.length }]
  const marks = markPositions(text)
  if (marks.length === 0) return spans
  let m = 0
  for (let b = 0; b < ranges.length; b++) {
    const { start, end } = ranges[b]!
    while (m < marks.length && marks[m]! < start) m++
    let n = m
    while (n < marks.length && marks[n]! < end) n++
    if (n === m) continue
    const inBlock = marks.slice(m, n)
    const next = ranges[b + 1]
    const nextOpensQuote = next !== undefined && isOpeningMark(text.charCodeAt(next.start))
    const found: QuotedSpan[] = []
    pairGuillemets(text, inBlock, start, end, nextOpensQuote, found)
    pairStacked(text, inBlock, start, end, CURLY_OPEN, CURLY_CLOSE, 'curly', nextOpensQuote, found)
    pairStacked(text, inBlock, start, end, SINGLE_OPEN, SINGLE_CLOSE, 'single', false, found)
    pairDouble(text, inBlock, start, end, false, found)
    pairDouble(text, inBlock, start, end, true, found)
    leftOpen(text, inBlock, end, found)
    spans.push(...withDepth(found))
  }
  return spans.sort((a, b) => a.open - b.open)
}

/**
 * Offsets of every quote mark of the text, from the text's marks found once (`quoteMarkOffsets`, which the structure
 * pass read before).
 */
function markPositions(text: string): number[] {
  const found = quoteMarkOffsets(text)
  const marks: number[] = []
  for (let k = 0; k < found.length; k++) {
    const i = found[k]!
    if (text.charCodeAt(i) !== APOSTROPHE) marks.push(i)
    // ''…'': the pair is one mark, at its first apostrophe. A lone one is a single mark ('…') unless it stands
    // inside a Latin word (l'Etat, don't).
    else if (text.charCodeAt(i + 1) === APOSTROPHE) {
      marks.push(i)
      k++
    } else if (!(isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1)))) marks.push(i)
  }
  return marks
}

function isOpeningMark(code: number): boolean {
  return code === GUILLEMET_LEFT || code === CURLY_OPEN || code === DOUBLE || code === SINGLE_OPEN
}

function pairStacked(
  text: string,
  marks: readonly number[],
  start: number,
  end: number,
  openCode: number,
  closeCode: number,
  mark: QuoteMarkKind,
  continues: boolean,
  out: QuotedSpan[],
): void {
  const stack: number[] = []
  let orphan = -1
  for (let q = 0; q < marks.length; q++) {
    const i = marks[q]!
    const code = text.charCodeAt(i)
    // Only this pair's own glyphs: a » after “ closes a guillemet (pairGuillemets), not the curly quote.
    if (code !== openCode && code !== closeCode) continue
    // “…“: some sites close with the opening glyph; an opening mark with nothing to open after it closes. ”…“:
    // others write the pair reversed, so an opening glyph after a lone closing one closes that pair.
    const byPosition = code !== closeCode && closesByPosition(text, i, start, end)
    const closes =
      code === closeCode || (byPosition && (stack.length > 0 || (code === openCode && orphan >= 0)))
    if (code === openCode && !closes) {
      stack.push(i)
      orphan = -1
    } else if (closes) {
      const open = stack.pop()
      if (open !== undefined) out.push({ open, close: i, mark, depth: 0, continued: false })
      else if (orphan >= 0) {
        out.push({ open: orphan, close: i, mark, depth: 0, continued: false })
        orphan = -1
      } else orphan = i
    }
  }
  if (orphan >= 0 && stack.length === 0) afterColon(text, start, orphan, mark, out)
  // Only the outermost unclosed mark can be a quote that goes on in the next paragraph.
  if (continues && stack.length > 0) {
    out.push({ open: stack[0]!, close: end, mark, depth: 0, continued: true })
  }
}

/**
 * Pairs the marks without direction by their neighbours: " with " and '' with '' (`lone` false), or a lone ' with
 * a lone ' (`lone` true), so that an apostrophe never closes a double mark.
 */
function pairDouble(
  text: string,
  marks: readonly number[],
  start: number,
  end: number,
  lone: boolean,
  out: QuotedSpan[],
): void {
  let open = -1
  let orphan = -1
  const mark: QuoteMarkKind = lone ? 'single' : 'double'
  for (let n = 0; n < marks.length; n++) {
    const i = marks[n]!
    const code = text.charCodeAt(i)
    if (code !== DOUBLE && code !== APOSTROPHE) continue
    const doubled = code === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE
    if (lone !== (code === APOSTROPHE && !doubled)) continue
    const width = doubled ? 2 : 1
    const before = i > start ? text.charCodeAt(i - 1) : 0x20
    const after = i + width < end ? text.charCodeAt(i + width) : 0x20
    // A mark that punctuation follows opens nothing, even glued to a word in ل or ب (التعادل".).
    const canOpen =
      !isSpace(after) && !isClosingContext(after) && (isSpace(before) || isOpeningContext(before))
    // A space may slip in before a closing mark that punctuation or the paragraph end follows: "… العام ".
    const canClose =
      (!isSpace(before) || (open >= 0 && (i + width >= end || isClosingContext(after)))) &&
      (isSpace(after) || isClosingContext(after))
    if (open >= 0 && (canClose || !canOpen)) {
      out.push({ open, close: i, mark, depth: 0, continued: false })
      open = -1
    } else if (canOpen || !canClose) {
      open = i + width - 1
      orphan = -1
    } else if (orphan >= 0) {
      out.push({ open: orphan, close: i, mark, depth: 0, continued: false })
      orphan = -1
    } else orphan = i + width - 1
  }
}

type Role = 'open' | 'close' | undefined

/** A guillemet's role from its neighbours; undefined when it is glued to words on both sides or to neither. */
function guillemetRole(text: string, i: number, start: number, end: number): Role {
  const before = i > start ? text.charCodeAt(i - 1) : 0x20
  const after = i + 1 < end ? text.charCodeAt(i + 1) : 0x20
  // لـ« الأيام »: a particle stretched to the mark by a tatweel opens it, whatever follows.
  if (before === TATWEEL) return 'open'
  const wordAfter = isWordChar(after)
  const wordBefore = isWordChar(before)
  if (wordAfter && !wordBefore) return 'open'
  if (!wordAfter && !isSpace(after) && !wordBefore && !isSpace(before)) return undefined
  if (!wordAfter && !isSpace(before)) return 'close'
  return undefined
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  )
}

/**
 * Pairs « and » by their roles. A mark whose neighbours do not tell takes the role its glyph has in the paragraph
 * (reversed when the paragraph's marks that do tell are all reversed), unless the next mark that tells closes: then
 * it opens (`كتابه»ادخلوا … أمنين«،`). The outermost mark left open runs to the paragraph end.
 */
function pairGuillemets(
  text: string,
  marks: readonly number[],
  start: number,
  end: number,
  continues: boolean,
  out: QuotedSpan[],
): void {
  const guillemets = marks.filter((i) => {
    const code = text.charCodeAt(i)
    return code === GUILLEMET_LEFT || code === GUILLEMET_RIGHT
  })
  if (guillemets.length === 0) return
  const roles: Role[] = guillemets.map((i) => guillemetRole(text, i, start, end))
  let usual = 0
  let reversed = 0
  for (let g = 0; g < guillemets.length; g++) {
    const left = text.charCodeAt(guillemets[g]!) === GUILLEMET_LEFT
    if (roles[g] === undefined) continue
    if (left === (roles[g] === 'open')) usual++
    else reversed++
  }
  const glyphOpens = (g: number) => (text.charCodeAt(guillemets[g]!) === GUILLEMET_LEFT) === reversed <= usual
  let next: Role
  for (let g = guillemets.length - 1; g >= 0; g--) {
    if (roles[g] !== undefined) next = roles[g]
    else roles[g] = next === 'close' ? 'open' : glyphOpens(g) ? 'open' : 'close'
  }
  const stack: number[] = []
  for (let g = 0; g < guillemets.length; g++) {
    const i = guillemets[g]!
    if (roles[g] === 'open') stack.push(i)
    else {
      const open = stack.pop()
      if (open !== undefined) out.push({ open, close: i, mark: 'guillemets', depth: 0, continued: false })
      else if (g === 0) afterColon(text, start, i, 'guillemets', out)
    }
  }
  const open = stack[0]
  if (open === undefined) return
  if (continues) out.push({ open, close: end, mark: 'guillemets', depth: 0, continued: true })
  else if (end - open <= MAX_UNCLOSED && open + 1 < end && !isSpace(text.charCodeAt(open + 1))) {
    out.push({ open, close: end, mark: 'guillemets', depth: 0, continued: false, unclosed: true })
  }
}

const MAX_UNCLOSED = 1200

/**
 * A closing mark whose opening mark was lost (`قائلاً: هذا ما …».`): the words after the last colon before it, when
 * no other mark stands between, are the quote; the colon stands for the opening mark.
 */
function afterColon(
  text: string,
  start: number,
  close: number,
  mark: QuoteMarkKind,
  out: QuotedSpan[],
): void {
  const colon = text.lastIndexOf(':', close)
  if (colon < start || close - colon > MAX_UNCLOSED) return
  for (let k = colon + 1; k < close; k++) if (isQuoteMark(text.charCodeAt(k))) return
  let k = colon + 1
  while (k < close && isSpace(text.charCodeAt(k))) k++
  if (k >= close || !isWordChar(text.charCodeAt(k))) return
  out.push({ open: colon, close, mark, depth: 0, continued: false })
}

/** A mark followed by a space, punctuation or the paragraph end, and glued to a word or to that punctuation. */
function closesByPosition(text: string, i: number, start: number, end: number): boolean {
  const before = i > start ? text.charCodeAt(i - 1) : 0x20
  const after = i + 1 < end ? text.charCodeAt(i + 1) : 0x20
  if (isWordChar(after)) return false
  return isClosingContext(after) || (isSpace(after) && isWordChar(before)) || i + 1 >= end
}

function isQuoteMark(code: number): boolean {
  return (
    code === DOUBLE ||
    code === GUILLEMET_LEFT ||
    code === GUILLEMET_RIGHT ||
    code === CURLY_OPEN ||
    code === CURLY_CLOSE ||
    code === SINGLE_OPEN ||
    code === SINGLE_CLOSE
  )
}

/**
 * The last opening mark of a paragraph that nothing closes (…إن "تضاعفت ثلاث مرات.): a quote that lost its closing
 * mark, running to the paragraph end. Marks that open nothing at all (a mark before a space) are not quotes.
 */
function leftOpen(text: string, marks: readonly number[], end: number, found: QuotedSpan[]): void {
  const mark = marks[marks.length - 1]!
  const code = text.charCodeAt(mark)
  if (
    code !== DOUBLE &&
    code !== GUILLEMET_LEFT &&
    code !== CURLY_OPEN &&
    code !== SINGLE_OPEN &&
    code !== APOSTROPHE &&
    !(code === CURLY_CLOSE && standsApart(text, mark))
  )
    return
  const doubled = code === APOSTROPHE && text.charCodeAt(mark + 1) === APOSTROPHE
  const last = doubled ? mark + 1 : mark
  if (end - last > MAX_UNCLOSED || last + 1 >= end) return
  // A space may slip in after the opening mark (إن " الوزارة …) where the mark stands apart from the word before.
  if (isSpace(text.charCodeAt(last + 1))) {
    const before = mark > 0 ? text.charCodeAt(mark - 1) : 0x20
    if (!isSpace(before) && before !== 0x3a) return
    let k = last + 1
    while (k < end && isSpace(text.charCodeAt(k))) k++
    if (k >= end || !isWordChar(text.charCodeAt(k))) return
  }
  if (
    found.some((span) => span.open === last || span.close === last || (span.open < last && last < span.close))
  ) {
    return
  }
  found.push({
    open: last,
    close: end,
    mark: markOf(code, doubled),
    depth: 0,
    continued: false,
    unclosed: true,
  })
}

/**
 * `: ”الوضع …`، `إن ” الوضع …`: some sites open a quote with the closing glyph. Left last in its paragraph and apart
 * from the word before it (after a space, a colon or nothing), it opens; glued to a word it closes a quote whose
 * opening mark was lost.
 */
function standsApart(text: string, mark: number): boolean {
  const before = mark > 0 ? text.charCodeAt(mark - 1) : 0x20
  if (!isSpace(before) && before !== 0x3a) return false
  // ” 7، 8″: a number after it is a list the page marks with primes, not words said.
  let k = mark + 1
  while (isSpace(text.charCodeAt(k))) k++
  const first = text.charCodeAt(k)
  return first >= 0x0621 && first <= 0x064a
}

function markOf(code: number, doubled: boolean): QuoteMarkKind {
  if (code === DOUBLE || doubled) return 'double'
  if (code === SINGLE_OPEN || code === APOSTROPHE) return 'single'
  return code === CURLY_OPEN || code === CURLY_CLOSE ? 'curly' : 'guillemets'
}

function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || (code >= 0x2000 && code <= 0x200b)
  )
}

/** What may stand right before an opening mark: brackets, dashes, colons, or a glued particle (بـ"…"). */
function isOpeningContext(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0x5b ||
    code === 0xab ||
    code === 0x3a ||
    code === 0x2d ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x0640 ||
    code === 0x2f ||
    code === 0x0628 ||
    code === 0x0644 ||
    code === 0x0643 ||
    code === 0x0648 ||
    code === 0x0641
  )
}

/** What may stand right after a closing mark: punctuation, or the letter of a glued next paragraph (".وجرى). */
function isClosingContext(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x060c ||
    code === 0x061b ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x061f ||
    code === 0xbb ||
    code === 0x2026 ||
    code === 0x2d ||
    code === 0x2013 ||
    code === 0x2014
  )
}

/** Marks nested pairs; a pair inside another is depth 1 or more. Input need not be sorted. */
function withDepth(spans: QuotedSpan[]): QuotedSpan[] {
  spans.sort((a, b) => a.open - b.open || b.close - a.close)
  const open: QuotedSpan[] = []
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n]!
    while (open.length > 0 && open[open.length - 1]!.close < span.open) open.pop()
    span.depth = open.length
    open.push(span)
  }
  return spans
}
