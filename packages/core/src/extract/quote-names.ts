import type { Scan } from './scan.ts'
import { isRoleWord } from './word-classes.ts'

/**
 * The quoted span whose first word is `first` follows a head noun of `heads` (`حملة "…"`, `الفيلم التونسي "…"`): only
 * spaces, a tatweel or one adjective stand between the head and the opening mark.
 */
export function namedByHead(scan: Scan, first: number, heads: ReadonlySet<string>): boolean {
  const { words, text } = scan
  const quote = scan.quoteOpeningAt.get(first)
  if (!quote) return false
  let k = first - 1
  let word = words[k]
  if (!word || word.sentence !== words[first]!.sentence) return false
  const between = text.slice(word.end, quote.open).trim()
  if (between !== '' && between !== 'ـ') return false
  // حملة "…": the head itself is indefinite; `العملية "محدودة"` is a subject and what is said of it.
  if (isHead(word.bases, heads, false)) return true
  // One nisba may stand between, and then the head may be definite: الفيلم الفلسطيني "…".
  if (!NISBA_SHAPED.test(word.norm) || isRoleWord(word) || k === 0 || word.breakBefore) return false
  k--
  word = words[k]!
  return isHead(word.bases, heads, true)
}

const NISBA_SHAPED = /^ال.{2,}(?:ي|ية)$/

function isHead(bases: readonly { base: string }[], heads: ReadonlySet<string>, definite: boolean): boolean {
  for (const { base } of bases) {
    if (heads.has(base) || (definite && base.startsWith('ال') && heads.has(base.slice(2)))) return true
  }
  return false
}
