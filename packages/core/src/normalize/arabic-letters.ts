// Code points of the Arabic script that the text engine reasons about, named as linguists name them.

export const HAMZA = 0x0621 // ء
export const ALEF_MADDA = 0x0622 // آ
export const ALEF_HAMZA_ABOVE = 0x0623 // أ
export const WAW_HAMZA = 0x0624 // ؤ
export const ALEF_HAMZA_BELOW = 0x0625 // إ
export const YEH_HAMZA = 0x0626 // ئ
export const ALEF = 0x0627 // ا
export const TEH_MARBUTA = 0x0629 // ة
export const TATWEEL = 0x0640 // ـ
export const TANWIN_FATH = 0x064b // ً
export const HEH = 0x0647 // ه
export const WAW = 0x0648 // و
export const ALEF_MAKSURA = 0x0649 // ى
export const YEH = 0x064a // ي
export const MADDA_ABOVE = 0x0653 // combining ٓ
export const HAMZA_ABOVE = 0x0654 // combining ٔ
export const HAMZA_BELOW = 0x0655 // combining ٕ
export const SUPERSCRIPT_ALEF = 0x0670 // ٰ (dagger alef)
export const ALEF_WASLA = 0x0671 // ٱ
// Alef with a wavy hamza above or below, and the high hamza alef: older encodings and some keyboards write the hamza
// on alef with these (ٲكد for أكد).
export const ALEF_WAVY_HAMZA_ABOVE = 0x0672 // ٲ
export const ALEF_WAVY_HAMZA_BELOW = 0x0673 // ٳ
export const HIGH_HAMZA_ALEF = 0x0675 // ٵ
export const HEH_GOAL_HAMZA = 0x06c2
export const HEH_YEH = 0x06c0 // ۀ
export const KEHEH = 0x06a9 // ک (Persian kaf)
export const KAF = 0x0643 // ك
export const FARSI_YEH = 0x06cc // ی

/** Arabic letters proper: hamza to yeh, and the extended letters used for loanwords and other languages. */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x066f) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06ee && code <= 0x06ef) ||
    (code >= 0x06fa && code <= 0x06fc) ||
    code === 0x06ff ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  )
}

/** Harakat, tanwin, shadda, sukun, dagger alef and Quranic annotation marks: marks that ride on a letter. */
export function isArabicMark(code: number): boolean {
  return code >= 0x0610 && code <= 0x08ff && ARABIC_MARKS[code - 0x0600] === 1
}

function isArabicMarkByRange(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === SUPERSCRIPT_ALEF ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e4) ||
    (code >= 0x06e7 && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    (code >= 0x08ca && code <= 0x08ff)
  )
}

// Marks are tested for every character of every text, so the ranges above become one table lookup.
const ARABIC_MARKS = new Uint8Array(0x0300)
for (let code = 0x0600; code < 0x0900; code++) ARABIC_MARKS[code - 0x0600] = isArabicMarkByRange(code) ? 1 : 0

/** Characters that change nothing a reader sees but break matching: bidi controls, zero-width characters, BOM, soft hyphen. */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff ||
    code === 0x00ad
  )
}

/** True when a reader would see nothing: only white space and invisible characters (zero-width, bidi, BOM). */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isInvisible(code) && !/\s/.test(text[i]!)) return false
  }
  return true
}

export function isArabicIndicDigit(code: number): boolean {
  return (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

export function isDigit(code: number): boolean {
  return isAsciiDigit(code) || isArabicIndicDigit(code)
}

export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  )
}

// Tokenising asks "is this a letter?" for every character, so the answer is kept per UTF-16 code unit:
// 0 not yet known, 1 a letter, 2 not a letter. Arabic and ASCII are filled at load, other scripts on first sight.
const wordLetterCache = new Uint8Array(0x10000)
const OTHER_LETTER = /\p{L}/u

/** Letters of any script we tokenise as words: Arabic, Latin, and whatever Unicode calls a letter. */
export function isWordLetter(code: number): boolean {
  const known = wordLetterCache[code]!
  if (known !== 0) return known === 1
  return classify(code)
}

function classify(code: number): boolean {
  let letter: boolean
  if (code < 0x80) letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  else if (isArabicLetter(code) || isLatinLetter(code)) letter = true
  else if (code >= 0xd800 && code <= 0xdfff) letter = false
  else letter = OTHER_LETTER.test(String.fromCharCode(code))
  wordLetterCache[code] = letter ? 1 : 2
  return letter
}

for (let code = 0; code < 0x80; code++) classify(code)
for (let code = 0x0600; code < 0x0700; code++) classify(code)

/** Code points that can only end an Arabic word: a letter of this kind followed by another letter proves a word boundary. */
export function isWordFinalOnly(code: number): boolean {
  return code === TEH_MARBUTA || code === ALEF_MAKSURA
}
