// A person named inside the name of a site or a body is its namesake, not a person of the text.

import { displayForm } from '../lang/ar/spelling.ts'
import type { EntityKind } from '../model/extraction.ts'
import {
  honorificBeforeNameSet,
  namesakeHeadSet,
  namesakeSiteHeadSet,
  namesakeTitleSet,
  ownedPlaceHeadSet,
} from './lexicon.ts'
import { type Found, foundFrom, joined, type Scan, unquotedSpan } from './scan.ts'
import { isRoleWord, isVerb, titleHead } from './word-classes.ts'
import type { Base, Word } from './words.ts'

/** How many definite words (adjectives, a complement) may stand between the head and the name. */
const MAX_DESCRIBING_WORDS = 2

/**
 * Persons that name a site or a body (بمسجد الحسن الثاني، مستشفى محمد الخامس، ثانوية الشهيد NAME، في الملعب الأولمبي
 * NAME، على أرضية المركب الرياضي NAME، دار الثقافة NAME) become the site (a place) or the body (an organisation) that
 * the head and the name make, as the guideline lists them: the head, bare or behind a particle, right before the name,
 * or its definite adjectives or complement between them, and before the name only the titles such names carry
 * (الملك، الأمير، الشهيد، الإمام). A definite head needs an adjective after it and no title or role before it: مدير
 * المستشفى الميداني الدكتور NAME speaks of the director. Where another name already holds the head (a site or body the
 * recognisers read up to the person's title), that name goes on over the person's.
 */
export function withoutNamesakes(scan: Scan, found: Found[]): Found[] {
  let kept: Found[] | undefined
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    const head = f.kind === 'person' ? namesakeHead(scan, f.first) : undefined
    if (head !== undefined && kept === undefined) kept = found.slice(0, n)
    if (head !== undefined) {
      const named = namedAfter(scan, head, f, found)
      if (named) kept!.push(named)
    } else if (kept !== undefined) kept.push(f)
  }
  // The site starts before the person it replaces: keep the mentions in text order.
  return kept ? kept.sort((a, b) => a.start - b.start) : found
}

interface Head {
  at: number
  base: Base
  kind: EntityKind
}

/** The site or body that the head and the person's name make, unless a name found already holds the head. */
function namedAfter(scan: Scan, head: Head, person: Found, found: readonly Found[]): Found | undefined {
  const last = describedAfter(scan, person.last)
  for (let n = 0; n < found.length; n++) {
    const other = found[n]!
    if (other === person || other.first > head.at || other.last < head.at) continue
    // ثانوية الشهيد، ملعب المجمع الرياضي الأمير: a name read up to the person's title goes on over the person.
    if (other.last < person.first && !other.known) extend(scan, other, last)
    return undefined
  }
  const name = unquotedSpan(scan, head.at, last, head.base)
  return foundFrom(scan, head.at, last, head.base, { kind: head.kind, name }, 'name', false)
}

function extend(scan: Scan, found: Found, last: number): void {
  const { words, text } = scan
  const more = displayForm(text.slice(words[found.last + 1]!.start, words[last]!.end)).replace(
    QUOTE_MARKS,
    '',
  )
  found.name = `${found.name} ${more}`
  found.surface = `${found.surface} ${more}`
  found.last = last
  found.end = words[last]!.end
}

const QUOTE_MARKS = /["«»“”]/g

/**
 * مدرسة NAME للتعليم الأساسي، مطار NAME الدولي: a genitive with ل and the nisba adjectives after the name still name
 * the site or body: the last word of its name.
 */
function describedAfter(scan: Scan, last: number): number {
  const { words } = scan
  let k = last + 1
  if (joined(words, k) && words[k]!.norm.startsWith('لل') && words[k]!.norm.length > 4) k++
  while (k - last <= MAX_DESCRIBING_WORDS && joined(words, k) && DEFINITE_NISBA.test(words[k]!.norm)) k++
  return k - 1
}

const DEFINITE_NISBA = /^ال..+ي(?:ة)?$/

function namesakeHead(scan: Scan, first: number): Head | undefined {
  const { words } = scan
  let k = first - 1
  while (k >= 0 && joined(words, k + 1) && namesakeTitle(words[k]!)) k--
  let describing = 0
  while (
    k >= 0 &&
    joined(words, k + 1) &&
    describing < MAX_DESCRIBING_WORDS &&
    words[k]!.norm.startsWith('ال') &&
    !namesakeHeadSet.has(words[k]!.norm.slice(2)) &&
    describingWord(words[k]!)
  ) {
    k--
    describing++
  }
  if (k < 0 || !(joined(words, k + 1) || quotedAfter(words, k + 1))) return undefined
  const head = words[k]!
  if (isVerb(head)) return undefined
  // مستشفى، بمسجد، ولدار، المركب: the head bare, behind one particle or with the article.
  for (let m = 0; m < head.bases.length; m++) {
    const base = head.bases[m]!
    if (base.cut > 1) continue
    const definite = base.base.startsWith('ال')
    const bare = definite ? base.base.slice(2) : base.base
    if (!namesakeHeadSet.has(bare)) continue
    if (definite ? !describedDefiniteHead(scan, k, describing) : !named(bare, describing)) return undefined
    return { at: k, base, kind: kindOf(bare) }
  }
  return undefined
}

/** دار الشيخ NAME is his house: a head of what a person owns names after one only with a complement between. */
function named(head: string, describing: number): boolean {
  return describing > 0 || !ownedPlaceHeadSet.has(head)
}

/** المركب الرياضي NAME: a definite head with its adjective, and no title or role it is the complement of. */
function describedDefiniteHead(scan: Scan, k: number, describing: number): boolean {
  if (describing === 0) return false
  const before = k > 0 ? scan.words[k - 1] : undefined
  return !(before && joined(scan.words, k) && (titleHead(before) !== undefined || isRoleWord(before)))
}

function kindOf(head: string): EntityKind {
  return namesakeSiteHeadSet.has(head) ? 'location' : 'organization'
}

/** الأولمبي، الرياضي، الثقافة: no title, but for a nisba adjective that is also one (الرياضي). */
function describingWord(word: Word): boolean {
  return titleHead(word) === undefined || word.norm.endsWith('ي')
}

/** بمسجد “الحسن الثاني”: the name set in quote marks right after its head. */
function quotedAfter(words: readonly Word[], j: number): boolean {
  const word = words[j]!
  return word.sentence === words[j - 1]!.sentence && QUOTE_OPENING.test(word.gap)
}

const QUOTE_OPENING = /^\s*["«“]\s*$/

function namesakeTitle(word: Word): boolean {
  return namesakeTitleSet.has(word.norm) || honorificBeforeNameSet.has(word.norm)
}
