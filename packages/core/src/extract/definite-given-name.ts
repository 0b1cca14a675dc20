// A listed given name written with the article (المختار، الحسين، الفاضل) that opens a name of several words.
import { commonWordSet, complementizerSet, courtesyTitleSet, nisbaPlaces } from './lexicon.ts'
import { isUnknownNameWord, nisbaShapedFamilyName } from './name-words.ts'
import { joined, type Scan } from './scan.ts'
import {
  isFunctionWord,
  isGivenNameAfterArticle,
  isKnownSurname,
  isNameParticle,
  isRoleWord,
  isVerb,
  titleHead,
} from './word-classes.ts'

/**
 * المختار ولد داداه، الحسين بن طلال، الفاضل محمد الأمين: a given name with the article opens a name when a name word
 * follows it (a particle, a known family name, or a family name in its nisba shape that is no ordinary word; not a
 * given name, which a description may precede: الفارس ناصر). After a definite noun it agrees with (الرئيس المختار، الطالب الفاضل) it is that noun's adjective; a word
 * news also uses as an ordinary one (الحسين) needs a particle or a given name after it.
 */
export function definiteGivenNameOpens(scan: Scan, i: number): boolean {
  const { words } = scan
  const word = words[i]!
  if (word.bases[0]!.cut !== 0 || !word.norm.startsWith('ال') || word.norm.length < 5) return false
  // The word after first: asked of every definite word, the given names' look-up hashes the word's letters.
  const next = words[i + 1]
  if (next === undefined || !joined(words, i + 1) || next.number || isFunctionWord(next)) return false
  if (!isGivenNameAfterArticle(word) || isRoleWord(word) || titleHead(word) || nisbaPlaces.has(word.norm))
    return false
  // الفارس ناصر آل مسعود: before a given name a word with the article describes the person, as a title would.
  const strong = isNameParticle(next)
  // الدكتور الهادي السديري: a family name no place or ordinary word reads (not الرئيس المختار السوداني) makes the
  // word a given name even after a title.
  const family =
    isKnownSurname(next) ||
    (nisbaShapedFamilyName(next) && !commonWordSet.has(next.norm) && !nisbaPlaces.has(next.norm))
  if (courtesyBefore(scan, i) && closedUnknownName(scan, i + 1)) return true
  // وزير النقل، السعيد NAME2، أن: between commas, in apposition to a role or opening a list's item.
  if (betweenCommas(scan, i) && !commonWordSet.has(word.norm) && closedUnknownName(scan, i + 1)) return true
  if (!(family && titleHead(words[i - 1]!)) && adjectiveAfterNoun(scan, i, strong)) return false
  if (strong) return true
  return family && !commonWordSet.has(word.norm)
}

/** السيد الحسن NAME2: a courtesy title, which announces a person and describes none, right before the word. */
function courtesyBefore(scan: Scan, i: number): boolean {
  const before = scan.words[i - 1]
  return before !== undefined && joined(scan.words, i) && courtesyTitleSet.has(before.norm)
}

/** Word `i` follows a comma, and one closes the word after it. */
function betweenCommas(scan: Scan, i: number): boolean {
  const after = scan.words[i + 2]
  return COMMA.test(scan.words[i]!.gap) && after !== undefined && COMMA.test(after.gap)
}

const COMMA = /[،,]/

/**
 * ترأس السيد الحسن صدقي، عامل الإقليم: a word of a name's shape that news does not use, which punctuation closes, is
 * the family name after a given name with the article, as the Maghreb writes some.
 */
function closedUnknownName(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  if (commonWordSet.has(word.norm) || !isUnknownNameWord(word, true)) return false
  const after = words[j + 1]
  if (after === undefined || !joined(words, j + 1)) return true
  // السيد المهدي بنسعيد وزير الشباب، السيد الحسن صدقي أن: a title, a verb or a complementiser after it closes it too.
  return titleHead(after) !== undefined || isVerb(after) || complementizerSet.has(after.norm)
}

/**
 * الرئيس المختار، بالطالب الفاضل: right after a title or a role (behind a particle or not) the word is its adjective;
 * after another definite noun (حضر الحفل المختار ولد محمد) only when no particle follows.
 */
function adjectiveAfterNoun(scan: Scan, i: number, strong: boolean): boolean {
  const { words } = scan
  const before = words[i - 1]
  if (before === undefined || !joined(words, i) || isFunctionWord(before)) return false
  const reading = before.bases.find((b) => b.cut <= 1 && b.base.startsWith('ال'))
  if (reading === undefined) return false
  return !strong || titleHead(before) !== undefined || isRoleWord(before)
}
