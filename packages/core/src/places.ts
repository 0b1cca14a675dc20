import type { PlaceList } from './extract/administrative-places.ts'
import { administrativePlaces } from './lang/ar/generated/administrative-places.ts'

/**
 * The administrative divisions of Arab states below their provinces (Algeria's daïras and communes, Egypt's cities
 * and districts, Yemen's districts and ʿuzlas), for `registerPlaces`. Apart from the main entry point because of
 * their weight (about 19 KB gzipped): a bundle that must stay small leaves them out.
 */
export const arabPlaces: readonly PlaceList[] = administrativePlaces
