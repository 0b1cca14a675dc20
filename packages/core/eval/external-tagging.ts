import { ENTITY_WEIGHTS } from '../src/extract/entity-weights.ts'
import { extractWith } from '../src/extract/index.ts'
import type { Word } from '../src/extract/words.ts'
import { norm } from '../src/lang/ar/spelling.ts'
import { readStructure } from '../src/structure/parse-article.ts'
import type { ExternalDocument } from './external-corpus.ts'
import { wordFeatures } from './tagger-features.ts'
import {
  beginOf,
  type FeatureIndex,
  insideOf,
  isInside,
  KINDS,
  kindOf,
  type TaggedArticle,
} from './tagger-training.ts'

/** What the tagger trains on: per word, its feature ids and its tag. */
export type TrainingArticle = Pick<TaggedArticle, 'features' | 'tags'>

/** How often each normalised token is written alone in the corpora: which reading of a word begins a name. */
export function tokenCounts(documents: readonly ExternalDocument[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const document of documents)
    for (const token of document.tokens) {
      const form = norm(token.text)
      counts.set(form, (counts.get(form) ?? 0) + 1)
    }
  return counts
}

/**
 * The reading a name begins at (see `TAGS`): the corpora attach particles to the name's token (وألمانيا B-LOC),
 * so the reading taken is the one written alone most often in the corpora (a tie goes to the shorter: the word as
 * written counts itself), the word as written when no shorter reading is written alone.
 */
export function beginningReading(word: Word, counts: ReadonlyMap<string, number>): number {
  let best = 0
  let most = counts.get(word.bases[0]!.base) ?? 0
  for (let r = 1; r < Math.min(word.bases.length, 3); r++) {
    const count = counts.get(word.bases[r]!.base) ?? 0
    if (count > 0 && count >= most) {
      best = r
      most = count
    }
  }
  return best
}

/**
 * Our words tagged from the corpus's tokens: a word takes the kind of the token it starts in, B when it starts
 * the token of a B tag, I otherwise; an I after nothing of its kind (a token cut in two words, a tag out of order)
 * becomes that kind's B.
 */
export function externalTags(
  words: readonly Word[],
  document: ExternalDocument,
  counts: ReadonlyMap<string, number>,
): Uint8Array {
  const tags = new Uint8Array(words.length)
  let t = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    while (t < document.tokens.length && document.tokens[t]!.end <= word.start) t++
    const token = document.tokens[t]
    if (token === undefined || token.start > word.start || token.kind === null) continue
    const kind = KINDS.indexOf(token.kind)
    const previous = i > 0 ? tags[i - 1]! : 0
    const continues = previous !== 0 && kindOf(previous) === kind
    const opens = (token.begins && token.start === word.start) || !continues
    tags[i] = opens ? beginOf(kind, beginningReading(word, counts)) : insideOf(kind)
  }
  return tags
}

/** The corpus's documents read by the rules as shipped, their words' features (interned) and tags. */
export function tagExternal(
  documents: readonly ExternalDocument[],
  index: FeatureIndex,
  counts: ReadonlyMap<string, number>,
): (TrainingArticle & { words: number; labelled: number })[] {
  return documents.map((document) => {
    const { blocks, sentences } = readStructure(document.text)
    const { extraction, words } = extractWith({ text: document.text, blocks, sentences }, ENTITY_WEIGHTS)
    const features = wordFeatures(words, blocks, extraction.entities).map((names) =>
      Int32Array.from(names, (feature) => index.id(feature)),
    )
    const tags = externalTags(words, document, counts)
    let labelled = 0
    for (const tag of tags) if (tag !== 0 && !isInside(tag)) labelled++
    return { features, tags, words: words.length, labelled }
  })
}
