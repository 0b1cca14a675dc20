import {
  commonWordSet,
  complementizerSet,
  nisbaPlaces,
  norm,
  placeHeadSet,
  roleLinkSet,
  roleWordSet,
  Start,
  type Target,
} from './lexicon.ts'
import { matchMediaHead } from './media-names.ts'
import { PLURAL_OR_FEMININE } from './name-words.ts'
import { lastWordBefore, matchOrganizationHead } from './organization-names.ts'
import { matchPhrase, organizationPhrases, type PhraseMatch } from './phrase-match.ts'
import { matchPlaceHead } from './place-names.ts'
import { afterQuotedName, commaGap, displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import {
  givenNameBase,
  indefiniteGenitive,
  isFunctionWord,
  isGivenName,
  isGivenNameAfterArticle,
  isKnownSurname,
  isRoleWord,
  relationalStem,
  titleHead,
  toAudience,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import type { Base, Word } from './words.ts'

export interface RoleMatch {
  first: number
  last: number
  base: Base
  /** The role as a person's attribute: particles removed, a possessive head made definite (مبعوثه → المبعوث). */
  role: string
  /** Places, bodies and nisbas named inside the role (الكرملين in الناطق باسم الكرملين). */
  nested: Found[]
  /** The role is `د.`: its name follows the abbreviation's dot. */
  dotted: boolean
}

/**
 * A role starting at word `i`: a title head and what qualifies it, e.g. `نائب وزير الخارجية`,
 * `الناطق باسم الكرملين`, `مبعوثه الخاص للشرق الأوسط`, `الرئيس الروسي`.
 */
/** والي (a governor), which `وإلى` (and to) folds into: the preposition keeps its hamza or its alef maqsura. */
const GOVERNOR = norm('والي')
const MAX_QUOTED_BODY_WORDS = 3
const QUOTE_MARKS = /["«»“”]/g
const AYATOLLAH = norm('آية')

export function matchRole(scan: Scan, i: number): RoleMatch | undefined {
  const { words } = scan
  const word = words[i]!
  if (word.norm === 'د' && words[i + 1]?.gap.trimStart().startsWith('.')) {
    return { first: i, last: i, base: word.bases[0]!, role: 'د.', nested: [], dotted: true }
  }
  const head = titleHead(word)
  if (!head || (head.base.base === GOVERNOR && /[إى]/.test(word.raw))) return undefined
  // آية الله, not أية (any): the title keeps its madda.
  if (head.base.base === AYATOLLAH && !word.raw.includes('آ')) return undefined
  const nested: Found[] = []
  const construct = head.possessive === 0 && !head.base.base.startsWith('ال')
  let last = i
  let j = i + 1
  let linked = false
  // وزير الخارجية اللبناني رئيس "التيار …": a second title after a definite word that takes nothing after it
  // opens a role of its own.
  let dangling = -1
  while (j < words.length && (joined(words, j) || afterQuotedName(scan, j))) {
    const next = words[j]!
    const entity = roleEntity(scan, j)
    if (entity) {
      nested.push(entity, ...(entity.nested ?? []))
      last = entity.last
      j = entity.last + 1
      continue
    }
    const place = next.bases[0]!.flags & Start.Nisba ? nisbaPlaces.get(next.norm) : undefined
    // الأمير تركي الفيصل: an adjective agrees with its noun in the article; a bare nisba after a definite word opens
    // the name.
    const after = words[j + 1]
    const disagrees =
      words[last]!.norm.startsWith('ال') &&
      !next.norm.startsWith('ال') &&
      after !== undefined &&
      joined(words, j + 1) &&
      (isKnownSurname(after) || definiteFamilyName(after))
    if (place && !disagrees) {
      nested.push(foundFrom(scan, j, j, next.bases[0]!, { kind: 'location', name: place }, 'nisba', true))
      last = j
      j++
      continue
    }
    // المستشار البلدي بمدينة تونس: the place of the office, behind ب, belongs to the role.
    if (last === j - 1 && last > i && officePlaceHead(next)) {
      const places = matchPlaceHead(scan, j) ?? knownPlaceAt(scan, j + 1)
      if (places) {
        nested.push(...places)
        last = Math.max(...places.map((place) => place.last))
        j = last + 1
        continue
      }
    }
    // A second title inside the role (نائب وزير), unless it is a given name (وزير الزراعة أمين الشريف).
    const innerTitle =
      (next.bases[0]!.flags & WordFlag.TitleHead) !== 0 && !next.norm.startsWith('ال') && !isGivenName(next)
    if (isRoleWord(next) || innerTitle) {
      if (innerTitle && !isRoleWord(next) && words[last]!.norm.startsWith('ال')) dangling = j
      last = j
      j++
      continue
    }
    // A head in the construct state takes its genitive: مديرة المهرجان، مدير برنامج الطوارئ، عضو لجنة الترائي.
    const previous = words[last]!
    const inConstruct = last === i ? construct : !previous.norm.startsWith('ال') && isRoleWord(previous)
    if (last === j - 1 && inConstruct) {
      const genitive = constructGenitive(scan, j)
      if (genitive > 0) {
        last = genitive
        j = genitive + 1
        continue
      }
    }
    // لـ"رصيد": ل before a body's name in quote marks; after a state's nisba (وزير الصحة اللبناني لـ"المنار") the
    // role is whole, and the name is whom it speaks to; so too before a colon (وزير النقل لـ«الأنباء»: …), a
    // headline's outlet, and before the clause of what was said (وقال الوزير لـ«الأيام» إن …).
    if (last === j - 1 && next.norm === 'ل' && nested.at(-1)?.last !== last) {
      const quote = scan.quoteOpeningAt.get(j + 1)
      const end = quote ? lastWordBefore(scan, quote.close) : -1
      const after = words[end + 1]
      const spokenTo = after !== undefined && (after.gap.includes(':') || complementizerSet.has(after.norm))
      if (quote && end > j && end - j <= MAX_QUOTED_BODY_WORDS && !spokenTo) {
        last = end
        j = end + 1
        continue
      }
    }
    // A genitive with ل: المدير العام للشركة، المديرة العامة للمعهد; not whom the words were said to (الوزير للصحفيين).
    if (
      last === j - 1 &&
      next.norm.startsWith('لل') &&
      next.norm.length > 4 &&
      !next.number &&
      !toAudience(next)
    ) {
      last = j
      j++
      continue
    }
    // An adjective of the noun before: رئيسة الدائرة الانتخابية، رئيس الجامعة الملكية. A masculine nisba right
    // after the title is more likely the family name (الوزير الشيباني), so it counts only after a noun.
    if (last === j - 1 && (isRoleAdjective(next, last > i) || nisbaBeforeName(scan, j))) {
      last = j
      j++
      continue
    }
    // ل with an indefinite noun and its genitive: رئيس الجامعة الملكية المغربية لألعاب القوى.
    if (last === j - 1 && indefiniteGenitive(scan, j)) {
      last = j + 1
      j += 2
      continue
    }
    if (
      next.norm.length > 3 &&
      next.norm[0] === 'و' &&
      roleWordSet.has(next.norm.slice(1)) &&
      last === j - 1
    ) {
      last = j
      j++
      continue
    }
    // وزير التجارة الداخلية وحماية المستهلك، مدير إدارة الثقافة والفنون في …: a second portfolio joined by و.
    if (last === j - 1 && last > i && words[last]!.norm.startsWith('ال')) {
      const end = coordinatedPortfolio(scan, j)
      if (end > 0) {
        last = end
        j = end + 1
        continue
      }
    }
    // المتحدث باسم الحكومة باسم العوادي: a role takes one link; a second that is a given name opens the name.
    if (linked && isGivenName(next)) break
    if (roleLinkSet.has(next.norm) && joined(words, j + 1)) {
      linked = true
      const after = words[j + 1]!
      if (roleEntity(scan, j + 1) || (isRoleWord(after) && !loneIndefinite(words, j + 1))) {
        j++
        continue
      }
      // الناطق باسم الجماعة: the link and a common noun with the article.
      if (after.norm.startsWith('ال') && !isKnownSurname(after) && !isGivenName(after)) {
        last = j + 1
        j += 2
        continue
      }
      // المتحدث باسم أساتذة الجامعة: باسم (on behalf of) and a noun in the construct state with its genitive; after
      // the other links a phrase of the clause may follow (وزير النقل في حوار الصراحة).
      if (next.norm === ON_BEHALF && constructNoun(words, j + 1)) {
        last = j + 2
        j += 3
        continue
      }
    }
    break
  }
  if (last === dangling) last--
  return {
    first: i,
    last,
    base: head.base,
    role: roleText(scan, i, last, head.base, head.possessive),
    nested,
    dotted: false,
  }
}

/**
 * The noun of a construct after a role's link (باسم أساتذة الجامعة، باسم عائلة الضحية): no article, and a noun's shape
 * (an ordinary word of news, a plural or a feminine) that no given name has, before a genitive with the article that
 * is no family name; `المتحدث باسم NAME الNAME2` stays a name.
 */
const ON_BEHALF = norm('باسم')

function constructNoun(words: readonly Word[], k: number): boolean {
  const noun = words[k]!
  const genitive = words[k + 1]
  if (noun.norm.startsWith('ال') || givenNameBase(noun) !== undefined) return false
  if (!commonWordSet.has(noun.norm) && !PLURAL_OR_FEMININE.test(noun.norm)) return false
  return (
    genitive !== undefined &&
    joined(words, k + 1) &&
    genitive.norm.startsWith('ال') &&
    !isKnownSurname(genitive)
  )
}

/**
 * A place, body or outlet inside a role (a club too: مدرب الهلال), the longest that starts at word `j`; people are
 * never part of a role.
 */
function roleEntity(scan: Scan, j: number): Found | undefined {
  // The start flags tell which of the recognisers can match at this word, as in the main pass.
  const starts = scan.words[j]!.flags
  let best = phraseFound(scan, matchPhrase(scan, j, notPerson))
  best = longer(best, phraseFound(scan, matchPhrase(scan, j, undefined, organizationPhrases)))
  if (starts & Start.OrganizationHead) best = longer(best, matchOrganizationHead(scan, j))
  if (starts & Start.MediaHead) best = longer(best, matchMediaHead(scan, j))
  // رئيس ولاية جوبالاند: a place named after its head noun.
  const places = starts & Start.PlaceHead ? matchPlaceHead(scan, j) : undefined
  if (places?.length === 1 && !titleInside(scan, j, places[0]!.last)) best = longer(best, places[0])
  return best
}

const notPerson = (target: Target) => target.kind !== 'person'

function phraseFound(scan: Scan, phrase: PhraseMatch | undefined): Found | undefined {
  return phrase && foundFrom(scan, phrase.first, phrase.last, phrase.base, phrase.target, 'name', true)
}

/** The one that reaches further; the first on a tie. */
function longer(best: Found | undefined, found: Found | undefined): Found | undefined {
  return found && (!best || found.last > best.last) ? found : best
}

/** الشيباني، الفيصل: a family name with the article, in the nisba shape or a father's given name (الفيصل، النواف). */
function definiteFamilyName(word: Word): boolean {
  if (!word.norm.startsWith('ال') || isRoleWord(word) || nisbaPlaces.has(word.norm)) return false
  return word.norm.endsWith('ي') || isGivenNameAfterArticle(word)
}

/** رئيس مقاطعة كيفه السيد محمد: a title inside a place's words opens the name after the role. */
function titleInside(scan: Scan, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (titleHead(scan.words[k]!)) return true
  return false
}

/**
 * The last word of a portfolio joined by و at `j` (والفنون، وحماية المستهلك), or 0: a definite noun, or an
 * indefinite one and its definite genitive, no name, and then what ends a role (punctuation, a complementiser, a
 * verb, a given name, في) rather than more of a noun phrase (والوفد المرافق له).
 */
function coordinatedPortfolio(scan: Scan, j: number): number {
  const { words } = scan
  const word = words[j]!
  const base = word.bases.find((b) => b.cut === 1)
  if (word.norm[0] !== 'و' || !base || word.number) return 0
  let end = j
  if (!base.base.startsWith('ال')) {
    const next = words[j + 1]
    if (!next || !joined(words, j + 1) || !next.norm.startsWith('ال') || isFunctionWord(next)) return 0
    end = j + 1
  }
  for (let k = j; k <= end; k++) {
    const w = words[k]!
    if (isGivenName(w) || isKnownSurname(w) || (k > j && titleHead(w))) return 0
  }
  if (base.flags & WordFlag.TitleHead) return 0
  const after = words[end + 1]
  if (!after || !joined(words, end + 1)) return end
  const closes =
    after.bases[0]!.flags & WordFlag.Complementizer ||
    isGivenName(after) ||
    after.norm === IN ||
    isRoleAdjective(after, true)
  return closes ? end : 0
}

const IN = norm('في')

/**
 * A word without the article and no genitive with it after it: `عام` in `قال المحافظ في عام 1989`, which is no
 * office, unlike `باسم حكومة الوحدة`.
 */
function loneIndefinite(words: readonly Word[], k: number): boolean {
  if (words[k]!.norm.startsWith('ال')) return false
  const next = words[k + 1]
  return !next || !joined(words, k + 1) || !next.norm.startsWith('ال')
}

/** بمدينة، بولاية: ب before a place's head noun. */
function officePlaceHead(word: Word): boolean {
  return word.norm[0] === 'ب' && word.bases.some((b) => b.cut === 1 && placeHeadSet.has(b.base))
}

/** A place the gazetteer knows, right at word `j` (تونس after بمدينة), which the place-head rule leaves to it. */
function knownPlaceAt(scan: Scan, j: number): Found[] | undefined {
  if (!joined(scan.words, j)) return undefined
  const phrase = matchPhrase(scan, j, (target) => target.kind === 'location')
  return phrase && [foundFrom(scan, phrase.first, phrase.last, phrase.base, phrase.target, 'name', true)]
}

/**
 * المستشار البلدي كمال الهادي، المدير الفني بنادي …: a masculine nisba right after the title is its adjective, not a
 * family name (الوزير الشيباني), when a given name (after a comma, too) or a preposition on a place follows it.
 */
function nisbaBeforeName(scan: Scan, j: number): boolean {
  const { words } = scan
  const after = words[j + 1]
  if (!after || !isRoleAdjective(words[j]!, true) || after.sentence !== words[j]!.sentence) return false
  if (isGivenName(after)) return joined(words, j + 1) || commaGap(after)
  if (!joined(words, j + 1)) return false
  return officePlaceHead(after)
}

function isRoleAdjective(word: Word, afterNoun: boolean): boolean {
  const w = word.norm
  if (!w.startsWith('ال') || w.length < 5 || isGivenName(word) || isKnownSurname(word)) return false
  return w.endsWith('ية') || (afterNoun && w.endsWith('ي'))
}

/**
 * The last word of the genitive after a construct head at `j - 1`: a noun with the article that is no family name
 * (مديرة المهرجان), or a noun without it before a role word or a body (مدير برنامج الطوارئ). 0 if none.
 */
function constructGenitive(scan: Scan, j: number): number {
  const { words } = scan
  const word = words[j]!
  if (word.number || isGivenName(word) || isKnownSurname(word) || isFunctionWord(word)) return 0
  if (word.norm.startsWith('ال')) return nisbaPlaces.has(word.norm) ? 0 : j
  if (!joined(words, j + 1) || word.norm[0] === 'و') return 0
  const after = words[j + 1]!
  if (isRoleWord(after) || roleEntity(scan, j + 1)) return j
  // رئيس مجلس إدارة الجمعية: a noun without the article goes on the chain before a common noun with it.
  const common =
    after.norm.startsWith('ال') &&
    commonWordSet.has(after.norm) &&
    !after.number &&
    !isGivenName(after) &&
    !isKnownSurname(after) &&
    !isFunctionWord(after) &&
    !nisbaPlaces.has(after.norm)
  return common && commonWordSet.has(word.norm) ? j + 1 : 0
}

function roleText(scan: Scan, first: number, last: number, base: Base, possessive: number): string {
  // A body quoted inside the role (لـ"رصيد") keeps its words, not its marks.
  const text = displaySpan(scan, first, last, base).replace(QUOTE_MARKS, '')
  if (possessive === 0) return text
  const space = text.indexOf(' ')
  const word = space < 0 ? text : text.slice(0, space)
  let head = word.slice(0, -possessive)
  if (head.endsWith('ت') && relationalStem(norm(word), possessive).endsWith('ة'))
    head = `${head.slice(0, -1)}ة`
  const rest = space < 0 ? '' : text.slice(space)
  return `${head.startsWith('ال') ? '' : 'ال'}${head}${rest}`
}
