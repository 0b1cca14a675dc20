import { type Span, trimSpan } from './span.ts'

/** Any line break: \n, \r (so \r\n too), U+2028, U+2029, and the vertical tab, form feed and NEL. */
const LINE_BREAK = /[\n\r\u2028\u2029\v\f\x85]/g

/** Non-empty lines of the text, trimmed. Any line break counts: \n, \r\n, \r, U+2028, U+2029. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = []
  let start = 0
  // Breaks are few: the regular expression's native search finds them faster than a loop over every code unit. A
  // break is one code unit, before `lastIndex`: `test` finds it without the array `exec` makes.
  LINE_BREAK.lastIndex = 0
  while (LINE_BREAK.test(text)) {
    push(lines, text, start, LINE_BREAK.lastIndex - 1)
    start = LINE_BREAK.lastIndex
  }
  push(lines, text, start, text.length)
  return lines
}

function push(lines: Span[], text: string, start: number, end: number): void {
  const line = trimSpan(text, start, end)
  if (line.end > line.start) lines.push(line)
}
