import { compoundOpeningStrictSet } from '../lang/ar/compiled-cues.ts'
import { everyoneNouns, feminineNames, masculineNamesInTaMarbuta } from '../lang/ar/name-gender.ts'
import { compoundNameEndings } from '../lang/ar/name-parts.ts'
import { givenNameSet, norm, organizationHeadSet, strictNorm, type VerbForm } from './lexicon.ts'
import type { Scan } from './scan.ts'
import type { Subject } from './subjects.ts'
import { titleHead } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Word } from './words.ts'

/** What a verb's form says of its pronoun subject, or what a noun phrase can be the subject of. */
export type Agreement = 'masculine' | 'feminine' | 'plural'

const feminineNameSet: ReadonlySet<string> = new Set(feminineNames.map(strictNorm))
const masculineInTaMarbuta: ReadonlySet<string> = new Set(masculineNamesInTaMarbuta.map(strictNorm))
const compoundEndingSet: ReadonlySet<string> = new Set(compoundNameEndings.map(strictNorm))
const everyoneSet: ReadonlySet<string> = new Set(everyoneNouns.map(strictNorm))

/**
 * The subject a form of a reporting verb agrees with: -وا، -ون and the dual -ا، -ان، -تا plural; the past -ت or the
 * present ت- feminine (قالت، أشارت، تؤكد); the lemma's own form masculine (لفت, whose root ends in ت, included).
 */
export function verbAgreement(word: Word, verb: VerbForm): Agreement {
  const form = word.bases[0]!.flags & WordFlag.ReportingForm ? word.norm : bareVerb(word)
  const lemma = norm(verb.lemma)
  if (form === lemma) return 'masculine'
  if (verb.participle) {
    if (form.endsWith('ين')) return 'plural'
    return form.endsWith('ة') ? 'feminine' : 'masculine'
  }
  if (/(?:وا|ون|ان|تا)$/.test(form) || (form.endsWith('ا') && !lemma.endsWith('ا'))) return 'plural'
  if (form.endsWith('ت') || (form[0] === 'ت' && !form.startsWith(lemma))) return 'feminine'
  return 'masculine'
}

/** The verb without its conjunction (وأضاف → أضاف), when it carries one. */
function bareVerb(word: Word): string {
  const second = word.bases[1]
  return second && second.cut === 1 ? second.base : word.norm
}

/**
 * Which pronoun verbs a subject can be the antecedent of: a person by the gender of the title or given name that
 * names them (الوزيرة، هدى), a body also by a plural verb, a plural of things by a feminine one (المعطيات تؤكد).
 * `undefined` when the phrase does not tell.
 */
export function subjectAgreement(scan: Scan, subject: Subject): ReadonlySet<Agreement> | undefined {
  const head = scan.words[subject.first]!
  const base = head.bases.find((b) => b.cut === 0) ?? head.bases[0]!
  const word = base.base.startsWith('ال') ? base.base.slice(2) : base.base
  if (subject.kind === 'person') {
    const strict = strictNorm(head.raw)
    // كبارة for عبد الله كبارة: a family name standing alone takes its bearer's gender from the full name's first word.
    const opening = strictNorm(subject.speaker.name.split(' ')[0] ?? '')
    if (opening !== strict && compoundOpeningStrictSet.has(opening)) return MASCULINE
    if (feminineNameSet.has(strict) || (word.endsWith('ة') && !masculineInTaMarbuta.has(strict)))
      return FEMININE
    // مفوض العون الإنساني الأستاذة سلوى …، المحافظ الرافعي (إيمان الرافعي): a woman may hold a title written in
    // the masculine; a feminine title or given name in the phrase, or the name it stands for, tells.
    if (namesWoman(scan, subject)) return FEMININE
    if (givenNameSet.has(strict) || titleHead(head)) return MASCULINE
    return undefined
  }
  if (subject.kind === 'organization' || subject.kind === 'media') {
    // قوات الاحتلال تواصل: a body named by a plural of things in ات agrees as that plural does.
    if (!organizationHeadSet.has(word)) return word.endsWith('ات') ? FEMININE_BODY : undefined
    return word.endsWith('ة') ? FEMININE_BODY : MASCULINE_BODY
  }
  if (word.endsWith('ات')) return FEMININE_BODY
  if (everyoneSet.has(strictNorm(base.base))) return PLURAL
  if (word.endsWith('ون') || word.endsWith('ين')) return PLURAL
  if (word.endsWith('ة')) return FEMININE
  return undefined
}

function namesWoman(scan: Scan, subject: Subject): boolean {
  for (let k = subject.first + 1; k <= subject.last; k++) {
    const word = scan.words[k]!
    const strict = strictNorm(word.raw)
    if (feminineNameSet.has(strict)) return !compoundEndingSet.has(strictNorm(scan.words[k + 1]?.raw ?? ''))
    if (strict.endsWith('ة') && titleHead(word) && !masculineInTaMarbuta.has(strict)) return true
  }
  const [first, second] = subject.speaker.name.split(' ')
  return (
    first !== undefined &&
    feminineNameSet.has(strictNorm(first)) &&
    !compoundEndingSet.has(strictNorm(second ?? ''))
  )
}

const FEMININE: ReadonlySet<Agreement> = new Set(['feminine'])
const MASCULINE: ReadonlySet<Agreement> = new Set(['masculine'])
const PLURAL: ReadonlySet<Agreement> = new Set(['plural'])
const FEMININE_BODY: ReadonlySet<Agreement> = new Set(['feminine', 'plural'])
const MASCULINE_BODY: ReadonlySet<Agreement> = new Set(['masculine', 'plural'])
