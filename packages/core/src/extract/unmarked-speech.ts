import { firstPersonOpenerSet } from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import type { Complement } from './reports.ts'
import type { Scan } from './scan.ts'
import { isFunctionWord } from './word-classes.ts'
import type { Word } from './words.ts'

/**
 * Speech set down with neither a complementiser nor quote marks: قال الدكتور NAME، مدير عام …، واجهنا ليلة صعبة;
 * مشدداً هناك رفض كبير …. After the verb, its subject and the role in apposition to it, a word in the first person
 * plural (واجهنا، بلادنا) or one that opens a clause of its own (نحن، أنا، هناك) begins what was said: the article's
 * own voice never speaks so.
 */
export function unmarkedSpeech(scan: Scan, index: MentionIndex, from: number): Complement | undefined {
  const { words } = scan
  const sentence = words[from - 1]?.sentence
  let k = from
  const role = index.roleAt[k]
  if (role && role.first === k) k = role.last + 1
  const word = words[k]
  if (!word || word.sentence !== sentence || scan.quoted[k] || scan.credit[k]) return undefined
  return opensSpeech(word) ? { kind: 'clause', at: k } : undefined
}

function opensSpeech(word: Word): boolean {
  if (firstPersonOpenerSet.has(word.norm)) return true
  return (
    FIRST_PERSON_PLURAL.test(word.norm) &&
    word.norm.length >= MIN_LETTERS &&
    !word.norm.startsWith('ال') &&
    !isFunctionWord(word)
  )
}

const FIRST_PERSON_PLURAL = /نا$/
const MIN_LETTERS = 5
