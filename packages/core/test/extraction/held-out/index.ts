import type { GoldArticle } from '../gold.ts'
import { economyJordan } from './economy-jordan.ts'
import { electionsIraq } from './elections-iraq.ts'
import { sportOlympics } from './sport-olympics.ts'
import { techDubai } from './tech-dubai.ts'
import { waterGaza } from './water-gaza.ts'

/** Articles written and annotated after the rules were settled, to measure what the development set cannot. */
export const heldOut: readonly GoldArticle[] = [
  electionsIraq,
  techDubai,
  sportOlympics,
  waterGaza,
  economyJordan,
]
