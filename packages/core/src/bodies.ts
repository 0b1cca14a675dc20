import type { BodyLists } from './extract/registered-bodies.ts'
import { knownBodies } from './lang/ar/known-bodies.ts'
import { knownOutlets } from './lang/ar/known-outlets.ts'

/**
 * News outlets writing in Arabic (agencies, papers, broadcasters, news sites of the 22 Arab League states and the
 * international services) and the bodies news names bare (parties, armed groups, unions, companies, banks, clubs,
 * federations, universities), written by the team from its own knowledge (round 35), for `registerBodies`. Apart
 * from the main entry point because of their weight: `parseArticle`'s bundle has no room left under its ceiling.
 */
export const arabBodies: BodyLists = { outlets: knownOutlets, bodies: knownBodies }
