import type { PlaceList } from './extract/administrative-places.ts'
import { decodeFrontCoded } from './lang/ar/front-coding.ts'
import { administrativePlaces } from './lang/ar/generated/administrative-places.ts'
import { writtenPlaces } from './lang/ar/written-places.ts'

/**
 * The administrative divisions of Arab states below their provinces (Algeria's daïras and communes, Egypt's cities
 * and districts, Yemen's districts and ʿuzlas, Morocco's communes, Saudi Arabia's towns) and the towns of every Arab
 * League state, for `registerPlaces`. Apart from the main entry point because of their weight (about 19 KB
 * gzipped): a bundle that must stay small leaves them out. The lists are stored front-coded and decoded when read,
 * so that importing this module (the Worker does at start-up) costs no decoding. After them, this team's own lists of
 * the states those sources leave thin (`lang/ar/written-places.ts`: written from knowledge, not from a source).
 */
export const arabPlaces: readonly PlaceList[] = [...administrativePlaces.map(sourceList), ...writtenPlaces]

function sourceList(list: (typeof administrativePlaces)[number]): PlaceList {
  return {
    country: list.country,
    get names() {
      return joined(list.names)
    },
    get cued() {
      return joined(list.cued)
    },
    get towns() {
      return joined(list.towns)
    },
  }
}

function joined(coded: string): string {
  return decodeFrontCoded(coded).join('|')
}
