import type { Difference } from '../model/coverage.ts'
import { dateDifferences } from './dates.ts'
import { differenceValue } from './difference-value.ts'
import { type FactGroup, numberConflicts } from './number-conflicts.ts'
import type { Mention } from './quantity-keys.ts'
import { scoreDifferences } from './scores.ts'
import type { SentenceSpace } from './sentence-space.ts'
import { anchored } from './shown-gate.ts'
import { learnedConflicts } from './value-pairs.ts'

export type { FactGroup, NumberConflict } from './number-conflicts.ts'

const SUBJECT_LENGTH = 120

/**
 * Differing dates inside each shared fact; differing values of one quantity anywhere in the articles (`keyedConflicts`:
 * the same cue, unit and, for a person's figure, the same person), one difference per pair of articles; amounts with
 * a unit, and tolls, that differ inside a shared fact, tolls marked `developing`.
 */
export function differences(space: SentenceSpace, facts: readonly FactGroup[]): Difference[] {
  const dates = facts.flatMap((fact) => dateDifferences(space, fact, subjectOf(space, fact)))
  const rules = numberConflicts(space, facts)
  return [
    ...dates,
    ...scoreDifferences(space),
    ...anchored(space, [...rules.conflicts, ...learnedConflicts(space, facts, rules)]).map(
      ({ a, b, developing }): Difference => ({
        kind: 'number',
        subject: a.quantity.label || b.quantity.label,
        ...(developing && { developing }),
        values: [a, b].map((m) => differingValue(space, m)),
      }),
    ),
  ]
}

const differingValue = (space: SentenceSpace, { article, sentence, quantity }: Mention) =>
  differenceValue(space, article, sentence, quantity, quantity.value)

function subjectOf(space: SentenceSpace, fact: FactGroup): string {
  const [article, index] = fact[0]!
  const text = space.articles[article]!.sentences[index]!.text.trim()
  if (text.length <= SUBJECT_LENGTH) return text
  const cut = text.lastIndexOf(' ', SUBJECT_LENGTH)
  return `${text.slice(0, cut > 0 ? cut : SUBJECT_LENGTH)}…`
}
