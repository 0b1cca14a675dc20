import type { GoldArticle } from '../gold.ts'
import { economyJordan } from './economy-jordan.ts'
import { educationKuwait } from './education-kuwait.ts'
import { electionsIraq } from './elections-iraq.ts'
import { oilLibya } from './oil-libya.ts'
import { reconstructionAleppo } from './reconstruction-aleppo.ts'
import { sportOlympics } from './sport-olympics.ts'
import { techDubai } from './tech-dubai.ts'
import { waterGaza } from './water-gaza.ts'

/**
 * Articles written and annotated after the rules were settled, to measure what the development set cannot: a first
 * batch of five, then a second batch of three written after the fixes the first batch prompted.
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
]
