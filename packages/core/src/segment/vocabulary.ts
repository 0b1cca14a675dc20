import { normalize } from '../normalize/normalize.ts'
import { stem } from '../normalize/stem.ts'
import { tokenize } from '../normalize/tokenize.ts'

/** How often each word form, and each light stem, occurs in one document: evidence about where words end. */
export interface Vocabulary {
  count(normalizedWord: string): number
  countStem(stemmed: string): number
}

export function buildVocabulary(text: string): Vocabulary {
  const words = new Map<string, number>()
  const stems = new Map<string, number>()
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue
    const word = normalize(token.text)
    words.set(word, (words.get(word) ?? 0) + 1)
    const stemmed = stem(word)
    stems.set(stemmed, (stems.get(stemmed) ?? 0) + 1)
  }
  return {
    count: (word) => words.get(word) ?? 0,
    countStem: (stemmed) => stems.get(stemmed) ?? 0,
  }
}
