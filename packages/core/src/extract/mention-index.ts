import type { Resolution } from './entities.ts'
import { mediaHeadOpen, organizationHeadSet } from './lexicon.ts'
import type { Recognition } from './recognize.ts'
import type { Found, RoleSpan, Scan } from './scan.ts'

/** Which mention and which role cover each word: the lookups the speech rules make while reading a clause. */
export interface MentionIndex {
  /** The longest mention covering each word (a head noun before an outlet's name counts as covered). */
  mentionAt: (Found | undefined)[]
  /** The role covering each word, with the person it introduces. */
  roleAt: (RoleSpan | undefined)[]
  /**
   * First word of a mention's claim where it is not the mention's own first word (the head of `موقع "ستاندرد"`):
   * readers take `first` for a mention it lacks. Most mentions start their claim, and each entry keyed by a mention
   * costs that object an identity hash.
   */
  claimStart: Map<Found, number>
  /** The issuer of the statement noun at a word (البيان → the body that issued it). */
  statementOf: ReadonlyMap<number, Found>
}

export function indexMentions(scan: Scan, recognition: Recognition, resolution: Resolution): MentionIndex {
  const n = scan.words.length
  // Filled, not holey: a large holey array drops to dictionary mode and every lookup slows down.
  const mentionAt: (Found | undefined)[] = new Array(n).fill(undefined)
  const roleAt: (RoleSpan | undefined)[] = new Array(n).fill(undefined)
  const claimStart = new Map<Found, number>()
  for (let q = 0; q < resolution.found.length; q++) {
    const found = resolution.found[q]!
    const from = headBefore(scan, found)
    if (from !== found.first) claimStart.set(found, from)
    for (let k = from; k <= found.last; k++) {
      const current = mentionAt[k]
      if (!current || current.last - current.first < found.last - found.first) mentionAt[k] = found
    }
  }
  for (let m = 0; m < recognition.roles.length; m++) {
    const role = recognition.roles[m]!
    const last = role.person?.last ?? role.last
    for (let k = role.first; k <= last; k++) roleAt[k] = role
  }
  return { mentionAt, roleAt, claimStart, statementOf: resolution.statements }
}

/** An outlet or body named after its head (`موقع "ستاندرد"`، `وكالة سبوتنيك`) claims the head as well. */
function headBefore(scan: Scan, found: Found): number {
  if (found.head !== undefined) return found.head
  const quote = scan.quoteOpeningAt.get(found.first)
  if (quote && found.first > 0 && found.start === scan.words[found.first]!.start) {
    const head = scan.words[found.first - 1]!
    const isHead = head.bases.some(({ base }) => mediaHeadOpen.has(base) || organizationHeadSet.has(base))
    if (isHead && head.end <= quote.open && scan.text.slice(head.end, quote.open).trim() === '')
      return found.first - 1
  }
  return found.first
}
