import type { PlaceList } from './extract/administrative-places.ts'
import { administrativePlaces } from './lang/ar/generated/administrative-places.ts'

/**
 * The administrative divisions of Arab states below their provinces (Algeria's daïras and communes, Egypt's cities
 * and districts, Yemen's districts and ʿuzlas, Morocco's communes, Saudi Arabia's towns) and the towns of every Arab
 * League state, for `registerPlaces`. Apart from the main entry point because of their weight (about 27 KB
 * gzipped): a bundle that must stay small leaves them out.
 */
export const arabPlaces: readonly PlaceList[] = administrativePlaces
