export type {
  SmallMerge,
  StoredMember,
  StoryAssignment,
  StoryIndex,
  StoryIndexOptions,
  StoryPlacement,
  StoryWindow,
  TermCounts,
} from './cluster/index.ts'
export {
  clusterStories,
  createStoryIndex,
  storiesOf,
  storyId,
  storyOrder,
  storyTime,
} from './cluster/index.ts'
export { compareCoverage } from './compare/index.ts'
export type { TimelineArticle } from './compare/timeline.ts'
export { storyTimeline } from './compare/timeline.ts'
export type { CorpusError, CorpusFile, CorpusFormat } from './corpus/corpus-file.ts'
export {
  corpusFormatOf,
  idFromFileName,
  readCorpusBytes,
  readCorpusFile,
  readCorpusLine,
  readCorpusLineBytes,
} from './corpus/corpus-file.ts'
export type { PlaceList } from './extract/administrative-places.ts'
export { registerPlaces } from './extract/administrative-places.ts'
export type { Extraction, ExtractionInput } from './extract/index.ts'
export { entityId, extractArticle, inferArticleDate } from './extract/index.ts'
export type { BodyLists } from './extract/registered-bodies.ts'
export { registerBodies } from './extract/registered-bodies.ts'
export { registerPeople } from './extract/registered-people.ts'
export { registerVerbs } from './extract/registered-verbs.ts'
export { registerGivenNames } from './extract/source-given-names.ts'
export type { OutletKind } from './lang/ar/media.ts'
export type {
  Article,
  ArticleDate,
  ArticleDateBasis,
  ArticleSource,
  Block,
  BlockKind,
  Sentence,
} from './model/article.ts'
export {
  ArticleDateBasisSchema,
  ArticleDateSchema,
  ArticleSchema,
  ArticleSourceSchema,
  BlockKindSchema,
  BlockSchema,
  CONTENT_BLOCK_KINDS,
  isContentBlock,
  SentenceSchema,
} from './model/article.ts'
export type { ArticleInput } from './model/article-input.ts'
export { ArticleInputSchema } from './model/article-input.ts'
export type {
  ArticleCoverageStats,
  Coverage,
  Difference,
  DifferenceKind,
  DifferenceValue,
  QuoteRef,
  QuoteVariant,
  SentenceRef,
  SharedFact,
  TitlesGiven,
} from './model/coverage.ts'
export {
  ArticleCoverageStatsSchema,
  CoverageSchema,
  DifferenceKindSchema,
  DifferenceSchema,
  DifferenceValueSchema,
  QuoteRefSchema,
  QuoteVariantSchema,
  SentenceRefSchema,
  SharedFactSchema,
  TitlesGivenSchema,
} from './model/coverage.ts'
export type {
  CitedSource,
  CitedSourceKind,
  DateMention,
  Entity,
  EntityKind,
  Mention,
  MentionForm,
  Quote,
  QuoteKind,
  Speaker,
} from './model/extraction.ts'
export {
  CitedSourceKindSchema,
  CitedSourceSchema,
  DateMentionSchema,
  EntityKindSchema,
  EntitySchema,
  MentionFormSchema,
  MentionSchema,
  QuoteKindSchema,
  QuoteSchema,
  SpeakerSchema,
} from './model/extraction.ts'
export { articleJsonSchema } from './model/json-schema.ts'
export type { Story, StoryEntity, TimeSpan } from './model/story.ts'
export { StoryEntitySchema, StorySchema, TimeSpanSchema } from './model/story.ts'
export type { StoryTimeline, TimelineEntry, TimelineFact } from './model/timeline.ts'
export { StoryTimelineSchema, TimelineEntrySchema, TimelineFactSchema } from './model/timeline.ts'
export type { AnalyzeOptions, Term, TermSink } from './normalize/analyze.ts'
export { analyze, analyzeInto, analyzeToString } from './normalize/analyze.ts'
export { analyzeArticle, analyzeArticleInto } from './normalize/analyze-article.ts'
export type { NormalizedText, NormalizeOptions } from './normalize/normalize.ts'
export { normalize, normalizeWithOffsets } from './normalize/normalize.ts'
export type { WrittenNumber } from './normalize/read-number.ts'
export { readNumber } from './normalize/read-number.ts'
export { stem, stripPrefixes, stripSuffixes } from './normalize/stem.ts'
export type { Token, TokenKind } from './normalize/tokenize.ts'
export { tokenize } from './normalize/tokenize.ts'
export type { Outlet } from './outlets/outlet.ts'
export { hostOf, outletKey, resolveOutlet } from './outlets/outlet.ts'
export type { SearchQuery } from './search/search-query.ts'
export { MAX_QUERY_PARTS, parseSearchQuery, SearchQuerySchema } from './search/search-query.ts'
export { stripMarkup, withoutEmphasis } from './segment/markup.ts'
export { ArticleInputError } from './structure/article-input-error.ts'
export { contentId } from './structure/content-id.ts'
export { lineClutterKind } from './structure/line-clutter-kind.ts'
export type { ParseOptions } from './structure/parse-article.ts'
export { parseArticle } from './structure/parse-article.ts'
