import { norm } from '../lang/ar/compiled.ts'

/**
 * A lead that tells a count still running: the toll rose (`ارتفعت حصيلة ضحايا الزلزال`، `ارتفاع عدد القتلى`) or is
 * given as a new, updated or provisional one (`حصيلة جديدة`، `حصيلة محينة`، `حصيلة غير نهائية`). Such a report is a
 * later day of an event already told: its figures are a later stage of the count, not another event's, and the
 * weekday it names is the day of the update, not of the event. The guideline makes a disaster's reports of later days,
 * of the rising toll, one event with its first day's (round 30).
 */
export function tellsRunningCount(lead: string): boolean {
  return RUNNING_COUNT.test(norm(lead))
}

const RUNNING_COUNT =
  /(?:ارتفع|ارتفعت|ارتفاع|بارتفاع|يرتفع|ترتفع|وارتفعت|وارتفع)\s+(?:حصيل|عدد)|حصيل\S*\s+(?:جديد|محين|محدث|غير نهائي|مؤقت)/u
