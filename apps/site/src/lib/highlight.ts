/** A text cut at its highlights: pieces to place as text nodes, the matched ones in `<mark>`. */
export function highlightPieces(
  text: string,
  highlights: readonly { start: number; end: number }[],
): { text: string; mark: boolean }[] {
  const pieces: { text: string; mark: boolean }[] = []
  let at = 0
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end > text.length || end <= start) continue
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false })
    pieces.push({ text: text.slice(start, end), mark: true })
    at = end
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false })
  return pieces
}
