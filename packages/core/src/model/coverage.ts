import * as z from 'zod'

const index = z.number().int().nonnegative()

export const SentenceRefSchema = z
  .object({ articleId: z.string(), index: index.describe("Index into the article's `sentences`.") })
  .meta({ id: 'SentenceRef' })

export const QuoteRefSchema = z
  .object({ articleId: z.string(), index: index.describe("Index into the article's `quotes`.") })
  .meta({ id: 'QuoteRef' })

export const SharedFactSchema = z
  .object({
    sentences: z
      .array(SentenceRefSchema)
      .min(2)
      .describe(
        'Sentences of at least two articles in article order; one sentence may join two of another article.',
      ),
    similarity: z
      .number()
      .min(0)
      .max(1)
      .describe('Weakest of the cross-article matches that link the group.'),
  })
  .meta({ id: 'SharedFact', description: 'Sentences of different articles that report the same fact.' })

export const QuoteVariantSchema = z
  .object({
    quotes: z
      .array(QuoteRefSchema)
      .min(2)
      .describe(
        'Quotes of at least two articles in article order; an outlet that split the statement gives two.',
      ),
    similarity: z.number().min(0).max(1),
    identical: z.boolean().describe('True when every quote has the same normalised wording.'),
  })
  .meta({ id: 'QuoteVariant', description: 'The same statement as quoted by different articles.' })

export const DifferenceKindSchema = z.enum(['role', 'date', 'number'])

export const DifferenceValueSchema = z
  .object({
    articleId: z.string(),
    text: z.string().describe('The differing detail as written, `article.text.slice(start, end)`.'),
    sentence: index.optional().describe("Index into the article's `sentences`."),
    start: index,
    end: index,
    value: z.string().optional().describe('Normalised value when known (ISO date, number).'),
  })
  .meta({ id: 'DifferenceValue' })

export const DifferenceSchema = z
  .object({
    kind: DifferenceKindSchema,
    subject: z
      .string()
      .describe(
        'What the detail is about: a person, the quantity, or the fact, as written by the first article.',
      ),
    entity: z.string().optional().describe('Entity id of the subject when known.'),
    developing: z
      .boolean()
      .optional()
      .describe(
        'True for a toll (the dead, the injured, the missing) that grows while the news develops, or a running count (a vote share after 56% and after 99% of the ballots counted): the values may be counts of different hours or stages rather than a contradiction.',
      ),
    values: z
      .array(DifferenceValueSchema)
      .min(2)
      .describe('One value per article, at least two that disagree.'),
  })
  .meta({ id: 'Difference', description: 'A detail on which articles reporting the same fact disagree.' })

export const TitlesGivenSchema = z
  .object({
    subject: z.string().describe('The person, as named by the first article.'),
    entity: z.string().optional().describe('Entity id of the person when known.'),
    values: z
      .array(DifferenceValueSchema)
      .min(2)
      .describe("Each article's title for the person, as written."),
  })
  .meta({
    id: 'TitlesGiven',
    description:
      'Titles different articles give one person that can all be true at once (نائب وزير الخارجية, المبعوث الخاص للشرق الأوسط): not a difference.',
  })

export const ArticleCoverageStatsSchema = z
  .object({
    sentences: z.number().int().nonnegative(),
    shared: z.number().int().nonnegative().describe('Sentences in a shared group.'),
    unique: z.number().int().nonnegative().describe('Sentences with no counterpart elsewhere.'),
    sharedChars: z.number().int().nonnegative(),
    uniqueChars: z.number().int().nonnegative(),
    duplicateOf: z
      .string()
      .optional()
      .describe('Set when the article is a near-duplicate (wire copy) of another.'),
  })
  .meta({ id: 'ArticleCoverageStats', description: 'Per-article totals, e.g. for a shared/unique bar.' })

export const CoverageSchema = z
  .object({
    articles: z.array(z.string()).describe('Compared article ids, in input order.'),
    shared: z.array(SharedFactSchema),
    unique: z
      .record(z.string(), z.array(index))
      .describe('Per article, sentence indices with no counterpart.'),
    quoteVariants: z.array(QuoteVariantSchema),
    differences: z.array(DifferenceSchema),
    titles: z
      .array(TitlesGivenSchema)
      .default([])
      .describe('People whose titles differ between articles without contradicting each other.'),
    duplicates: z
      .array(z.array(z.string()).min(2))
      .describe('Groups of near-duplicate articles (wire copies).'),
    stats: z.record(z.string(), ArticleCoverageStatsSchema),
  })
  .meta({
    id: 'Coverage',
    description: 'What several articles on one story share, add alone, and disagree on.',
  })

export type SentenceRef = z.infer<typeof SentenceRefSchema>
export type QuoteRef = z.infer<typeof QuoteRefSchema>
export type SharedFact = z.infer<typeof SharedFactSchema>
export type QuoteVariant = z.infer<typeof QuoteVariantSchema>
export type DifferenceKind = z.infer<typeof DifferenceKindSchema>
export type DifferenceValue = z.infer<typeof DifferenceValueSchema>
export type Difference = z.infer<typeof DifferenceSchema>
export type TitlesGiven = z.infer<typeof TitlesGivenSchema>
export type ArticleCoverageStats = z.infer<typeof ArticleCoverageStatsSchema>
export type Coverage = z.infer<typeof CoverageSchema>
