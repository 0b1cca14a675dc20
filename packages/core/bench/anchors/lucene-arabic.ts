/**
 * The anchor for the analyzer: what a plain JavaScript port of Lucene's Arabic analysis would do, written here from
 * its published rules (ArabicNormalizer, and ArabicStemmer's light10-style prefix and suffix lists with their length
 * checks) over a letter-run tokenizer. It reuses one character buffer and allocates only each term's string, as a
 * Lucene token stream reuses its attributes. Used by benchmarks only, never by Marsad.
 */

const ALEF = 0x0627
const YEH = 0x064a
const HEH = 0x0647

// ArabicNormalizer: alef with madda or hamza → alef; dotless yeh → yeh; teh marbuta → heh; tatweel and the harakat
// (fathatan … sukun) removed.
const FOLD = new Int32Array(0x10000).fill(-1)
for (const code of [0x0622, 0x0623, 0x0625]) FOLD[code] = ALEF
FOLD[0x0649] = YEH
FOLD[0x0629] = HEH
const REMOVE = new Uint8Array(0x10000)
for (const code of [0x0640, 0x064b, 0x064c, 0x064d, 0x064e, 0x064f, 0x0650, 0x0651, 0x0652]) REMOVE[code] = 1

// ArabicStemmer: prefixes tried in this order, the first that fits removed; then every suffix that fits, in order.
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'].map(codes)
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'].map(codes)
/** The current token, normalised; reused from token to token. */
const buffer = new Uint16Array(256)

function codes(text: string): Uint16Array {
  return Uint16Array.from(text, (c) => c.charCodeAt(0))
}

/** A word character for the tokenizer: letters and digits of the Arabic and Latin blocks, and the harakat. */
function isTokenChar(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x065f) ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  )
}

function startsWithChecked(length: number, prefix: Uint16Array): boolean {
  // A one-letter prefix (wa-) needs four letters; the others leave at least two.
  if (prefix.length === 1 ? length < 4 : length < prefix.length + 2) return false
  for (let i = 0; i < prefix.length; i++) if (buffer[i] !== prefix[i]) return false
  return true
}

/** Whether `buffer[from, end)` ends with the suffix and keeps two letters without it. */
function endsWithChecked(from: number, end: number, suffix: Uint16Array): boolean {
  if (end - from < suffix.length + 2) return false
  const at = end - suffix.length
  for (let i = 0; i < suffix.length; i++) if (buffer[at + i] !== suffix[i]) return false
  return true
}

/** Tokenises, normalises and stems `text`, handing each term and its source offsets to `sink`; returns the count. */
export function luceneArabicAnalyze(
  text: string,
  sink: (term: string, start: number, end: number) => void,
): number {
  let count = 0
  const length = text.length
  let i = 0
  while (i < length) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    let n = 0
    while (i < length) {
      const code = text.charCodeAt(i)
      if (!isTokenChar(code)) break
      i++
      if (REMOVE[code] === 1 || n === buffer.length) continue
      const folded = FOLD[code]!
      buffer[n++] = folded === -1 ? code : folded
    }
    let offset = 0
    for (let p = 0; p < PREFIXES.length; p++) {
      if (startsWithChecked(n, PREFIXES[p]!)) {
        offset = PREFIXES[p]!.length
        break
      }
    }
    let end = n
    for (let s = 0; s < SUFFIXES.length; s++) {
      if (endsWithChecked(offset, end, SUFFIXES[s]!)) end -= SUFFIXES[s]!.length
    }
    if (end > offset) {
      sink(String.fromCharCode.apply(null, buffer.subarray(offset, end) as unknown as number[]), start, i)
      count++
    }
  }
  return count
}
