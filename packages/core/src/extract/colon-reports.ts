import { complementizerSet } from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import type { Scan } from './scan.ts'
import { phraseAt, type Subject } from './subjects.ts'
import { isVerb } from './word-classes.ts'

/** A speaker set before a colon at the start of a clause, and where what they said begins. */
export interface ColonReport {
  subject: Subject
  /** First word of what was said; `clause` when it opens with إن/أن. */
  at: number
  clause: boolean
}

const MAX_REMARK_WORDS = 8

/**
 * The layout of headlines and leads without a verb: `NAME: "…"`, `NAME: …`, and with a remark between a comma and the
 * colon, `NAME، في المؤتمر الصحفي اليومي: إن …`. Only a person, a body or an outlet speaks so; a place before a colon
 * is a dateline (الرياض: …).
 */
export function colonReport(scan: Scan, index: MentionIndex, v: number): ColonReport | undefined {
  const { words } = scan
  const word = words[v]!
  // A date line or byline above shares the first sentence's number, not its block.
  const before = words[v - 1]
  if (before && before.sentence === word.sentence && before.block === word.block) return undefined
  const subject = phraseAt(scan, index, v)
  if (!subject?.speaker.entity || subject.kind === 'location' || subject.kind === 'other') return undefined
  let k = subject.last + 1
  if (!words[k] || words[k]!.sentence !== word.sentence) return undefined
  if (!words[k]!.gap.includes(':')) {
    if (!/[،,]/.test(words[k]!.gap)) return undefined
    const end = Math.min(words.length, k + MAX_REMARK_WORDS)
    for (k++; k < end && !words[k]!.gap.includes(':'); k++) {
      if (words[k]!.sentence !== word.sentence || words[k]!.breakBefore || isVerb(words[k]!)) return undefined
    }
    if (k === end) return undefined
  }
  const clause = complementizerSet.has(words[k]!.norm) && words[k + 1]?.sentence === word.sentence
  return { subject, at: clause ? k + 1 : k, clause }
}
