import { type ClutterKind, type LineShape, lastWordIsFunctionWord, MIN_TITLE_WORDS } from './clutter-line.ts'
import { contentStems } from './clutter-topic.ts'

// A headline printed over a narrow column: each line but its last fills the column with two words or more.
const MIN_PIECE_WORDS = 2
const MAX_PIECE_WORDS = 7
// The most words of a headline.
const MAX_TITLE_WORDS = 30
// Pages set their columns in pixels, not characters: a word that would not fit may be a little shorter.
const NO_ROOM = 0.9
// `مدينة درنة في ليبيا:` ends a headline's first part; a list's header ends in a colon after a word or two.
const MIN_COLON_WORDS = 3
// Two words of content the lead also says: a headline's topic, not a word shared by chance.
const MIN_SHARED_STEMS = 2

/**
 * `الصراع التاريخي بين` / `الناديين في قمة` / `الدوري`: a page may print its headline broken over several short lines,
 * each of which the rules read as a menu's item, a caption or a credit, or a word a line. Above the body, a run of
 * three such lines or more (two, where the first ends on a function word), each broken where the next line's first word would not have
 * fitted on it (`wrappedLength`), that says, joined, a headline's words and two words of content of the lead (the
 * body's first two lines), is the title: its lines go back to the article. A line the rules read by its own shape
 * (`own`: a marker's, a date's) is no piece of it, nor a line of a title's length left open (`standsWhole`), nor a
 * line printed twice in a row (a caption's pair), nor a line with a credit's or a tag's sign (a colon after the
 * first line). Not on a page where a line of a title's length with no digit stands open above the body: the title is
 * whole there. Returns the runs read as the title, which the learned model leaves alone.
 */
export function keepBrokenTitle(
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  own: readonly (ClutterKind | null)[],
  first: number,
  leadWords: () => readonly string[],
): { first: number; last: number }[] {
  const kept: { first: number; last: number }[] = []
  for (let k = 0; k < first; k++)
    if (shapes[k] && standsWhole(shapes[k]!, kinds[k] ?? null) && !/\d/.test(shapes[k]!.plain)) return kept
  const piece = (k: number) =>
    isPiece(shapes[k], own[k] ?? null) &&
    !standsWhole(shapes[k]!, kinds[k] ?? null) &&
    !printedTwice(shapes, k)
  let lead: Set<string> | null = null
  for (let i = 0; i < first; i++) {
    if (!piece(i) || (shapes[i]!.endsColon && shapes[i]!.words.length < MIN_COLON_WORDS)) continue
    let j = i
    let said = shapes[i]!.words.length
    while (
      j + 1 < first &&
      piece(j + 1) &&
      goesOnTo(shapes[j]!, shapes[j + 1]!, piece(j + 2) ? shapes[j + 2]! : null) &&
      !SEPARATOR.test(withoutEndColon(shapes[j + 1]!, said + shapes[j + 1]!.words.length))
    ) {
      j++
      said += shapes[j]!.words.length
    }
    j = i + wrappedLength(shapes.slice(i, j + 1) as LineShape[]) - 1
    if (j - i >= 2 || (j > i && lastWordIsFunctionWord(shapes[i]!))) {
      const words = shapes.slice(i, j + 1).flatMap((shape) => shape!.words)
      if (words.length >= MIN_TITLE_WORDS && words.length <= MAX_TITLE_WORDS) {
        lead ??= contentStems(leadWords())
        let shared = 0
        for (const stem of contentStems(words)) if (lead.has(stem)) shared++
        if (shared >= MIN_SHARED_STEMS) {
          for (let k = i; k <= j; k++) kinds[k] = null
          kept.push({ first: i, last: j })
        }
      }
    }
    i = j
  }
  return kept
}

/**
 * How many of the run's lines wrap one into the next: a line ends where the next line's first word would not have
 * fitted on it (its length, a space and that word past `NO_ROOM` of the run's longest line, the column's width).
 * A credit or a section under a headline's short last line would have fitted there.
 */
function wrappedLength(run: readonly LineShape[]): number {
  const width = Math.max(...run.map((shape) => shape.plain.length)) * NO_ROOM
  let n = 1
  while (n < run.length) {
    const next = run[n]!.plain.trimStart().split(/\s/, 1)[0] ?? ''
    if (run[n - 1]!.plain.length + 1 + next.length <= width) break
    n++
  }
  return n
}

// A credit's separators (`د/ NAME`), a tag or Latin letters: no headline's line; a colon (`الخرطوم: NAME`) not one
// after its first.
const SEPARATOR = /[:|#/]|[a-z]/i
const TAG_OR_CREDIT = /[|#/]|[a-z]/i

function isPiece(shape: LineShape | null | undefined, own: ClutterKind | null): shape is LineShape {
  return (
    !!shape &&
    own === null &&
    shape.words.length > 0 &&
    shape.words.length <= MAX_PIECE_WORDS &&
    (!shape.endsColon || shape.words.length >= MIN_COLON_WORDS || shape.words.length === 1) &&
    !shape.bulleted &&
    !shape.linkOnly &&
    !shape.image &&
    !shape.latin &&
    !shape.hashtags &&
    !TAG_OR_CREDIT.test(shape.plain)
  )
}

/**
 * A line of a title's length the rules left open stands on its own (the title whole, a date line), unless it ends on
 * a function word, where the page broke it, or on a colon: it introduces what follows (`نعرض لكم أهم الأخبار:`).
 */
function standsWhole(shape: LineShape, kind: ClutterKind | null): boolean {
  return (
    kind === null &&
    shape.words.length >= MIN_TITLE_WORDS &&
    !shape.endsColon &&
    !lastWordIsFunctionWord(shape)
  )
}

/** A line printed again right above or under itself: a caption's pair, a masthead's motto. */
function printedTwice(shapes: readonly (LineShape | null)[], k: number): boolean {
  const plain = shapes[k]!.plain
  return (k > 0 && shapes[k - 1]?.plain === plain) || shapes[k + 1]?.plain === plain
}

/**
 * A line the headline goes on under: two words or more, no sentence's end; or one word over another, a headline
 * printed a word a line (a menu's items are of one word now and then, not all of them). A line of two words or more
 * over a headline printed a word a line (one word over one word) is a section's name above it.
 */
function goesOnTo(shape: LineShape, next: LineShape, after: LineShape | null): boolean {
  if (shape.endsSentence) return false
  if (shape.words.length === 1) return next.words.length === 1
  return shape.words.length >= MIN_PIECE_WORDS && !(next.words.length === 1 && after?.words.length === 1)
}

/**
 * A piece's text for the separator test: `رئيس` / `بعثة` / `الحج:` ends a headline's first part with a colon, once
 * the run says a part's words (`MIN_COLON_WORDS`); a colon after a word or two heads a list or a credit.
 */
function withoutEndColon(shape: LineShape, said: number): string {
  return shape.endsColon && said >= MIN_COLON_WORDS ? shape.plain.slice(0, -1) : shape.plain
}
