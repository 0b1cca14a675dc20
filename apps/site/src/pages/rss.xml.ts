import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { membersOf, siteData } from '../data/site.ts'
import { outletLabel } from '../lib/article-labels.ts'
import { parseIsoDate } from '../lib/format.ts'
import { routes } from '../lib/paths.ts'
import { xmlText } from '../lib/text.ts'

/** The newest stories; readers subscribe for what is new, the site keeps the rest. */
const ITEMS = 50

export const GET: APIRoute = async ({ site }) => {
  const { stories, articles } = await siteData()
  return rss({
    title: 'مرصد: القصص',
    description: 'الأحداث كما غطتها المصادر العربية: ما تتفق عليه، وما ينفرد به كل مصدر.',
    site: site ?? 'http://127.0.0.1:4321',
    customData: '<language>ar</language>',
    items: stories.slice(0, ITEMS).map(({ story }) => {
      const members = membersOf(story, articles)
      const outlets = [...new Set(members.map(outletLabel))]
      const pubDate = parseIsoDate(story.timeSpan?.end)
      return {
        title: xmlText(story.title),
        link: routes.story(story.id),
        ...(pubDate && { pubDate }),
        description: xmlText(`غطّته ${outlets.length} مصادر: ${outlets.join('، ')}.`),
        categories: story.entities.slice(0, 5).map((entity) => xmlText(entity.name)),
      }
    }),
  })
}
