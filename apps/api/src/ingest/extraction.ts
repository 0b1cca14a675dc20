import type { Article, Entity, Quote } from '@marsad/core'

// A model stored before the core extracted entities and quotes has neither field; the server re-parses such models
// at start (see `modelFingerprint`), and until then they read as naming no one.

export function entitiesOf(article: Article): Entity[] {
  return article.entities ?? []
}

export function quotesOf(article: Article): Quote[] {
  return article.quotes ?? []
}
