import type { GoldArticle } from '../gold.ts'
import { businessAramco } from './business-aramco.ts'
import { climateTunisia } from './climate-tunisia.ts'
import { courtCasablanca } from './court-casablanca.ts'
import { cultureFestival } from './culture-festival.ts'
import { diplomacyBaghdad } from './diplomacy-baghdad.ts'
import { economyEgypt } from './economy-egypt.ts'
import { healthOutbreak } from './health-outbreak.ts'
import { humanitarianSudan } from './humanitarian-sudan.ts'
import { politicsLebanon } from './politics-lebanon.ts'
import { religionEid } from './religion-eid.ts'
import { securityRedSea } from './security-red-sea.ts'
import { seed000 } from './seed-000.ts'
import { seed003 } from './seed-003.ts'
import { sportFootball } from './sport-football.ts'

/** The two seeds and twelve articles written for the test-set, each annotated by hand. */
export const corpus: readonly GoldArticle[] = [
  seed000,
  seed003,
  politicsLebanon,
  economyEgypt,
  sportFootball,
  healthOutbreak,
  courtCasablanca,
  diplomacyBaghdad,
  climateTunisia,
  businessAramco,
  humanitarianSudan,
  religionEid,
  cultureFestival,
  securityRedSea,
]
