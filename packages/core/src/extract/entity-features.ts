import type { Entity } from '../model/extraction.ts'
import { countReadings } from './reading-index.ts'
import type { Found, Scan } from './scan.ts'
import { givenNameBase, isFunctionWord, isVerb, titleHead } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Word } from './words.ts'

/**
 * What the learned entity check (`./entity-model.ts`) reads of an entity the rules found, in the order of its
 * weights. Every feature is general: the gazetteer's word, the shape of the name, the words around its mentions and
 * how the article uses it; none names an outlet or a word of its own.
 */
export const ENTITY_FEATURES = [
  'known', // the gazetteer's name
  'headed', // a head noun announced it (وكالة، محافظة)
  'roles', // a title introduced it
  'log mentions',
  'alias mention', // a short form of the name
  'reference mention', // a title or head noun alone stands for it
  'nisba mention',
  'one word',
  'three words or more',
  'definite', // ال opens the name
  'given name first',
  'nisba ending', // ي، ية
  'feminine ending', // ة
  'function word inside',
  'verb inside',
  'in headline', // the headline block (`Scan.headline`)
  'credit only', // every mention in a byline or date line
  'quoted only', // every mention inside quote marks
  'particle attached', // ب، ل، ك written on its first word
  'after function word',
  'after title',
  'opens sentence',
  'cited', // a quote's speaker or a cited source
  'gloss', // the gazetteer places it
  'latin letters',
  'short word', // a word of its name has three letters or fewer
  'free elsewhere', // its last word stands elsewhere outside any name (a common word)
  'bare word', // one word, neither the gazetteer's nor a given name, no title before it
] as const

export const ENTITY_FEATURE_COUNT = ENTITY_FEATURES.length

/** The mentions of each entity (by id), in text order. */
export function mentionsByEntity(found: readonly Found[]): Map<string, Found[]> {
  const byEntity = new Map<string, Found[]>()
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.entity === undefined) continue
    const list = byEntity.get(f.entity)
    if (list) list.push(f)
    else byEntity.set(f.entity, [f])
  }
  return byEntity
}

/**
 * The features of one entity from its mentions; `cited` holds the ids that speak or are cited. Undefined for what
 * the check leaves alone: an entity named only by nisba adjectives, a person named by a given name alone, by one word
 * with the article after a title, or known to the gazetteer.
 */
export function entityFeatures(
  scan: Scan,
  entity: Entity,
  mentions: readonly Found[],
  cited: ReadonlySet<string>,
  free: FreeWords,
): number[] | undefined {
  const named = mentions.filter((f) => f.form !== 'nisba')
  if (named.length === 0) return undefined
  const { words } = scan
  // A plain array: a typed array this long keeps its values outside the heap, several times dearer to make.
  const x: number[] = new Array(ENTITY_FEATURE_COUNT).fill(0)
  const own = named.find((f) => f.form === 'name') ?? named.find((f) => f.form === 'alias') ?? named[0]!
  const nameWords = words.slice(own.first, own.last + 1)
  const first = nameWords[0]!
  const last = nameWords.at(-1)!
  // A given name standing alone is a person by the given-name list: the check leaves it to the rules.
  if (entity.kind === 'person' && own.first === own.last && givenNameBase(first) !== undefined)
    return undefined
  const before = own.first > 0 ? words[own.first - 1] : undefined
  const afterTitle = before !== undefined && before.sentence === first.sentence && isTitle(before)
  // الوزير الشيباني: a title and the article vouch for one word as a family name; the common words the rules take
  // after a title (شاب، جديد، مقابل) come without the article.
  if (entity.kind === 'person' && own.first === own.last && afterTitle && own.surface.startsWith('ال'))
    return undefined
  if (named.some((f) => f.vouched)) return undefined
  // ترامب، بوتين: a person the gazetteer knows is one, however briefly named.
  if (entity.kind === 'person' && named.some((f) => f.known)) return undefined
  let f = 0
  x[f++] = flag(mentions.some((m) => m.known))
  x[f++] = flag(mentions.some((m) => m.head !== undefined))
  x[f++] = flag(entity.roles.length > 0)
  x[f++] = Math.log1p(named.length)
  x[f++] = flag(named.some((m) => m.form === 'alias'))
  x[f++] = flag(named.some((m) => m.form === 'role' || m.form === 'head'))
  x[f++] = flag(named.length < mentions.length)
  x[f++] = flag(nameWords.length === 1)
  x[f++] = flag(nameWords.length >= 3)
  x[f++] = flag(own.surface.startsWith('ال'))
  x[f++] = flag(givenNameBase(first) !== undefined)
  x[f++] = flag(last.norm.endsWith('ي') || last.norm.endsWith('ية'))
  x[f++] = flag(last.norm.endsWith('ة'))
  x[f++] = flag(nameWords.some((w, k) => k > 0 && isFunctionWord(w)))
  x[f++] = flag(nameWords.some((w) => isVerb(w)))
  x[f++] = flag(named.some((m) => words[m.first]!.block === scan.headline))
  x[f++] = flag(named.every((m) => scan.credit[m.first] === 1))
  x[f++] = flag(named.every((m) => scan.quoted[m.first] === 1))
  x[f++] = flag(own.start > first.start)
  x[f++] = flag(before !== undefined && before.sentence === first.sentence && isFunctionWord(before))
  x[f++] = flag(afterTitle)
  x[f++] = flag(before === undefined || before.sentence !== first.sentence)
  x[f++] = flag(cited.has(entity.id))
  x[f++] = flag(entity.gloss !== undefined)
  x[f++] = flag(hasLatinLetter(own.surface))
  x[f++] = flag(nameWords.some((w) => !w.number && w.norm.length <= 3))
  x[f++] = Math.log1p(free(last))
  x[f++] = flag(
    nameWords.length === 1 &&
      !mentions.some((m) => m.known) &&
      givenNameBase(first) === undefined &&
      entity.roles.length === 0,
  )
  return x
}

/**
 * How often each name's last word stands in the article outside every name and role (`claimed` is 0 there): a
 * name's word that also stands alone elsewhere is likely a common word (تقدم، مقابل). Counted once, when first asked.
 */
export type FreeWords = (word: Word) => number

export function freeWords(scan: Scan, found: readonly Found[], claimed: Uint8Array): FreeWords {
  let counts: Map<string, number> | undefined
  return (word) => {
    counts ??= countFree(scan, found, claimed)
    return counts.get(bareReading(word)) ?? 0
  }
}

function countFree(scan: Scan, found: readonly Found[], claimed: Uint8Array): Map<string, number> {
  const { words } = scan
  const counts = new Map<string, number>()
  for (let y = 0; y < found.length; y++) {
    const { base, hash } = words[found[y]!.last]!.bases.at(-1)!
    if (!counts.has(base)) counts.set(base, countReadings(scan, base, hash, claimed))
  }
  return counts
}

const bareReading = (word: Word) => word.bases.at(-1)!.base

const flag = (value: boolean) => (value ? 1 : 0)

function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20
    if (code >= 0x61 && code <= 0x7a) return true
  }
  return false
}

function isTitle(word: Word): boolean {
  return titleHead(word) !== undefined || (word.flags & WordFlag.RoleWord) !== 0
}
