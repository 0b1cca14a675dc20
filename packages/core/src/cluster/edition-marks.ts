import { ordinalDays } from '../lang/ar/calendar.ts'

/**
 * Which edition or round of a recurring event a lead reports, read from its words alone: an edition's number
 * (`الدورة الـ15`، `النسخة الثالثة`), a league's round (`الجولة 12`) and a year named with the event (`نهائي 2019`،
 * `كأس العالم 2022`). The same teams' finals of two years, or two rounds of one league, share their participants and
 * most words; undated, nothing else tells them apart. A cup's stage (`نصف النهائي`) and a tie's leg (`الإياب`) are
 * not read: a report of one match names the stage it leads to and the leg before it (round 15: on the development
 * corpora they parted 21 pairs of one event against 108 of two). The stage of a count is read (`نتائج أولية`، `النتائج
 * النهائية`): an election's preliminary results and its final ones are told days apart by the same words and shares
 * (round 29). Each mark is a code, kind × 10,000 + value, ascending.
 */
export function editionMarks(lead: string): Int32Array {
  let text = /[٠-٩]/.test(lead)
    ? lead.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    : lead
  if (text.includes('\u0640')) text = text.replace(/\u0640/g, '')
  const marks = new Set<number>()
  if (EDITION_NOUN.test(text))
    for (const match of text.matchAll(EDITION)) {
      const value = numberOf(match[1]!)
      if (value !== null) marks.add(KIND.edition * SPAN + value)
    }
  if (ROUND_NOUN.test(text))
    for (const match of text.matchAll(ROUND)) {
      const value = numberOf(match[1]!)
      if (value !== null) marks.add(KIND.round * SPAN + value)
    }
  for (const match of text.matchAll(YEAR))
    if (EVENT_BEFORE.test(text.slice(Math.max(0, match.index - 100), match.index)))
      marks.add(KIND.year * SPAN + Number(match[0]))
  if (COUNT_NOUN.test(text)) {
    const bare = text.replace(/[\u064B-\u0652]/g, '')
    if (PRELIMINARY.test(bare)) marks.add(KIND.stage * SPAN + STAGE.preliminary)
    if (FINAL.test(bare)) marks.add(KIND.stage * SPAN + STAGE.final)
  }
  return marks.size === 0 ? NONE : Int32Array.from([...marks].sort((a, b) => a - b))
}

// Cheap tests of the word each pattern needs, so that most leads, which mark nothing, skip the patterns.
const EDITION_NOUN = /الدورة|النسخة|الطبعة|دورتها|نسختها|طبعتها/
const ROUND_NOUN = /جولة|الأسبوع/
const COUNT_NOUN = /نتائج|نتيجة|مؤشرات|فرز|استطلاع/

/** Most leads mark nothing: they share one empty list rather than hold one each. */
const NONE = new Int32Array(0)

/**
 * Both leads mark an edition, round or year of the same kind, and no mark of that kind in common. A
 * report that names the next edition to come shares a mark with that edition's: only disjoint marks count.
 */
export function editionsApart(a: Int32Array, b: Int32Array): boolean {
  if (a.length === 0 || b.length === 0) return false
  for (const kind of KINDS) {
    let inA = false
    let inB = false
    let shared = false
    for (const mark of a) if (Math.floor(mark / SPAN) === kind) inA = true
    for (const mark of b) {
      if (Math.floor(mark / SPAN) !== kind) continue
      inB = true
      if (a.includes(mark)) shared = true
    }
    if (inA && inB && !shared) return true
  }
  return false
}

const SPAN = 10_000
const KIND = { edition: 1, round: 2, year: 3, stage: 4 } as const
const STAGE = { preliminary: 1, final: 2 } as const
const KINDS = Object.values(KIND)

/**
 * Ordinals of the first ten after the article, masculine and feminine (`الثالث`، `الثالثة`), from the ordinal days of
 * the calendar's words (`الثالث من مارس`).
 */
const ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  ordinalDays.flatMap((words, value) =>
    words.flatMap((word) => {
      const bare = word.slice(2)
      return bare.endsWith('ى')
        ? [[bare, value]]
        : [
            [bare, value],
            [`${bare}ة`, value],
          ]
    }),
  ),
)
const ORDINAL = `ال(?:${Object.keys(ORDINALS).join('|')})`
/**
 * A number after the noun: `الـ15`، `ال15`، `15`، `رقم 15`, or an ordinal word of the first ten (`الخامسة عشرة`،
 * `الخامسة والخمسين` are none), followed by what it numbers (`من المهرجان`، `لمعرض الكتاب`): alone, `الدورة الثانية`
 * is as often a ballot of one sitting, which one report names beside the first (`في الدورة الثانية من الجلسة` is
 * none either).
 */
const VALUE = `((?:ال\\s?|رقم\\s+)?\\d{1,3}|(?:${ORDINAL}|الاولى?)(?!\\s+(?:و\\s*)?(?:ال)?عشر|\\s+و))(?![\\p{L}\\d])(?=\\s+(?:من\\s+|ل)(?!(?:ال)?(?:جلسة|اقتراع|تصويت))\\p{L})`

function numberOf(value: string): number | null {
  const digits = /\d+/.exec(value)
  if (digits !== null) return Number(digits[0])
  const word = value.slice(2).replace(/^ا/, 'أ')
  return ORDINALS[word] ?? null
}

const EDITION = new RegExp(
  `(?<!\\p{L})(?:ل|ب|و)?(?:الدورة|النسخة|الطبعة|دورتها|نسختها|طبعتها)\\s+${VALUE}`,
  'gu',
)
const ROUND = new RegExp(`(?<!\\p{L})(?:ل|ب|و)?(?:الجولة|جولة|الأسبوع)\\s+${VALUE}`, 'gu')
/**
 * A year named with its event (`نهائي 2019`، `كأس العالم 2022`، `انتخابات 2024`), up to two words between: each year
 * is found first and the words before it are read, as few leads name one.
 */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g
const EVENT_BEFORE =
  /(?<!\p{L})(?:ل|ب|و)?(?:ال)?(?:نهائي|نسخة|دورة|بطولة|كأس|مونديال|أولمبياد|اولمبياد|انتخابات|موسم|قمة)(?:\s+\p{L}+){0,2}\s+$/u

/** A count's noun (`النتائج`، `المؤشرات`، `الفرز`), with the prepositions and article that lead into it. */
const COUNT = '(?:ب|و|ل|لل)?(?:ال)?(?:نتائج|نتيجة|مؤشرات|فرز)'
/**
 * A count not yet final: its noun called preliminary, partial or unofficial, one word between at most (`نتائج فرز
 * أولية`), or an exit poll (`استطلاع للرأي`).
 */
const PRELIMINARY = new RegExp(
  `(?<!\\p{L})(?:${COUNT}\\s+(?:\\p{L}+[\\s،,]+)?(?:ال)?(?:أولية|اولية|جزئية|غير\\s+(?:ال)?رسمية|غير\\s+(?:ال)?نهائية)|(?:ال)?(?:استطلاع|استطلاعات)\\s+(?:لل)?(?:رأي|آراء))(?!\\p{L})`,
  'u',
)
/**
 * A count called final or official, unless unofficial follows (`النتائج النهائية، غير الرسمية` is a preliminary count).
 * `رسمياً` alone is not read: an election night's official word and its preliminary count are one event's reports.
 */
const FINAL = new RegExp(`(?<!\\p{L})${COUNT}\\s+(?:ال)?(?:نهائية|رسمية)(?![\\s،,]+غير)(?!\\p{L})`, 'u')
