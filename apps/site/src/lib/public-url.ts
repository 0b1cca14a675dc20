import { MARSAD_PUBLIC_URL } from 'astro:env/server'

/**
 * The site's public address for canonical, feed and sitemap links: `MARSAD_PUBLIC_URL` when set (behind a proxy
 * or a CDN), else the origin the request came to, whatever port it is served on.
 */
export function publicUrl(path: string, requestUrl: URL): string {
  return new URL(path, MARSAD_PUBLIC_URL ?? requestUrl.origin).href
}
