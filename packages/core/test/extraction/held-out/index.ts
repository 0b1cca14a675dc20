import type { GoldArticle } from '../gold.ts'
import { courtAlgiers } from './court-algiers.ts'
import { diplomacyMuscat } from './diplomacy-muscat.ts'
import { economyJordan } from './economy-jordan.ts'
import { educationKuwait } from './education-kuwait.ts'
import { electionsIraq } from './elections-iraq.ts'
import { fintechRiyadh } from './fintech-riyadh.ts'
import { healthNouakchott } from './health-nouakchott.ts'
import { humanitarianYemen } from './humanitarian-yemen.ts'
import { oilLibya } from './oil-libya.ts'
import { reconstructionAleppo } from './reconstruction-aleppo.ts'
import { sportOlympics } from './sport-olympics.ts'
import { techDubai } from './tech-dubai.ts'
import { transferAhly } from './transfer-ahly.ts'
import { waterGaza } from './water-gaza.ts'

/**
 * The third batch: six articles written and annotated after the fixes the first two prompted, on styles the set
 * lacked (a spokeswoman speaking a sentence after she is named, titles of the bench, agencies cited every way, clubs
 * and coaches, companies in quotes, a woman official, Mauritanian names and regions).
 */
export const heldOutBatch3: readonly GoldArticle[] = [
  diplomacyMuscat,
  courtAlgiers,
  humanitarianYemen,
  transferAhly,
  fintechRiyadh,
  healthNouakchott,
]

/**
 * Articles written and annotated after the rules were settled, to measure what the development set cannot: a first
 * batch of five, then a second batch of three and a third of six, each written after the fixes the one before
 * prompted.
 */
export const heldOut: readonly GoldArticle[] = [
  electionsIraq,
  techDubai,
  sportOlympics,
  waterGaza,
  economyJordan,
  oilLibya,
  educationKuwait,
  reconstructionAleppo,
  ...heldOutBatch3,
]
