/** A number as written: its value and how many decimals the writer gave (48 has none, 48.03 two). */
export interface WrittenNumber {
  value: number
  decimals: number
}

const ARABIC_DECIMAL = '\u066b' // ٫
const ARABIC_THOUSANDS = '\u066c' // ٬

/** Digits written in Arabic-Indic (١٢٣) or Extended Arabic-Indic (۱۲۳) as ASCII digits; every other character kept. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0)
    return String.fromCharCode(code - (code >= 0x6f0 ? 0x6c0 : 0x630))
  })
}

/**
 * Reads a number token as `tokenize` gives it (digits with their separators), in any of the styles of Arabic news:
 * ASCII, Arabic-Indic (١٢٣) or Extended Arabic-Indic (۱۲۳) digits; `٫` always a decimal mark and `٬` always a
 * thousands separator; `.` and `,` read by their place: of two different marks the last is the decimal one
 * (1,200.5 and 1.200,5), a mark that repeats separates thousands (1,200,000 and 1.200.000), a lone comma before
 * exactly three digits separates thousands (1,200) and otherwise is the Arabic decimal comma (11,2 and 94,65), a lone
 * point is a decimal point (3.500 is three and a half). Times, dates and fractions (10:30, 2024/01/05, 3/4) and
 * anything but digits and those marks give null.
 */
export function readNumber(text: string): WrittenNumber | null {
  let digits = ''
  const marks: string[] = []
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code >= 0x30 && code <= 0x39) digits += char
    else if (code >= 0x660 && code <= 0x669) digits += String.fromCharCode(code - 0x630)
    else if (code >= 0x6f0 && code <= 0x6f9) digits += String.fromCharCode(code - 0x6c0)
    else if (char === '.' || char === ',' || char === ARABIC_DECIMAL || char === ARABIC_THOUSANDS) {
      digits += char
      marks.push(char)
    } else return null
  }
  if (!/^\d/.test(digits) || !/\d$/.test(digits)) return null
  const decimal = decimalMark(digits, marks)
  if (decimal === undefined) return null
  const groups = decimal === null ? [digits, ''] : splitLast(digits, decimal)
  const [whole, fraction] = groups as [string, string]
  if (/[.,٫٬]/.test(fraction)) return null
  const integer = whole.replace(/[.,٫٬]/g, '')
  if (whole !== integer && !thousandsGrouped(whole)) return null
  const value = Number(fraction === '' ? integer : `${integer}.${fraction}`)
  return Number.isFinite(value) ? { value, decimals: fraction.length } : null
}

/** The decimal mark of a number's text, null when it has none, undefined when the marks make no number. */
function decimalMark(text: string, marks: readonly string[]): string | null | undefined {
  if (marks.length === 0) return null
  if (marks.includes(ARABIC_DECIMAL)) return ARABIC_DECIMAL
  const kinds = new Set(marks.filter((mark) => mark !== ARABIC_THOUSANDS))
  if (kinds.size === 0) return null
  if (kinds.size === 2)
    return marks[marks.length - 1] === ARABIC_THOUSANDS ? undefined : marks[marks.length - 1]!
  const [mark] = kinds as Set<string>
  const count = marks.filter((m) => m === mark).length
  if (count > 1 || marks.includes(ARABIC_THOUSANDS)) return null
  if (mark === '.') return '.'
  return /,\d{3}$/.test(text) && !/^0,/.test(text) ? null : ','
}

function splitLast(text: string, mark: string): [string, string] {
  const at = text.lastIndexOf(mark)
  return [text.slice(0, at), text.slice(at + 1)]
}

/** 1,200 and 12.345.678: a head of one to three digits, then groups of three. */
function thousandsGrouped(whole: string): boolean {
  return /^\d{1,3}([.,٬]\d{3})+$/.test(whole) && new Set(whole.replace(/\d/g, '')).size === 1
}
