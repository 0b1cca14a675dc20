import { isSpaceLike } from './marks.ts'

/** A half-open range of the source text. */
export interface Span {
  start: number
  end: number
}

/** The span without the white space and invisible characters at its edges; empty spans come back with start === end. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceLike(text.charCodeAt(start))) start++
  while (end > start && isSpaceLike(text.charCodeAt(end - 1))) end--
  return { start, end }
}
