import type { EntityKind } from '../../src/model/extraction.ts'

/**
 * A hand-annotated article. Annotations are matched by text, never by offsets (see README.md for the conventions).
 * A speaker is null when the text does not say who spoke, or a list of names that all denote the speaker (the
 * full name, a short form, the role the text uses).
 */
export interface GoldArticle {
  id: string
  /** The article text; for a seed, read from `seeds/` by the test. */
  text?: string
  seed?: string
  publishedAt?: string
  quotes: readonly GoldQuote[]
  entities: readonly GoldEntity[]
  dates: readonly GoldDate[]
  sources: readonly GoldSource[]
}

export interface GoldQuote {
  kind: 'direct' | 'indirect'
  /** Direct: the words inside the marks. Indirect: the reported clause after إن / أن. */
  text: string
  speaker: readonly string[] | null
}

export interface GoldEntity {
  kind: EntityKind
  name: string
  aliases?: readonly string[]
  /** A place the article refers to only by its nisba adjective (الروسي): linked, but not a named mention. */
  nisbaOnly?: boolean
}

export interface GoldDate {
  text: string
  value?: string
}

export interface GoldSource {
  name: string
  kind: 'media' | 'organization' | 'person' | 'anonymous' | 'other'
}
