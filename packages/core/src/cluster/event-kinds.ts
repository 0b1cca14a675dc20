/**
 * The kind of event a lead tells, read from its action (the verb or its maṣdar with the object it needs), in families
 * whose kinds are steps of one process between the same actors: a central bank's cut, raise or hold of its rate; an
 * election's result and the winner's oath. The reports of one event tell the same step, however worded; two leads of
 * one family telling two steps are two events that share their actors, their numbers and most words (`kindsApart`).
 * Each family's kind is two bits of one number, 0 when the lead tells none of the family.
 *
 * A step still to come is not read (`سيؤدي اليمين`، `على أن يؤدي`، `لأداء اليمين`، `يؤدي اليمين قريباً`): a result's
 * report names the oath to come. Where a lead names two steps of a family, the oath wins (its report recalls the win)
 * and, for a rate, the first named (the lead's main action comes first; a hold's report recalls the cut before it
 * later).
 */
export function eventKinds(lead: string): number {
  const text = lead.replace(MARKS, '')
  return (rateKind(text) << SHIFT.rate) | (officeKind(text) << SHIFT.office)
}

/** Both leads tell a step of one family, not the same step: two events. */
export function kindsApart(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false
  for (const shift of Object.values(SHIFT)) {
    const x = (a >> shift) & 3
    const y = (b >> shift) & 3
    if (x !== 0 && y !== 0 && x !== y) return true
  }
  return false
}

const SHIFT = { rate: 0, office: 2 } as const
/** Short vowels, shadda, sukun and tatweel: outlets write them or not. */
const MARKS = /[\u064B-\u0652\u0640]/g

const B = '(?<!\\p{L})'
const E = '(?!\\p{L})'
/** A word's proclitics: و، ف، ب، ل and the article. */
const PRE = '(?:[وفبل]|لل)?'

/** Words of a step still to come before a mention, up to four words between. */
const FUTURE = new RegExp(
  `${B}[وف]?(?:أن|ان|قبل|موعد|المقرر|المنتظر|يعتزم|تعتزم|ينوي|تنوي|سي\\p{L}+|ست\\p{L}+|سن\\p{L}+|ل[أا]داء)${E}(?:\\s+\\p{L}+){0,4}\\s*$`,
  'u',
)
/** Words of a time still to come right after a mention, up to three words between (`يؤدي اليمين قريباً`). */
const FUTURE_AFTER = new RegExp(
  `^(?:\\s+\\p{L}+){0,3}?\\s+(?:قريبا|غدا|لاحقا|المقبل|المقبلة|القادم|القادمة)${E}`,
  'u',
)
/** A mention of a step still to come: a word of the future before or after it, or a purpose (`لأداء اليمين`). */
const ahead = (text: string, match: RegExpMatchArray) =>
  /^ل[أا]/.test(match[0]) ||
  FUTURE.test(text.slice(Math.max(0, match.index! - 60), match.index)) ||
  FUTURE_AFTER.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 60))

// --- A central bank's rate: 1 cut, 2 raise, 3 hold.
const RATE_OBJECT = '(?:(?:ال)?(?:سعر|أسعار|اسعار|معدل|معدلات)\\s+)?(?:ال)?فائدة'
const RATE_VERBS: readonly [RegExp, number][] = [
  [/(?:[يتن]?خفض\p{L}{0,2}|تخفيض|خفض)/u, 1],
  [/(?:[يتن]?رفع\p{L}{0,2}|زيادة)/u, 2],
  [/(?:[يتن]?ثبت\p{L}{0,2}|تثبيت|الإبقاء|الابقاء|إبقاء|ابقاء|[أاتي]بق(?:ى|ي|ت|اء)\p{L}{0,2})/u, 3],
]
/** Each verb as a whole word with its proclitics: which step a match's first word tells. */
const RATE_WORDS: readonly [RegExp, number][] = RATE_VERBS.map(([verb, value]) => [
  new RegExp(`^${PRE}(?:${verb.source})$`, 'u'),
  value,
])
const RATE = new RegExp(
  `${B}${PRE}(?:${RATE_VERBS.map(([verb]) => verb.source).join('|')})${E}(?:[\\s،,]+\\p{L}+){0,8}?[\\s،,]+(?:على\\s+)?${PRE}${RATE_OBJECT}${E}`,
  'gu',
)
/** `أسعار الفائدة دون تغيير`: a hold told by its object and the unchanged level, with no verb of its own. */
const RATE_UNCHANGED = new RegExp(
  `${B}${PRE}${RATE_OBJECT}${E}(?:\\s+\\p{L}+){0,3}?\\s+(?:دون|بدون|بلا)\\s+تغيير`,
  'u',
)

function rateKind(text: string): number {
  if (!text.includes('فائدة')) return 0
  let kind = 0
  let at = Infinity
  for (const match of text.matchAll(RATE)) {
    if (ahead(text, match)) continue
    const word = match[0].split(/\s/)[0]!
    for (const [verb, value] of RATE_WORDS)
      if (verb.test(word)) {
        kind = value
        at = match.index
        break
      }
    if (kind !== 0) break
  }
  const unchanged = RATE_UNCHANGED.exec(text)
  if (unchanged !== null && unchanged.index < at) return 3
  return kind
}

// --- An office: 1 an election's result (won, elected), 2 the oath or inauguration.
const OATH = new RegExp(
  `${B}${PRE}(?:اليمين|يمين)\\s+(?:ال)?(?:دستورية|قانونية)${E}|${B}${PRE}(?:أداء|اداء|أدائه|ادائه|أدى|ادى|أدت|ادت|يؤدي|تؤدي|يؤدون|أدوا|ادوا)${E}(?:\\s+\\p{L}+){0,6}?\\s+(?:ال)?يمين${E}|${B}${PRE}(?:تنصيب|تنصيبه|تنصيبها)${E}`,
  'gu',
)
const WIN = new RegExp(
  `${B}${PRE}(?:فاز|فازت|يفوز|تفوز|فوز|فوزه|فوزها|انتخب|انتخبت|انتخاب|انتخابه|اختار|اختاروا|انتخبوا)${E}`,
  'gu',
)
const ELECTION = /انتخاب|رئاسي|رئاسة|رئيسا|رئيس[اًة]|ولاية|الاقتراع/u

function officeKind(text: string): number {
  if (!/يمين|تنصيب|فوز|فاز|يفوز|تفوز|انتخب|اختار/.test(text)) return 0
  for (const match of text.matchAll(OATH)) if (!ahead(text, match)) return 2
  if (!ELECTION.test(text)) return 0
  for (const match of text.matchAll(WIN)) if (!ahead(text, match)) return 1
  return 0
}
