// Sorted word lists stored front-coded: each word as the length of the prefix it shares with the word before (one
// digit, 0–9) and the rest of it. Neighbours in a sorted list share long prefixes (استقبال، استقبل، استقبلت), so the
// string is about half as long and gzips about a third smaller than the words joined by spaces; the generated lists
// ship inside `parseArticle`'s bundle.

const MAX_SHARED = 9

/** `words` front-coded; each must be non-empty and free of ASCII digits. */
export function encodeFrontCoded(words: readonly string[]): string {
  let out = ''
  let previous = ''
  for (const word of words) {
    if (word.length === 0 || /[0-9]/.test(word)) throw new Error(`Cannot front-code the word "${word}"`)
    let shared = 0
    while (shared < MAX_SHARED && shared < previous.length && previous[shared] === word[shared]) shared++
    out += `${shared}${word.slice(shared)}`
    previous = word
  }
  return out
}

/** The words of a front-coded string, in order. */
export function decodeFrontCoded(coded: string): string[] {
  const words: string[] = []
  let previous = ''
  let i = 0
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48
    let end = i + 1
    while (end < coded.length && !isDigit(coded.charCodeAt(end))) end++
    previous = previous.slice(0, shared) + coded.slice(i + 1, end)
    words.push(previous)
    i = end
  }
  return words
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
