import { displayForm, norm, organizationHeadSet } from './lexicon.ts'
import type { Recognition } from './recognize.ts'
import { displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import { isAdjectiveLike, isFunctionWord, isVerb } from './word-classes.ts'
import { rawCut, type Word } from './words.ts'

/** Adjectives a complement of a dual head may carry (بنكي الخليج والثروة الحيوانية). */
const MAX_ADJECTIVES = 2

/**
 * Two bodies named by one head in the dual and two complements joined by و: `مجلسي النواب والشيوخ` is مجلس النواب
 * and مجلس الشيوخ, `بنكي الخليج والثروة الحيوانية` is بنك الخليج and بنك الثروة الحيوانية. Each complement is a
 * mention of its body, named with the head in the singular. One pass over the words.
 */
export function dualBodies(scan: Scan, recognition: Recognition): Found[] {
  const { words } = scan
  const { claimed } = recognition
  const bodies: Found[] = []
  for (let i = 0; i < words.length - 3; i++) {
    if (claimed[i]) continue
    const head = singularHead(words[i]!)
    if (!head) continue
    const first = complement(words, claimed, i + 1)
    if (first < 0) continue
    // و stands joined to the second complement (والشيوخ) or alone before it (و الشيوخ).
    const and = words[first + 1]
    if (!and || !joined(words, first + 1) || claimed[first + 1]) continue
    const alone = and.norm === AND
    const start = alone ? first + 2 : first + 1
    if (!alone && !and.norm.startsWith(AND_ARTICLE)) continue
    const last = complement(words, claimed, start, !alone)
    if (last < 0) continue
    const cut = alone ? 0 : 1
    bodies.push(body(scan, i + 1, first, 0, head), body(scan, start, last, cut, head))
    claimed.fill(1, i, last + 1)
    i = last
  }
  return bodies
}

const AND = norm('و')
const AND_ARTICLE = norm('وال')

/** The singular of a body's head in the dual construct (مجلسي → مجلس، وزارتي → وزارة), or undefined. */
function singularHead(word: Word): string | undefined {
  // ومجلسي، ولمجلسي: the particles before the head are no part of it.
  for (const base of word.bases) {
    const w = base.base
    if (base.cut > 2 || w.length < 4 || !w.endsWith('ي')) continue
    const raw = displayForm(word.raw.slice(rawCut(word.raw, base.cut))).replace(FINAL_YA, '')
    const stem = w.slice(0, -1)
    if (organizationHeadSet.has(stem)) return raw
    if (stem.endsWith('ت') && organizationHeadSet.has(`${stem.slice(0, -1)}ة`)) return `${raw.slice(0, -1)}ة`
  }
  return undefined
}

const FINAL_YA = /[يى]$/

/**
 * A definite complement at word `k` (after و when `conjoined`) and its adjectives: the last word, or -1.
 */
function complement(words: readonly Word[], claimed: Uint8Array, k: number, conjoined = false): number {
  const word = words[k]
  if (!word || !joined(words, k) || claimed[k]) return -1
  const w = conjoined ? word.norm.slice(1) : word.norm
  if (!w.startsWith('ال') || w.length < 4 || isFunctionWord(word) || isVerb(word)) return -1
  let last = k
  while (last - k < MAX_ADJECTIVES && joined(words, last + 1) && !claimed[last + 1]) {
    const next = words[last + 1]!.norm
    if (!isAdjectiveLike(next)) break
    last++
  }
  return last
}

function body(scan: Scan, first: number, last: number, cut: number, head: string): Found {
  const word = scan.words[first]!
  const base = word.bases.find((b) => b.cut === cut) ?? word.bases[0]!
  const name = `${head} ${displaySpan(scan, first, last, base)}`
  return foundFrom(scan, first, last, base, { kind: 'organization', name }, 'name', false)
}
