import type { Span } from '../segment/span.ts'
import type { ClutterKind } from './clutter-line.ts'

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
 * (`١- الحرارة …`، `• تعليق لم الشمل …`) goes on past the body's last sentence, and its next items (the same bullet,
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
    const line = lines[i]
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
