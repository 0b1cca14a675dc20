import {
  cueByWord,
  frameWordSet,
  magnitudeByWord,
  percentWordSet,
  qualifierByWord,
  quantityWord,
  unitByWord,
} from '../lang/ar/quantities.ts'
import { readNumber, type WrittenNumber } from '../normalize/read-number.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'

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
  /** `%`, a unit of `lexicon/quantities.ts` (dollar, degree …), or null for a count. */
  unit: string | null
  /** What it counts or measures: cue keys (dead, turnout …) when a cue word is near, else `w:` + light stems. */
  nouns: ReadonlySet<string>
  cued: boolean
  /** The words that say what it is, as written: the cue word, else the unit, else the counted noun. */
  label: string
  /** Offsets into the sentence's text: the number through its unit (46.10%، 11.7 مليار دولار). */
  start: number
  end: number
}

/** Words looked at before a number, and after it and its unit, for what it counts. */
const BEFORE = 4
const AFTER = 3
const ABOUT = 0.1
const [BETWEEN, AND, IN, LINKS] = [
  quantityWord('بين'),
  quantityWord('و'),
  quantityWord('في'),
  ['من', 'عن', 'على'].map(quantityWord),
] as const

/** The quantities of a sentence, numbers inside `skip` (dates) left out. */
export function quantitiesIn(text: string, skip: (start: number) => boolean = () => false): Quantity[] {
  const tokens = tokenize(text)
  const keys = tokens.map((token) => (token.kind === 'word' ? quantityWord(token.text) : ''))
  const result: Quantity[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!
    if (token.kind !== 'number' || skip(token.start)) continue
    const first = readNumber(token.text)
    if (first === null) continue
    let last = k
    let second: WrittenNumber | null = null
    const range = rangeEnd(text, tokens, keys, k)
    if (range !== null) {
      second = readNumber(tokens[range]!.text)
      if (second !== null && second.value > first.value) last = range
      else second = null
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
    const near = (index: number) =>
      tokens[index]?.kind === 'word' &&
      /^\s{0,2}$/.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start))
    if (unit === null && near(j) && magnitudeByWord.has(keys[j]!)) {
      factor = magnitudeByWord.get(keys[j]!)!
      end = tokens[j]!.end
      j++
    }
    if (unit === null && near(j)) {
      if (percentWordSet.has(keys[j]!)) unit = '%'
      else if (keys[j] === IN && percentWordSet.has(keys[j + 1] ?? '')) unit = '%'
      else if (unitByWord.has(keys[j]!)) unit = unitByWord.get(keys[j]!)!
      if (unit !== null) {
        const to = keys[j] === IN ? j + 1 : j
        unitText = text.slice(tokens[j]!.start, tokens[to]!.end)
        end = tokens[to]!.end
        j = to + 1
      }
    }
    const about = describe(text, tokens, keys, k, j, unit !== null)
    const bound = qualifier(keys, k, j)
    const low = first.value * factor
    const high = (second?.value ?? first.value) * factor
    const [lower, upper] =
      second !== null
        ? [low, high]
        : bound === 'over'
          ? [low, Number.POSITIVE_INFINITY]
          : bound === 'under'
            ? [0, low]
            : bound === 'about'
              ? [low * (1 - ABOUT), low * (1 + ABOUT)]
              : [low, low]
    result.push({
      low: lower,
      high: upper,
      exact: second === null && bound === null ? { value: low, step: 10 ** -first.decimals * factor } : null,
      value:
        second !== null
          ? `${format(low)}–${format(high)}`
          : `${bound === 'over' ? '>' : bound === 'under' ? '<' : bound === 'about' ? '~' : ''}${format(low)}`,
      unit,
      nouns: about.nouns,
      cued: about.cued,
      label: about.label || unitText,
      start: token.start,
      end,
    })
    k = last
  }
  return result
}

/** The index of a range's second number: 10-15، 10 – 15، بين 10 و15. */
function rangeEnd(text: string, tokens: readonly Token[], keys: readonly string[], k: number): number | null {
  const next = tokens[k + 1]
  if (next?.kind === 'number' && /^\s*[-–—]\s*$/.test(text.slice(tokens[k]!.end, next.start))) return k + 1
  if (keys[k - 1] === BETWEEN && keys[k + 1] === AND && tokens[k + 2]?.kind === 'number') return k + 2
  return null
}

function qualifier(keys: readonly string[], k: number, after: number): 'over' | 'under' | 'about' | null {
  const before = keys[k - 1] ?? ''
  const linked = LINKS.includes(before) ? (keys[k - 2] ?? '') : before
  return qualifierByWord.get(linked) ?? (qualifierByWord.get(keys[after] ?? '') === 'about' ? 'about' : null)
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
  measured: boolean,
): { nouns: Set<string>; cued: boolean; label: string } {
  const cueAt = (index: number) => {
    const key = cueByWord.get(keys[index] ?? '')
    return key === undefined ? null : { nouns: new Set([key]), cued: true, label: tokens[index]!.text }
  }
  const counted = !measured && tokens[j]?.kind === 'word' ? j : -1
  if (counted >= 0) {
    const cue = cueAt(counted)
    if (cue !== null) return cue
  }
  const before: number[] = []
  for (let i = k - 1; i >= 0 && k - i <= BEFORE; i--) {
    if (tokens[i]!.kind === 'number' || /[،,;؛:.!؟?]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)))
      break
    before.push(i)
  }
  const after: number[] = []
  for (let i = j; i < tokens.length && i - j < AFTER; i++) {
    if (
      tokens[i]!.kind === 'number' ||
      (i > j && /[،,;؛:.!؟?]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)))
    )
      break
    after.push(i)
  }
  for (const i of [...before, ...after]) {
    const cue = cueAt(i)
    if (cue !== null) return cue
  }
  const words = [...(counted >= 0 ? [counted] : []), ...before].filter(
    (i) => keys[i]!.length >= 3 && !frameWordSet.has(keys[i]!),
  )
  const chosen = counted >= 0 && words[0] === counted ? [counted] : words.slice(0, 2)
  return {
    nouns: new Set(chosen.map((i) => `w:${keys[i]}`)),
    cued: false,
    label: chosen.length > 0 ? tokens[chosen[0]!]!.text : '',
  }
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

/** Share of the larger value two plain numbers may differ by and still agree, once rounded alike (48% and 48.03%). */
const ROUNDING = 0.01

/**
 * Two values of one quantity agree when their ranges meet, and two plain numbers when they are equal at the coarser
 * precision and within 1% of each other: 48 and 48.03 agree, magnitude 7 and 7.2 do not.
 */
export function agree(a: Quantity, b: Quantity): boolean {
  if (a.exact !== null && b.exact !== null) {
    const step = Math.max(a.exact.step, b.exact.step)
    const gap = Math.abs(a.exact.value - b.exact.value)
    return (
      Math.round(a.exact.value / step) === Math.round(b.exact.value / step) &&
      gap <= ROUNDING * Math.max(Math.abs(a.exact.value), Math.abs(b.exact.value))
    )
  }
  return Math.max(a.low, b.low) <= Math.min(a.high, b.high)
}
