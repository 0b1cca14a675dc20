import { isFunctionWord, isVerb, reportingVerb, titleHead } from '../src/extract/word-classes.ts'
import type { Word } from '../src/extract/words.ts'
import type { Block } from '../src/model/article.ts'
import type { Entity } from '../src/model/extraction.ts'
import { stemNormalized } from '../src/normalize/stem.ts'

// `TAGGER_RULES=0`: the rules' own tags are no features, so the tagger judges the text on its own.
const RULES = process.env.TAGGER_RULES !== '0'
// `TAGGER_WORDS=0`: no feature names the word itself (its readings, stem, or pairs with it), only the letters at its
// ends, its classes and its context: a tagger that cannot memorise the names it was trained on.
const WORDS = process.env.TAGGER_WORDS !== '0'

/**
 * The features of each word for the learned tagger (`tagger-training.ts`), as strings: none names an outlet or a
 * list of ours by name, only the word's own letters, its readings' word-class bits, its neighbours', where it
 * stands, how often the article repeats it, and the rules' own entity tag (so the tagger learns where they err).
 */
export function wordFeatures(
  words: readonly Word[],
  blocks: readonly Block[],
  entities: readonly Entity[],
): string[][] {
  const ruleTags = ruleTagsOf(words, entities)
  const counts = new Map<string, number>()
  for (const word of words) {
    const s = stripped(word)
    counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  const headline = blocks.length > 1 ? (words[0]?.block ?? -1) : -1
  const lexical = words.map((word) => lexicalFeatures(word))
  return words.map((word, i) => {
    const out = ['bias', ...lexical[i]!.own]
    const s = stripped(word)
    const count = counts.get(s) ?? 1
    out.push(`freq=${count === 1 ? 1 : count === 2 ? 2 : count <= 4 ? 3 : 5}`)
    if (RULES) {
      out.push(`rule=${ruleTags[i]}`)
      if (WORDS) out.push(`rule+s=${ruleTags[i]}|${s}`)
    }
    if (word.block === headline) out.push('headline')
    out.push(`block=${blocks[word.block]?.kind ?? 'none'}`)
    const sentenceStart = i === 0 || words[i - 1]!.sentence !== word.sentence
    const sentenceEnd = i === words.length - 1 || words[i + 1]!.sentence !== word.sentence
    if (sentenceStart) out.push('sentence-start')
    if (sentenceEnd) out.push('sentence-end')
    if (word.breakBefore) out.push(`gap=${punctuation(word.gap)}`)
    const next = words[i + 1]
    if (next?.breakBefore) out.push(`gap+1=${punctuation(next.gap)}`)
    for (const d of [-2, -1, 1, 2]) {
      const j = i + d
      const other = words[j]
      if (other === undefined || other.sentence !== word.sentence) {
        out.push(`${d}:edge`)
        continue
      }
      for (const feature of lexical[j]!.context) out.push(`${d}:${feature}`)
      if (RULES && (d === -1 || d === 1)) out.push(`${d}:rule=${ruleTags[j]}`)
    }
    const before = words[i - 1]
    if (before !== undefined && WORDS) out.push(`-1s+s=${stripped(before)}|${s}`)
    return out
  })
}

/** The reading with every particle removed (the last of `bases`). */
export function stripped(word: Word): string {
  return word.bases[word.bases.length - 1]!.base
}

function lexicalFeatures(word: Word): { own: string[]; context: string[] } {
  const s = stripped(word)
  const stem = stemNormalized(s)
  const classes: string[] = []
  for (let bit = 0; bit < 24; bit++) if (word.flags & (1 << bit)) classes.push(`flag${bit}`)
  if (isFunctionWord(word)) classes.push('function')
  if (isVerb(word)) classes.push('verb')
  if (reportingVerb(word) !== undefined) classes.push('saying')
  if (titleHead(word) !== undefined) classes.push('title')
  if (word.number) classes.push('number')
  if (/[A-Za-z]/.test(word.raw)) classes.push('latin')
  const own = [
    ...(WORDS ? [`w=${word.bases[0]!.base}`, `s=${s}`, `stem=${stem}`] : []),
    `p2=${s.slice(0, 2)}`,
    `p3=${s.slice(0, 3)}`,
    `x2=${s.slice(-2)}`,
    `x3=${s.slice(-3)}`,
    `cut=${word.bases.length - 1}:${word.norm.slice(0, word.bases[word.bases.length - 1]!.cut)}`,
    `len=${Math.min(s.length, 9)}`,
    ...classes,
  ]
  if (s.startsWith('ال')) own.push('article')
  const context = [`s=${s}`, `stem=${stem}`, ...classes]
  return { own, context }
}

function punctuation(gap: string): string {
  const marks = gap.replace(/\s+/g, '')
  return marks.length === 0 ? 'space' : marks.slice(0, 2)
}

/** Per word: the kind, B or I and form of the rules' mention covering it, or `O`. */
function ruleTagsOf(words: readonly Word[], entities: readonly Entity[]): string[] {
  const tags = words.map(() => 'O')
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, kind: entity.kind })))
    .sort((a, b) => a.start - b.start)
  let m = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    while (m < mentions.length && mentions[m]!.end <= word.start) m++
    const mention = mentions[m]
    if (mention === undefined || mention.start >= word.end) continue
    const inside = mention.start >= word.start ? 'B' : 'I'
    tags[i] = `${inside}-${mention.kind}-${mention.form ?? 'name'}`
  }
  return tags
}
