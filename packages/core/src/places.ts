import type { PlaceList } from './extract/administrative-places.ts'
import { decodeFrontCoded } from './lang/ar/front-coding.ts'
import { administrativePlaces } from './lang/ar/generated/administrative-places.ts'

/**
 * The administrative divisions of Arab states below their provinces (Algeria's daïras and communes, Egypt's cities
 * and districts, Yemen's districts and ʿuzlas, Morocco's communes, Saudi Arabia's towns) and the towns of every Arab
 * League state, for `registerPlaces`. Apart from the main entry point because of their weight (about 19 KB
 * gzipped): a bundle that must stay small leaves them out. The lists are stored front-coded and decoded when read,
 * so that importing this module (the Worker does at start-up) costs no decoding.
 */
export const arabPlaces: readonly PlaceList[] = administrativePlaces.map((list) => ({
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
}))

/**
 * This team's own lists of places (`lang/ar/written-places.ts` and `written-places-more.ts`: written from knowledge,
 * not from a source): the states the sources above leave thin, and from round 36 more of their localities and sites
 * and the towns of states beyond the Arab world that Arab news names. For `registerPlaces` after `arabPlaces` (a name
 * those give keeps their state). Apart from them so that a bundle at its ceiling can leave them out: the second list
 * alone adds about 25 KB to the API Worker's gzipped bundle.
 */
export { writtenPlaces } from './lang/ar/written-places.ts'

function joined(coded: string): string {
  return decodeFrontCoded(coded).join('|')
}
