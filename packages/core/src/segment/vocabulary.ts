import { normalize } from '../normalize/normalize.ts'
import { stemNormalizedCached } from '../normalize/stem-cache.ts'
import { tokenize } from '../normalize/tokenize.ts'

/** How often each word form, and each light stem, occurs in one document: evidence about where words end. */
export interface Vocabulary {
  count(normalizedWord: string): number
  countStem(stemmed: string): number
}

export function buildVocabulary(text: string): Vocabulary {
  const words = new Map<string, number>()
  for (const token of tokenize(normalize(text))) {
    if (token.kind === 'word') words.set(token.text, (words.get(token.text) ?? 0) + 1)
  }
  // Stems are needed only when the word forms give no answer, so they are counted on first use, through the
  // analyzer's table of recent stems: an article's words are mostly the words of the articles before it.
  let stems: Map<string, number> | undefined
  const stemCounts = () => {
    if (stems) return stems
    stems = new Map()
    for (const [word, count] of words) {
      const stemmed = stemNormalizedCached(word)
      stems.set(stemmed, (stems.get(stemmed) ?? 0) + count)
    }
    return stems
  }
  return {
    count: (word) => words.get(word) ?? 0,
    countStem: (stemmed) => stemCounts().get(stemmed) ?? 0,
  }
}
