import { negationSet } from '../lang/ar/compiled-cues.ts'
import { COMMA } from '../segment/marks.ts'
import { demonstrativeSet, relativePronounSet as RELATIVE } from './lexicon.ts'
import { commaGap, type Scan } from './scan.ts'
import type { Subject } from './subjects.ts'
import { isFunctionWord, isVerb, isVerbOfAnyList, titleHead } from './word-classes.ts'
import type { Word } from './words.ts'

/**
 * وحسب وزارة الدفاع، هاتين العمليتين مكنتا …؛ وبحسب مصادر رسمية، فإدارة المستشفى لم تحضر …: an attribution that
 * opens its sentence, then a comma and a nominal clause with no complementiser, is what the source says. The clause
 * must open with a definite noun, a demonstrative or ف and a noun. A verb or a negation after the comma (وبحسب
 * هيئة الأرصاد، ضربت العاصفة …؛ وحسب مصادر محلية، لم تسجل …) opens what the source says too, as the annotators read
 * it, when the source names someone (a person, a body, an outlet, a described source, a title, or the subject of a
 * verb of saying): `حسب الخطة، تبدأ …` cites nothing. Such a source may also run into its verb with no comma
 * (وطبقاً لوزارة الداخلية ارتفع عدد …), where only a verb opens the clause.
 * Returns the clause's first word, or undefined.
 */
export function clauseAfterAttribution(
  scan: Scan,
  cue: number,
  source: Subject,
  said: boolean,
): number | undefined {
  const { words } = scan
  const opening = words[cue]!
  if (cue > 0 && words[cue - 1]!.sentence === opening.sentence) return undefined
  const at = source.last + 1
  const word = words[at]
  if (!word || word.sentence !== opening.sentence || scan.quoted[at]) return undefined
  const speaks = namesSomeone(scan, source, said)
  if (!COMMA.test(word.gap)) return speaks && isVerbOfAnyList(word) ? at : undefined
  if (opensNominalClause(word)) return at
  return speaks && opensVerbalClause(word) ? at : undefined
}

/**
 * تشهد المدينة انقطاعاً في الكهرباء، وفق ما ذكرت شبكة …؛ يشير هذا التراجع، حسب خبراء، إلى …: an attribution after a
 * comma, with no report before it in its sentence, cites the clause before it (the guideline's layout). The clause
 * opens its sentence and holds at least three words; the source must name someone (a person, a body, an outlet, a
 * described source or a title: `بحسب ما أعلن رئيس المحكمة`), or be the subject of a verb of saying (`وفقاً لما ذكره
 * مركز …`, `said`), so that `حسب القانون`, `وفق الخطة` cite nothing. Returns the clause's first word, or undefined.
 */
export function clauseBeforeAttribution(
  scan: Scan,
  cue: number,
  source: Subject,
  said: boolean,
): number | undefined {
  const { words } = scan
  const opening = words[cue]!
  const named = namesSomeone(scan, source, said)
  if (!named || !commaGap(opening)) return undefined
  let first = cue
  while (first > 0 && words[first - 1]!.sentence === opening.sentence) first--
  while (first < cue && scan.credit[first]) first++
  if (cue - first < MIN_CLAUSE_WORDS || scan.quoted[first]) return undefined
  return first
}

/**
 * يشير هذا التباين، حسب مراقبين، إلى …: a source set between commas a few words into its clause is an aside; the
 * clause goes on after it. Returns the word after the source, or undefined when the clause ends at the cue.
 */
export function clauseAfterAside(
  scan: Scan,
  first: number,
  cue: number,
  source: Subject,
): number | undefined {
  const { words } = scan
  const after = words[source.last + 1]
  if (cue - first > MAX_ASIDE_OFFSET || !after || after.sentence !== words[cue]!.sentence) return undefined
  if (!commaGap(after) || RELATIVE.has(after.norm) || isVerb(after)) return undefined
  return source.last + 1
}

const CITING_KINDS: ReadonlySet<Subject['kind']> = new Set(['person', 'organization', 'media', 'anonymous'])
const MIN_CLAUSE_WORDS = 3
const MAX_ASIDE_OFFSET = 4

/**
 * The source is someone who can speak: a person, a body, an outlet, a described source, a title, or the subject of a
 * verb of saying (`وفقاً لما ذكره مركز …`, `said`).
 */
function namesSomeone(scan: Scan, source: Subject, said: boolean): boolean {
  return (
    CITING_KINDS.has(source.kind) ||
    (source.kind === 'other' && (said || titleHead(scan.words[source.first]!) !== undefined))
  )
}

function opensVerbalClause(word: Word): boolean {
  return isVerbOfAnyList(word) || negationSet.has(word.norm)
}

function opensNominalClause(word: Word): boolean {
  if (isVerb(word)) return false
  const afterFa = word.norm[0] === 'ف' ? word.bases.find((base) => base.cut === 1) : undefined
  if (afterFa) return !isFunctionWord(word) || demonstrativeSet.has(afterFa.base)
  return word.norm.startsWith('ال') || demonstrativeSet.has(word.norm)
}
