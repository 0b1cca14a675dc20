import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { api, apiPath } from '../api/client.ts'
import type { StoryPage } from '../api/types.ts'
import { outletLabel } from '../lib/article-labels.ts'
import { counted, nouns } from '../lib/count.ts'
import { parseIsoDate } from '../lib/format.ts'
import { membersOf } from '../lib/members.ts'
import { routes } from '../lib/paths.ts'
import { publicUrl } from '../lib/public-url.ts'
import { xmlText } from '../lib/text.ts'

/** The newest stories; readers subscribe for what is new, the site keeps the rest. */
const ITEMS = 50

export const GET: APIRoute = async ({ url }) => {
  const page = await api<StoryPage>(apiPath('/v1/stories', { include: 'articles', limit: ITEMS }))
  return rss({
    title: 'مرصد: القصص',
    description: 'الأحداث كما غطتها المصادر العربية: ما تتفق عليه، وما ينفرد به كل مصدر.',
    site: publicUrl('/', url),
    customData: '<language>ar</language>',
    items: (page?.items ?? []).map((story) => {
      const outlets = [...new Set(membersOf(story, page?.articles).map(outletLabel))]
      const pubDate = parseIsoDate(story.timeSpan?.end)
      return {
        title: xmlText(story.title),
        link: publicUrl(routes.story(story.id), url),
        ...(pubDate && { pubDate }),
        description: xmlText(`غطّته ${counted(outlets.length, nouns.outlet)}: ${outlets.join('، ')}.`),
        categories: story.entities.slice(0, 5).map((entity) => xmlText(entity.name)),
      }
    }),
  })
}
