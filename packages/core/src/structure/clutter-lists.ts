import type { Span } from '../segment/span.ts'
import { type ClutterKind, endsSentence, isLinkLike, type LineShape } from './clutter-line.ts'

/** The sign or number that opens an item of a list (`•`, `-`, `٣-`, `3.`), and whether the line holds nothing else. */
export interface ListMark {
  sign: string
  /** The item's number, or null for a bullet. */
  number: number | null
  bare: boolean
}

// A bullet, or a number of one or two digits (ASCII or Arabic-Indic) closed by a dash, a full stop or a bracket.
const MARK = /^\s*(?:([-*•·▪●◦])|([\d٠-٩]{1,2})\s?[-–.)])(?=\s|$)/u

export function listMark(raw: string): ListMark | null {
  const match = MARK.exec(raw)
  if (!match) return null
  const bare = raw.slice(match[0].length).trim().length === 0
  if (match[1]) return { sign: match[1], number: null, bare }
  const digits = match[2]!.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660))
  return { sign: '#', number: Number(digits), bare }
}

/**
 * The last line of the body, carried on through the items of a list the body's last line belongs to: a writer's list
 * (`٣- الدقيق …`، `• تعليق المكافآت …`) goes on past the body's last sentence, and its next items (the same bullet,
 * or the next number) are the article's, however short or link-like, not a list of links below it. A bullet the
 * scraper put on a line of its own (`-` over each item) counts for the item under it.
 */
export function listEnd(
  text: string,
  lines: readonly Span[],
  kinds: readonly (ClutterKind | null)[],
  last: number,
): number {
  const markAt = (i: number) => {
    const line = i >= 0 ? lines[i] : undefined
    return line ? listMark(text.slice(line.start, line.end)) : null
  }
  let mark = markAt(last)
  if (mark === null) {
    const above = markAt(last - 1)
    if (above?.bare) mark = above
  }
  if (mark === null) return last
  let end = last
  for (let i = last + 1; i < lines.length && kinds[i] === null; i++) {
    const next = markAt(i)
    if (next === null || !continues(mark, next)) break
    end = next.bare && i + 1 < lines.length && kinds[i + 1] === null ? i + 1 : i
    if (next.bare) i++
    mark = next
  }
  return end
}

function continues(mark: ListMark, next: ListMark): boolean {
  if (mark.number === null) return next.number === null && next.sign === mark.sign
  return next.number === mark.number + 1
}

// At least this many items make a list of links, each as long as a headline: the article's own points (`- شرب
// الماء بكثرة`) are shorter.
const MIN_LINKS = 3
const MIN_LINK_WORDS = 5
// `• الموعد: …`: a label and a colon within the first words make an item of the article's own list (a detail).
const LABEL = /^\S+(?:\s\S+){0,2}\s?:/u

/**
 * Below the body, bulleted lines straight after a paragraph that ends a sentence, three or more with one bullet and
 * each a link's title (a headline's length, no sentence's end, no `label:` of a detail), are a list of other
 * articles: the article's own list is introduced by a line ending in a colon or by a heading, or its points are short.
 */
export function markLinkList(
  text: string,
  lines: readonly Span[],
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  last: number,
): void {
  const start = last + 1
  const above = lines[last]
  if (!above || !endsSentence(text, above) || start >= lines.length) return
  const first = listMark(text.slice(lines[start]!.start, lines[start]!.end))
  if (first === null || first.number !== null || first.bare) return
  const isLink = (i: number) => {
    const shape = shapes[i]
    const mark = listMark(text.slice(lines[i]!.start, lines[i]!.end))
    return (
      kinds[i] === null &&
      mark?.sign === first.sign &&
      isLinkLike(shape ?? null) &&
      shape!.words.length >= MIN_LINK_WORDS &&
      !LABEL.test(shape!.plain)
    )
  }
  let end = start
  while (end < lines.length && isLink(end)) end++
  if (end - start >= MIN_LINKS) for (let i = start; i < end; i++) kinds[i] = 'navigation'
}
