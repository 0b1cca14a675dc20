import {
  paragraphOpenerSet as paragraphOpeners,
  properNameSet as properNames,
  rootInitialWordSet as rootInitialWords,
  stopwordSet as stopwords,
} from '../lang/ar/compiled-analysis.ts'
import { norm } from '../lang/ar/spelling.ts'
import { isArabicLetter, isArabicMark, isWordFinalOnly } from '../normalize/arabic-letters.ts'
import { CodeUnits } from '../normalize/code-units.ts'
import { stem } from '../normalize/stem.ts'
import { TokenCursor } from '../normalize/tokenize.ts'
import { isRunningTextMark, isSentenceTerminator } from './marks.ts'
import type { Span } from './span.ts'
import type { Vocabulary } from './vocabulary.ts'

/** Where a fused subheading ends and its paragraph begins. */
export interface FusedHeading {
  headingEnd: number
  paragraphStart: number
}

// A subheading is a short phrase; past this many words the text is a sentence.
const MAX_HEADING_WORDS = 8
const WINDOW = 200
const ACCEPT = 3

// The window's code units for its token cursor (the loop reads no other window while the cursor is read).
const WINDOW_UNITS = new CodeUnits()

/**
 * Finds a subheading fused to the paragraph that follows it, as scrapers leave them when they drop the heading's
 * markup: `دعم سورياوأكد بوتين …` is the heading `دعم سوريا` and a paragraph starting `وأكد`. The fused word is
 * not a word of the language; it splits into a word that can end a phrase and a word that can open a paragraph.
 * Evidence for each side is scored: a letter that only ends words (ة ى), the same word standing alone elsewhere in the
 * article, the lexicons of names, function words and paragraph openers. Returns null when the evidence is weak,
 * or when the paragraph visibly starts at once (its first word is an opener).
 */
export function findFusedHeading(text: string, run: Span, vocabulary: Vocabulary): FusedHeading | null {
  const windowEnd = Math.min(run.end, run.start + WINDOW)
  const window = text.slice(run.start, windowEnd)
  // Token by token, with no token objects: most runs are refused at their first token or split at an early one.
  const tokens = new TokenCursor(window, WINDOW_UNITS.copy(window))
  let previousEnd = 0
  for (let j = 0; j < MAX_HEADING_WORDS && tokens.next(); j++) {
    const { start, end } = tokens
    const token = window.slice(start, end)
    if (j === 0 && (start !== 0 || paragraphOpeners.has(norm(token)))) return null
    if (hasRunningTextMark(window, previousEnd, start)) return null
    previousEnd = end
    const split = bestSplit(token, vocabulary)
    if (split === null) continue
    const at = run.start + start + split
    return { headingEnd: at, paragraphStart: at }
  }
  return null
}

function hasRunningTextMark(window: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = window.charCodeAt(i)
    if (isRunningTextMark(code) || isSentenceTerminator(code)) return true
  }
  return false
}

/** The offset inside `word` where the heading ends, or null when the word is a plain word. */
function bestSplit(word: string, vocabulary: Vocabulary): number | null {
  if (word.length < 4) return null
  const whole = norm(word)
  if (isKnownWord(whole)) return null
  let wholeCount = -1
  let best: number | null = null
  let bestScore = 0
  for (let k = 2; k <= word.length - 2; k++) {
    if (!isArabicLetter(word.charCodeAt(k)) || isArabicMark(word.charCodeAt(k))) continue
    const head = word.slice(0, k)
    const tail = word.slice(k)
    // ة and ى end words and nothing else: after them a word boundary is certain, whatever follows, and the head
    // scores 2. Otherwise no split reaches ACCEPT but before a tail that opens paragraphs (1.5 or 2): the lexicons
    // refuse most split points before the article's words are counted.
    const finalOnly = isWordFinalOnly(lastLetter(head))
    const paragraphScore = scoreParagraphStart(tail)
    if (paragraphScore === 0 && !finalOnly) continue
    // A fused form that recurs as often as its first part stands alone is more likely a word than an accident.
    if (wholeCount < 0) wholeCount = vocabulary.count(whole)
    if (wholeCount > 1 && wholeCount >= vocabulary.count(norm(head))) continue
    const headScore = finalOnly ? 2 : scoreHeadingEnd(head, vocabulary)
    if (headScore === 0) continue
    const tailScore = Math.max(paragraphScore, headScore === 2 ? 1 : 0)
    const score = headScore + tailScore
    if (score >= ACCEPT && score > bestScore) {
      best = k
      bestScore = score
    }
  }
  return best
}

function isKnownWord(word: string): boolean {
  return (
    properNames.has(word) || rootInitialWords.has(word) || stopwords.has(word) || paragraphOpeners.has(word)
  )
}

function lastLetter(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) {
    const code = word.charCodeAt(i)
    if (!isArabicMark(code)) return code
  }
  return 0
}

/** The head's score when its last letter does not end words only (that one scores 2). */
function scoreHeadingEnd(head: string, vocabulary: Vocabulary): number {
  const word = norm(head)
  if (vocabulary.count(word) > 0) return 1.5
  if (isKnownWord(word)) return 1
  if (word.length >= 3 && vocabulary.countStem(stem(word)) > 0) return 1
  return 0
}

/** How surely `tail` opens a paragraph: 2 for an opener, 1.5 for one after و. */
function scoreParagraphStart(tail: string): number {
  const word = norm(tail)
  if (paragraphOpeners.has(word)) return 2
  if (word.startsWith('و') && paragraphOpeners.has(word.slice(1))) return 1.5
  return 0
}
