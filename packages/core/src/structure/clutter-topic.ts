import { clutterWords, mastheadTitles, matchPhraseAt } from '../lang/ar/clutter-markers.ts'
import { stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import { stemNormalizedCached } from '../normalize/stem-cache.ts'
import type { Span } from '../segment/span.ts'
import { BODY_SENTENCE_WORDS, BODY_WORDS } from './clutter-features.ts'
import { type ClutterKind, holdsComma, type LineShape, lineWords } from './clutter-line.ts'

// A headline names its story in at least this many words of content; a shorter line may say it in other words.
const MIN_HEADLINE_STEMS = 6
// A shorter line (a section's or a widget's title, a headline of three words) is read only above such a title.
const MIN_SHORT_STEMS = 3
// The body read for its words: the lead and the first paragraphs, where a title's words come back; too few of them
// and a title may share none by chance.
const BODY_CHARS = 3000
const MIN_BODY_STEMS = 12

/**
 * Above the title, a headline that shares no word of content with the body (stems of three letters or more, no
 * function word or number) is about another story: a link, a ticker's item, the title of a page the scraper did
 * not keep. A title always names what its lead tells (`الوزير يفتتح المحطة …` / `افتتح الوزير …`): the first headline with a
 * word in common is the title, and what stands under it (its points, its credits) is left to the other rules. A
 * line of three to five such words may be a title said in other words: it is another story's (a widget's, a
 * section's or a ticker's title) only when a headline of six or more that shares a word with the body stands under
 * it, the title it is not. A headline that names what a line of running text under it tells is the title over its
 * lead, whatever the body found lower says (`toldBelow`).
 */
export function markOtherStories(
  text: string,
  lines: readonly Span[],
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  first: number,
): void {
  // The body is read once for all the headlines, only as far as a question needs: the lines from `first` on keep
  // their kinds meanwhile.
  let body: BodyReader | undefined
  const reader = () => (body ??= new BodyReader(text, lines, kinds, first))
  for (let i = 0; i < first; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || shape.words.length < MIN_SHORT_STEMS || !isHeadline(shape)) continue
    const stems = contentStems(shape.words)
    if (stems.size < MIN_SHORT_STEMS) continue
    const shares = reader().sharesWith(stems)
    if (shares === false && toldBelow(text, lines, shapes, kinds, stems, i + 1, first)) return
    if (stems.size < MIN_HEADLINE_STEMS) {
      // A short line is another story's only when the title under it names the body's story; a masthead's items
      // between bars (`شعار قناة الواحة | Al Waha TV`) name the outlet, which the article's names count.
      const masthead = shape.plain.includes('|')
      if (!masthead && shares === false && titleBelow(shapes, kinds, i + 1, first, reader()))
        kinds[i] = 'navigation'
      continue
    }
    if (shares !== false) return
    kinds[i] = 'navigation'
  }
}

/**
 * Whether a line of running text the rules left open between `from` and `to` (`BODY_WORDS` words or more, or
 * `BODY_SENTENCE_WORDS` with a comma) shares a word of content with `stems`: a title and the lead under it, where the
 * body was found lower (a cookie notice or a teaser, the first line to end a sentence on a page whose paragraphs end
 * with none). Another story's headline does not name what the lead under the title tells.
 */
function toldBelow(
  text: string,
  lines: readonly Span[],
  shapes: readonly (LineShape | null)[],
  kinds: readonly (ClutterKind | null)[],
  stems: ReadonlySet<string>,
  from: number,
  to: number,
): boolean {
  for (let j = from; j < to; j++) {
    if (kinds[j] !== null) continue
    const words = lineWords(text, lines, shapes, j)
    if (words.length < BODY_WORDS) {
      const plain = shapes[j]?.plain ?? text.slice(lines[j]!.start, lines[j]!.end)
      if (words.length < BODY_SENTENCE_WORDS || !holdsComma(plain)) continue
    }
    for (const word of words) if (isContentWord(word) && stems.has(stemNormalizedCached(word))) return true
  }
  return false
}

/** Whether a headline of six words of content or more that shares a word with the body stands between `from` and `to`. */
function titleBelow(
  shapes: readonly (LineShape | null)[],
  kinds: readonly (ClutterKind | null)[],
  from: number,
  to: number,
  body: BodyReader,
): boolean {
  for (let j = from; j < to; j++) {
    const shape = shapes[j]
    if (kinds[j] !== null || !shape || !isHeadline(shape)) continue
    const stems = contentStems(shape.words)
    if (stems.size >= MIN_HEADLINE_STEMS && body.sharesWith(stems) === true) return true
  }
  return false
}

/**
 * A headline does not end in a colon (`… في التقرير الآتي:` introduces what follows) nor name the site's staff
 * (`جريدة … رئيس مجلس الإدارة …`, a masthead, whose outlet the article's names count).
 */
function isHeadline(shape: LineShape): boolean {
  return !shape.endsColon && !shape.words.some((_, at) => matchPhraseAt(mastheadTitles, shape.words, at) > 0)
}

/**
 * The stems of the words of content in the body's first characters, read word by word as far as asked (a title's
 * word comes back in its lead, so the reading is short) and kept for the next question.
 */
class BodyReader {
  private readonly seen = new Set<string>()
  private readonly pending: string[] = []
  private readonly text: string
  private readonly lines: readonly Span[]
  private readonly kinds: readonly (ClutterKind | null)[]
  private line: number
  private chars = 0

  constructor(text: string, lines: readonly Span[], kinds: readonly (ClutterKind | null)[], first: number) {
    this.text = text
    this.lines = lines
    this.kinds = kinds
    this.line = first
  }

  /** Whether the body holds one of `stems`; null when it holds too few words of content to tell. */
  sharesWith(stems: ReadonlySet<string>): boolean | null {
    // The headline's few stems asked of the body's many read so far, not the other way round.
    for (const stem of stems) if (this.seen.has(stem)) return true
    for (let stem = this.next(); stem !== undefined; stem = this.next()) if (stems.has(stem)) return true
    return this.seen.size < MIN_BODY_STEMS ? null : false
  }

  /** The next word of content's stem, or undefined past the body's first BODY_CHARS characters. */
  private next(): string | undefined {
    while (this.pending.length === 0) {
      if (this.line >= this.lines.length || this.chars >= BODY_CHARS) return undefined
      const index = this.line++
      if (this.kinds[index] !== null) continue
      const { start, end } = this.lines[index]!
      this.chars += end - start
      // Reversed, so that pop() gives the line's words in reading order.
      for (const word of clutterWords(this.text.slice(start, end)).reverse()) {
        if (isContentWord(word)) this.pending.push(word)
      }
    }
    const stem = stemNormalizedCached(this.pending.pop()!)
    this.seen.add(stem)
    return stem
  }
}

function isContentWord(word: string): boolean {
  return word.length >= 3 && !stopwords.has(word) && !/^\d/.test(word)
}

/** The stems of a line's words of content (three letters or more, no function word or number). */
export function contentStems(words: readonly string[]): Set<string> {
  const stems = new Set<string>()
  for (const word of words) if (isContentWord(word)) stems.add(stemNormalizedCached(word))
  return stems
}
