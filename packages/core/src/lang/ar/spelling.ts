import { createFold, type Fold } from '../../normalize/fold.ts'

// The spellings word lists are compiled and looked up in: `normalize` made fast (`normalize/fold.ts`) with the
// option sets the rules need.

/** Normalisation for matching: alef and yeh forms folded, marks, tatweel and invisible characters removed. */
export const norm: Fold = createFold()

/** A list's words as `norm` folds them, for look-ups of normalised words. */
export function normSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(norm))
}

const STRICT = { yeh: false } as const
/** Like `norm`, but keeping ى apart from ي, so that the preposition على is not the given name علي. */
export const strictNorm: Fold = createFold(STRICT)

const DISPLAY = { alef: false, yeh: false } as const
/** A name as shown to people: spelling kept, marks and tatweel removed. */
export function displayForm(text: string): string {
  const folded = displayFold(text)
  return hasLooseSpace(folded) ? folded.replace(SPACES, ' ').trim() : folded
}

const displayFold = createFold(DISPLAY)
const SPACES = /\s+/g

/** Spaces to tidy: at an end, doubled, or other than the plain space. */
function hasLooseSpace(text: string): boolean {
  if (text.length === 0) return false
  let previousSpace = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const space = code === 0x20
    if ((space && previousSpace) || (!space && code <= 0x20) || code === 0xa0) return true
    previousSpace = space
  }
  return previousSpace
}

const WITH_MARKS = { diacritics: false } as const
/** A word normalised with its marks kept, to tell عمّان from عُمان. */
export const markedForm: Fold = createFold(WITH_MARKS)
