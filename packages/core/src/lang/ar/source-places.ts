import { exemplarCities, subdivisionNames, territoryNames } from './generated/places.ts'

/** A place from a maintained source: the name it is known by, and the other forms that name it. */
export interface SourcePlace {
  name: string
  variants: readonly string[]
}

/**
 * Nouns CLDR puts before a subdivision's own name (ولاية أدرار، محافظة أسوان، شعبية درنة): the bare name is the
 * entity, the headed form one way of writing it.
 */
const SUBDIVISION_HEADS = [
  'ولاية',
  'محافظة',
  'منطقة',
  'المنطقة',
  'إقليم',
  'عمالة',
  'جهة',
  'الجهة',
  'مقاطعة',
  'شعبية',
  'بلدية',
  'إمارة',
  'امارة',
  'لواء',
  'قضاء',
]

/** A name written only in Arabic letters and spaces (CLDR has a few glosses in brackets). */
const PLAIN_NAME = /^[\u0621-\u064A\u0671-\u06D3 ]+$/

/**
 * Places from CLDR and i18n-iso-countries (`generated/places.ts`): territories with all their names, the
 * subdivisions of Arab states under their bare and headed names, and exemplar cities. `isCommonWord` says whether a
 * single bare word is also an ordinary word (الشرقية، الداخلية، العاصمة): such a place keeps its head.
 * `isNewsWord` says whether news writes the word as an ordinary word (`commonWordSet`'s count).
 */
export function sourcePlaces(
  isCommonWord: (word: string, byShape?: boolean) => boolean,
  isNewsWord: (word: string) => boolean,
): SourcePlace[] {
  const places: SourcePlace[] = []
  for (const [, ...names] of territoryNames) {
    const plain = names.filter((name) => PLAIN_NAME.test(name) && (name.includes(' ') || !isCommonWord(name)))
    if (plain.length > 0) places.push({ name: plain[0]!, variants: plain.slice(1) })
  }
  for (const [, full] of subdivisionNames) {
    if (!PLAIN_NAME.test(full)) continue
    const [first, ...rest] = full.split(' ')
    const bare = SUBDIVISION_HEADS.includes(first!) && rest.length > 0 ? rest.join(' ') : full
    // A subdivision CLDR writes with no head whose one word is a word of news by its sense, not its shape (الشمال,
    // Lebanon's; عدل, Somalia's) has no form that names it alone.
    if (bare === full && rest.length === 0 && isCommonWord(full, false) && isNewsWord(full)) continue
    // A bare name that is also an ordinary word (الشرقية، العاصمة) names the place only with its head.
    if (bare === full || (!bare.includes(' ') && isCommonWord(bare)))
      places.push({ name: full, variants: [] })
    else places.push({ name: bare, variants: [full] })
  }
  for (const city of exemplarCities) {
    if (!PLAIN_NAME.test(city)) continue
    if (!city.includes(' ') && isCommonWord(city)) continue
    places.push({ name: city, variants: [] })
  }
  return places
}
