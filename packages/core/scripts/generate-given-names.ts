// Generates src/lang/ar/generated/given-names.ts: given names in Arabic script from lists people wrote, under
// licences that fit the package's MIT licence, for the names the hand list (`lang/ar/given-names.ts`) lacks. Run
// `pnpm --filter @marsad/core data:given-names`; the output is committed, and the package never downloads anything
// at run time.
//
// Sources (pinned):
// - github.com/FakerPHP/Faker at 054058d (MIT, © 2011 François Zaninotto): `src/Faker/Provider/ar_JO/Person.php`
//   and `ar_SA/Person.php`, men's and women's given names (Jordanian and Saudi, Christian names among them), saved
//   as `faker-ar_JO-person.php` and `faker-ar_SA-person.php`.
// - github.com/AKhateeb/arabic-names at 32d5ec8 (MIT, © 2018 AKhateeb): `male-first--names-in-arabic.txt` and
//   `female-first-names-in-arabic.txt`, saved as `akhateeb-male.txt` and `akhateeb-female.txt`.
// - `arabic-name-to-en` 1.0.6 on npm (ISC, by HamdonGunner): the Arabic keys of `cases/fullnamedb.js`, about 2,500
//   names of Iraqi registers (Arabic, Kurdish, Christian), fetched with `npm pack`.
// The GitHub files are read from `scripts/downloads/` (git-ignored): put them there under those names first.
// Only the names are taken, never code.
//
// What is kept: one word of Arabic letters, four or more (a shorter one is as often a word: وعد، نمر، جهل، شد), that
// no hand list already gives, is no word of a class that ends or replaces a name (function word, reporting verb,
// title, role, numeral, name particle, place), is not two listed names run together (جعفرحسين), does not start with
// the article (a compound's second word, الرحمن، or a family name, الدوسري) and is no ordinary word of news.
// Ordinary is what `generated/common-words.ts` lists, or a word the development story and clutter texts of the
// evaluation cache write with the article (النظام، الصمود، الأمير، المظهر): a given name seldom takes it, a noun or
// an adjective often does, and names of these lists that news also uses as words (صافي، خالص، عون، ديوان) opened
// names in ordinary sentences. The rules take these names as they take an ambiguous given name: each opens a name
// only with evidence after it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  commonVerbSet,
  commonWordSet,
  functionWordSet,
  nameParticleSet,
  numeralWordSet,
  phrasesByFirstWord,
  placeHeadSet,
  reportingForms,
  roleWordSet,
  titleHeadSet,
} from '../src/lang/ar/compiled.ts'
import { stopwordSet } from '../src/lang/ar/compiled-analysis.ts'
import { encodeFrontCoded } from '../src/lang/ar/front-coding.ts'
import { ambiguousGivenNames, arabicGivenNames, foreignGivenNames } from '../src/lang/ar/given-names.ts'
import { namesAfterAbd } from '../src/lang/ar/name-parts.ts'
import { norm, strictNorm } from '../src/lang/ar/spelling.ts'
import { ARABIC_WORD, developmentTexts } from './development-texts.ts'
import { discard, unpack } from './npm-data.ts'

const REGISTER_PACKAGE = 'arabic-name-to-en@1.0.6'
const DOWNLOADS = fileURLToPath(new URL('downloads/', import.meta.url))
const OUT = fileURLToPath(new URL('../src/lang/ar/generated/given-names.ts', import.meta.url))

/**
 * Entries read and found to be no given name or misspelt (a sample of each source was read; these are what the
 * filters below do not catch): keyboard noise, typing slips of listed names, two names run together.
 */
const REJECTED = new Set(
  [
    'ؤقهسفغ',
    'مصطغى',
    'مصطلفى',
    'حالد',
    'مجمد',
    'رشبد',
    'شربف',
    'معنصم',
    'عمراسامة',
    'مصصفى',
    'معتزز',
    'دادود',
  ].map(strictNorm),
)

function downloaded(name: string): string {
  const path = `${DOWNLOADS}${name}`
  if (!existsSync(path)) throw new Error(`Missing ${path}: see the sources at the top of this script`)
  return readFileSync(path, 'utf8')
}

/** The quoted entries of one static array of a Faker PHP provider (`protected static $firstNameMale = [...]`). */
function phpArray(source: string, field: string): string[] {
  const start = source.indexOf(`$${field} = [`)
  if (start < 0) throw new Error(`No $${field} in a Faker provider`)
  const end = source.indexOf('];', start)
  return [...source.slice(start, end).matchAll(/'([^']*)'/g)].map((m) => m[1]!)
}

function lines(text: string): string[] {
  return text.split(/\r?\n/)
}

/** The keys of the register's object literal (`    احمد: "Ahmad",`), read as text. */
function registerNames(): string[] {
  const dir = unpack(REGISTER_PACKAGE, ['cases/fullnamedb.js'])
  try {
    const text = readFileSync(`${dir}/cases/fullnamedb.js`, 'utf8')
    return [...text.matchAll(/^\s*([^\s:"]+)\s*:\s*"/gm)].map((m) => m[1]!)
  } finally {
    discard(dir)
  }
}

/** A source's entry as one word of Arabic letters (marks, tatweel and direction marks gone), or undefined. */
function cleanName(raw: string): string | undefined {
  const word = raw.replace(/[\u064B-\u0652\u0640\u200E\u200F\uFEFF]/g, '').trim()
  return /^[\u0621-\u063A\u0641-\u064A]{2,}$/.test(word) ? word : undefined
}

const handListed = new Set(
  [
    ...arabicGivenNames,
    ...foreignGivenNames,
    ...ambiguousGivenNames,
    ...namesAfterAbd.map((n) => `عبد${n}`),
  ].map(strictNorm),
)

/** جعفرحسين، حيدرجميل: a listed given name run together with another name, as the register writes a few. */
function twoNames(word: string): boolean {
  for (let k = 3; k <= word.length - 3; k++) {
    if (handListed.has(word.slice(0, k)) && handListed.has(word.slice(k))) return true
  }
  return false
}

/** Code-unit order, as front coding wants (a locale's order would part names that share a prefix). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A word of a class that ends a name or stands for something else (إلى، قال، وزير، ثلاثة، بن، بغداد). */
function otherClass(word: string): boolean {
  const n = norm(word)
  const place = phrasesByFirstWord.get(n)?.some((p) => p.words.length === 1 && p.target.kind !== 'person')
  return (
    functionWordSet.has(n) ||
    stopwordSet.has(n) ||
    commonVerbSet.has(n) ||
    reportingForms.has(n) ||
    titleHeadSet.has(n) ||
    roleWordSet.has(n) ||
    numeralWordSet.has(n) ||
    nameParticleSet.has(n) ||
    placeHeadSet.has(n) ||
    place === true
  )
}

/** A shorter word is as often an ordinary one (وعد، نمر، جهل). */
const MIN_LETTERS = 4
/** A word with the article (و، ف، ب، ل، ك before it or not) in this many uses is an ordinary word. */
const MIN_DEFINITE_USES = 2

/** How often each word (normalised, without the article) is written with the article in the development texts. */
function definiteUses(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const match of text.matchAll(ARABIC_WORD)) {
      const word = norm(match[0])
      const article = /^(?:[وف]?[بك]?ال|[وف]?لل)/.exec(word)
      if (article === null) continue
      const bare = word.slice(article[0].length)
      counts.set(bare, (counts.get(bare) ?? 0) + 1)
    }
  }
  return counts
}

/** Every source's names, each once, in strict spelling. */
function collect(): Set<string> {
  const jordan = downloaded('faker-ar_JO-person.php')
  const saudi = downloaded('faker-ar_SA-person.php')
  const entries = [
    ...[jordan, saudi].flatMap((php) => [
      ...phpArray(php, 'firstNameMale'),
      ...phpArray(php, 'firstNameFemale'),
    ]),
    ...lines(downloaded('akhateeb-male.txt')),
    ...lines(downloaded('akhateeb-female.txt')),
    ...registerNames(),
  ]
  const names = new Set<string>()
  for (const raw of entries) {
    const spelling = cleanName(raw)
    if (spelling !== undefined) names.add(strictNorm(spelling))
  }
  return names
}

function main(): void {
  const texts = developmentTexts()
  if (texts.length === 0)
    throw new Error('The development texts are not in the cache (set MARSAD_EVAL_CACHE)')
  const definite = definiteUses(texts)
  const ordinary = (word: string) => commonWordSet.has(word) || (definite.get(word) ?? 0) >= MIN_DEFINITE_USES
  const names: string[] = []
  let ordinaryWords = 0
  for (const key of collect()) {
    if (handListed.has(key) || REJECTED.has(key) || key.startsWith('ال') || otherClass(key) || twoNames(key))
      continue
    if (norm(key).length < MIN_LETTERS) continue
    if (ordinary(norm(key))) ordinaryWords++
    else names.push(key)
  }
  writeFileSync(
    OUT,
    `// Generated by packages/core/scripts/generate-given-names.ts — do not edit by hand.
// ${names.length} given names in Arabic script (strict spelling: alef forms folded, ى kept) that the hand list lacks,
// from FakerPHP's ar_JO and ar_SA providers at 054058d (MIT, © 2011 François Zaninotto), AKhateeb/arabic-names at
// 32d5ec8 (MIT, © 2018 AKhateeb) and arabic-name-to-en 1.0.6 (ISC, HamdonGunner); ${ordinaryWords} words that
// ${texts.length} development news texts use as ordinary ones are left out. Sorted and front-coded (front-coding.ts).
export const sourceGivenNameForms = '${encodeFrontCoded(names.sort(byCodeUnits))}'
`,
  )
  console.log(`${names.length} given names (${ordinaryWords} ordinary words left out) in ${OUT}`)
}

main()
