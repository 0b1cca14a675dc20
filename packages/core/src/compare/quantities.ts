import { yearCueWords } from '../lang/ar/calendar.ts'
import { bareComplementizers, relativePronouns } from '../lang/ar/clause-words.ts'
import { placeHeads } from '../lang/ar/heads.ts'
import {
  addedTimeWordSet,
  adjacentCueByWord,
  aftershockWordSet,
  againstWordSet,
  amongWordSet,
  anyOrdinalValue,
  caseWordSet,
  clauseOpenerSet,
  clockWordSet,
  comparedWordSet,
  conversionByUnit,
  countedCueByWord,
  countedNounKey,
  cueByKey,
  cueByWord,
  decimalPointSet,
  definiteMagnitudeOf,
  definiteTensValue,
  dualNounSingular,
  durationWordSet,
  editionWordSet,
  editionWords,
  estimateAfterWordSet,
  everyWordSet,
  frameWordSet,
  goalVerbSet,
  halfStartKeys,
  halfStartLinkSet,
  hundredsWordValue,
  identifierWordSet,
  isMagnitudePlural,
  magnitudeDualValue,
  magnitudeFractionValue,
  magnitudeOf,
  minuteListHeadKeySet,
  minuteListHeadSet,
  numberWordValue,
  ordinalArticleSet,
  ordinalValue,
  otherMomentWordSet,
  othersWordSet,
  percentWordSet,
  projectionWordSet,
  qualifierByWord,
  quantityWord,
  rankWordSet,
  shareClauseVerbSet,
  shareVerbSet,
  shareWordSet,
  singleTollNounSet,
  teenOneValue,
  teenTenSet,
  totalWordSet,
  unitOf,
  victimPronouns,
  wholeWordSet,
  winVerbSet,
} from '../lang/ar/quantities.ts'
import { isGoalWord } from '../lang/ar/scores.ts'
import { norm } from '../lang/ar/spelling.ts'
import { asciiDigits, readNumber } from '../normalize/read-number.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'
import { CLAUSE_STOP } from '../segment/marks.ts'

/**
 * A number of a sentence with what it counts or measures: 23 مصاباً، بقوة 7.2 درجات، نسبة المشاركة 46.10%، أكثر من
 * 20 قتيلاً، بين 10 و15 منزلاً.
 */
export interface Quantity {
  /** The lowest and highest values the text allows: equal for a plain number, open for «أكثر من 20». */
  low: number
  high: number
  /** The number as written, for a plain number; null for a bound, an estimate or a range. */
  exact: { value: number; step: number } | null
  /** The value in ASCII digits, magnitudes applied: `23`, `11200000000`, `10–15`, `>20`. */
  value: string
  /** The bound a single figure is written with (أكثر من، أقل من، نحو): what `>`, `<` or `~` shows in `value`. */
  bound?: 'over' | 'under' | 'about'
  /** `%`, a unit of `lexicon/quantities.ts` (dollar, degree …), or null for a count. */
  unit: string | null
  /** What it counts or measures: cue keys (dead, turnout …) when a cue word is near, else `w:` + light stems. */
  nouns: ReadonlySet<string>
  cued: boolean
  /** The cue key (dead, votes, minute …), null when a counted noun stands for what it counts. */
  cue: string | null
  /** A count of victims (the dead, the injured, the missing), which changes while the news develops. */
  developing: boolean
  /** The words that say what it is, as written: the cue word, else the unit, else the counted noun. */
  label: string
  /** Offsets into the sentence's text: the number through its unit (46.10%، 11.7 مليار دولار). */
  start: number
  end: number
  /** For a minute of added time, which minute of it: 7 for «الدقيقة 90+7» and for «السابعة من الوقت بدل الضائع». */
  added?: number
  /** For a minute that dates no goal, the moment it dates (`otherMoment`: a substitution, a foul, a card). */
  moment?: string
  /** A forecast, not a count: a word of expectation stands before it in its clause (توقعات بارتفاع الضحايا إلى …). */
  projected?: true
  /**
   * For a number with no cue or unit, the noun right after it that it counts (30 دولة), by its `quantityWord`, one key
   * for the nouns of a group that name one thing (`countedNounKey`: 13 دوراً and 14 طابقاً count floors).
   */
  counted?: string
  /** Read in a unit of another system and converted (6.2 ميل as 9.98 km): it is as precise as the unit written. */
  converted?: true
}

const VOTES = 'votes'
const MINUTE = 'minute'
const MAGNITUDE = 'magnitude'
// Where added time starts: after the first half's 45 minutes, the second's 90, or extra time's 105 and 120.
const HALF_MINUTES = [45, 90, 105, 120] as const
// «الدقيقة 90+7»: the added minute after a half's last, at most this many.
const MAX_ADDED_MINUTES = 30
// Words between a minute and «الضائع»: من الوقت بدل الضائع.
const ADDED_REACH = 4
const EDITION = 'edition'
// Words a year is written after: عام 2023، منذ 2020، سنة 2019.
const YEAR_WORDS: ReadonlySet<string> = new Set(yearCueWords.map(quantityWord))
// One to three digits, a dot, three digits: 1.500 written for 1500 by pages that group thousands with a dot, or
// with the Arabic decimal mark or comma (1٫500، 1،500).
const THOUSANDS_DOT = /^[0-9٠-٩]{1,3}[.٫،][0-9٠-٩]{3}$/
// The article, after a preposition or a conjunction: الدقيقة، بالدقائق، وبالدقيقة.
const DEFINITE = /^[وفبل]{0,2}ال/

/** Words looked at before a number, and after it and its unit, for what it counts. */
const BEFORE = 4
const AFTER = 3
const CUE_BEFORE = 7
const ARABIC_COMMA = '\u060c' // ،
const [BETWEEN, AND, IN, FROM, TO, ON, BY, LINKS] = [
  quantityWord('بين'),
  quantityWord('و'),
  quantityWord('في'),
  quantityWord('من'),
  quantityWord('إلى'),
  quantityWord('على'),
  quantityWord('بـ'),
  ['من', 'عن', 'على'].map(quantityWord),
] as const
// «على الأقل»: at least, after the counted noun.
const LEAST = norm('الأقل')
const LEAST_KEY = quantityWord('الأقل')
// Words between بنسبة and its number: بنسبة تصل إلى 90%، بنسبة بلغت 90%.
const SHARE_REACH = 3

/** The quantities of a sentence, numbers inside `skip` (dates) left out. */
export function quantitiesIn(text: string, skip: (start: number) => boolean = () => false): Quantity[] {
  const tokens = quantityTokens(text)
  const keys = tokens.map((token) => (token.kind === 'word' ? quantityWord(token.text) : ''))
  const result: Quantity[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!
    if (
      skip(token.start) ||
      clockWordSet.has(keys[k - 1] ?? '') ||
      identifierWordSet.has(keys[k - 1] ?? '') ||
      formerValue(tokens, keys, k)
    )
      continue
    const amount = readAmount(text, tokens, keys, k)
    if (amount === null) continue
    let { last } = amount
    let second: number | null = null
    const range = amount.magnified ? null : rangeEnd(text, tokens, keys, k, amount)
    if (range !== null && range.value > amount.value) {
      second = range.value
      last = range.last
    }
    let j = last + 1
    let end = tokens[last]!.end
    let unit: string | null = null
    let unitText = ''
    const gap = text.slice(end, tokens[j]?.start ?? text.length).trimStart()
    if (gap.startsWith('%') || gap.startsWith('٪')) {
      unit = '%'
      end = text.indexOf(gap[0]!, end) + 1
      unitText = '%'
    }
    let factor = 1
    let converted = false
    const near = (index: number) =>
      tokens[index]?.kind === 'word' &&
      /^\s{0,2}$/.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start))
    const magnitude = near(j) ? magnitudeOf(tokens[j]!.text) : undefined
    if (unit === null && second !== null && magnitude !== undefined) {
      factor = magnitude
      end = tokens[j]!.end
      j++
    }
    if (unit === null && near(j)) {
      if (percentWordSet.has(keys[j]!)) unit = '%'
      else if (keys[j] === IN && percentWordSet.has(keys[j + 1] ?? '')) unit = '%'
      else unit = unitOf(tokens[j]!.text) ?? null
      // «على عمق 6.2 ميل»: a unit of another system is read in the metric one, the figure converted.
      const conversion = unit === null ? undefined : conversionByUnit.get(unit)
      if (conversion !== undefined) {
        unit = conversion.to
        factor = conversion.factor
        converted = true
      }
      if (unit !== null) {
        const to = keys[j] === IN ? j + 1 : j
        unitText = text.slice(tokens[j]!.start, tokens[to]!.end)
        end = tokens[to]!.end
        j = to + 1
      }
    }
    let { value, step } = amount
    const tenth =
      tokens[j]?.kind === 'word' &&
      decimalPointSet.has(norm(tokens[j]!.text)) &&
      tokens[j + 1]?.kind === 'word'
        ? numberWordValue(tokens[j + 1]!.text)
        : undefined
    if (tenth !== undefined && tenth < 10 && second === null) {
      value += tenth / 10
      step = 0.1
      end = tokens[j + 1]!.end
      j += 2
    }
    if (
      amount.kind === 'digits' &&
      isYear(tokens[k]!.text, amount) &&
      unit === null &&
      !cueByWord.has(keys[j] ?? '') &&
      !countAfterCue(keys, k) &&
      // «أكثر من 2000 شخص»: a year is no bound.
      qualifier(keys, k, k) === null
    )
      continue
    let about = amount.edition
      ? { nouns: new Set([EDITION]), cued: true, cue: EDITION, label: amount.edition }
      : wholeOf(
          keys,
          k,
          ownOrCounted(
            describe(text, tokens, keys, k, amount.ownNoun ? k : j, end, unit, fraction(amount)),
            tokens,
            keys,
            k,
            unit,
            result.at(-1),
          ),
        )
    const listed = about.cued ? null : listedMinute(text, result.at(-1), token.start, amount.kind, value)
    if (listed !== null) about = listed
    const elapsed = unit === null && about.cue !== MINUTE && elapsedMinute(keys, k, j)
    if (elapsed) about = { nouns: new Set([MINUTE]), cued: true, cue: MINUTE, label: tokens[j]!.text }
    if (amount.kind !== 'digits' && !about.cued) continue
    // «عام ألفين وعشرين»: a year in words.
    if (amount.kind === 'words' && isYearInWords(keys, k, amount)) {
      k = amount.last
      continue
    }
    if (amount.kind === 'words' && !nextToCue(tokens, keys, k, amount.ownNoun ? k : j, unit, second !== null))
      continue
    // «مقتل 1.500 شخص»، «206.397 صوتاً»، «نجح 250.075 طالباً»: a toll, and a count with its cue's noun or its counted
    // noun right after it, count whole things, so a dot before three digits groups thousands (1500, not 1.5).
    if (
      amount.kind === 'digits' &&
      !amount.magnified &&
      ((about.cue !== null &&
        (cueByKey.get(about.cue)?.toll === true ||
          (unit === null && cueByWord.get(keys[j] ?? '') === about.cue))) ||
        (about.cue === null && unit === null && about.counted !== undefined)) &&
      THOUSANDS_DOT.test(text.slice(tokens[k]!.start, tokens[amount.last]!.end))
    ) {
      value = Number(asciiDigits(text.slice(tokens[k]!.start, tokens[amount.last]!.end)).replace(/[.٫،]/, ''))
      step = 1
    }
    if (about.cue === 'votes' || about.cue === 'seats') {
      if (unit === null && !Number.isInteger(value) && value < 100) unit = '%'
    }
    const bound = qualifier(keys, k, j)
    if (about.cue === MINUTE && amount.added === undefined && !addedTime(keys, j))
      value += halfStart(keys, elapsed ? j + 1 : j, value)
    const low = value * factor
    const high = (second ?? value) * factor
    const rounded = roundedStep(low, step * factor)
    const added = about.cue === MINUTE && addedTime(keys, j)
    const [lower, upper] = added
      ? [low + HALF_MINUTES[0], low + HALF_MINUTES[HALF_MINUTES.length - 1]]
      : second !== null
        ? [low, high]
        : bound === 'over'
          ? [low, low + rounded]
          : bound === 'under'
            ? [0, low]
            : bound === 'about'
              ? [low - rounded / 2, low + rounded / 2]
              : [low, low]
    result.push({
      low: lower,
      high: upper,
      exact: second === null && bound === null && !added ? { value: low, step: step * factor } : null,
      value:
        second !== null
          ? `${format(low)}–${format(high)}`
          : `${bound === 'over' ? '>' : bound === 'under' ? '<' : bound === 'about' ? '~' : ''}${format(converted ? Number(low.toPrecision(3)) : low)}`,
      ...(second === null && bound !== null && { bound }),
      unit,
      nouns: about.nouns,
      cued: about.cued,
      cue: about.cue,
      developing: about.cue !== null && cueByKey.get(about.cue)?.toll === true,
      label: about.label || unitText,
      start: token.start,
      end,
      ...(about.cue === MINUTE &&
        (added || amount.added !== undefined) && { added: added ? low : amount.added }),
      ...(projected(text, tokens, keys, k) && { projected: true as const }),
      ...(about.counted !== undefined && about.cue === null && unit === null && { counted: about.counted }),
      ...(converted && { converted: true as const }),
    })
    k = Math.max(k, j - 1)
  }
  return withNamedVictims(
    tokens,
    keys,
    sharesOfWholes(
      text,
      partsOfWholes(text, sharesOfCount(stagesOfCount(text, tokens, keys, listedByPlace(text, result)))),
    ),
  )
}

/**
 * «بلغ عدد الوفيات 1452 بإقليم الحوز، و764 بإقليم تارودانت»: a figure with no cue after «، و», in a list of a toll's
 * parts by place (each figure followed by ب on a place's head), counts what the figure before it counts.
 */
function listedByPlace(text: string, quantities: Quantity[]): Quantity[] {
  for (let i = 1; i < quantities.length; i++) {
    const [before, q] = [quantities[i - 1]!, quantities[i]!]
    if (
      q.cue !== null ||
      q.unit !== null ||
      before.cue === null ||
      !before.developing ||
      before.unit !== null
    )
      continue
    const after = norm(text.slice(q.end, q.end + PLACE_ITEM_REACH))
    if (!PLACE_ITEM.test(norm(text.slice(before.end, q.start))) || !PLACE_AFTER.test(after)) continue
    quantities[i] = {
      ...q,
      cue: before.cue,
      cued: true,
      developing: true,
      nouns: before.nouns,
      label: before.label,
    }
  }
  return quantities
}

const PLACE_HEADS = placeHeads.map(norm).join('|')
// From a figure to the next in a list of places: its counted noun or none, ب on a place's head, the place, «، و».
const PLACE_ITEM = new RegExp(`^\\s*(?:\\S+\\s+)?ب(?:${PLACE_HEADS})\\s+[^،,.؛:0-9٠-٩]{1,30}[،,]\\s*و\\s*$`)
const PLACE_AFTER = new RegExp(`^\\s*ب(?:${PLACE_HEADS})\\s`)
const PLACE_ITEM_REACH = 12

/**
 * «لقي قائد القوات مصرعه وتسعة آخرين»: a toll joined by و to its own word carrying a pronoun, and followed by «آخرين»,
 * counts the others; the whole toll adds those the pronoun stands for (ten dead), at least that many for a plural.
 */
function withNamedVictims(
  tokens: readonly Token[],
  keys: readonly string[],
  quantities: Quantity[],
): Quantity[] {
  return quantities.map((q) => {
    if (!q.developing || q.exact === null || q.cue === null) return q
    const k = tokens.findIndex((token) => token.start === q.start)
    const joined = tokens[k]!.text.startsWith('و') ? k - 1 : keys[k - 1] === AND ? k - 2 : -1
    const after = tokens.findIndex((token) => token.start >= q.end)
    if (joined < 0 || after < 0) return q
    if (!othersWordSet.has(keys[after]!) && !othersWordSet.has(keys[after + 1] ?? '')) return q
    const word = norm(tokens[joined]!.text)
    const ofToll = (form: string) => cueByWord.get(quantityWord(form)) === q.cue
    const pronoun = victimPronouns.find(
      ({ suffix }) => word.endsWith(suffix) && (ofToll(word) || ofToll(word.slice(0, -suffix.length))),
    )
    if (pronoun === undefined) return q
    const low = q.exact.value + pronoun.count
    return {
      ...q,
      low,
      high: pronoun.atLeast ? Number.POSITIVE_INFINITY : low,
      exact: pronoun.atLeast ? null : { value: low, step: q.exact.step },
      value: `${pronoun.atLeast ? '>' : ''}${format(low)}`,
      ...(pronoun.atLeast && { bound: 'over' as const }),
    }
  })
}

/**
 * «بعد فرز أكثر من 2000 لجنة»: a count whose cue has `stageOf`, with a word of that cue at most `CUE_BEFORE` words
 * before it, says how much of the count is done: it takes that cue. Not past a word of the whole (بعد فرز جميع الصناديق
 * في 58 ألف مركز: every station, the count done). So does such a count in a phrase of في right after a figure of votes
 * (حصل على 93.4% من الأصوات في 2000 مركز): the stations those votes were counted in.
 */
function stagesOfCount(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  quantities: Quantity[],
): Quantity[] {
  return quantities.map((q, n) => {
    const stageOf = q.cue === null ? undefined : cueByKey.get(q.cue)?.stageOf
    if (stageOf === undefined || q.unit !== null) return q
    const k = tokens.findIndex((token) => token.start === q.start)
    for (let i = k - 1; i >= 0 && k - i <= CUE_BEFORE; i--) {
      if (everyWordSet.has(keys[i]!)) return q
      if (cueByWord.get(keys[i]!) === stageOf) return { ...q, nouns: new Set([stageOf]), cue: stageOf }
    }
    const before = quantities[n - 1]
    if (
      before?.cue === 'votes' &&
      keys[k - 1] === IN &&
      !CLAUSE_STOP.test(text.slice(before.end, q.start)) &&
      tokens.filter((token) => token.start >= before.end && token.end <= q.start).length <= VOTES_REACH
    )
      return { ...q, nouns: new Set([stageOf]), cue: stageOf }
    return q
  })
}

// Words from a figure of votes to the count of stations it was counted in: «من الأصوات الصحيحة في».
const VOTES_REACH = 4

/**
 * «بعد احتساب 89% من المحاضر جاء الترتيب: 1: قيس سعيد 18.8% 2: نبيل القروي 15.7%»: in a sentence that says how much of
 * a count is done, a share with no cue of its own is a result of that count, a share of the votes.
 */
function sharesOfCount(quantities: Quantity[]): Quantity[] {
  const counting = quantities.some((q) => q.cue !== null && cueByKey.get(q.cue)?.progress === true)
  if (!counting) return quantities
  return quantities.map((q) =>
    q.cue === null && q.unit === '%' ? { ...q, nouns: new Set([VOTES]), cued: true, cue: VOTES } : q,
  )
}

/**
 * «أكثر من 4 ملايين ناخب (صوتوا) من أصل 7 ملايين»: a part whose cue makes a share of its whole (`share` of
 * `quantityCues`), right before that whole, states the share too (a turnout of 57% to 71%), from the part's text through
 * the whole's, for an article that gives the share instead. The whole has no cue of its own, or the part's `whole`.
 */
function sharesOfWholes(text: string, quantities: Quantity[]): Quantity[] {
  return [...quantities, ...quantities.flatMap((part, i) => shareOfWhole(text, part, quantities[i + 1]))]
}

function shareOfWhole(text: string, part: Quantity, whole: Quantity | undefined): Quantity[] {
  const cue = part.cue === null ? undefined : cueByKey.get(part.cue)
  if (cue?.share === undefined || whole === undefined || part.unit !== null || whole.unit !== null) return []
  // «4 ملايين ناخب من أصل»: the part's counted noun may stand before «من أصل».
  const gap = text.slice(part.end, whole.start).replace(/^\s*[^\s،,.]+(?=\s+\S+\s+\S+\s*$)/, '')
  if ((whole.cue !== null && whole.cue !== cue.whole) || !ofWhole(gap)) return []
  if (whole.low <= 0 || part.high > whole.high) return []
  const [low, high] = [(100 * part.low) / whole.high, (100 * part.high) / whole.low]
  const share: Quantity = {
    low,
    high,
    exact: null,
    value: `${format(Number(low.toFixed(1)))}–${format(Number(high.toFixed(1)))}`,
    unit: '%',
    nouns: new Set([cue.share]),
    cued: true,
    cue: cue.share,
    developing: false,
    label: OF_WHOLE_LABEL,
    start: part.start,
    end: whole.end,
  }
  return [share]
}

// Two minutes written with a comma between and no space (في الدقائق 26,74), which the tokenizer reads as one number.
const JOINED_MINUTES = /^([0-9٠-٩]{1,3})[,،]([0-9٠-٩]{1,3})$/

/**
 * The tokens of a sentence as quantities are read from them: after a word of minutes, two minutes the page joined
 * with a comma are two numbers (في الدقائق 26,74).
 */
export function quantityTokens(text: string): Token[] {
  const tokens = tokenize(text)
  const keys = tokens.map((token) => (token.kind === 'word' ? quantityWord(token.text) : ''))
  return tokens.flatMap((token, k) => {
    const joined = token.kind === 'number' ? JOINED_MINUTES.exec(token.text) : null
    if (joined === null || cueByWord.get(keys[k - 1] ?? '') !== MINUTE) return [token]
    const [first, second] = [joined[1]!, joined[2]!]
    return [
      { ...token, text: first, end: token.start + first.length },
      { ...token, text: second, start: token.end - second.length },
    ]
  })
}

/**
 * «نحو 25 مليوناً من أصل 60 مليون ناخب مسجل»: a number with no cue of its own, right before the whole it was counted
 * from, counts the part that whole is the whole of (of the registered, those who cast their votes).
 */
function partsOfWholes(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((part, i) => {
    const whole = quantities[i + 1]
    if (part.cue !== null || whole?.cue == null || !ofWhole(text.slice(part.end, whole.start))) return part
    const cue = partCueOf.get(whole.cue)
    return cue === undefined
      ? part
      : { ...part, cue, cued: true, nouns: new Set([cue]), label: OF_WHOLE_LABEL }
  })
}

/** «من أصل»، «من إجمالي» alone between the part and the whole. */
function ofWhole(gap: string): boolean {
  const words = tokenize(gap)
  return (
    words.length === 2 &&
    words.every((word) => word.kind === 'word') &&
    quantityWord(words[0]!.text) === FROM &&
    wholeWordSet.has(quantityWord(words[1]!.text))
  )
}
const OF_WHOLE_LABEL = 'من أصل'
/** Each cue a whole is counted in (`whole` of `quantityCues`), with the cue of its part. */
const partCueOf: ReadonlyMap<string, string> = new Map(
  [...cueByKey.values()].flatMap((cue) => (cue.whole === undefined ? [] : [[cue.whole, cue.key] as const])),
)

interface Amount {
  value: number
  /** The place of the last digit written: 1 for 656534, 1000 for 656 ألفاً, 0.01 for 97.08. */
  step: number
  /** The amount's last token. */
  last: number
  magnified: boolean
  kind: 'digits' | 'words' | 'ordinal'
  /** For an edition's ordinal (القمة الـ32), the edition's noun as written. */
  edition?: string
  /** For a minute after a plus (90+7), the minutes added. */
  added?: number
  /**
   * The number is its own counted noun: a noun in the dual (شخصين، قتيلين), or a toll's noun in the singular that
   * counts one (قتيلاً).
   */
  ownNoun?: true
}

/** A figure in words of units and tens from token `k` (ستة وسبعين); tens alone only after hundreds (مئة وعشرون). */
function spelledFigure(
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  tensAlone: boolean,
): Amount | null {
  const units = tokens[k]?.kind === 'word' ? numberWordValue(tokens[k]!.text) : undefined
  if (units === undefined || units === 0) return null
  if (units >= 20)
    return tensAlone && units % 10 === 0
      ? { value: units, step: 1, last: k, magnified: false, kind: 'words' }
      : null
  const at = keys[k + 1] === AND ? k + 2 : k + 1
  const joined = at === k + 2 || /^و/.test(tokens[at]?.text ?? '')
  const tens = joined && tokens[at]?.kind === 'word' ? numberWordValue(tokens[at]!.text) : undefined
  return tens !== undefined && tens >= 20 && units < 10
    ? { value: units + tens, step: 1, last: at, magnified: false, kind: 'words' }
    : { value: units, step: 1, last: k, magnified: false, kind: 'words' }
}

/** Hundreds in words and the units and tens joined to them by و: مئة وعشرة → 110، ثلاثمئة وخمسة وعشرين → 325. */
function hundredsFigure(
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  hundreds: number,
): Amount {
  const alone: Amount = { value: hundreds, step: 1, last: k, magnified: false, kind: 'words' }
  const at = keys[k + 1] === AND ? k + 2 : /^و/.test(tokens[k + 1]?.text ?? '') ? k + 1 : -1
  const rest = at < 0 ? null : spelledFigure(tokens, keys, at, true)
  return rest === null ? alone : { ...rest, value: hundreds + rest.value }
}

/**
 * The amount that starts at token `k`: digits (89،6 with the Arabic comma as its decimal mark), digits with magnitude
 * words and the lower orders after them (39 مليوناً و702 ألف و451، 67 مليون 32 ألف 438، مليون و760 ألفاً), a figure in
 * words (ستة وسبعين), or an ordinal after the word of a minute (الدقيقة التاسعة).
 */
function readAmount(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
): Amount | null {
  const token = tokens[k]!
  const edition = editionOrdinal(tokens, keys, k)
  if (edition !== null) return edition
  if (token.kind === 'word') {
    const dual = magnitudeDualValue(token.text)
    if (dual !== undefined)
      return lowerOrders(text, tokens, keys, {
        value: dual,
        step: dual / 2,
        last: k,
        magnified: true,
        kind: 'words',
      })
    const magnitude = magnitudeOf(token.text)
    // A magnitude before «و» and a figure, or written alone («ألف وخمسمائة»، «مليون ونصف»، «ألف قتيل»): one of it,
    // and the lower orders joined to it.
    const joined = keys[k + 1] === AND && tokens[k + 2]?.kind === 'number'
    if (magnitude !== undefined && (joined || (!afterFigure(tokens, k) && !isMagnitudePlural(token.text))))
      return lowerOrders(text, tokens, keys, {
        value: magnitude,
        step: magnitude,
        last: k,
        magnified: true,
        kind: 'words',
      })
    // «نصف مليون»، «ربع المليار»: a fraction of the magnitude after it.
    const share = magnitudeFractionValue(token.text)
    const whole =
      share === undefined || tokens[k + 1]?.kind !== 'word'
        ? undefined
        : (magnitudeOf(tokens[k + 1]!.text) ?? definiteMagnitudeOf(tokens[k + 1]!.text))
    if (share !== undefined && whole !== undefined)
      return { value: share * whole, step: whole / 10, last: k + 1, magnified: true, kind: 'words' }
    const ordinal = ordinalValue(token.text)
    const keyBefore = keys[k - 1] ?? ''
    // Only after the singular: «في الدقائق الأولى» (the first minutes) is a stretch of the match, not its first minute.
    if (
      ordinal !== undefined &&
      ordinal > 0 &&
      cueByWord.get(keyBefore) === 'minute' &&
      !minuteListHeadKeySet.has(keyBefore)
    ) {
      // «الدقيقة الخامسة عشرة»: the units, then the word for ten.
      if (ordinal < 10 && tokens[k + 1]?.kind === 'word' && teenTenSet.has(norm(tokens[k + 1]!.text)))
        return { value: ordinal + 10, step: 1, last: k + 1, magnified: false, kind: 'ordinal' }
      // «الدقيقة الخامسة والسبعين»: the units, then the tens with the article after و.
      const tens = ordinal < 10 ? definiteTens(tokens[k + 1]) : undefined
      return tens === undefined
        ? { value: ordinal, step: 1, last: k, magnified: false, kind: 'ordinal' }
        : { value: ordinal + tens, step: 1, last: k + 1, magnified: false, kind: 'ordinal' }
    }
    if (dualNounSingular.has(norm(token.text)))
      return { value: 2, step: 1, last: k, magnified: false, kind: 'words', ownNoun: true }
    if (singleToll(tokens, keys, k))
      return { value: 1, step: 1, last: k, magnified: false, kind: 'words', ownNoun: true }
    const words = plainWords(tokens, keys, k)
    if (words === null) return null
    // «خمسة ملايين و329 ألفاً»: a figure in words times the magnitude after it, then the lower orders.
    const times =
      tokens[words.last + 1]?.kind === 'word' ? magnitudeOf(tokens[words.last + 1]!.text) : undefined
    if (times === undefined) return words
    return lowerOrders(text, tokens, keys, {
      ...words,
      value: words.value * times,
      step: times,
      last: words.last + 1,
      magnified: true,
    })
  }
  if (token.kind !== 'number') return null
  const first = readNumber(token.text)
  if (first === null) return null
  let { value, decimals } = first
  let last = k
  const next = tokens[k + 1]
  if (
    decimals === 0 &&
    next?.kind === 'number' &&
    text.slice(token.end, next.start) === ARABIC_COMMA &&
    /^\d+$/.test(asciiDigits(token.text)) &&
    /^\d+$/.test(asciiDigits(next.text)) &&
    !minuteList(text, tokens, keys, k)
  ) {
    value = Number(`${asciiDigits(token.text)}.${asciiDigits(next.text)}`)
    decimals = next.text.length
    last = k + 1
  }
  const added = addedMinute(text, tokens, last)
  if (added !== null)
    return { value: value + added, step: 1, last: last + 1, magnified: false, kind: 'digits', added }
  const step = 10 ** -decimals
  const magnitude = tokens[last + 1]?.kind === 'word' ? magnitudeOf(tokens[last + 1]!.text) : undefined
  if (magnitude === undefined || !/^\s{0,2}$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)))
    return { value, step, last, magnified: false, kind: 'digits' }
  return lowerOrders(text, tokens, keys, {
    value: value * magnitude,
    step: step * magnitude,
    last: last + 1,
    magnified: true,
    kind: 'digits',
  })
}

/**
 * «بالدقائق 20،71،94»: numbers joined by the Arabic comma after a word of minutes, or three or more so joined, are a
 * list, not a decimal (89،6).
 */
function minuteList(text: string, tokens: readonly Token[], keys: readonly string[], k: number): boolean {
  if (cueByWord.get(keys[k - 1] ?? '') === MINUTE) return true
  const before = tokens[k - 1]
  if (before?.kind === 'number' && text.slice(before.end, tokens[k]!.start) === ARABIC_COMMA) return true
  const after = tokens[k + 2]
  return after?.kind === 'number' && text.slice(tokens[k + 1]!.end, after.start) === ARABIC_COMMA
}

const editionKeySet: ReadonlySet<string> = new Set(editionWords.map(quantityWord))

/** Words between an edition's noun and its ordinal: القمة العربية العادية الـ32. */
const EDITION_REACH = 3

/**
 * An edition's ordinal: digits after a detached article (الـ33، الـ 32) or an ordinal in words with its tens
 * (الثانية والثلاثين), a few words after an edition's noun (القمة، الدورة، النسخة).
 */
function editionOrdinal(tokens: readonly Token[], keys: readonly string[], k: number): Amount | null {
  // Most numbers follow no edition's noun: look for one first, by the keys already at hand.
  let near = false
  for (let i = k - 1; i >= 0 && k - i <= EDITION_REACH + 1 && !near; i--) near = editionKeySet.has(keys[i]!)
  if (!near && !tokens[k - 1]?.text.endsWith('الـ')) return null
  const token = tokens[k]!
  const before = tokens[k - 1]
  // «العربيةالـ33»: the article glued to the word before it by the page.
  const article =
    before?.kind === 'word' && (ordinalArticleSet.has(norm(before.text)) || before.text.endsWith('الـ'))
  const digits = token.kind === 'number' && article && /^\d{1,3}$/.test(asciiDigits(token.text))
  const units = token.kind === 'word' ? anyOrdinalValue(token.text) : undefined
  if (!digits && (units === undefined || units === 0)) return null
  const from = digits ? k - 1 : k
  // The ordinal qualifies the noun: the words between are its adjectives, definite as it is (القمة العربية العادية),
  // not a copula (النسخة هي الثانية على التوالي).
  let edition: string | undefined
  const first = before?.text.endsWith('الـ') && !ordinalArticleSet.has(norm(before.text)) ? from : from - 1
  for (let i = first; i >= 0 && from - i <= EDITION_REACH && edition === undefined; i--) {
    const word = tokens[i]!
    if (word.kind !== 'word') break
    if (editionWordSet.has(norm(word.text))) edition = word.text
    else if (!norm(word.text).startsWith('ال')) break
  }
  if (edition === undefined) return null
  const ordinal = { step: 1, magnified: false, kind: 'ordinal', edition } as const
  if (digits) return { ...ordinal, value: Number(asciiDigits(token.text)), last: k }
  const tens = definiteTens(tokens[k + 1])
  return tens !== undefined
    ? { ...ordinal, value: units! + tens, last: k + 1 }
    : { ...ordinal, value: units!, last: k }
}

/** The tens of an ordinal in words after its units, written with the article after و: والثلاثين → 30. */
const definiteTens = (token: Token | undefined) =>
  token?.kind === 'word' ? definiteTensValue(token.text) : undefined

/**
 * Extends an amount that ends in a magnitude word by the lower orders after it: و702 ألف و451، وخمسمائة (ألف
 * وخمسمائة: 1500)، ومئتي ألف، and a fraction of the magnitude joined by و (مليون ونصف، مليون ونصف المليون: 1.5
 * million).
 */
function lowerOrders(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  amount: Amount,
): Amount {
  let { value, step, last } = amount
  for (;;) {
    const joined = keys[last + 1] === AND
    const at = joined ? last + 2 : last + 1
    const part = tokens[at]
    let digits: number
    let partLast = at
    if (part?.kind === 'number' && /^\d{1,3}$/.test(asciiDigits(part.text)))
      digits = Number(asciiDigits(part.text))
    else if (part?.kind === 'word' && (joined || /^و/.test(part.text))) {
      const share = magnitudeFractionValue(part.text)
      if (share !== undefined) {
        value += share * step
        last = definiteMagnitudeOf(tokens[at + 1]?.text ?? '') === step ? at + 1 : at
        step /= 10
        break
      }
      const words = plainWords(tokens, keys, at)
      if (words === null) break
      digits = words.value
      partLast = words.last
    } else break
    const after = tokens[partLast + 1]
    const magnitude = after?.kind === 'word' ? magnitudeOf(after.text) : undefined
    const order =
      magnitude !== undefined && /^\s{0,2}$/.test(text.slice(tokens[partLast]!.end, after!.start))
        ? magnitude
        : 1
    if (order >= step || digits * order >= step) break
    value += digits * order
    step = order
    last = order === 1 ? partLast : partLast + 1
    if (order === 1) break
  }
  return { ...amount, value, step, last }
}

/**
 * A figure in words with no magnitude from token `k`: hundreds and the units and tens joined to them (مئة وعشرة، ثلاث
 * مئة، written apart), a number of the teens (سبعة عشر), units and tens (ستة وسبعين). Tens alone only without the
 * article: ثلاثين شخصاً, not القرن العشرين.
 */
function plainWords(tokens: readonly Token[], keys: readonly string[], k: number): Amount | null {
  const token = tokens[k]
  if (token?.kind !== 'word') return null
  const teen = teenOneValue(token.text)
  if (teen !== undefined && tokens[k + 1]?.kind === 'word' && teenTenSet.has(norm(tokens[k + 1]!.text)))
    return { value: teen + 10, step: 1, last: k + 1, magnified: false, kind: 'words' }
  const hundreds = hundredsWordValue(token.text)
  if (hundreds !== undefined) return hundredsFigure(tokens, keys, k, hundreds)
  const words = spelledFigure(tokens, keys, k, !DEFINITE.test(norm(token.text)))
  const next = tokens[k + 1]
  if (
    words !== null &&
    words.last === k &&
    words.value < 10 &&
    next?.kind === 'word' &&
    !/^و/.test(next.text) &&
    hundredsWordValue(next.text) === 100
  )
    return hundredsFigure(tokens, keys, k + 1, words.value * 100)
  return words
}

/**
 * «أوقع الزلزال قتيلاً»، «وجود مصاب»: a toll's noun in the indefinite singular counts one, where no figure or word of
 * every, any or a rank stands before it (15 قتيلاً، ألف قتيل، كل مصاب، أول قتيل) and no «واحد» after it (قتيل
 * واحد: the number is that word).
 */
function singleToll(tokens: readonly Token[], keys: readonly string[], k: number): boolean {
  if (!singleTollNounSet.has(norm(tokens[k]!.text)) || afterFigure(tokens, k)) return false
  const before = tokens[k - 1]
  if (
    before?.kind === 'word' &&
    (magnitudeOf(before.text) !== undefined ||
      magnitudeDualValue(before.text) !== undefined ||
      everyWordSet.has(keys[k - 1]!) ||
      ANY.has(norm(before.text)) ||
      qualifierByWord.has(keys[k - 1]!) ||
      keys[k - 1] === FROM)
  )
    return false
  const after = tokens[k + 1]
  return !(after?.kind === 'word' && numberWordValue(after.text) === 1)
}
// Words before a toll's singular noun that make it no count: any, every, and a rank (أول قتيل، آخر مصاب).
const ANY: ReadonlySet<string> = new Set(
  ['أي', 'لكل', 'بكل', 'وكل', 'آخر', 'أول', 'ثاني', 'ثالث', 'رابع', 'خامس'].map(norm),
)

/** The token before `k` is a figure, in digits or in words: a magnitude at `k` is its own (ثلاثة آلاف، 12 ألف). */
function afterFigure(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]
  if (before === undefined) return false
  if (before.kind === 'number') return true
  return (
    before.kind === 'word' &&
    (numberWordValue(before.text) !== undefined ||
      hundredsWordValue(before.text) !== undefined ||
      teenTenSet.has(norm(before.text)))
  )
}

/** What a number counts or measures, as `describe` reads it. */
interface About {
  nouns: Set<string>
  cued: boolean
  cue: string | null
  label: string
  /** The noun right after a number with no cue or unit, which it counts (30 دولة), by its `quantityWord`. */
  counted?: string
}

function ownOrCounted(
  about: About,
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  unit: string | null,
  previous: Quantity | undefined,
): About {
  if (about.cued) return about
  return (
    shareOfCount(tokens, keys, k, unit, previous) ??
    gappedShare(tokens, keys, k, unit, previous) ??
    againstShare(tokens, keys, k, unit, previous) ??
    about
  )
}

// The most words between a share and the next one's «على» in a clause whose verb is left out: و, a name of three words.
const GAP_WORDS = 4

/**
 * «حصل أردوغان على 55.8% وكيليجدار أوغلو على 44.2%»: the verb of the second clause is left out, so a share after
 * على, a few words after a share a person obtained and opened by و, is a share of the votes too.
 */
function gappedShare(
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  unit: string | null,
  previous: Quantity | undefined,
): About | null {
  if (unit !== '%' || previous?.cue !== VOTES || previous.unit !== '%' || keys[k - 1] !== ON) return null
  let first = k - 1
  while (first > 0 && tokens[first - 1]!.start >= previous.end) first--
  const gap = tokens.slice(first, k - 1)
  if (gap.length === 0 || gap.length > GAP_WORDS || !/^و/.test(gap[0]!.text)) return null
  if (gap.some((token) => token.kind !== 'word' || shareVerbSet.has(quantityWord(token.text)))) return null
  return { nouns: new Set([VOTES]), cued: true, cue: VOTES, label: tokens[k - 1]!.text }
}

/**
 * «حصل أردوغان على 52.5%، مقابل 47.5% لمنافسه»، «ارتفع التضخم إلى 11.6% مقارنة بـ 11.4%»: a share with no cue of its
 * own set against the share right before it (only مقابل, or مقارنة بـ, between them) is a share of the same thing.
 */
function againstShare(
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  unit: string | null,
  previous: Quantity | undefined,
): About | null {
  if (unit !== '%' || previous?.unit !== '%' || !previous.cue) return null
  const against = againstWordSet.has(keys[k - 1] ?? '')
    ? k - 1
    : keys[k - 1] === BY && comparedWordSet.has(keys[k - 2] ?? '')
      ? k - 2
      : -1
  if (
    against < 0 ||
    cueByKey.get(previous.cue)?.progress ||
    tokens[against - 1] === undefined ||
    tokens[against - 1]!.start < previous.start
  )
    return null
  return { nouns: new Set([previous.cue]), cued: true, cue: previous.cue, label: tokens[against]!.text }
}

/**
 * «21 مليون صوت، بنسبة تصل إلى 90.53%»: a share right after a count of the same sentence, with no cue of its own, is
 * the share of what was counted.
 */
function shareOfCount(
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  unit: string | null,
  previous: Quantity | undefined,
): About | null {
  if (unit !== '%' || !previous?.cue) return null
  const cue = cueByKey.get(previous.cue)
  if (cue?.progress || (cue?.units !== undefined && !cue.units.includes('%'))) return null
  for (let i = k - 1; i >= 0 && k - i <= SHARE_REACH + 1; i--) {
    if (tokens[i]!.kind === 'number' || tokens[i]!.end <= previous.end) return null
    if (shareWordSet.has(keys[i]!))
      return { nouns: new Set([previous.cue]), cued: true, cue: previous.cue, label: tokens[i]!.text }
  }
  return null
}

/** A number of digits with a fractional part, below a hundred: 49.4, which only a share or a measure is written as. */
const fraction = (amount: Amount) =>
  amount.kind === 'digits' && !amount.magnified && !Number.isInteger(amount.value) && amount.value < 100

/** The minute is counted in added time: «الضائع» follows it within a few words (من الوقت بدل الضائع). */
/**
 * «الدقيقة 90+7»، «الـ120+2»: the minutes added after a half's last minute, written after a plus; the minute is their
 * sum (97), which tells it from «الدقيقة 96» and from the half's 90.
 */
function addedMinute(text: string, tokens: readonly Token[], k: number): number | null {
  const [half, next] = [tokens[k]!, tokens[k + 1]]
  if (next?.kind !== 'number' || !/^\s*\+\s*$/.test(text.slice(half.end, next.start))) return null
  const [halfText, addedText] = [asciiDigits(half.text), asciiDigits(next.text)]
  if (!(HALF_MINUTES as readonly number[]).includes(Number(halfText)) || !/^\d{1,2}$/.test(addedText))
    return null
  const added = Number(addedText)
  return added > 0 && added <= MAX_ADDED_MINUTES ? added : null
}

// The last minute a match can have, extra time's added minutes included.
const LAST_MINUTE = 130

/**
 * «في الدقيقتين 52 و67»: a number in digits joined by و or a comma to the minute just before it is a minute too, of the
 * same moment's kind (whose scorer `quantityKey` finds by the list's place).
 */
function listedMinute(
  text: string,
  previous: Quantity | undefined,
  start: number,
  kind: string,
  value: number,
): About | null {
  if (previous?.cue !== MINUTE || kind !== 'digits' || value < 1 || value > LAST_MINUTE) return null
  // «22 و73»، «22، 73»، «22، و(90 + 5)»; after a head of several, how the goal came between (الدقيقتين 16 من ركلة جزاء و31).
  const gap = text.slice(previous.end, start)
  const joined =
    /^\s*(?:[،,]\s*و?|و)\s*\(?\s*$/.test(gap) ||
    (minuteListHeadSet.has(norm(previous.label)) && HOW_BETWEEN.test(gap))
  return joined ? { nouns: new Set([MINUTE]), cued: true, cue: MINUTE, label: previous.label } : null
}

// «من ركلة جزاء»، «برأسية»: at most three words of how a goal came, opened by من or ب, then و.
const HOW_BETWEEN = /^\s+(?:من|ب)\S*(?:\s+\S+){0,2}?\s*[،,]?\s*و\s*\(?\s*$/

export function isMinute(quantity: Quantity): boolean {
  return quantity.cue === MINUTE
}

// A minute as a list writes it: 73, 90+5, ٧٣.
const LISTED = String.raw`[0-9٠-٩]{1,3}(?:\s*\+\s*[0-9٠-٩]{1,2})?`
// What may stand between «(» and a minute of a bracketed list (ضربات جزاء (22 ، 73، 90+5)), and after it up to «)».
const OPENED_LIST = new RegExp(String.raw`\(\s*(?:${LISTED}\s*(?:[،,]\s*و?|و)\s*)*$`)
const CLOSED_LIST = new RegExp(String.raw`^(?:\s*(?:[،,]\s*و?|و)\s*${LISTED})*\s*\)`)
// «(د 68)»، «(د28)»، «(د.68)»: د, the minute's abbreviation, in brackets before it.
const ABBREVIATED = /\(\s*د\s*\.?\s*$/
// «(68')»، «(68′)»: the minute's mark after it, in brackets.
const PRIMED = /^\s*['’′]\s*\)/
// «(د 61 هدف عكسي)»: a few words noting how the goal came may follow the minute before the bracket closes.
const NOTED_CLOSE = /^(?:\s+[^\s()\d٠-٩]+){0,4}\s*\)/u

const AFTERSHOCK = 'aftershock'

/** A magnitude whose clause, up to it, names an aftershock (`aftershockWords`): the aftershock's, not the quake's. */
function aftershock(text: string, quantity: Quantity): string | null {
  const tokens = quantityTokens(text)
  const k = tokens.findIndex((token) => token.start === quantity.start)
  for (let i = k - 1; i >= 0; i--) {
    if (CLAUSE_STOP.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break
    if (tokens[i]!.kind === 'word' && aftershockWordSet.has(quantityWord(tokens[i]!.text))) return AFTERSHOCK
  }
  return null
}

/**
 * «أمجد عطوان من ركلة جزاء (114)»، «عمر محمد (119)»، «ضربات جزاء (22 ، 73، 90+5)»: a match report writes a goal's
 * minute, or a scorer's list of them, in brackets after the scorer. Read as a minute only in a text that dates other
 * moments by their minute (`matchReport`, the caller knows), or after د (د 68): elsewhere a number in brackets after
 * a name is an age.
 */
// How far after a minute its moment is told, across a comma (في الدقيقة 20، عندما تعرض عفيف للعرقلة).
const MOMENT_REACH = 8
const SENTENCE_BREAK = /[.!؟?؛;]/

/**
 * The moment of the match a minute dates when it is no goal: the word of a substitution, a foul, a card, a penalty
 * given or missed (`otherMomentWords`) in its clause, from the break before it to a few words after it, where the
 * clause names no goal; else null.
 */
export function otherMoment(text: string, quantity: Quantity): string | null {
  if (quantity.cue === MAGNITUDE) return aftershock(text, quantity)
  const tokens = quantityTokens(text)
  const k = tokens.findIndex((token) => token.start === quantity.start)
  if (k < 0) return null
  let from = k
  while (from > 0 && !CLAUSE_STOP.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--
  let to = k
  while (
    to + 1 < tokens.length &&
    to - k < MOMENT_REACH &&
    !SENTENCE_BREAK.test(text.slice(tokens[to]!.end, tokens[to + 1]!.start))
  )
    to++
  const words = tokens.slice(from, to + 1).filter((token) => token.kind === 'word')
  if (words.some((token) => isGoalWord(token.text) || goalVerbSet.has(quantityWord(token.text)))) return null
  const moment = words.find((token) => otherMomentWordSet.has(quantityWord(token.text)))
  return moment === undefined ? null : quantityWord(moment.text)
}

export function bracketedMinute(text: string, quantity: Quantity, matchReport: boolean): Quantity | null {
  if (quantity.cue !== null || quantity.unit !== null || quantity.exact === null) return null
  const { value, step } = quantity.exact
  if (step !== 1 || value < 1 || value > LAST_MINUTE) return null
  const [before, after] = [text.slice(0, quantity.start), text.slice(quantity.end)]
  const abbreviated =
    (ABBREVIATED.test(before) && NOTED_CLOSE.test(after)) || (/\(\s*$/.test(before) && PRIMED.test(after))
  if (!abbreviated && !(matchReport && OPENED_LIST.test(before) && CLOSED_LIST.test(after))) return null
  return { ...quantity, nouns: new Set([MINUTE]), cued: true, cue: MINUTE, label: '' }
}

const [AFTER_WORD, PASSING] = [quantityWord('بعد'), quantityWord('مرور')]

/**
 * «بعد مرور 9 دقائق»، «بعد أربع دقائق من بداية الشوط الثاني»: the minutes that passed since the kick-off or a half's
 * start date a moment as the minute does. Minutes after بعد alone are a duration (بعد خمس دقائق من هدفه).
 */
function elapsedMinute(keys: readonly string[], k: number, j: number): boolean {
  if (cueByWord.get(keys[j] ?? '') !== MINUTE) return false
  if (keys[k - 1] === PASSING && keys[k - 2] === AFTER_WORD) return true
  return keys[k - 1] === AFTER_WORD && keys[j + 1] === FROM && halfStartLinkSet.has(keys[j + 2] ?? '')
}

// The longest a half counted from lasts: 45 minutes, 15 for a half of extra time.
const HALF_LENGTH = 45

/** The minutes played before the half a minute is counted from (من الشوط الثاني: 45), else 0. */
function halfStart(keys: readonly string[], j: number, minute: number): number {
  if (keys[j] !== FROM || minute > HALF_LENGTH) return 0
  const from = halfStartLinkSet.has(keys[j + 1] ?? '') ? j + 2 : j + 1
  const half = halfStartKeys.find(({ keys: words }) => words.every((word, i) => keys[from + i] === word))
  return half === undefined || (half.minutes > HALF_LENGTH && minute > 15) ? 0 : half.minutes
}

function addedTime(keys: readonly string[], j: number): boolean {
  for (let i = j; i < keys.length && i < j + ADDED_REACH; i++) if (addedTimeWordSet.has(keys[i]!)) return true
  return false
}

/** «من أصل 25 مليوناً»: the number is the whole a part was counted from (the votes cast, not one man's votes). */
function wholeOf(keys: readonly string[], k: number, about: About): About {
  if (about.cue === null || keys[k - 2] !== FROM || !wholeWordSet.has(keys[k - 1] ?? '')) return about
  const whole = cueByKey.get(about.cue)?.whole
  return whole === undefined ? about : { ...about, nouns: new Set([whole]), cue: whole }
}

/** A figure in words counts something only next to its cue or unit: مقتل ستة وسبعين، سبع درجات, not «ثلاثة منحوا». */
function nextToCue(
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  j: number,
  unit: string | null,
  ranged = false,
) {
  if (unit !== null || cueByWord.has(keys[j] ?? '')) return true
  if (caseWordSet.has(keys[j] ?? '') && cueByWord.has(keys[j + 1] ?? '')) return true
  // «نصف مليون من النازحين»: the counted after من.
  if (keys[j] === FROM && tokens[j + 1]?.kind === 'word' && cueByWord.has(keys[j + 1]!)) return true
  // «مقتل أكثر من ثلاثين شخصاً»: the words of a bound stand between the cue and the figure.
  const before = pastBound(keys, k, k, true)
  if (adjacentCueByWord.has(keys[before] ?? '')) return true
  // «أصيب ما بين عشرين وثلاثين شخصاً»: the words of a range.
  const i = ranged ? pastRange(tokens, keys, k) : k - 1
  return [before, before - 1, i, i - 1].some((at) => tokens[at]?.kind === 'word' && cueByWord.has(keys[at]!))
}

/** The index of the word before «بين» or «ما بين» in front of a range at `k`, else `k - 1`. */
function pastRange(tokens: readonly Token[], keys: readonly string[], k: number): number {
  if (keys[k - 1] !== BETWEEN) return k - 1
  return norm(tokens[k - 2]?.text ?? '') === WHAT ? k - 3 : k - 2
}
const WHAT = 'ما'

// How many words after a number its clause may go on before «في عداد» (14 شخصاً ما زالوا في عداد المفقودين).
const AMONG_REACH = 4

/** The index of the word after «في عداد» a few words on in the number's clause, or null. */
function amongCue(text: string, tokens: readonly Token[], keys: readonly string[], j: number): number | null {
  for (let i = j; i < tokens.length - 2 && i - j <= AMONG_REACH; i++) {
    if (
      tokens[i]!.kind === 'number' ||
      (i > j && CLAUSE_STOP.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)))
    )
      return null
    if (keys[i] === IN && amongWordSet.has(keys[i + 1]!) && tokens[i + 2]!.kind === 'word') return i + 2
  }
  return null
}

/** A word of expectation among the words before the number in its clause (`projectionWords`). */
function projected(text: string, tokens: readonly Token[], keys: readonly string[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= CUE_BEFORE; i--) {
    if (/[،,;؛:.!؟?]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false
    if (projectionWordSet.has(keys[i]!)) return true
  }
  return false
}

/** A figure in words of the calendar's range after a word a year is written after: عام ألفين وعشرين. */
function isYearInWords(keys: readonly string[], k: number, amount: Amount): boolean {
  return amount.value >= 1900 && amount.value <= 2100 && YEAR_WORDS.has(keys[k - 1] ?? '')
}

/** A four-digit number of the calendar's range, written alone: a year (2022، لنهائيات 2010), not a quantity. */
function isYear(written: string, amount: Amount): boolean {
  return (
    /^\d{4}$/.test(asciiDigits(written)) && !amount.magnified && amount.value >= 1900 && amount.value <= 2100
  )
}

/**
 * «بلغت حصيلة القتلى 2023 شخصاً»، «ارتفع عدد الضحايا إلى 1950»: a number of a year's digits right after a cue word, or
 * after إلى that follows one, counts what the cue names; a year is written after عام, a month or في.
 */
function countAfterCue(keys: readonly string[], k: number): boolean {
  const before = keys[k - 1] === TO ? k - 2 : k - 1
  return cueByWord.has(keys[before] ?? '') || (before === k - 2 && cueByWord.has(keys[before - 1] ?? ''))
}

/** The first number of «من 632 إلى 820»: the value a figure changed from, not what it is. */
function formerValue(tokens: readonly Token[], keys: readonly string[], k: number): boolean {
  if (keys[k - 1] !== FROM) return false
  for (let i = k + 1; i <= k + 3 && i < tokens.length; i++) {
    if (keys[i] === TO && tokens[i + 1]?.kind === 'number') return true
    if (tokens[i]!.kind === 'number') return false
  }
  return false
}

/**
 * A range's second number, its value and last token: 10-15، 10 – 15، بين 10 و15، بين 10 إلى 15، and in words after
 * بين (بين ثلاثة وخمسة، ما بين عشرين إلى ثلاثين). The magnitude after the second is read by the caller (بين 10 و15
 * ألفاً).
 */
function rangeEnd(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  amount: Amount,
): { value: number; last: number } | null {
  const last = amount.last
  if (amount.kind === 'digits') {
    const next = tokens[last + 1]
    const dashed = next?.kind === 'number' && /^\s*[-–—]\s*$/.test(text.slice(tokens[last]!.end, next.start))
    const at = dashed
      ? last + 1
      : keys[k - 1] === BETWEEN && (keys[last + 1] === AND || keys[last + 1] === TO)
        ? last + 2
        : -1
    const read = at < 0 || tokens[at]?.kind !== 'number' ? null : readNumber(tokens[at]!.text)
    return read === null ? null : { value: read.value, last: at }
  }
  if (amount.kind !== 'words' || amount.ownNoun || keys[k - 1] !== BETWEEN) return null
  // «بين ثلاثة وخمسة»: the second joined by و (a word of its own or clinging), or after إلى.
  const at =
    keys[last + 1] === AND || keys[last + 1] === TO
      ? last + 2
      : /^و/.test(tokens[last + 1]?.text ?? '')
        ? last + 1
        : -1
  return at < 0 ? null : plainWords(tokens, keys, at)
}

/** The bound the words around the number at `k` set (أكثر من، نحو، تقريباً at `after`); `after` = `k` for the words before only. */
function qualifier(keys: readonly string[], k: number, after: number): 'over' | 'under' | 'about' | null {
  const before = keys[k - 1] ?? ''
  // «يقل 80 شخصاً» carries 80; «لا يقل عن 80» is at least 80.
  if (adjacentCueByWord.has(before)) return null
  // «على الأقل 20»: at least, a floor, though «أقل» alone is a ceiling.
  if (before === LEAST_KEY && keys[k - 2] === ON) return 'over'
  const linked = LINKS.includes(before) ? (keys[k - 2] ?? '') : before
  // «40 شخصاً تقريباً»: right after the number, or after its counted noun.
  const estimated =
    qualifierByWord.get(keys[after] ?? '') === 'about' ||
    (after > k && estimateAfterWordSet.has(keys[after + 1] ?? ''))
  return qualifierByWord.get(linked) ?? (estimated ? 'about' : null)
}

/**
 * What the number at `k` counts: the cue word right after it and its unit (23 مصاباً), else the nearest cue before
 * it (عدد القتلى إلى 23، بقوة 7 درجات), else cues after (94% من الأصوات); without a cue, the counted noun and the
 * nearest words before that are not frame words (بلغت نسبة الإنجاز 48%: الإنجاز). The windows stop at another number
 * and at a clause break.
 */
function describe(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  j: number,
  end: number,
  unit: string | null,
  fractional = false,
): About {
  const cueAt = (index: number) => {
    const key =
      cueByWord.get(keys[index] ?? '') ?? (index === counted ? countedCueByWord.get(keys[index]!) : undefined)
    const cue = key === undefined ? undefined : cueByKey.get(key)
    if (key === undefined || (cue?.units !== undefined && !cue.units.includes(unit))) return null
    if (cue?.counted === true && index !== counted) return null
    if (cue?.framing === true && index >= k) return null
    // «نُقل إلى المستشفى 20 شخصاً»: before the number, only as where they were taken (إلى، لـ).
    const destination = norm(tokens[index]!.text).startsWith('لل') || keys[index - 1] === TO
    if (cue?.following === true && index < k && !destination) return null
    // A match's minute is definite (في الدقيقة 30، بالدقائق 20 و71); «بعد خمس دقائق 10 …» is a duration's noun.
    if (key === MINUTE && !DEFINITE.test(norm(tokens[index]!.text))) return null
    return { nouns: new Set([key]), cued: true, cue: key, label: tokens[index]!.text }
  }
  const broken = (i: number) =>
    /[،,;؛:.!؟?]/.test(text.slice(i > j ? tokens[i - 1]!.end : end, tokens[i]!.start))
  // «قتل 3 وأصيب 7»: a cue joined by و right after the number opens the next conjunct; it counts the next number.
  const opensConjunct = (i: number) => tokens[i]?.kind === 'word' && conjunctCue(tokens[i]!.text)
  const counted = unit === null && tokens[j]?.kind === 'word' && !broken(j) && !opensConjunct(j) ? j : -1
  // «270 في عداد المفقودين بعد ثلاثة أيام على الزلزال»: a number of days, weeks or years counts time, whatever cue
  // stands before it.
  const duration = counted >= 0 && durationWordSet.has(keys[counted]!)
  const before: number[] = []
  let joined = false
  let reach = CUE_BEFORE
  for (let i = k - 1; i >= 0 && k - i <= reach; i--) {
    // «ارتفاع عدد الضحايا من 632 إلى 820»: the words before the former value say what both count.
    if (tokens[i]!.kind === 'number' && formerValue(tokens, keys, i)) {
      reach += k - i
      continue
    }
    // «قتل في عام 2023 نحو 40 شخصاً»: a year between the cue and the figure dates it, and keeps no cue from it.
    const year =
      tokens[i]!.kind === 'number' &&
      YEAR_WORDS.has(keys[i - 1] ?? '') &&
      /^\d{4}$/.test(asciiDigits(tokens[i]!.text))
    if (year) {
      reach += 2
      continue
    }
    if (tokens[i]!.kind === 'number' || /[،,;؛:.!؟?]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)))
      break
    // «في حين مازال حوالي 75 …»، «الاقتراع تقدم الكعبي بـ52%»: a clause of its own starts at its opener, a share's
    // at the verb that obtained it; the cues before belong to another clause.
    if (clauseOpenerSet.has(keys[i]!)) break
    // «انهيار 25 مسكنا وتضرر 60 طريقا»: past the و that opens the figure's conjunct, the noun right after another
    // figure is what that one counts («نشر في 06-09 لقي أكثر من 40 شخصا»: no conjunct, the verb is the figure's).
    if (joined && tokens[i - 1]?.kind === 'number' && cueByWord.has(keys[i]!)) break
    before.push(i)
    if (tokens[i]!.text.startsWith('و')) joined = true
    if (unit === '%' && shareClauseVerbSet.has(keys[i]!)) break
  }
  const after: number[] = []
  for (let i = j; i < tokens.length && i - j < AFTER; i++) {
    if (tokens[i]!.kind === 'number' || broken(i) || opensConjunct(i)) break
    after.push(i)
  }
  const among = amongCue(text, tokens, keys, j)
  // «إن 18 شخصاً على الأقل، لقوا مصرعهم»: the counted noun and its bound, closed by a comma, are the subject of the
  // verb after it, which says what they count.
  const boundSubject =
    after.length === AFTER &&
    after[0] === counted &&
    keys[j + 1] === ON &&
    norm(tokens[j + 2]!.text) === LEAST &&
    tokens[j + 3]?.kind === 'word'
  if (boundSubject) after.push(j + 3)
  // «تقل نحو 200 شخص»، «وفقدان أكثر من 100 شخص»: the words of a bound may stand between the verb and its number.
  const verbAt = pastBound(keys, k, BOUND_WORDS, true)
  const adjacent = duration ? undefined : adjacentCueByWord.get(keys[verbAt] ?? '')
  if (adjacent !== undefined && before.includes(verbAt))
    return { nouns: new Set([adjacent]), cued: true, cue: adjacent, label: tokens[verbAt]!.text }
  // «أن 68 مهاجراً إفريقياً على الأقل لقوا مصرعهم»: a count right after إن or أن opens the clause as its subject, and
  // the verb after its noun and the words that describe it says what it counts, before any cue back in the sentence.
  const subjectVerb =
    duration || counted < 0 || boundSubject ? null : verbAfterSubject(text, tokens, keys, k, counted)
  const said = subjectVerb === null ? null : cueAt(subjectVerb)
  if (said !== null) return said
  // «14 أشخاصاً مصابين»: the word that describes the counted noun says what it counts before any cue back in the clause.
  const describing =
    counted >= 0 && after[1] === counted + 1 && !/^[وفبل]/.test(norm(tokens[counted + 1]!.text))
  const described = describing ? [counted, counted + 1] : counted >= 0 ? [counted] : []
  const cues = duration
    ? []
    : [...(among === null ? [] : [among]), ...described, ...before, ...after].flatMap((i) => cueAt(i) ?? [])
  const [cue] = cues
  if (cue !== undefined) {
    return cues.find((other) => cueByKey.get(other.cue)?.narrows === cue.cue) ?? cue
  }
  const total = duration ? null : totalBefore(text, tokens, keys, k)
  if (total !== null && cueAt(total + 1) !== null) return cueAt(total + 1)!
  // «حصل أردوغان على (نسبة|دعم|أكثر من) 52.18%»: the share a person obtained, in an election the share of the votes.
  const on = before.slice(0, SHARE_REACH).find((i) => keys[i] === ON)
  // «حصل سلام على تأييد 85 نائباً»: a count of what a person obtained is his votes too, the noun counted being the voters.
  // «حصل أردوغان على 49.4، …»: a bare fraction below a hundred that a person obtained is his share.
  const obtained = unit === '%' || (unit === null && !duration && (counted >= 0 || fractional))
  const verb =
    obtained && on !== undefined ? before.find((i) => i < on && shareVerbSet.has(keys[i]!)) : undefined
  if (verb !== undefined)
    return { nouns: new Set([VOTES]), cued: true, cue: VOTES, label: tokens[verb]!.text }
  const share =
    unit === '%' ? before.slice(0, SHARE_REACH).find((i) => shareWordSet.has(keys[i]!)) : undefined
  const won =
    share === undefined
      ? undefined
      : before.find(
          (i) =>
            i < share &&
            (winVerbSet.has(keys[i]!) || rankWordSet.has(norm(tokens[i]!.text).replace(/^و/, ''))),
        )
  if (won !== undefined) return { nouns: new Set([VOTES]), cued: true, cue: VOTES, label: tokens[won]!.text }
  // «800 متر مكعب في الثانية في نهر الشمال و450 متر مكعب»: a figure joined by و to a figure before it in the clause
  // starts its own conjunct, so the words between are the former figure's (where it was measured), not its own.
  const conjunct = keys[k - 1] === AND && figureInClauseBefore(text, tokens, k - 1)
  const words = [...(counted >= 0 ? [counted] : []), ...(conjunct ? [] : before.slice(0, BEFORE))].filter(
    (i) => keys[i]!.length >= 3 && !frameWordSet.has(keys[i]!),
  )
  const chosen = counted >= 0 && words[0] === counted ? [counted] : words.slice(0, 2)
  return {
    nouns: new Set(chosen.map((i) => `w:${i === counted ? countedNounKey(keys[i]!) : keys[i]}`)),
    cued: false,
    cue: null,
    label: chosen.length > 0 ? tokens[chosen[0]!]!.text : '',
    ...(counted >= 0 && words[0] === counted && { counted: countedNounKey(keys[counted]!) }),
  }
}

/** A cue word written with و before it (وأصيب، وإصابة), not a word whose own first letter is و (وفاة). */
function conjunctCue(word: string): boolean {
  const folded = norm(word)
  return folded.length > 3 && folded.startsWith('و') && cueByWord.has(quantityWord(folded.slice(1)))
}

// Words between a subject's counted noun and its verb: what describes the noun, a bound (على الأقل).
const SUBJECT_REACH = 4
const BARE_COMPLEMENTIZERS: ReadonlySet<string> = new Set(bareComplementizers.map(quantityWord))

/**
 * The index of the verb of a count that opens a clause after إن or أن (a bound's words between: أن نحو 40 شخصاً), a
 * few words after its counted noun, none of them a number or past a clause break but a comma right before the verb;
 * the first word that is a cue, or null.
 */
function verbAfterSubject(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
  counted: number,
): number | null {
  const opener = pastBound(keys, k, BOUND_WORDS, false)
  if (!BARE_COMPLEMENTIZERS.has(keys[opener] ?? '')) return null
  for (let i = counted + 1; i < tokens.length && i - counted <= SUBJECT_REACH + 1; i++) {
    if (tokens[i]!.kind === 'number') return null
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start)
    const cue = cueByWord.has(keys[i]!)
    if (CLAUSE_STOP.test(gap) && !(cue && /^\s*[،,]\s*$/.test(gap))) return null
    if (cue) return i
  }
  return null
}

// The most words of a bound between a verb and its number: «ما لا يقل عن».
const BOUND_WORDS = 4

/**
 * The index of the word before the number at `k` and the words of a bound in front of it (أكثر من، نحو، ما لا يقل
 * عن), walking back at most `reach` words; with `stopAtCue`, a verb that counts only right before its number (يقل)
 * stops the walk, as it is the cue the bound follows.
 */
function pastBound(keys: readonly string[], k: number, reach: number, stopAtCue: boolean): number {
  let i = k - 1
  while (
    i > 0 &&
    k - i <= reach &&
    !(stopAtCue && adjacentCueByWord.has(keys[i]!)) &&
    (qualifierByWord.has(keys[i]!) || keys[i] === FROM)
  )
    i--
  return i
}
// How far back in its sentence a figure after «إلى» looks for the total it is the new value of.
const TOTAL_REACH = 24
const RELATIVES: ReadonlySet<string> = new Set(relativePronouns.map(norm))

/**
 * «ارتفع عدد ضحايا الحريق الذي نشب في مركز تجاري، مركز المحافظة، إلى 61 شخصاً»: the total word (عدد، حصيلة) a figure
 * right after «إلى» (or a bound after it) is the new value of, back in its sentence past commas and before any other
 * figure but one of a relative clause between (الزلزال الذي بلغت قوته 6.1); its index, or null.
 */
function totalBefore(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  k: number,
): number | null {
  let to = k - 1
  // «إلى أكثر من 20»، «إلى نحو 20»: a bound's words between.
  while (to > k - 3 && (qualifierByWord.has(keys[to] ?? '') || keys[to] === FROM)) to--
  if (keys[to] !== TO) return null
  // «ارتفع عدد ضحايا الزلزال الذي بلغت قوته 6.1، إلى 40»: a figure of a relative clause inside the total's noun
  // phrase is passed over, back to its pronoun.
  let embedded = false
  for (let i = to - 1; i >= 0 && k - i <= TOTAL_REACH; i--) {
    if (SENTENCE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return null
    if (tokens[i]!.kind === 'number') {
      if (embedded) return null
      embedded = true
      continue
    }
    if (embedded && RELATIVES.has(norm(tokens[i]!.text))) embedded = false
    if (totalWordSet.has(keys[i]!)) return embedded ? null : i
  }
  return null
}

// How far back a figure's conjunct looks for the figure it is joined to.
const CONJUNCT_REACH = 12

/** A number stands before token `k` in its clause, within `CONJUNCT_REACH` tokens. */
function figureInClauseBefore(text: string, tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= CONJUNCT_REACH; i--) {
    if (CLAUSE_STOP.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false
    if (tokens[i]!.kind === 'number') return true
  }
  return false
}

/**
 * The place of a figure's last digit that is not a zero (100000 for 700 ألف, 1 for 23, 0.1 for 21.5 مليون): a
 * writer who rounds says «نحو 23 مليوناً» for 22.5 to 23.5 million and «أكثر من 21 مليوناً» for 21 to 22 million, so
 * «نحو 23 مليون» and «نحو 21.5 مليون», or «أكثر من 23 مليوناً» and 25 million, are two figures.
 */
function roundedStep(value: number, step: number): number {
  let place = step
  while (value > 0 && Math.abs(Math.round(value / (place * 10)) * place * 10 - value) < place / 2) place *= 10
  return place
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)))
}

/** Two quantities of one thing: the same counted noun or measure, and the same unit (or none given by one of them). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit && !(a.cued && b.cued && (a.unit === null || b.unit === null))) return false
  for (const noun of a.nouns) if (b.nouns.has(noun)) return true
  return false
}

/** The minutes a minute of added time of no half named may be: that minute after each half (45+3, 90+3 …). */
export const minutesAfterHalves = (added: number): number[] => HALF_MINUTES.map((half) => half + added)

/** A minute of added time of no half named is this minute after one of the halves. */
const afterHalf = (added: number, minute: number) => minutesAfterHalves(added).includes(minute)

// The step of a figure written with a word of thousands or more (23 مليون، 1.5 ألف).
const MAGNIFIED_STEP = 100

/** Share of a bound's figure that a value just outside the bound may miss it by and still agree (أكثر من 100 and 97). */
export const BOUND_SLACK = 0.05

/** Share of the larger value two plain numbers may differ by and still agree (48% and 48.03%). */
export const ROUNDING = 0.01

/**
 * Two values of one quantity agree when their ranges meet, and two plain numbers when the finer one, rounded or cut
 * to the coarser one's last digit, gives the coarser (656 ألفاً and 656534, 97% and 97.8%, 48 and 48.03) and, unless
 * both are shares, they are within 1% of each other: magnitude 7 and 7.2 do not agree, nor 7.8 and 7.9.
 * A bound of a settled figure is open above (`highestAllowed`), and a bound agrees with a plain value that misses its
 * figure by at most `BOUND_SLACK` of it.
 */
export function agree(a: Quantity, b: Quantity): boolean {
  // «الدقيقة الثالثة من الوقت بدل الضائع» may be any half's, but it is not the second minute of added time (45+2).
  if (a.added !== undefined && b.added !== undefined && (a.exact === null || b.exact === null))
    return a.added === b.added
  // «الثالثة من الوقت بدل الضائع» of no half named is 45+3, 90+3, 105+3 or 120+3, never a minute between (74).
  if (a.added !== undefined && a.exact === null && b.exact !== null && b.added === undefined)
    return afterHalf(a.added, b.exact.value)
  if (b.added !== undefined && b.exact === null && a.exact !== null && a.added === undefined)
    return afterHalf(b.added, a.exact.value)
  if (a.exact !== null && b.exact !== null) {
    const [coarse, fine] = a.exact.step >= b.exact.step ? [a.exact, b.exact] : [b.exact, a.exact]
    const gap = Math.abs(a.exact.value - b.exact.value)
    // The finer rounded (38.6 → 39) or cut (39.8 → 39) to the coarser's last digit gives it; 38.3 gives 38 either way.
    const above = fine.value - coarse.value
    const same =
      coarse.step > fine.step * 1.001
        ? above > -coarse.step * 0.5001 && above < coarse.step * 0.999
        : gap < coarse.step / 2
    const shares = a.unit === '%' && b.unit === '%'
    // «23 مليون صوت» is 23 to 24 million: a figure written in a magnitude word is the finer one cut or rounded.
    const magnified = coarse.step >= MAGNIFIED_STEP
    // «6 أميال» for 10 km: a converted figure is the metric one rounded in its own unit, within its step.
    const converted = a.converted === true || b.converted === true
    // «6.1» and «6.19»: a figure with decimals is the finer one cut or rounded to fewer of them; a whole figure of a
    // measure against a decimal one (7 and 7.2) is another reading.
    const decimal = coarse.step < 1 && coarse.step > fine.step * 1.001
    return (
      same &&
      (shares ||
        magnified ||
        converted ||
        decimal ||
        gap <= ROUNDING * Math.max(Math.abs(a.exact.value), Math.abs(b.exact.value)))
    )
  }
  return (
    Math.max(a.low, b.low) <= Math.min(highestAllowed(a), highestAllowed(b)) ||
    missesBoundByLittle(a, b) ||
    missesBoundByLittle(b, a)
  )
}

/**
 * The highest value a quantity allows. «أكثر من 20 دولة» and 31 can both be true: a bound of a settled figure is open
 * above. A toll's bound keeps the writer's rounding (20 to 30): a toll that grows is reported anew, and «أكثر من 20
 * قتيلاً» against 50 is an earlier count against a later one.
 */
function highestAllowed(q: Quantity): number {
  return q.bound === 'over' && !q.developing ? Number.POSITIVE_INFINITY : q.high
}

/**
 * «أكثر من 100» and 97, «أقل من 100» and 102: news writes a bound as a round figure, so a plain value that misses the
 * bound's figure by a little is the same report. Only the written edge stretches: a toll of «أكثر من 20» (20 to 30 as
 * the writer rounds) takes 19, not 32.
 */
function missesBoundByLittle(q: Quantity, other: Quantity): boolean {
  // Two estimates (نحو 48 ألفاً، أكثر من 50 ألفاً) are two figures, not one written twice.
  if (other.exact === null) return false
  if (q.bound === 'over' && other.high < q.low) return q.low - other.high <= BOUND_SLACK * q.low
  if (q.bound === 'under' && other.low > q.high) return other.low - q.high <= BOUND_SLACK * q.high
  return false
}
