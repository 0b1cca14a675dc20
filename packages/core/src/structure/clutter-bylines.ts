import { type ClutterKind, isName, type LineShape, lineShape } from './clutter-line.ts'

// A byline names a writer or an outlet in a word or three (`عبدالسلام الزغيبي`، `الراي السوداني`).
const MAX_BYLINE_WORDS = 3

/**
 * A page with no title, which opens on a name of up to three words (or an outlet's name and its number, `البوابة
 * 24`) straight above a line of the body: the name is the credit the lead is filed under, not a title. A title has
 * five words or more or ends as a sentence does (`isTitleLike`), and the rules above the body took the first line
 * left to the article for the title however short.
 */
export function markCreditOverLead(
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  isBody: (shape: LineShape | null) => boolean,
): void {
  // The first line left to the article; a line the rules did not read (no shape) is the body's.
  const head = kinds.indexOf(null)
  if (head < 0 || head + 1 >= shapes.length || kinds[head + 1] !== null) return
  if (isCreditName(shapes[head] ?? null) && isBody(shapes[head + 1] ?? null)) kinds[head] = 'byline'
}

// `السلطنة اليوم- NAME`، `أخبار العرب في أوروبا – برلين`: an outlet, a writer and a place, split by dashes.
const CREDIT_PARTS = /\s*[-–—_ـ/]+\s*/u
const MAX_CREDIT_PART_WORDS = 4

/**
 * Two or three short parts split by a dash, one of them of a name's shape (`OUTLET - PLACE`, `OUTLET- NAME`): a
 * credit. A title split so has phrases in its parts (`الحرب في المدينة - عام على القتال`) or says more than four words in
 * one; a title of two noun phrases of a few words each (`معرض الكتاب - الدورة الجديدة`) alone over the lead would be
 * read as a credit, which no development page has.
 */
function isDashedCredit(shape: LineShape): boolean {
  if (shape.endsSentence) return false
  const parts = shape.plain
    .split(CREDIT_PARTS)
    .map((part) => lineShape(part))
    .filter((part) => part.words.length > 0)
  return (
    (parts.length === 2 || parts.length === 3) &&
    parts.every((part) => part.words.length <= MAX_CREDIT_PART_WORDS) &&
    parts.some((part) => isName(part))
  )
}

function isCreditName(shape: LineShape | null): boolean {
  if (!shape || shape.bulleted || shape.quoted || shape.titled || shape.endsColon) return false
  if (isName(shape, MAX_BYLINE_WORDS) || isDashedCredit(shape)) return true
  // `البوابة 24`: an outlet's name ending in its number.
  const words = shape.words
  return (
    words.length >= 2 && /^\d+$/.test(words.at(-1)!) && isName({ ...shape, words: words.slice(0, -1) }, 2)
  )
}
