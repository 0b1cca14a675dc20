import { stemNormalized } from '../normalize/stem.ts'
import { stemNormalizedCached } from '../normalize/stem-cache.ts'
import { type CountTables, countWords, type WordCounts } from './word-counts.ts'

/** How often each word form, and each light stem, occurs in one document: evidence about where words end. */
export interface Vocabulary {
  count(normalizedWord: string): number
  countStem(stemmed: string): number
}

// Past this many stems asked, every word's stem is counted at once rather than the words searched for each one.
const STEM_SEARCHES = 4
// V8 makes a slice of 13 code units or more a view of the text it was cut from: kept in the table of recent stems,
// such a word would keep the whole article alive.
const LONGEST_CACHED = 12

function stemOf(word: string): string {
  return word.length > LONGEST_CACHED ? stemNormalized(word) : stemNormalizedCached(word)
}

/**
 * Counted on first use: the words when a fused heading's first test asks (often none does), the stems when the
 * words give no answer. `tables` lends the word counts their arrays (`CountTables`).
 */
export function buildVocabulary(text: string, tables?: CountTables): Vocabulary {
  let words: WordCounts | undefined
  const wordCounts = () => {
    words ??= countWords(text, tables)
    return words
  }
  // Stems through the analyzer's table of recent stems: an article's words are mostly the words of the ones before.
  let stems: Map<string, number> | undefined
  let searches = 0
  const stemCount = (stemmed: string) => {
    if (!stems && ++searches > STEM_SEARCHES) {
      stems = new Map()
      const words = wordCounts()
      for (let k = 0; k < words.size; k++) {
        const stem = stemOf(words.word(k))
        stems.set(stem, (stems.get(stem) ?? 0) + words.countAt(k))
      }
    }
    if (stems) return stems.get(stemmed) ?? 0
    return searchStem(wordCounts(), stemmed)
  }
  return {
    count: (word) => wordCounts().get(word),
    countStem: stemCount,
  }
}

/**
 * The count of the words whose stem is `stemmed`, stemming only those that may have it. An Arabic word's stem is a
 * part of it with ة written ه (the stemmer only cuts particles and endings, then folds ة), so it is a part of the word
 * once each ه of the stem may stand for ة; other scripts' stems are lower-cased.
 */
function searchStem(words: WordCounts, stemmed: string): number {
  let count = 0
  for (let k = 0; k < words.size; k++) {
    const first = words.firstCode(k)
    const arabic = first >= 0x0600 && first <= 0x06ff
    if (arabic && !words.holds(k, stemmed)) continue
    if (stemOf(words.word(k)) === stemmed) count += words.countAt(k)
  }
  return count
}
