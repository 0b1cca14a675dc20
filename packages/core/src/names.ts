import { sourceGivenNameForms } from './lang/ar/generated/given-names.ts'

/**
 * Given names in Arabic script from maintained lists (FakerPHP, AKhateeb/arabic-names, arabic-name-to-en; see the
 * README's *Data sources*), front-coded, for `registerGivenNames`. Apart from the main entry point because of their
 * weight (about 5 KB gzipped): `parseArticle`'s bundle has no room left under its ceiling.
 */
export const arabicGivenNames: string = sourceGivenNameForms
