// Names no rule started, vouched for by the role after them (apposed, accusative or construct title).
import { compoundNameEndingSet as COMPOUND_ENDINGS, Start } from './lexicon.ts'
import { ACCUSATIVE_TITLES, accusativeTitle, isForeignNameWord, nisbaShapedFamilyName } from './name-words.ts'
import { closingFamilyName } from './person-names.ts'
import { commaGap, joined, type Scan } from './scan.ts'
import {
  abdReading,
  givenNameBase,
  isCalendarWord,
  isFunctionWord,
  isGivenName,
  isGivenNameAfterArticle,
  isNameParticle,
  isRoleWord,
  isVerb,
  isVerbOfAnyList,
  reportingVerb,
  titleHead,
} from './word-classes.ts'
import { type Base, bareOrConjoined, type Word } from './words.ts'

const MAX_APPOSED_NAME_WORDS = 3

/**
 * `nameBeforeRole`'s first test, which `recognize` asks before calling it: most words have no title two or three
 * words after them (of some 230 words an article asked, about 9 do), and the call cost more than the test.
 */
export function roleMayFollow(words: readonly Word[], i: number): boolean {
  return mayOpenRole(words[i + 2]) || mayOpenRole(words[i + MAX_APPOSED_NAME_WORDS])
}

function mayOpenRole(word: Word | undefined): boolean {
  if (word === undefined) return false
  if ((word.flags & TITLE) !== 0) return true
  const w = word.norm
  return w.charCodeAt(w.length - 1) === ALEF && ACCUSATIVE_TITLES.has(w)
}

const TITLE = Start.Title
const ALEF = 0x627

/**
 * A name no rule started, vouched for by the role after it: كمال بلحاج، وزير الداخلية؛ زيان بن عمار، وزير الطاقة؛
 * (a comma and a title, the name opening a list's item: after punctuation or at the sentence's start), محرز
 * معمري والياً منتدباً (a title in the accusative). Two or three words of a name's shape, the first a given name or a
 * word no list knows. Returns the last word of the name, or -1.
 */
export function nameBeforeRole(scan: Scan, i: number): { base: Base; last: number } | undefined {
  const { words } = scan
  if (!roleMayFollow(words, i)) return undefined
  const first = words[i]!
  if (isFunctionWord(first) || isVerbOfAnyList(first) || isCalendarWord(first)) return undefined
  const before = i > 0 ? words[i - 1] : undefined
  // أوضح الحسين عموتة، مدرب …: the subject's place opens the name as a list's item does.
  const opensItem =
    !before ||
    before.sentence !== first.sentence ||
    LIST_GAP.test(first.gap) ||
    (joined(words, i) && (reportingVerb(before) !== undefined || isVerb(before)))
  const given = givenNameBase(first)
  // وأنور جسام مستشاراً: a given name after و opens the next item of a list; الحسين، المهدي: a given name with the
  // article, as the Maghreb writes some.
  const definiteGiven =
    first.norm.startsWith('ال') &&
    !isRoleWord(first) &&
    !COMPOUND_ENDINGS.has(first.norm) &&
    isGivenNameAfterArticle(first)
  // وعبد الرحيم حميد مدرباً: عبد opens a compound given name, after و too.
  const abd = abdReading(first)
  const givenFirst = (given !== undefined && bareOrConjoined(first, given)) || definiteGiven
  // عقيلة صالح، رئيس مجلس النواب، يقول إن: two words opening the sentence, a title between commas, then a verb of
  // saying: whatever the lists make of the two words, they are the name of who speaks.
  if (opensItem && !first.norm.startsWith('ال') && plainWord(words[i + 1]) && joined(words, i + 1)) {
    if (roleFollows(scan, i + 2) === 'apposed' && saysAfterTitle(scan, i + 2))
      return { base: given ?? first.bases[0]!, last: i + 1 }
  }
  if (!givenFirst && !abd && !isForeignNameWord(first, false)) return undefined
  for (let k = i + 1; k < words.length && k - i < MAX_APPOSED_NAME_WORDS; k++) {
    if (!joined(words, k)) return undefined
    const word = words[k]!
    // زيان بن عمار: a particle joins the name to the word after it; after عبد, the word with the article is the rest
    // of the given name.
    if (isNameParticle(word) || (k === i + 1 && abd && word.norm.startsWith('ال'))) continue
    const family = nisbaShapedFamilyName(word)
    const named = isGivenName(word) || isForeignNameWord(word, true) || closingFamilyName(scan, k)
    if (!family && !named) return undefined
    const role = roleFollows(scan, k + 1)
    // سليم التيساوي والي صفاقس: a title in the construct state after a family name in its nisba shape.
    if (role === 'accusative' || (role === 'apposed' && opensItem) || (role === 'construct' && family))
      return { base: given ?? abd ?? first.bases[0]!, last: k }
    if (family) return undefined
  }
  return undefined
}

const LIST_GAP = /[،,:؛;]/
const MAX_TITLE_WORDS = 8

function plainWord(word: Word | undefined): boolean {
  return (
    word !== undefined &&
    !word.number &&
    !isFunctionWord(word) &&
    !isVerbOfAnyList(word) &&
    !isCalendarWord(word)
  )
}

/** The title opening at word `k` closes at a comma within a few words, and a verb of saying comes right after it. */
function saysAfterTitle(scan: Scan, k: number): boolean {
  const { words } = scan
  for (let m = k + 1; m < words.length && m - k <= MAX_TITLE_WORDS; m++) {
    const word = words[m]!
    if (word.sentence !== words[k]!.sentence) return false
    const verb = reportingVerb(word)
    if (commaGap(word)) return verb !== undefined && !verb.participle
    if (!joined(words, m) || isVerb(word) || verb) return false
  }
  return false
}

/**
 * Word `k` opens a role: in apposition, a comma and a title (، وزير الداخلية), a title in the accusative (والياً), or
 * a title in the construct state before its genitive (والي صفاقس).
 */
function roleFollows(scan: Scan, k: number): 'apposed' | 'accusative' | 'construct' | undefined {
  const { words } = scan
  const word = words[k]
  if (!word || word.sentence !== words[k - 1]!.sentence) return undefined
  // Most words open no title: the start flags tell at once (a title in the accusative has none).
  const title = (word.flags & Start.Title) !== 0
  if (word.gap !== ' ' && commaGap(word)) {
    return title && titleHead(word) !== undefined && !word.norm.startsWith('ال') ? 'apposed' : undefined
  }
  if (!joined(words, k)) return undefined
  if (!title) return accusativeTitle(word) ? 'accusative' : undefined
  const genitive = words[k + 1]
  const head = titleHead(word)
  // للرئيس: a title behind a particle is a genitive of the clause, not a title in apposition.
  const construct =
    head?.possessive === 0 &&
    head.base.cut === 0 &&
    !word.norm.startsWith('ال') &&
    genitive !== undefined &&
    joined(words, k + 1)
  return construct && !isFunctionWord(genitive) && !isVerb(genitive) ? 'construct' : undefined
}
