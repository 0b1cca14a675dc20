import { ENTITY_WEIGHTS } from '../src/extract/entity-weights.ts'
import { extractWith } from '../src/extract/index.ts'
import type { Word } from '../src/extract/words.ts'
import type { Entity, EntityKind } from '../src/model/extraction.ts'
import { key } from '../test/extraction/score.ts'
import { type DevelopmentItem, extractionInput } from './development-batches.ts'
import type { ExtractionGoldArticle } from './gold-schema.ts'
import { wordFeatures } from './tagger-features.ts'

// The learned entity tagger's data (round 11, `train-tagger.ts`): articles parsed by the rules, their words'
// features and the tags the gold gives them. The tagger itself is in `tagger-perceptron.ts`, how its spans join the
// rules in `tagger-additions.ts`.

export const KINDS: readonly EntityKind[] = ['person', 'organization', 'location', 'media']
/**
 * Tags: 0 is O, then for each kind in `KINDS`' order three B tags and an I. The B tag names the reading of the first
 * word the name is (`Word.bases`: as written, or with one or two particles removed), so the tagger learns where a
 * name's letters begin (ولبنان → لبنان, وليد stays).
 */
export const TAGS = 1 + 4 * KINDS.length
export const beginOf = (kind: number, reading: number) => 1 + 4 * kind + reading
export const insideOf = (kind: number) => 4 + 4 * kind
export const kindOf = (tag: number) => (tag - 1) >> 2
export const isInside = (tag: number) => tag > 0 && (tag - 1) % 4 === 3
/** The reading of the first word a B tag names. */
export const readingOf = (tag: number) => (tag - 1) % 4

/** An article parsed once by the rules as shipped, its words with features (interned) and gold tags. */
export interface TaggedArticle {
  gold: ExtractionGoldArticle
  text: string
  input: ReturnType<typeof extractionInput>
  entities: Entity[]
  words: readonly Word[]
  /** Per word, the ids of its features. */
  features: Int32Array[]
  tags: Uint8Array
}

export interface TaggedBatch {
  name: string
  articles: TaggedArticle[]
}

/** Feature strings to ids, shared by every batch (a feature no training word has keeps a weight of 0). */
export class FeatureIndex {
  private readonly ids = new Map<string, number>()
  get size(): number {
    return this.ids.size
  }
  /** The feature strings, by id. */
  names(): string[] {
    return [...this.ids.keys()]
  }
  id(feature: string): number {
    let id = this.ids.get(feature)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(feature, id)
    }
    return id
  }
}

export function tagBatch(name: string, items: readonly DevelopmentItem[], index: FeatureIndex): TaggedBatch {
  return {
    name,
    articles: items.map((item) => {
      const input = extractionInput(item)
      const { extraction, words } = extractWith(input, ENTITY_WEIGHTS)
      const features = wordFeatures(words, input.blocks, extraction.entities).map((names) =>
        Int32Array.from(names, (feature) => index.id(feature)),
      )
      return {
        gold: item.gold,
        text: item.text,
        input,
        entities: extraction.entities,
        words,
        features,
        tags: goldTags(words, item.gold),
      }
    }),
  }
}

/** The scorer's key of a word's reading, as tokens (a word of dotted initials may give several). */
const keyTokens = (text: string) => key(text).split(' ').filter(Boolean)

/**
 * Tags every occurrence of every gold name and alias in the words (the gold names an entity once; the tagger learns
 * each place it is written), the first word with or without its particles. Longer names win; nisba-only gold and
 * a name of one letter are not tagged.
 */
export function goldTags(words: readonly Word[], gold: ExtractionGoldArticle): Uint8Array {
  const tags = new Uint8Array(words.length)
  const names = gold.entities
    .filter((entity) => !entity.nisbaOnly)
    .flatMap((entity) =>
      [entity.name, ...(entity.aliases ?? [])].map((name) => ({
        kind: KINDS.indexOf(entity.kind),
        tokens: keyTokens(name),
      })),
    )
    .filter((name) => name.tokens.join('').length > 1)
    .sort((a, b) => b.tokens.length - a.tokens.length)
  const rest = words.map((word) => keyTokens(word.norm))
  const firsts = words.map((word) => word.bases.map((base) => keyTokens(base.base)))
  for (const { kind, tokens } of names) {
    for (let i = 0; i < words.length; i++) {
      const { end, reading } = matchAt(i, tokens, firsts, rest)
      if (end < 0) continue
      let free = true
      for (let j = i; j <= end; j++) if (tags[j] !== 0) free = false
      if (!free) continue
      tags[i] = beginOf(kind, reading)
      for (let j = i + 1; j <= end; j++) tags[j] = insideOf(kind)
    }
  }
  return tags
}

/** The last word of `tokens` matched from word `i` on (-1: none), and the reading of word `i` that matched. */
function matchAt(
  i: number,
  tokens: readonly string[],
  firsts: string[][][],
  rest: string[][],
): { end: number; reading: number } {
  for (let reading = 0; reading < firsts[i]!.length; reading++) {
    const first = firsts[i]![reading]!
    let t = 0
    let j = i
    let parts = first
    let ok = true
    while (t < tokens.length) {
      if (j >= rest.length) {
        ok = false
        break
      }
      for (const part of parts) {
        if (tokens[t] !== part) {
          ok = false
          break
        }
        t++
      }
      if (!ok || t === tokens.length) break
      j++
      parts = rest[j] ?? []
    }
    if (ok && t === tokens.length) return { end: j, reading }
  }
  return { end: -1, reading: 0 }
}
