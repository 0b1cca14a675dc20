import { normalize } from '@marsad/core'

/** A word of a quote as written, with the space after it, and whether the other wording has it too. */
export type DiffWord = { text: string; space: string; same: boolean }

const words = (text: string) =>
  [...text.matchAll(/(\S+)(\s*)/g)].map((match) => ({ text: match[1]!, space: match[2]! }))

/**
 * The words of `text` marked by whether `base` has them in the same order: a longest common subsequence over
 * words compared after the core's normalisation, so that diacritics, hamza forms and punctuation around a word
 * are no difference, and a reworded, added or dropped word is.
 */
export function wordDiff(base: string, text: string): DiffWord[] {
  const key = (word: string) => normalize(word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
  const a = words(base).map((w) => key(w.text))
  const b = words(text)
  const bk = b.map((w) => key(w.text))
  // lengths[i][j]: LCS of a[i..] and bk[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(bk.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = bk.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        a[i] === bk[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
    }
  }
  const same = new Set<number>()
  for (let i = 0, j = 0; i < a.length && j < bk.length; ) {
    if (a[i] === bk[j]) {
      same.add(j)
      i++
      j++
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++
    else j++
  }
  return b.map((word, index) => ({ ...word, same: same.has(index) || bk[index] === '' }))
}
