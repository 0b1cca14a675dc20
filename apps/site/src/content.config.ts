import { defineCollection } from 'astro:content'
import { ArticleSchema } from '@marsad/core'
import { corpusLoaders } from './corpus/loaders.ts'
import { EntityEntrySchema, StoryEntrySchema } from './corpus/schemas.ts'

const loaders = corpusLoaders({
  articles: (corpus) => corpus.articles.map((article) => ({ id: article.id, data: article })),
  stories: (corpus) => corpus.stories.map((entry) => ({ id: entry.story.id, data: entry })),
  entities: (corpus) => corpus.entities.map((entry) => ({ id: entry.id, data: entry })),
})

export const collections = {
  articles: defineCollection({ loader: loaders.articles, schema: ArticleSchema }),
  stories: defineCollection({ loader: loaders.stories, schema: StoryEntrySchema }),
  entities: defineCollection({ loader: loaders.entities, schema: EntityEntrySchema }),
}
