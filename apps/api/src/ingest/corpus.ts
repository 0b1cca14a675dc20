import type { Article } from '@marsad/core'
import type { CorpusSnapshot } from '../storage/repository.ts'
import type { StoryIndexShape } from './story-engine.ts'

export interface CorpusEntry {
  id: string
  hash: string
  article: Article
}

/**
 * The stored corpus as of one version, parsed: what story clustering runs over. Kept between writes and replaced
 * whenever the stored version moves past it.
 */
export class Corpus {
  readonly version: number
  readonly entries: readonly CorpusEntry[]
  /** Each article's story; set for a new corpus once its stories are planned. */
  storyOf: ReadonlyMap<string, string>
  /**
   * The story clusterer fed with `entries`, each batch (or, after a rebuild, all of them) in the core's `storyOrder`,
   * once a write has needed it. Appending articles extends it in place; it is only valid for the corpus it was fed, and a corpus is dropped as soon as a commit fails.
   */
  index: StoryIndexShape | undefined
  readonly #byId: Map<string, CorpusEntry>

  constructor(
    version: number,
    entries: CorpusEntry[],
    storyOf: ReadonlyMap<string, string>,
    index?: StoryIndexShape,
  ) {
    this.version = version
    this.entries = entries
    this.storyOf = storyOf
    this.index = index
    this.#byId = new Map(entries.map((e) => [e.id, e]))
  }

  static fromSnapshot(snapshot: CorpusSnapshot): Corpus {
    const entries = snapshot.articles.map((a) => ({
      id: a.id,
      hash: a.hash,
      article: JSON.parse(a.json) as Article,
    }))
    return new Corpus(snapshot.version, entries, snapshot.storyOf)
  }

  get(id: string): CorpusEntry | undefined {
    return this.#byId.get(id)
  }
}
