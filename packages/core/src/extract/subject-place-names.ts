// Names no list knows, vouched for by their place in the sentence: the subject's place of a reporting verb.
import { complementizerSet, speakerNounSet, statementNounSet, strictNorm } from './lexicon.ts'
import { isForeignNameWord, isUnknownNameWord, nisbaShapedFamilyName } from './name-words.ts'
import { joined, type Scan } from './scan.ts'
import { isKnownSurname, isVerbOfAnyList, reportingVerb, titleHead } from './word-classes.ts'

const MAX_SUBJECT_NAME_WORDS = 3

/**
 * A name no list knows in the subject's place: right after a reporting verb, two or three words of no known class
 * closed by a comma, a title or a noun of office (ذكرت مارتينا رينر مسؤولة الشؤون الداخلية، أن). The verb and the
 * closing word vouch for a name; a plural, feminine or definite word (مصادر مطلعة، شهود عيان) is never such a name.
 */
export function subjectPlaceName(scan: Scan, i: number): number {
  const { words } = scan
  const verb = i > 0 ? words[i - 1] : undefined
  if (!verb || !joined(words, i) || reportingVerb(verb) === undefined) return -1
  const family = familyNamedSubject(scan, i)
  if (family > i) return family
  let last = i - 1
  for (let j = i; j < words.length && j - i < MAX_SUBJECT_NAME_WORDS; j++) {
    if (j > i && !joined(words, j)) break
    if (!isForeignNameWord(words[j]!, j > i)) break
    last = j
  }
  if (last <= i) return -1
  // A complementiser alone does not close such a name: شهود عيان إن reads the same as a name would.
  return closesSubjectName(scan, last + 1) ? last : -1
}

function closesSubjectName(scan: Scan, k: number): boolean {
  const { words } = scan
  const after = words[k]
  return (
    after === undefined ||
    !joined(words, k) ||
    titleHead(after) !== undefined ||
    speakerNounSet.has(after.norm)
  )
}

/**
 * أكّد معين الشعباني مدرب الفريق أن: in the subject's place, a word without the article and a family name in its
 * nisba shape are a name even when the first is also a common word (معين): an indefinite noun takes no definite
 * adjective. A comma, a title or a complementiser must close it.
 */
function familyNamedSubject(scan: Scan, i: number): number {
  const { words } = scan
  const first = words[i]!
  const family = words[i + 1]
  if (!family || !joined(words, i + 1) || !nisbaShapedFamilyName(family) || isKnownSurname(family)) return -1
  // إدارة المستشفى: a feminine noun in construct, and a genitive in ى, not a name.
  if (!strictNorm(family.raw).endsWith('ي') || first.norm.endsWith('ة')) return -1
  if (first.norm.startsWith('ال') || first.bases.length > 1 || statementNounSet.has(first.norm)) return -1
  if (speakerNounSet.has(first.norm) || !isUnknownNameWord(first) || isVerbOfAnyList(first)) return -1
  const after = words[i + 2]
  const closed = closesSubjectName(scan, i + 2) || (after !== undefined && complementizerSet.has(after.norm))
  return closed ? i + 1 : -1
}
