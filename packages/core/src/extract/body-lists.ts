import { organizationHeadSet, Start } from './lexicon.ts'
import { withHashes, wordsWithReadings } from './reading-index.ts'
import type { Recognition } from './recognize.ts'
import { displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import { isCalendarWord, isFunctionWord, isVerb, titleHead } from './word-classes.ts'
import { readingIn } from './words.ts'

/** Words of an item's name after its head. */
const MAX_ITEM_WORDS = 4

/**
 * Bodies listed with a sibling the recognisers named (مركز قطر لإعادة التأهيل، ومركز الرعاية الطبية اليومية، ومركز
 * صحة المرأة; بلدية القرقف … رئيس بلدية وادي الجاموس): in the sentence of a body named by its head noun, the same
 * head after a comma, a colon or و opens another body of the list, whose name runs to the next comma, و and the
 * head, or the sentence's end, over words no recogniser took and places (which stay places).
 */
export function bodyListItems(scan: Scan, recognition: Recognition): Found[] {
  const { words } = scan
  const { claimed } = recognition
  // The heads of the bodies named by their head noun, by sentence, and a word of each such sentence.
  const heads = new Map<number, { heads: Set<string>; at: number }>()
  for (let m = 0; m < recognition.found.length; m++) {
    const f = recognition.found[m]!
    if (f.kind !== 'organization' || f.last === f.first) continue
    const head = readingIn(words[f.first]!, organizationHeadSet)
    if (!head) continue
    const sentence = words[f.first]!.sentence
    const listed = heads.get(sentence) ?? { heads: new Set<string>(), at: f.first }
    listed.heads.add(head.base)
    heads.set(sentence, listed)
  }
  if (heads.size === 0) return []
  let places: Map<number, Found> | undefined
  const items: Found[] = []
  // Only the words of those sentences that hold one of its heads are read.
  for (const [sentence, listed] of heads) {
    const starts = wordsWithReadings(scan, withHashes(listed.heads))
    let end = -1
    for (let s = 0; s < starts.length; s++) {
      const i = starts[s]!
      if (words[i]!.sentence !== sentence || i <= end) continue
      if (claimed[i] || (words[i]!.flags & Start.OrganizationHead) === 0) continue
      const base = words[i]!.bases.find((b) => b.cut <= 1 && listed.heads.has(b.base))
      if (!base || !ITEM_GAP.test(words[i]!.gap)) continue
      // ومركز: و on the head, or a comma or colon before it.
      const wa = base.cut === 1 && words[i]!.norm[0] === 'و'
      if (base.cut === 1 ? !wa : !LIST_MARK.test(words[i]!.gap)) continue
      places ??= placesByFirstWord(recognition.found)
      const last = itemEnd(scan, i, claimed, places)
      if (last === i) continue
      const item = foundFrom(scan, i, last, base, { kind: 'organization', name: '' }, 'name', false)
      item.name = displaySpan(scan, i, last, base)
      items.push(item)
      claimed.fill(1, i, last + 1)
      end = last
    }
  }
  return items
}

function placesByFirstWord(found: readonly Found[]): Map<number, Found> {
  const places = new Map<number, Found>()
  for (const f of found) if (f.kind === 'location' && f.form === 'name') places.set(f.first, f)
  return places
}

/** The gap before a list's item: a comma, a colon, or a space (before و written on the head). */
const ITEM_GAP = /^\s*[،,:؛]?\s*$/
const LIST_MARK = /[،,:؛]/

/** The last word of the item whose head is word `i`: its name ends where the list or the sentence goes on. */
function itemEnd(scan: Scan, i: number, claimed: Uint8Array, places: ReadonlyMap<number, Found>): number {
  const { words } = scan
  let last = i
  for (let j = i + 1; j < words.length && j - i <= MAX_ITEM_WORDS && joined(words, j); j++) {
    const place = places.get(j)
    if (place) {
      last = place.last
      j = place.last
      continue
    }
    const word = words[j]!
    if (claimed[j] || isFunctionWord(word) || isVerb(word) || titleHead(word) || isCalendarWord(word)) break
    // إعدادية عرفات 8: a number ends an item's name.
    if (word.number) {
      if (/^\d{1,2}$/.test(word.raw)) last = j
      break
    }
    last = j
  }
  const after = words[last + 1]
  // The item ends the list or comes before the next one: not a body's name cut in the middle of a clause.
  const ends = !after || !joined(words, last + 1) || ITEM_END.test(after.gap) || after.norm[0] === 'و'
  return ends ? last : i
}

const ITEM_END = /[،,.:؛]/
