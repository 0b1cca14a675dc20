import { defineCollection } from 'astro:content'
import { ArticleSchema } from '@marsad/core'
import { corpusLoaders } from './corpus/loaders.ts'

const loaders = corpusLoaders({
  articles: (corpus) => corpus.articles.map((article) => ({ id: article.id, data: article })),
})

export const collections = {
  articles: defineCollection({ loader: loaders.articles, schema: ArticleSchema }),
}
