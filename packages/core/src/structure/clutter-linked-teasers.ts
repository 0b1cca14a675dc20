import type { Span } from '../segment/span.ts'
import { type ClutterKind, type LineShape, lineWords } from './clutter-line.ts'
import { contentStems } from './clutter-topic.ts'

type Shapes = readonly (LineShape | null)[]

// A teaser goes on with its link's story in a few words at least; one word in common is chance (a country's name).
const MIN_SHARED_WITH_LINK = 2
// The article above the header, read for its words as far as a title's words come back in the body.
const ARTICLE_CHARS = 3000

/**
 * `اقرأ أيضاً` / `TITLE` / `شهد الموسم الماضي …`: under a header's links, paragraphs that go on with a link's story
 * rather than the article's are that story's teaser (its lead, printed with its title), not the article resumed.
 * A paragraph is the teaser's when it shares two words of content or more with the links and at least as many as
 * with the article above the header; the paragraphs after it stay the teaser's while they share at least as many
 * words with it as with the article. The article resumed after a link speaks of its own story
 * (`وتشرف المؤسسة على إنتاج النفط …` under a link about tariffs), which it shares more words with.
 */
export function markLinkedTeasers(
  text: string,
  lines: readonly Span[],
  shapes: Shapes,
  kinds: (ClutterKind | null)[],
  lists: readonly { header: number; stop: number }[],
  isBody: (shape: LineShape | null) => boolean,
): void {
  const stemsOf = (i: number) => contentStems(lineWords(text, lines, shapes, i))
  for (const { header, stop } of lists) {
    if (stop >= lines.length || kinds[stop] !== null || !isBody(shapes[stop] ?? null)) continue
    // A header above the article (a "latest news" box at the page's top) has no article above it to go back to.
    if (!kinds.some((kind, i) => i < header && kind === null && isBody(shapes[i] ?? null))) continue
    const story = new Set<string>()
    for (let i = header + 1; i < stop; i++)
      if (kinds[i] === 'navigation') for (const s of stemsOf(i)) story.add(s)
    const lead = stemsOf(stop)
    const withLink = shared(lead, story)
    // The article above is read only when the paragraph goes on with a link: most do not, and it is the long read.
    if (withLink < MIN_SHARED_WITH_LINK) continue
    const article = articleStems(lines, kinds, header, stemsOf)
    if (article.size === 0 || withLink < shared(lead, article)) continue
    for (let i = stop; i < lines.length; i++) {
      if (kinds[i] !== null) continue
      const stems = stemsOf(i)
      if (i > stop && shared(stems, story) < shared(stems, article)) break
      kinds[i] = 'navigation'
      for (const s of stems) story.add(s)
    }
  }
}

/** The stems of the lines left to the article above the header, up to `ARTICLE_CHARS` characters. */
function articleStems(
  lines: readonly Span[],
  kinds: readonly (ClutterKind | null)[],
  header: number,
  stemsOf: (i: number) => Set<string>,
): Set<string> {
  const stems = new Set<string>()
  let chars = 0
  for (let i = 0; i < header && chars < ARTICLE_CHARS; i++) {
    if (kinds[i] !== null) continue
    chars += lines[i]!.end - lines[i]!.start
    for (const s of stemsOf(i)) stems.add(s)
  }
  return stems
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const s of a) if (b.has(s)) count++
  return count
}
