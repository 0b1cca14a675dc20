import { z } from '@hono/zod-openapi'
import { LimitSchema } from './common.ts'

export const SourceSchema = z
  .object({
    id: z.string().describe('The normalised name: what the `source` filter of lists compares.'),
    name: z
      .string()
      .describe("The outlet's name: the curated table's for a known outlet, never a raw host name."),
    forms: z
      .array(z.string())
      .describe('Normalised forms of the name a `source` filter also matches (variants such as الجزيرة نت).'),
    domain: z.string().nullable().describe('Host name, without `www.`.'),
    country: z.string().nullable().describe('Country of the outlet, in Arabic, when known.'),
    kind: z
      .enum(['agency', 'paper', 'tv', 'site', 'social'])
      .nullable()
      .describe('What the outlet is, when known.'),
    known: z.boolean().describe("Whether the core's curated table of outlets knows it."),
    articles: z.number().int().describe('Articles stored from it.'),
    latest: z.string().nullable().describe('Publication date of its latest article.'),
    feeds: z
      .array(z.string())
      .describe('The RSS, Atom or RDF feeds registered for it, polled when polling is on.'),
  })
  .meta({ id: 'Source', description: 'An outlet that published stored articles or has feeds registered.' })

export const SourceListSchema = z.object({ items: z.array(SourceSchema) }).meta({ id: 'SourceList' })

export const SourceListQuerySchema = z.object({ limit: LimitSchema(100, 1000) })

export const SourceIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'الجزيره' }),
})

export const FeedStatusSchema = z
  .object({
    url: z.string(),
    addedAt: z.string().describe('When the feed was registered.'),
    lastPolledAt: z.string().nullable().describe('The last attempt to read it.'),
    lastSuccessAt: z
      .string()
      .nullable()
      .describe('The last time it was read (a feed parsed, or 304 Not Modified).'),
    lastError: z.string().nullable().describe('What the last failed attempt met.'),
    lastErrorAt: z.string().nullable(),
    failures: z.number().int().describe('Failed attempts since the last success.'),
    retryAt: z.string().nullable().describe('After failures: no attempt before this (exponential backoff).'),
    itemsSeen: z.number().int().describe('Distinct items the feed has listed.'),
    itemsIngested: z.number().int().describe('Items whose page was stored as an article.'),
    itemsQueued: z
      .number()
      .int()
      .describe('On Workers: pages handed to the ingest queue, not yet stored or refused by its consumer.'),
    itemsPending: z.number().int().describe('Items whose page is still to be fetched, or fetched again.'),
    itemsFailed: z
      .number()
      .int()
      .describe(
        'Items given up: repeated failures, a page that is not an article, or one the ingest queue refused.',
      ),
    itemsRefused: z.number().int().describe("Items whose page the site's robots.txt keeps us from."),
  })
  .meta({ id: 'FeedStatus', description: 'A registered feed and what the poller made of it.' })

export const SourceDetailSchema = SourceSchema.extend({
  lastSuccessAt: z.string().nullable().describe('The last successful read of any of its feeds.'),
  lastError: z
    .string()
    .nullable()
    .describe('The latest error any of its feeds met, prefixed by the feed URL.'),
  lastErrorAt: z.string().nullable(),
  itemsSeen: z.number().int().describe('Items its feeds have listed.'),
  itemsIngested: z.number().int().describe('Items stored as articles.'),
  feedStatus: z.array(FeedStatusSchema),
}).meta({ id: 'SourceDetail', description: 'An outlet, with what the poller made of each of its feeds.' })

/** Most feeds registered in one request. */
export const MAX_FEEDS_PER_REQUEST = 50

export const AddFeedsSchema = z
  .object({
    feeds: z
      .array(z.url({ protocol: /^https?$/ }).max(2000))
      .min(1)
      .max(MAX_FEEDS_PER_REQUEST),
    name: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .describe("The outlet's name, given to the articles its feeds bring; default the `{id}` of the path."),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional()
      .describe("The outlet's home page."),
  })
  .meta({ id: 'AddFeeds', description: 'Feeds to register for an outlet.' })

export const FeedUrlQuerySchema = z.object({
  url: z.string().min(1).max(2000).openapi({
    description: 'The feed to unregister, as registered.',
    example: 'https://example.org/rss.xml',
  }),
})
