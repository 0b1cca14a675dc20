import * as z from 'zod'
import { ArticleSchema } from './article.ts'

/** The JSON Schema (draft 2020-12) of `Article`, generated from the zod schema, for other languages and tools. */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
