import { isLineBreak } from './marks.ts'
import { type Span, trimSpan } from './span.ts'

/** Non-empty lines of the text, trimmed. Any line break counts: \n, \r\n, \r, U+2028, U+2029. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineBreak(text.charCodeAt(i))) continue
    const line = trimSpan(text, start, i)
    if (line.end > line.start) lines.push(line)
    start = i + 1
  }
  return lines
}
