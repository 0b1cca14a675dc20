import { bareNisbaStems, nisbaPlaces } from './lexicon.ts'
import { matchMediaHead } from './media-names.ts'
import { matchOrganizationHead } from './organization-names.ts'
import { givenNameStart, nameEnd } from './person-names.ts'
import { matchPhrase } from './phrase-match.ts'
import { matchRole, type RoleMatch } from './roles.ts'
import { baseStart, displaySpan, type Found, foundFrom, joined, type RoleSpan, type Scan } from './scan.ts'
import { isFunctionWord, isVerb } from './word-classes.ts'
import type { Base } from './words.ts'

export interface Recognition {
  found: Found[]
  roles: RoleSpan[]
  /** 1 for words inside a name or a role. */
  claimed: Uint8Array
}

interface Candidate {
  /** Last word the match covers (its head included). */
  last: number
  found: Found[]
  role?: RoleSpan
}

/**
 * One left-to-right pass over the words. At each word every recogniser proposes a match; the longest wins (ties go
 * to the earlier recogniser: outlet heads, the gazetteer, organisation heads, titled people, given names), and the
 * scan resumes after it. A word no recogniser takes may still be a nisba adjective (الروسي → روسيا).
 */
export function recognize(scan: Scan): Recognition {
  const { words } = scan
  const found: Found[] = []
  const roles: RoleSpan[] = []
  const claimed = new Uint8Array(words.length)
  let i = 0
  while (i < words.length) {
    const best = bestCandidate(scan, i)
    if (best) {
      found.push(...best.found)
      if (best.role) roles.push(best.role)
      claimed.fill(1, i, best.last + 1)
      i = best.last + 1
      continue
    }
    const nisba = matchNisba(scan, i)
    if (nisba) found.push(nisba)
    i++
  }
  return { found, roles, claimed }
}

function bestCandidate(scan: Scan, i: number): Candidate | undefined {
  let best: Candidate | undefined
  const consider = (candidate: Candidate | undefined) => {
    if (candidate && (!best || candidate.last > best.last)) best = candidate
  }
  const word = scan.words[i]!
  if (word.number) return undefined
  const media = matchMediaHead(scan, i)
  if (media) consider({ last: media.last, found: [media] })
  const phrase = matchPhrase(scan, i)
  if (phrase) {
    consider({
      last: phrase.last,
      found: [foundFrom(scan, i, phrase.last, phrase.base, phrase.target, 'name', true)],
    })
  }
  const organization = matchOrganizationHead(scan, i)
  if (organization) consider({ last: organization.last, found: [organization] })
  const role = matchRole(scan, i)
  if (role) consider(titledPerson(scan, role))
  const given = givenNameStart(scan, i)
  if (given) consider({ last: given.last, found: [person(scan, i, given.last, given.base)] })
  return best
}

/** A role and the name after it, or the role alone. */
function titledPerson(scan: Scan, role: RoleMatch): Candidate {
  const { words } = scan
  const start = role.last + 1
  const span: RoleSpan = {
    role: role.role,
    first: role.first,
    last: role.last,
    start: baseStart(words[role.first]!, role.base.cut),
    end: words[role.last]!.end,
  }
  if (start < words.length && (role.dotted || joined(words, start))) {
    const base = words[start]!.bases[0]!
    const last = nameEnd(scan, start, base, true)
    if (last >= start) {
      const named = person(scan, start, last, base)
      named.role = role.role
      span.person = named
      return { last: named.last, found: [...role.nested, named], role: span }
    }
  }
  return { last: role.last, found: role.nested, role: span }
}

/** A person's name over words `first..last`, canonical when the gazetteer knows it. */
function person(scan: Scan, first: number, last: number, base: Base): Found {
  const known = matchPhrase(scan, first, (target) => target.kind === 'person')
  if (known && known.last >= last) {
    return foundFrom(scan, first, known.last, known.base, known.target, 'name', true)
  }
  const name = displaySpan(scan, first, last, base)
  return foundFrom(scan, first, last, base, { kind: 'person', name }, 'name', false)
}

/**
 * A nisba adjective: a mention of its place. The bare masculine singular (روسي، تركي) is also a given name or a
 * noun, so it counts only right after an indefinite noun (مسؤول روسي).
 */
function matchNisba(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const word = words[i]!
  for (const base of word.bases) {
    const place = nisbaPlaces.get(base.base)
    if (!place) continue
    if (bareNisbaStems.has(base.base)) {
      const previous = words[i - 1]
      if (
        !previous ||
        !joined(words, i) ||
        previous.norm.startsWith('ال') ||
        isFunctionWord(previous) ||
        isVerb(previous)
      ) {
        return undefined
      }
    }
    return foundFrom(scan, i, i, base, { kind: 'location', name: place }, 'nisba', true)
  }
  return undefined
}
