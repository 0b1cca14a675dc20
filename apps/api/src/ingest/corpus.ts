import type { Article } from '@marsad/core'
import type { CorpusSnapshot } from '../storage/repository.ts'

export interface CorpusEntry {
  id: string
  hash: string
  article: Article
}

/** The stored corpus as of one version, parsed: what re-parsing (`Ingestor.reindex`) runs over. */
export class Corpus {
  readonly version: number
  readonly entries: readonly CorpusEntry[]
  /** Each article's stored story. */
  readonly storyOf: ReadonlyMap<string, string>
  readonly #byId: Map<string, CorpusEntry>

  constructor(version: number, entries: CorpusEntry[], storyOf: ReadonlyMap<string, string>) {
    this.version = version
    this.entries = entries
    this.storyOf = storyOf
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
