import { clutterWords, mastheadTitles, matchPhraseAt } from '../lang/ar/clutter-markers.ts'
import { stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import { stemNormalizedCached } from '../normalize/stem-cache.ts'
import type { Span } from '../segment/span.ts'
import type { ClutterKind, LineShape } from './clutter-line.ts'

// A headline names its story in at least this many words of content; a shorter line may say it in other words.
const MIN_HEADLINE_STEMS = 6
// The body read for its words: the lead and the first paragraphs, where a title's words come back; too few of them
// and a title may share none by chance.
const BODY_CHARS = 3000
const MIN_BODY_STEMS = 12

/**
 * Above the title, a headline that shares no word of content with the body (stems of three letters or more, no
 * function word or number) is about another story: a link, a ticker's item, the title of a page the scraper did
 * not keep. A title always names what its lead tells (`الوزير يفتتح المحطة …` / `افتتح الوزير …`): the first headline with a
 * word in common is the title, and what stands under it (its points, its credits) is left to the other rules. A
 * line of fewer than six such words may be a title said in other words.
 */
export function markOtherStories(
  text: string,
  lines: readonly Span[],
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  first: number,
): void {
  for (let i = 0; i < first; i++) {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || shape.words.length < MIN_HEADLINE_STEMS || !isHeadline(shape)) continue
    const stems = contentStems(shape.words)
    if (stems.size < MIN_HEADLINE_STEMS) continue
    if (sharesWithBody(stems, text, lines, kinds, first) !== false) return
    kinds[i] = 'navigation'
  }
}

/**
 * A headline does not end in a colon (`… في التقرير الآتي:` introduces what follows) nor name the site's staff
 * (`جريدة … رئيس مجلس الإدارة …`, a masthead, whose outlet the article's names count).
 */
function isHeadline(shape: LineShape): boolean {
  return !shape.endsColon && !shape.words.some((_, at) => matchPhraseAt(mastheadTitles, shape.words, at) > 0)
}

/**
 * Whether the body's first characters hold one of `stems`, read word by word until one does (a title's word comes
 * back in its lead, so the search is short); null when they hold too few words of content to tell.
 */
function sharesWithBody(
  stems: ReadonlySet<string>,
  text: string,
  lines: readonly Span[],
  kinds: readonly (ClutterKind | null)[],
  first: number,
): boolean | null {
  const seen = new Set<string>()
  let chars = 0
  for (let i = first; i < lines.length && chars < BODY_CHARS; i++) {
    if (kinds[i] !== null) continue
    const line = lines[i]!
    chars += line.end - line.start
    for (const word of clutterWords(text.slice(line.start, line.end))) {
      if (!isContentWord(word)) continue
      const stem = stemNormalizedCached(word)
      if (stems.has(stem)) return true
      seen.add(stem)
    }
  }
  return seen.size < MIN_BODY_STEMS ? null : false
}

function isContentWord(word: string): boolean {
  return word.length >= 3 && !stopwords.has(word) && !/^\d/.test(word)
}

function contentStems(words: readonly string[]): Set<string> {
  const stems = new Set<string>()
  for (const word of words) if (isContentWord(word)) stems.add(stemNormalizedCached(word))
  return stems
}
