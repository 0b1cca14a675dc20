import { decodeFrontCoded } from '../lang/ar/front-coding.ts'

const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]+$/

/**
 * The words of a list given to a `register…` function, front-coded (`lang/ar/front-coding.ts`, as the entry points
 * ship the lists) or one by one, each in the spelling `spell` gives; the first that is not one word of Arabic letters
 * stops the registration, named with `caller`, before anything is added.
 */
export function registeredWords(
  list: string | readonly string[],
  spell: (word: string) => string,
  caller: string,
): string[] {
  const words = (typeof list === 'string' ? decodeFrontCoded(list) : list).map(spell)
  const bad = words.find((word) => !ARABIC_WORD.test(word))
  if (bad !== undefined) throw new Error(`${caller}: "${bad}" is not one word of Arabic letters`)
  return words
}
