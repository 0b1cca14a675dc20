import { sourceGivenNameForms } from './lang/ar/generated/given-names.ts'

/**
 * Given names in Arabic script from maintained lists (FakerPHP, AKhateeb/arabic-names, arabic-name-to-en; see the
 * README's *Data sources*), front-coded, for `registerGivenNames`. Apart from the main entry point because of their
 * weight (about 5 KB gzipped): `parseArticle`'s bundle has no room left under its ceiling.
 */
export const arabicGivenNames: string = sourceGivenNameForms

/**
 * Given names of people who are not Arab, as Arabic news writes them (جواو، داريوش، ماتياس): this team's own list,
 * written from knowledge (`lang/ar/written-given-names.ts`), for `registerGivenNames` after `arabicGivenNames`. The
 * sources above hold Arab names; news names foreigners by transliterations no list of them gives, and a transliterated
 * family name after an unknown first name is two unknown words (round 36). A list of words, read as it is: importing
 * this module (the Worker does at start-up) encodes and decodes nothing.
 */
export { writtenGivenNames } from './lang/ar/written-given-names.ts'
