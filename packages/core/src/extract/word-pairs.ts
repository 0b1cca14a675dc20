/**
 * A set of two-word phrases (`head next`, normalised) asked by its two words: the rules ask it of a word and the
 * one after it at every head they meet, and a string `${first} ${second}` built for each question costs more than
 * the look-up. Phrases of other lengths are never asked (words hold no space), so they are left out.
 */
export class WordPairs {
  private readonly byFirst = new Map<string, Set<string>>()

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const space = phrase.indexOf(' ')
      if (space < 0 || phrase.indexOf(' ', space + 1) >= 0) continue
      const first = phrase.slice(0, space)
      let seconds = this.byFirst.get(first)
      if (!seconds) {
        seconds = new Set()
        this.byFirst.set(first, seconds)
      }
      seconds.add(phrase.slice(space + 1))
    }
  }

  /** Whether `${first} ${second}` is one of the phrases; `first` and `second` are single words. */
  has(first: string, second: string): boolean {
    return this.byFirst.get(first)?.has(second) ?? false
  }
}
