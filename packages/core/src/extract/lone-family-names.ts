// A family name alone after a title: the short form of a person the article names, or a word of the title.
import { matchPhrase } from './phrase-match.ts'
import type { Scan } from './scan.ts'
import { givenNameBase, isKnownSurname, isSourceGivenName } from './word-classes.ts'

/**
 * الوزير الشيباني، الرئيس الأسد: a word with the article alone after a title is a family name when a list knows it or
 * the article writes it again, as it does a person it names (in full, or by the same short form). One no list knows
 * and the article never repeats describes the title instead (المخرج المسرحي الراحل NAME، فاز النجمة الساعي إلى
 * لقبه). A word with no article (المدرب أوناي) is left to the other rules.
 */
export function loneNameAfterTitle(scan: Scan, k: number): boolean {
  const { words } = scan
  const word = words[k]!
  if (!word.norm.startsWith('ال')) return true
  if (givenNameBase(word) !== undefined || isKnownSurname(word) || isSourceGivenName(word)) return true
  if (matchPhrase(scan, k, (target) => target.kind === 'person')) return true
  const w = word.bases[0]!.base
  for (let m = 0; m < words.length; m++) {
    if (m !== k && words[m]!.bases.some((base) => base.base === w)) return true
  }
  return false
}
