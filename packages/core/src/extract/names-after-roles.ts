import type { MentionIndex } from './mention-index.ts'
import { joined, type Scan, unquotedSpan } from './scan.ts'
import {
  isCalendarWord,
  isComplementizer,
  isFunctionWord,
  isGivenName,
  isVerbOfAnyList,
  titleHead,
} from './word-classes.ts'
import type { Word } from './words.ts'

const MAX_NAME_WORDS = 4

/**
 * A name the lists lack, right after a role that introduces no known person (`مراسل التلفزيون في رام الله عميد
 * شحادة، بأن`، `عضو اللجنة “أيمن خنفر” أن`، `المدرب الروماني فاليريو تيتا خلال`، `السيد التوفيق في تصريح`): up to
 * four words in quote marks, or up to three that are no particle, verb, number, time or title, past a nisba, that end
 * where the clause goes on (punctuation, a complementiser, a particle), and whose last word the article writes again
 * (`وتابع تيتا`), as it does a name. Returns the name's first and last word.
 */
export function nameAfterRole(
  scan: Scan,
  index: MentionIndex | undefined,
  k: number,
): { first: number; last: number; name: string } | undefined {
  const { words } = scan
  let first = k
  while (index?.mentionAt[first]?.form === 'nisba' && joined(words, first)) first++
  const start = words[first]
  if (!start || (first > 0 && start.sentence !== words[first - 1]!.sentence)) return undefined
  let last: number
  const quote = scan.quoteOpeningAt.get(first)
  if (quote) {
    last = first
    while (last - first < MAX_NAME_WORDS && scan.quoteClosingAt.get(last) !== quote) last++
    if (scan.quoteClosingAt.get(last) !== quote) return undefined
  } else {
    if (!joined(words, first)) return undefined
    last = first - 1
    while (last + 1 - first < MAX_NAME_WORDS - 1 && nameWord(words, last + 1, first)) last++
    if (last < first || !endsName(words, last + 1)) return undefined
  }
  // ضرورة، دعوة: a noun in ة after a title is its object (أكدت الوزيرة ضرورة أن); one bare word is a name only as
  // a surname with the article (السيد التوفيق).
  if (!quote && (words[last]!.norm.endsWith('ة') || (last === first && !start.norm.startsWith('ال'))))
    return undefined
  // حالة الطوارئ: nor does a name open with a noun in ة that no one is named.
  if (!quote && start.norm.endsWith('ة') && !isGivenName(start)) return undefined
  if (!writtenAgain(words, last)) return undefined
  const name = unquotedSpan(scan, first, last, words[first]!.bases[0]!)
  return { first, last, name }
}

function nameWord(words: readonly Word[], m: number, first: number): boolean {
  const word = words[m]
  if (!word || (m > first && !joined(words, m))) return false
  if (word.number || isFunctionWord(word) || isVerbOfAnyList(word) || isCalendarWord(word) || titleHead(word))
    return false
  return !isComplementizer(word) && word.norm.length > 1
}

/**
 * After a name the clause goes on: punctuation, a complementiser, a particle (في، خلال), a second role in apposition
 * (`المدرب الألماني NAME المدير الفني للنادي`), or the text ends.
 */
function endsName(words: readonly Word[], k: number): boolean {
  const word = words[k]
  return (
    !word ||
    !joined(words, k) ||
    isFunctionWord(word) ||
    titleHead(word) !== undefined ||
    isComplementizer(word)
  )
}

/** The name's last word stands elsewhere in the article, bare or after a particle (وتابع تيتا، للعجلوني). */
function writtenAgain(words: readonly Word[], last: number): boolean {
  const surname = words[last]!.norm
  for (let m = 0; m < words.length; m++) {
    if (m !== last && words[m]!.bases.some((base) => base.base === surname)) return true
  }
  return false
}
