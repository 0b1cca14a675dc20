import { anonymousNounSet, norm, sayingNounSet, titleTailStopSet } from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import type { Scan } from './scan.ts'
import type { Subject } from './subjects.ts'
import { isRoleWord, isVerbOfAnyList, reportingVerb, titleHead } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'

/** How far past the subject's phrase the title may go on before its holder is named. */
const MAX_TITLE_TAIL = 12
/**
 * What may stand between the words of a title and its holder: spaces, one comma, a quote mark around the name, and
 * the hashtag mark some sites set on a place of the title (`في محافظة #حمص`).
 */
const TAIL_GAP = /^[\s،,"“”«»#]*$/

/**
 * `عضو اللجنة التنظيمية بالمعرض "سامي الحداد"`، `منسق لجنة الدفاع عن الأراضي في جنوب نابلس، خالد المصري،`: a title
 * longer than a subject's phrase reaches, then the person who holds it. The person, with the title's words as the
 * subject's span, when the name ends where the clause goes on (a comma, a complementiser, a colon, a quote); else
 * undefined. Only a title or a noun of officials opens such a phrase, and no verb, number or preposition of company
 * (مع، خلال …) stands in the title, so that a person the speaker met or spoke of is never taken.
 */
export function holderOfTitle(scan: Scan, index: MentionIndex, subject: Subject): Subject | undefined {
  // A title the recognisers tied to a person named before (coreference) still yields to the name written after it.
  if (subject.kind === 'person' && index.mentionAt[subject.first]?.form !== 'role') return undefined
  const { words } = scan
  const head = words[subject.first]!
  // نجم الفريق السابق NAME, نجم الهلال NAME: a description the lists lack, a plain noun (of a body, at most) before
  // the name, is a title all the same when a name follows, and its phrase may have run into the name.
  const described =
    index.mentionAt[subject.first] === undefined &&
    ((subject.kind === 'other' && !subject.speaker.entity) || subject.kind === 'organization')
  const titled =
    described ||
    titleHead(head) !== undefined ||
    isRoleWord(head) ||
    head.bases.some((base) => anonymousNounSet.has(norm(base.base.replace(/^ال/, ''))))
  if (!titled) return undefined
  const sentence = head.sentence
  let commas = 0
  const from = described ? subject.first + 1 : subject.last + 1
  for (let k = from; k < words.length && k - subject.last <= MAX_TITLE_TAIL; k++) {
    const word = words[k]!
    // Most gaps are one space, which the tail allows and which holds no comma: the regexes are asked of others.
    const spaced = word.gap === ' '
    if (word.sentence !== sentence || word.block !== head.block || !(spaced || TAIL_GAP.test(word.gap)))
      return undefined
    if (!spaced && /[،,]/.test(word.gap) && ++commas > 1) return undefined
    const mention = index.mentionAt[k]
    // A title inside the title (رئيس "التيار") that coreference tied to someone named before is a word of the title.
    if (mention?.form === 'role') continue
    if (mention?.kind === 'person' && mention.form !== 'nisba') {
      // للشرع «…»: a name behind a preposition is whom the words were for, not who holds the title.
      if (mention.first !== k || mention.start > word.start || !mention.entity) return undefined
      if (!endsPhrase(scan, mention.last + 1)) return undefined
      const speaker = { name: mention.name, entity: mention.entity }
      return { first: subject.first, last: mention.last, start: subject.start, speaker, kind: 'person' }
    }
    if (mention && mention.kind !== 'organization' && mention.kind !== 'location') return undefined
    if (word.number || isVerbOfAnyList(word) || word.bases[0]!.flags & WordFlag.Complementizer)
      return undefined
    if (titleTailStopSet.has(word.norm)) return undefined
  }
  return undefined
}

/** The person's name ends the subject: a comma, a colon or a quote after it, or the complementiser of the clause. */
function endsPhrase(scan: Scan, k: number): boolean {
  const word = scan.words[k]
  if (!word) return false
  if (/[،,:"“”«».!?؟]/.test(word.gap)) return true
  // NAME قائلاً: a participle of saying closes the subject as a comma would.
  // NAME القول إن: so does a verbal noun of saying.
  return (
    (word.bases[0]!.flags & WordFlag.Complementizer) !== 0 ||
    reportingVerb(word) !== undefined ||
    sayingNounSet.has(word.norm)
  )
}
