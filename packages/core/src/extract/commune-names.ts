import { provinceHeadSet } from '../lang/ar/compiled-cues.ts'
import { communeHead } from '../lang/ar/heads.ts'
import { norm } from './lexicon.ts'
import { placeName } from './place-names.ts'
import { addAlternate, displaySpan, type Found, joined, nextWordWith, type Scan } from './scan.ts'
import { WordFlag } from './word-flags.ts'
import { readingIn } from './words.ts'

const COMMUNE = norm(communeHead)

/**
 * بجماعة إيغيل بإقليم الحوز، بجماعة النزالة (إقليم ميدلت): a Moroccan commune no list knows, named by its head and
 * placed in its province right after. جماعة alone is also a group (جماعة مسلحة), so only the province vouches for the
 * name. After the main pass, on words no recogniser took.
 */
export function findCommunes(scan: Scan, claimed: Uint8Array): Found[] {
  const { words } = scan
  const added: Found[] = []
  // The commune's head is a region word: most sentences hold none.
  for (
    let i = nextWordWith(scan, 0, WordFlag.RegionWord);
    i + 2 < words.length;
    i = nextWordWith(scan, i + 1, WordFlag.RegionWord)
  ) {
    if (claimed[i]) continue
    const head = words[i]!.bases.find((b) => b.cut <= 1 && b.base === COMMUNE)
    if (!head || claimed[i + 1] || !joined(words, i + 1)) continue
    const name = placeName(scan, i + 1, 0)
    if (!name || claimed[name.last]) continue
    const province = words[name.last + 1]
    if (!province || !/^\s*\(?\s*$/.test(province.gap)) continue
    if (readingIn(province, provinceHeadSet) === undefined) continue
    addAlternate(name, displaySpan(scan, i, name.last, head))
    added.push(name)
    claimed.fill(1, i + 1, name.last + 1)
  }
  return added
}
