import { demonstrativeSet } from './lexicon.ts'
import type { Scan } from './scan.ts'
import type { Subject } from './subjects.ts'
import { isFunctionWord, isVerb } from './word-classes.ts'
import type { Word } from './words.ts'

/**
 * وحسب وزارة الدفاع، هاتين العمليتين مكنتا …؛ وبحسب مصادر رسمية، فإدارة المستشفى لم تحضر …: an attribution that
 * opens its sentence, then a comma and a nominal clause with no complementiser, is what the source says. The clause
 * must open with a definite noun, a demonstrative or ف and a noun: a verb after the comma (وبحسب الوكالة، استهدفت
 * الغارات …) tells the news in the article's own voice, as a reader takes it.
 * Returns the clause's first word, or undefined.
 */
export function clauseAfterAttribution(scan: Scan, cue: number, source: Subject): number | undefined {
  const { words } = scan
  const opening = words[cue]!
  if (cue > 0 && words[cue - 1]!.sentence === opening.sentence) return undefined
  const at = source.last + 1
  const word = words[at]
  if (!word || word.sentence !== opening.sentence || !COMMA.test(word.gap) || scan.quoted[at])
    return undefined
  return opensNominalClause(word) ? at : undefined
}

function opensNominalClause(word: Word): boolean {
  if (isVerb(word)) return false
  const afterFa = word.norm[0] === 'ف' ? word.bases.find((base) => base.cut === 1) : undefined
  if (afterFa) return !isFunctionWord(word) || demonstrativeSet.has(afterFa.base)
  return word.norm.startsWith('ال') || demonstrativeSet.has(word.norm)
}

const COMMA = /[،,]/
