import { broadcasterHeadSet, outletAdjectiveSet, siteAdjectiveSet } from '../lang/ar/compiled-cues.ts'
import { fmEnding } from './credit-names.ts'
import {
  commonWordSet,
  displayForm,
  genericAdjectiveSet,
  mediaByName,
  mediaHeadOpen,
  newsroomNounSet,
  nisbaPlaces,
  norm,
  placeOutletEndingSet,
  placeOutletHeadBare,
  placeOutletNewsNounSet,
} from './lexicon.ts'
import { lastWordBefore, nisbaAfter } from './organization-names.ts'
import { matchPhrase, mediaPhrases } from './phrase-match.ts'
import { displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import {
  isAdjectiveLike,
  isCalendarWord,
  isFunctionWord,
  isVerb,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'

const MAX_OPEN_NAME_WORDS = 3
const LATIN = /^[A-Za-z]/

/**
 * An outlet named after its head noun: `موقع "ستاندرد" البريطاني`, `صحيفة الشرق الأوسط`, `وكالة سبوتنيك`,
 * `صحيفة ذا تلغراف`. The mention is the name without the head; a nisba after it becomes the outlet's gloss.
 * `head` is the index of the head word; the match returns the name's words, and `last` covers the head too.
 */
export function matchMediaHead(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const word = words[i]!
  if (word.bases.some((b) => newsroomNounSet.has(b.base)))
    // مراسلة BBC: a name in Latin letters after a newsroom noun is the outlet the journalist works for.
    return knownMediaName(scan, i) ?? broadcasterAfterNewsroom(scan, i) ?? latinName(scan, i)
  let open: boolean | undefined
  for (let n = 0; n < word.bases.length; n++) {
    const { base } = word.bases[n]!
    open = mediaHeadOpen.get(base)
    if (open !== undefined) break
  }
  if (open === undefined || !joinedOrQuoted(scan, i + 1)) return undefined
  // قناة السويس: a head that opens a place the gazetteer knows whole is that place's first word, not an outlet's head.
  if (matchPhrase(scan, i, (target) => target.kind === 'location')) return undefined
  const broadcaster = stateBroadcaster(scan, i) ?? outletOfPlace(scan, i) ?? nationalAgency(scan, i)
  if (broadcaster) return broadcaster
  const found =
    quotedMediaName(scan, i) ??
    knownMediaName(scan, i) ??
    (open || reportingHead(scan, i)
      ? openMediaName(scan, i)
      : (latinName(scan, i) ?? namedWithAdjective(scan, i)))
  if (!found) return undefined
  found.head = i
  const place = nisbaAfter(scan, found.last)
  if (place && found.gloss === undefined) found.gloss = place
  return found
}

/**
 * مراسل التلفزيون العربي، مذيعة القناة الأولى: after a newsroom noun, a broadcaster's definite head and its
 * adjective name the outlet the journalist works for.
 */
function broadcasterAfterNewsroom(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const head = words[i + 1]
  const adjective = words[i + 2]
  if (!head || !adjective || !joined(words, i + 1) || !joined(words, i + 2)) return undefined
  const base = head.bases.find((b) => b.cut === 0 && broadcasterHeadSet.has(b.base))
  // التلفزيون الرسمي، القناة المحلية: an adjective any broadcaster may carry names none.
  if (!base || !adjective.norm.startsWith('ال') || !isAdjectiveLike(adjective.norm)) return undefined
  if (genericAdjectiveSet.has(adjective.norm)) return undefined
  const name = displaySpan(scan, i + 1, i + 2, base)
  return foundFrom(scan, i + 1, i + 2, base, { kind: 'media', name }, 'name', false)
}

/** Word `j` follows word `j - 1` directly, or only a quote mark stands between them. */
function joinedOrQuoted(scan: Scan, j: number): boolean {
  return joined(scan.words, j) || scan.quoteOpeningAt.has(j)
}

/**
 * A state broadcaster named by its head and nisba: التلفزيون الأردني، الإذاعة الإسرائيلية. The mention and the name
 * take both words.
 */
function stateBroadcaster(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const head = words[i]!
  const base = head.bases.find((b) => b.base.startsWith('ال'))
  if (!base || !joined(words, i + 1) || !nisbaPlaces.has(words[i + 1]!.norm)) return undefined
  const name = displaySpan(scan, i, i + 1, base)
  return foundFrom(
    scan,
    i,
    i + 1,
    base,
    { kind: 'media', name, gloss: nisbaPlaces.get(words[i + 1]!.norm)! },
    'name',
    false,
  )
}

/**
 * An outlet named by its head and the place it serves: تلفزيون السودان، وكالة السودان الرسمية، وكالة السودان
 * للأنباء، شبكة أخبار العراق (`placeOutletHeads`). The place is nested: it is named there too.
 */
function outletOfPlace(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const head = words[i]!.bases.find((b) => placeOutletHeadBare.has(b.base))
  if (!head || !joined(words, i + 1)) return undefined
  // إذاعة وتلفزيون الشارقة، إذاعة وقناة دبي: two heads joined by و name one broadcaster of the place.
  const second = words[i + 1]!.bases.find((b) => b.cut === 1 && mediaHeadOpen.has(b.base))
  const heads = second && joined(words, i + 2) ? 2 : 1
  const bare = heads === 2 || placeOutletHeadBare.get(head.base)
  const news = placeOutletNewsNounSet.has(words[i + heads]!.norm) && joined(words, i + heads + 1)
  const first = news ? i + heads + 1 : i + heads
  const place = matchPhrase(scan, first, (target) => target.kind === 'location')
  if (place?.base.cut !== 0) return undefined
  const after = words[place.last + 1]
  const ending = after !== undefined && joined(words, place.last + 1) && placeOutletEndingSet.has(after.norm)
  if (!ending && !news && !bare) return undefined
  const last = ending ? place.last + 1 : place.last
  const name = displaySpan(scan, i, last, head)
  const found = foundFrom(
    scan,
    i,
    last,
    head,
    { kind: 'media', name, gloss: place.target.name },
    'name',
    false,
  )
  found.nested = [foundFrom(scan, first, place.last, place.base, place.target, 'name', true)]
  // Two heads of broadcasting before one place name an outlet by their form alone.
  if (heads === 2) found.vouched = true
  return found
}

/**
 * A country's news agency named by its nisba (وكالة الأنباء العمانية), when the gazetteer does not know it; the
 * agency's own name in quote marks right after it (وكالة الأنباء اليمنية "سبأ") becomes its name.
 */
function nationalAgency(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const head = words[i]!.bases.find((b) => b.base === AGENCY)
  if (head && words[i + 1]!.norm !== NEWS) return undefined
  const nisba = words[i + 2]
  if (!head || words[i + 1]!.norm !== NEWS || !joined(words, i + 2) || !nisbaPlaces.has(nisba!.norm)) {
    return undefined
  }
  const known = matchPhrase(scan, i)
  if (known && known.last >= i + 2) return undefined
  const gloss = nisbaPlaces.get(nisba!.norm)!
  const quoted = quotedMediaName(scan, i + 2)
  if (quoted && quoted.last - i <= 5 && !quoted.known) {
    const found = foundFrom(
      scan,
      i,
      quoted.last,
      head,
      { kind: 'media', name: quoted.name, gloss },
      'name',
      false,
    )
    return found
  }
  const name = displaySpan(scan, i, i + 2, head)
  return foundFrom(scan, i, i + 2, head, { kind: 'media', name, gloss }, 'name', false)
}

const AGENCY = norm('وكالة')
const NEWS = norm('الأنباء')

function quotedMediaName(scan: Scan, i: number): Found | undefined {
  const quote = scan.quoteOpeningAt.get(i + 1)
  if (!quote || quote.depth > 0 || quote.continued) return undefined
  const last = lastWordBefore(scan, quote.close)
  if (last < i + 1 || last - i > 5) return undefined
  const inside = scan.text.slice(quote.open + 1, quote.close)
  const known = mediaByName.get(norm(inside.trim()))
  return foundFrom(
    scan,
    i + 1,
    last,
    scan.words[i + 1]!.bases[0]!,
    known ?? { kind: 'media', name: displayForm(inside) },
    'name',
    !!known,
  )
}

function knownMediaName(scan: Scan, i: number): Found | undefined {
  if (!joined(scan.words, i + 1)) return undefined
  const match = matchPhrase(scan, i + 1, undefined, mediaPhrases)
  if (!match || match.base.cut > 0) return undefined
  return foundFrom(scan, match.first, match.last, match.base, match.target, 'name', true)
}

/** After صحيفة or قناة: the words up to a nisba, a function word or punctuation (صحيفة ذا تلغراف البريطانية). */
function openMediaName(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  let last = i
  for (let j = i + 1; j < words.length && j - i <= MAX_OPEN_NAME_WORDS; j++) {
    if (!joined(words, j)) break
    const word = words[j]!
    if (word.number && j === i + 1) break
    if (isFunctionWord(word) || isVerb(word) || isCalendarWord(word) || titleHead(word)) break
    if (nisbaPlaces.has(word.norm) || word.norm[0] === 'و') break
    last = j
  }
  if (last === i) return undefined
  // صحيفة محلية، لإذاعة أجنبية: an adjective any outlet may carry, of either gender, describes the outlet, unnamed.
  if (last === i + 1 && siteAdjective(words[i + 1]!.norm)) return undefined
  // إذاعة البلد إف إم: FM after the name ends it.
  if (fmEnding(words, last + 2) && last + 2 - i <= MAX_OPEN_NAME_WORDS + 1) last += 2
  else if (last > i + 1 && fmEnding(words, last + 1)) last += 1
  const name = displayForm(scan.text.slice(words[i + 1]!.start, words[last]!.end))
  return foundFrom(scan, i + 1, last, scan.words[i + 1]!.bases[0]!, { kind: 'media', name }, 'name', false)
}

const TA_MARBUTA = 'ة'

/** محلي، محلية: an adjective of `siteAdjectives`, in either gender. */
function siteAdjective(w: string): boolean {
  return siteAdjectiveSet.has(w) || (w.endsWith(TA_MARBUTA) && siteAdjectiveSet.has(w.slice(0, -1)))
}

/**
 * وقال موقع بلادي، حسبما أفاد موقع صومالي غارديان: a head that is the subject of a verb of saying right before it
 * reports, so it is an outlet's (not موقع الحادث), and the words after it are the outlet's name.
 */
function reportingHead(scan: Scan, i: number): boolean {
  const { words } = scan
  const verb = words[i - 1]
  const name = words[i + 1]
  if (verb === undefined || name === undefined || !joined(words, i) || reportingVerb(verb) === undefined)
    return false
  // موقع الوزارة، وكالة أنباء، موقع إخباري: a definite genitive, an ordinary word or a site's adjective names none.
  const w = name.norm
  return w.length > 1 && !w.startsWith('ال') && !commonWordSet.has(w) && !siteAdjectiveSet.has(w)
}

/**
 * لشبكة NAME الإعلامية، موقع NAME الإخباري: after a head that takes no unquoted name alone, one or two words no
 * lexicon knows and no ordinary word of news, closed by an outlet's adjective, are an outlet's name with it.
 */
function namedWithAdjective(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  for (let j = i + 1; j < words.length && j - i <= 3; j++) {
    if (!joined(words, j)) return undefined
    const word = words[j]!
    if (j > i + 1 && outletAdjectiveSet.has(word.norm)) {
      const name = displayForm(scan.text.slice(words[i + 1]!.start, word.end))
      return foundFrom(scan, i + 1, j, words[i + 1]!.bases[0]!, { kind: 'media', name }, 'name', false)
    }
    const base = word.bases[0]!
    if (
      word.number ||
      (base.flags & WordFlag.Known) !== 0 ||
      commonWordSet.has(word.norm) ||
      word.norm.startsWith('ال')
    )
      return undefined
  }
  return undefined
}

/** After وكالة or موقع, only a name in Latin letters is taken unquoted (موقع Axios). */
function latinName(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  let last = i
  for (let j = i + 1; j < words.length && j - i <= MAX_OPEN_NAME_WORDS; j++) {
    if (!joined(words, j) || !LATIN.test(words[j]!.raw)) break
    last = j
  }
  if (last === i) return undefined
  const name = scan.text.slice(words[i + 1]!.start, words[last]!.end)
  return foundFrom(scan, i + 1, last, scan.words[i + 1]!.bases[0]!, { kind: 'media', name }, 'name', false)
}
