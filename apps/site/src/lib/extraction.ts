import type { Article } from '@marsad/core'
import type { CitedSource, DateMention, Entity, Quote } from '../corpus/core-pending.ts'

export type Extraction = { quotes: Quote[]; entities: Entity[]; dates: DateMention[]; sources: CitedSource[] }

/** What the core extracted from an article; empty lists for an article parsed without extraction. */
export function extractionOf(article: Article): Extraction {
  const fields = article as Article & Partial<Extraction>
  return {
    quotes: fields.quotes ?? [],
    entities: fields.entities ?? [],
    dates: fields.dates ?? [],
    sources: fields.sources ?? [],
  }
}
