import { groupNounSet } from '../lang/ar/compiled-cues.ts'
import { clubHeadSet } from '../lang/ar/teams.ts'
import { mediaHeadOpen, mediaNameEndingSet, norm, organizationHeadSet, placeHeadSet } from './lexicon.ts'
import type { Found } from './scan.ts'

/**
 * The other forms news gives a body or an outlet it has named in full, read off the structure of the names (head
 * noun, adjectives, complement), never off a list of bodies: each shorter or reordered form found in the article
 * takes the name of the one fuller form it fits, so that both are one entity.
 *
 * - the first words of one fuller name (البنك المركزي for البنك المركزي المصري);
 * - the complement after ل as the head's genitive, or alone (المؤسسة الوطنية للنفط → مؤسسة النفط; المديرية العامة
 *   للدفاع المدني → الدفاع المدني);
 * - a construct's named unit as its definite noun (مجلس محافظة حلب → مجلس المحافظة), or left out (مجلس ذي قار);
 * - adjectives left out or reordered (الجيش الوطني الليبي → الجيش الليبي; الجيش الوطني الشعبي → الجيش الشعبي الوطني);
 * - a club by the first word of its name with the article (نادي ترجي مستغانم → الترجي), or by its name without its
 *   head (نادي النصر السعودي → النصر السعودي، النصر);
 * - a generic noun before the body's own name (تنظيم قوات سوريا الديمقراطية, مجموعة فجر ليبيا);
 * - a short name in brackets or quote marks right after the full one (NAME (ACRONYM));
 * - an outlet with and without its head or ending (شبكة الساعة → الساعة; عمون الإخبارية → عمون).
 *
 * A form that fits two fuller names is left alone.
 */
export function unifyBodyShortForms(text: string, found: Found[]): void {
  // One entry per normalised name and kind; mentions of one entity mostly share one name string, looked up as written.
  const byNorm = new Map<string, Named>()
  const byName: WrittenNames = { organization: new Map(), media: new Map() }
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!
    const written = writtenNames(byName, f.kind)
    if (written === undefined) continue
    let named = written.get(f.name)
    if (!named) {
      const key = norm(f.name)
      named = byNorm.get(`${f.kind}:${key}`)
      if (!named) {
        named = { name: f.name, kind: f.kind, words: key.split(' '), known: false, parent: undefined }
        byNorm.set(`${f.kind}:${key}`, named)
      }
      written.set(f.name, named)
    }
    if (f.known) named.known = true
  }
  if (byNorm.size < 2) return
  // Longer names first, so that the fuller forms of one body are one group before a shorter form counts them.
  const all = [...byNorm.values()].sort((a, b) => b.words.length - a.words.length)
  for (let q = 0; q < all.length; q++) {
    const short = all[q]!
    const fits = short.kind === 'organization' ? bodyFormOf : outletFormOf
    let owner: Named | undefined
    for (let m = 0; m < all.length; m++) {
      const full = all[m]!
      // Every form is as long as the fuller name or shorter.
      if (full === short || full.kind !== short.kind || full.words.length < short.words.length) continue
      if (!fits(short.words, full.words)) continue
      if (owner && root(owner) !== root(full)) {
        owner = undefined
        break
      }
      owner = full
    }
    if (owner) union(short, owner)
  }
  joinBracketedShortNames(text, found, byNorm)
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    const named = writtenNames(byName, f.kind)?.get(f.name)
    if (named) f.name = root(named).name
  }
}

interface WrittenNames {
  organization: Map<string, Named>
  media: Map<string, Named>
}

/** The names of a kind as written: by comparison, not `byName[kind]`, a keyed load megamorphic over the kinds' strings. */
function writtenNames(byName: WrittenNames, kind: Found['kind']): Map<string, Named> | undefined {
  return kind === 'organization' ? byName.organization : kind === 'media' ? byName.media : undefined
}

interface Named {
  name: string
  kind: Found['kind']
  words: readonly string[]
  known: boolean
  parent: Named | undefined
}

function root(named: Named): Named {
  let r = named
  while (r.parent) r = r.parent
  return r
}

/** Joins two names' groups; the group is named by a gazetteer name where it has one, else by its longest name. */
function union(a: Named, b: Named): void {
  const ra = root(a)
  const rb = root(b)
  if (ra === rb) return
  const keepA = ra.known !== rb.known ? ra.known : ra.words.length > rb.words.length
  if (keepA) rb.parent = ra
  else ra.parent = rb
}

/** `short` (normalised words) is another form of the body named `full`. */
function bodyFormOf(short: readonly string[], full: readonly string[]): boolean {
  return (
    (short.length < full.length && short.every((word, k) => word === full[k])) ||
    complementForm(short, full) ||
    unitForm(short, full) ||
    fewerAdjectives(short, full) ||
    reordered(short, full) ||
    clubForm(short, full) ||
    headlessClub(short, full) ||
    genericNounBefore(full, short)
  )
}

/**
 * المؤسسة الوطنية للنفط: a definite head, its adjectives and a definite complement after ل. Its forms are the head
 * with the complement as its genitive (مؤسسة النفط) and the complement alone (النفط is no body, but الدفاع المدني
 * is), unless the complement opens with a body's own head (الدائرة الإعلامية لمجلس النواب names two bodies).
 */
function complementForm(short: readonly string[], full: readonly string[]): boolean {
  let complement = complements.get(full)
  if (complement === undefined) {
    complement = complementOf(full)
    complements.set(full, complement)
  }
  if (complement === null) return false
  if (sameWords(short, complement)) return true
  return (
    short.length === complement.length + 1 &&
    short[0] === full[0]!.slice(2) &&
    sameWords(short.slice(1), complement)
  )
}

/** Each name's complement after ل (see `complementForm`), worked out once: a name is compared with every other. */
const complements = new WeakMap<readonly string[], readonly string[] | null>()

function complementOf(full: readonly string[]): readonly string[] | null {
  if (!full[0]!.startsWith('ال') || full.length < 2) return null
  let k = 1
  while (k < full.length && full[k]!.startsWith('ال')) k++
  const particle = full[k]
  if (particle === undefined || !particle.startsWith('لل') || particle.length < 4) return null
  const complement = [`ا${particle.slice(1)}`, ...full.slice(k + 1)]
  return isBodyHead(complement[0]!) ? null : complement
}

/**
 * مجلس محافظة حلب الحرة: a construct whose genitive is a named unit (a place's or a body's head and its name). The
 * unit's head with the article stands for the whole (مجلس المحافظة), and so does the name without the unit's head
 * (مجلس ذي قار, see `fewerAdjectives`).
 */
function unitForm(short: readonly string[], full: readonly string[]): boolean {
  if (short.length !== 2 || full.length < 3 || short[0] !== full[0] || full[0]!.startsWith('ال')) return false
  const unit = full[1]!
  return short[1] === `ال${unit}` && (placeHeadSet.has(unit) || organizationHeadSet.has(unit))
}

/**
 * الجيش الليبي for الجيش الوطني الليبي, مجلس ذي قار for مجلس محافظة ذي قار: the same head and the same last word,
 * with adjectives or a unit's head of the fuller name left out between them (not a direction or another noun:
 * محكمة جنايات جنوب القاهرة is another court than محكمة جنايات القاهرة).
 */
function fewerAdjectives(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || short.length >= full.length) return false
  if (short[0] !== full[0] || short.at(-1) !== full.at(-1)) return false
  let k = 1
  for (let j = 1; j < full.length; j++) {
    if (k < short.length && full[j] === short[k]) k++
    else if (!full[j]!.startsWith('ال') && !placeHeadSet.has(full[j]!)) return false
  }
  return k === short.length
}

/** الجيش الشعبي الوطني and الجيش الوطني الشعبي: the same head and the same words in another order. */
function reordered(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 3 || short.length !== full.length || short[0] !== full[0]) return false
  const rest = full.slice(1).sort()
  return short
    .slice(1)
    .sort()
    .every((word, k) => word === rest[k])
}

/** الترجي for نادي ترجي مستغانم: a club by the first word of its name with the article. */
function clubForm(short: readonly string[], full: readonly string[]): boolean {
  return (
    short.length === 1 &&
    full.length >= 3 &&
    clubHeadSet.has(full[0]!) &&
    !full[1]!.startsWith('ال') &&
    short[0] === `ال${full[1]}`
  )
}

/**
 * النصر السعودي and النصر for نادي النصر السعودي: a club named with its head and without it, the bare name opening
 * with the article (the head's genitive, not a word no list knows: فريق عمل), or the whole name after the head, as a
 * club named after its town is (نادي ظفار … ظفار, once a match's frame made the bare town a side).
 */
function headlessClub(short: readonly string[], full: readonly string[]): boolean {
  return (
    short.length < full.length &&
    clubHeadSet.has(full[0]!) &&
    (short[0]!.startsWith('ال') || short.length === full.length - 1) &&
    short.every((word, k) => word === full[k + 1])
  )
}

/** تنظيم قوات سوريا الديمقراطية for قوات سوريا الديمقراطية: a generic noun before a body the text names bare. */
function genericNounBefore(full: readonly string[], bare: readonly string[]): boolean {
  return full.length === bare.length + 1 && groupNounSet.has(full[0]!) && sameWords(full.slice(1), bare)
}

/** `short` is the outlet `full` without its head (شبكة الساعة) or without its ending (عمون الإخبارية). */
function outletFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (full.length !== short.length + 1) return false
  if (mediaHeadOpen.has(full[0]!) && sameWords(full.slice(1), short)) return true
  return mediaNameEndingSet.has(full.at(-1)!) && sameWords(full.slice(0, -1), short)
}

/**
 * حزب التجمع الوطني للإصلاح والتنمية (تواصل): a name in brackets or quote marks right after a fuller one is its short
 * name, where the article names a body or outlet so (حزب “تواصل” in its headline).
 */
function joinBracketedShortNames(
  text: string,
  found: readonly Found[],
  names: ReadonlyMap<string, Named>,
): void {
  for (let n = 0; n < found.length; n++) {
    const full = found[n]!
    if ((full.kind !== 'organization' && full.kind !== 'media') || full.first === full.last) continue
    const bracketed = BRACKETED_AFTER.exec(text.slice(full.end, full.end + MAX_BRACKETED))
    if (!bracketed) continue
    const short = names.get(`${full.kind}:${norm(bracketed[1]!.trim())}`)
    const owner = names.get(`${full.kind}:${norm(full.name)}`)
    if (short && owner && short !== owner) union(short, owner)
  }
}

const MAX_BRACKETED = 40
const BRACKETED_AFTER = /^\s*[(“"«]([^()“”"«»\n]{2,30})[)”"»]/

function isBodyHead(word: string): boolean {
  return organizationHeadSet.has(word) || (word.startsWith('ال') && organizationHeadSet.has(word.slice(2)))
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, k) => word === b[k])
}
