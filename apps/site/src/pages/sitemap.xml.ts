import type { APIRoute } from 'astro'
import { api, apiPath } from '../api/client.ts'
import type { EntityPage, StoryPage } from '../api/types.ts'
import { routes } from '../lib/paths.ts'
import { publicUrl } from '../lib/public-url.ts'

/** The newest stories and the most named entities; articles are reached from their stories. */
const STORIES = 100
const ENTITIES = 100

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

export const GET: APIRoute = async ({ url }) => {
  const [stories, entities] = await Promise.all([
    api<StoryPage>(apiPath('/v1/stories', { limit: STORIES })),
    api<EntityPage>(apiPath('/v1/entities', { limit: ENTITIES })),
  ])
  const paths = [
    routes.home,
    routes.singles,
    routes.entities,
    routes.search,
    ...(stories?.items ?? []).flatMap((story) => [
      routes.story(story.id),
      ...story.articleIds.map(routes.article),
    ]),
    ...(entities?.items ?? []).map((entity) => routes.entity(entity.id)),
  ]
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((path) => `<url><loc>${escapeXml(publicUrl(path, url))}</loc></url>`).join('\n')}
</urlset>
`
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
