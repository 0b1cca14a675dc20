import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseFeedDate } from './feed-dates.ts'
import { FeedError } from './feed-error.ts'
import { parseFeed } from './parse-feed.ts'

const FEED_URL = 'http://127.0.0.1:9/ar/rss.xml'

// Feeds are written by strangers: whatever a document holds, it is read or refused with a FeedError, never a crash.
const fragments = fc.constantFrom(
  '<rss version="2.0">',
  '</rss>',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<link>',
  '</link>',
  '<guid isPermaLink="false">',
  '</guid>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '</feed>',
  '<entry>',
  '</entry>',
  '<link href="',
  '"/>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#1582;',
  '&nbsp;',
  '&bogus;',
  '/ar/خبر',
  'javascript:x',
  '../..',
  'http://[::1',
  '<pubDate>',
  '</pubDate>',
  'Sat, 05 Dec 2026 09:30:00 +0300',
)

describe('parseFeed on any document', () => {
  it('answers a feed whose links are absolute web URLs, or throws a FeedError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join('')),
          fc.string(),
        ),
        (xml) => {
          try {
            const feed = parseFeed(xml, FEED_URL)
            for (const item of feed.items) expect(new URL(item.link).protocol).toMatch(/^https?:$/)
            expect(new Set(feed.items.map((i) => i.key)).size).toBe(feed.items.length)
          } catch (error) {
            expect(error).toBeInstanceOf(FeedError)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('parseFeedDate on any text', () => {
  it('answers undefined or a date that Date.parse reads', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
        ),
        (text) => {
          const date = parseFeedDate(text)
          if (date !== undefined)
            expect(Number.isNaN(Date.parse(date.length === 19 ? `${date}Z` : date))).toBe(false)
        },
      ),
      { numRuns: 500 },
    )
  })
})
