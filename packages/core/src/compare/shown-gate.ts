import { norm } from '../lang/ar/compiled.ts'
import { stopwordSet } from '../lang/ar/compiled-analysis.ts'
import { quantityWord } from '../lang/ar/quantities.ts'
import { tokenize } from '../normalize/tokenize.ts'
import type { NumberConflict } from './number-conflicts.ts'
import type { Quantity } from './quantities.ts'
import type { Mention } from './quantity-keys.ts'
import type { SentenceSpace } from './sentence-space.ts'

/**
 * Whether a difference in numbers is anchored well enough to be shown. A value with a cue (the dead, the votes, a
 * magnitude) or a count by the noun it counts (30 دولة، 14 طابقاً) says what it is. An amount with a unit and no cue
 * (a share, a sum in a currency, a length) is known only by its unit: two articles' shares, or sums of one currency,
 * are as often two amounts (a deposit rate and a lending rate, a main index and another, exports and imports) as one
 * stated two ways. Such a pair is shown only when the same words lead to both values: every content word before one
 * value in its sentence stands before the other in its own (one sentence may say more), so what the amount is of is
 * told alike.
 */
export function anchoredConflict(space: SentenceSpace, { a, b }: Pick<NumberConflict, 'a' | 'b'>): boolean {
  if (!unitOnly(a.quantity) && !unitOnly(b.quantity)) return true
  const [x, y] = [leadingWords(space, a), leadingWords(space, b)]
  return x.size > 0 && y.size > 0 && (within(x, y) || within(y, x))
}

/** The conflicts `anchoredConflict` lets through, in their order. */
export function anchored<T extends Pick<NumberConflict, 'a' | 'b'>>(
  space: SentenceSpace,
  conflicts: readonly T[],
): T[] {
  return conflicts.filter((conflict) => anchoredConflict(space, conflict))
}

const unitOnly = (quantity: Quantity) => quantity.cue === null && quantity.unit !== null

/** The content words before a mention's value in its sentence, by `quantityWord`. */
function leadingWords(space: SentenceSpace, m: Mention): Set<string> {
  const text = space.articles[m.article]!.sentences[m.sentence]!.text
  const words = new Set<string>()
  for (const token of tokenize(text.slice(0, m.quantity.start)))
    if (token.kind === 'word' && !stopwordSet.has(norm(token.text))) words.add(quantityWord(token.text))
  return words
}

const within = (small: ReadonlySet<string>, large: ReadonlySet<string>) =>
  [...small].every((w) => large.has(w))
