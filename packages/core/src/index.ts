export type { CorpusError, CorpusFile, CorpusFormat } from './corpus/corpus-file.ts'
export { corpusFormatOf, idFromFileName, readCorpusFile } from './corpus/corpus-file.ts'
export type { Article, ArticleSource, Block, BlockKind, Sentence } from './model/article.ts'
export {
  ArticleSchema,
  ArticleSourceSchema,
  BlockKindSchema,
  BlockSchema,
  SentenceSchema,
} from './model/article.ts'
export type { ArticleInput } from './model/article-input.ts'
export { ArticleInputSchema } from './model/article-input.ts'
export { articleJsonSchema } from './model/json-schema.ts'
export type { AnalyzeOptions, Term } from './normalize/analyze.ts'
export { analyze, analyzeToString } from './normalize/analyze.ts'
export { analyzeArticle } from './normalize/analyze-article.ts'
export type { NormalizedText, NormalizeOptions } from './normalize/normalize.ts'
export { normalize, normalizeWithOffsets } from './normalize/normalize.ts'
export { stem, stripPrefixes, stripSuffixes } from './normalize/stem.ts'
export type { Token, TokenKind } from './normalize/tokenize.ts'
export { tokenize } from './normalize/tokenize.ts'
export { ArticleInputError } from './structure/article-input-error.ts'
export { contentId } from './structure/content-id.ts'
export type { ParseOptions } from './structure/parse-article.ts'
export { parseArticle } from './structure/parse-article.ts'
