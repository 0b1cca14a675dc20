import type { APIRoute } from 'astro'
import { routes } from '../lib/paths.ts'
import { publicUrl } from '../lib/public-url.ts'

/** Everything may be indexed but search answers (endless, and marked noindex too). */
export const GET: APIRoute = ({ url }) =>
  new Response(`User-agent: *\nDisallow: ${routes.search}\n\nSitemap: ${publicUrl(routes.sitemap, url)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
