import { entityId } from '../extract/entities.ts'
import { isResultWord } from '../extract/match-scores.ts'
import { stateWords } from '../lang/ar/compiled.ts'
import {
  moreFunctionWordSet as MORE_FUNCTION_WORDS,
  stopwordSet as stopwords,
} from '../lang/ar/compiled-analysis.ts'
import { norm } from '../lang/ar/spelling.ts'
import { normalize } from '../normalize/normalize.ts'
import { stem } from '../normalize/stem.ts'
import type { Token } from '../normalize/tokenize.ts'
import { hashString } from './fingerprint.ts'

export interface WordInfo {
  /** Dense id of the word's term (light stem, `#digits` for numbers) in this table. */
  term: number
  /** Hash of the term, for shingles. */
  hash: number
  /** False for function words and one-letter remnants: they shape shingles but carry no topic. */
  content: boolean
  /**
   * The entity term (`@location:…`) of the state this word names (إسبانيا) or is the adjective of (المغربي، الإيرانية
   * → المغرب، إيران), else -1: outlets name a state's team, government or people by its nisba as often as by its name.
   */
  state: number
  /** A word of a match's result (فاز، تعادل، بنتيجة: `isResultWord`): only a lead holding one is read for scores. */
  result: boolean
}

const DIGITS = { digits: true } as const

/** Spellings per cache generation; the term ids themselves are kept. */
const CACHE_LIMIT = 100_000

/**
 * Interns terms as dense integer ids and caches the analysis of each spelling: news vocabulary is Zipfian, so most
 * tokens are stemmed once per index rather than once per occurrence.
 */
export class TermTable {
  readonly #ids = new Map<string, number>()
  readonly #names: string[] = []
  // Two generations: when the recent one is full it becomes the older one, so the frequent spellings survive while
  // one-off ones (numbers, rare names) are dropped, and a long stream does not re-stem its common words.
  #recent = new Map<string, WordInfo>()
  #older = new Map<string, WordInfo>()

  /** Id of a term string (entity keys, already analysed terms), created on first use. */
  intern(term: string): number {
    let id = this.#ids.get(term)
    if (id === undefined) {
      id = this.#names.length
      this.#ids.set(term, id)
      this.#names.push(term)
    }
    return id
  }

  /** The term string of an id. */
  name(id: number): string {
    return this.#names[id]!
  }

  get size(): number {
    return this.#names.length
  }

  word(token: Token): WordInfo {
    let info = this.#recent.get(token.text)
    if (info !== undefined) return info
    info = this.#older.get(token.text) ?? this.#analyse(token)
    if (this.#recent.size >= CACHE_LIMIT) {
      this.#older = this.#recent
      this.#recent = new Map()
    }
    this.#recent.set(token.text, info)
    return info
  }

  #analyse(token: Token): WordInfo {
    const isNumber = token.kind === 'number'
    const term = isNumber ? `#${normalize(token.text, DIGITS)}` : stem(token.text)
    const folded = isNumber ? '' : norm(token.text)
    const state = isNumber ? undefined : stateWords.get(folded)
    return {
      state: state === undefined ? -1 : this.intern(`@${entityId('location', state)}`),
      term: this.intern(term),
      hash: hashString(term),
      content: isNumber || (term.length >= 2 && !stopwords.has(term) && !isFunctionWord(token.text)),
      result: token.kind === 'word' && isResultWord(folded),
    }
  }
}

function isFunctionWord(word: string): boolean {
  const normal = normalize(word)
  return stopwords.has(normal) || MORE_FUNCTION_WORDS.has(normal)
}
