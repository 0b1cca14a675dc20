import {
  epithetAdjectiveSet as EPITHETS,
  genericAdjectiveSet as GENERIC_ADJECTIVES,
  governmentHeadSet,
  ministryPortfolioSet,
  nisbaPlaces,
  securityForceHeadSet,
} from './lexicon.ts'
import { matchPhrase } from './phrase-match.ts'
import { displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import { isAdjectiveLike, isFunctionWord, isVerb } from './word-classes.ts'
import { readingIn } from './words.ts'

/**
 * A state's body named without an organisation's head: its ministry by a portfolio and the state's nisba, its
 * government by what it stands for, its forces by the state's nisba.
 */
export function matchStateBody(scan: Scan, i: number): Found | undefined {
  return (
    ministryByPortfolio(scan, i) ??
    namedGovernment(scan, i) ??
    seatedGovernment(scan, i) ??
    forceOfState(scan, i)
  )
}

/** الخارجية الفرنسية: a portfolio and a state's feminine nisba name that state's ministry, وزارة left out. */
function ministryByPortfolio(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const base = readingIn(words[i]!, ministryPortfolioSet)
  const nisba = words[i + 1]
  if (!base || !nisba || !joined(words, i + 1) || !nisba.norm.endsWith('ية') || !nisbaPlaces.has(nisba.norm))
    return undefined
  // وزيرة الصحة الأردنية، السوق المالية السعودية: after a noun the words are its genitive or its adjective.
  const before = words[i - 1]
  if (base.cut === 0 && before && joined(words, i) && !isVerb(before) && !isFunctionWord(before))
    return undefined
  const name = `${MINISTRY} ${displaySpan(scan, i, i + 1, base)}`
  return foundFrom(scan, i, i + 1, base, { kind: 'organization', name }, 'name', false)
}

const MINISTRY = 'وزارة'

/**
 * حكومة الوحدة الوطنية، حكومة الإنقاذ الوطني: a government named by a definite noun and its adjective, neither a
 * place's nisba (حكومة النظام السوري) nor one any government may carry.
 */
function namedGovernment(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const base = readingIn(words[i]!, governmentHeadSet)
  const noun = words[i + 1]
  const adjective = words[i + 2]
  if (!base || !noun || !adjective || !joined(words, i + 1) || !joined(words, i + 2)) return undefined
  if (!noun.norm.startsWith('ال') || isAdjectiveLike(noun.norm) || isFunctionWord(noun) || isVerb(noun))
    return undefined
  const a = adjective.norm
  if (
    !a.startsWith('ال') ||
    !isAdjectiveLike(a) ||
    nisbaPlaces.has(a) ||
    GENERIC_ADJECTIVES.has(a) ||
    EPITHETS.has(a)
  )
    return undefined
  const name = displaySpan(scan, i, i + 2, base)
  return foundFrom(scan, i, i + 2, base, { kind: 'organization', name }, 'name', false)
}

/**
 * حكومة صنعاء، حكومة إقليم كوردستان: a government in the construct state before the place it sits in or governs is
 * that government, the place named too (not الحكومة, a common noun for any).
 */
function seatedGovernment(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const word = words[i]!
  const base = readingIn(word, governmentHeadSet)
  if (!base || !joined(words, i + 1)) return undefined
  const place = matchPhrase(scan, i + 1, (target) => target.kind === 'location')
  if (place?.base.cut !== 0 || place.first !== i + 1) return undefined
  const found = foundFrom(scan, i, place.last, base, { kind: 'organization', name: '' }, 'name', false)
  found.name = found.surface
  found.nested = [foundFrom(scan, place.first, place.last, place.base, place.target, 'name', true)]
  return found
}

const FORCE_FIRST_WORDS = new Set(
  [...securityForceHeadSet].filter((head) => head.includes(' ')).map((head) => head.split(' ')[0]!),
)

/** الشرطة العمانية، قوات الأمن الصومالية: a security force and its state's nisba (`securityForceHeads`). */
function forceOfState(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  for (let n = 0; n < words[i]!.bases.length; n++) {
    const base = words[i]!.bases[n]!
    if (base.cut > 1) continue
    // A head of two words is made a string only where its first word opens one: most words open none.
    const two =
      FORCE_FIRST_WORDS.has(base.base) && joined(words, i + 1) ? `${base.base} ${words[i + 1]!.norm}` : ''
    const last = securityForceHeadSet.has(base.base) ? i : securityForceHeadSet.has(two) ? i + 1 : -1
    const nisba = words[last + 1]
    if (last < 0 || !nisba || !joined(words, last + 1) || !nisbaPlaces.has(nisba.norm)) continue
    const name = displaySpan(scan, i, last + 1, base)
    return foundFrom(scan, i, last + 1, base, { kind: 'organization', name }, 'name', false)
  }
  return undefined
}
