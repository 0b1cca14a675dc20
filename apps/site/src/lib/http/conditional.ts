import { digest } from '#page-digest'

/** Pages show what the API holds now: a browser or proxy may keep them, but asks again before every use. */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate'

const cached = /^(text\/html|application\/(rss\+)?xml|text\/plain)/

/**
 * Conditional GET for rendered pages: a 200 text answer gets an ETag (a SHA-1 of its bytes) and
 * `Cache-Control`, and an `If-None-Match` that matches gets 304 with no body. The page is still rendered (from
 * the API's revalidated answers), but an unchanged page costs the network nothing.
 */
export async function conditional(request: Request, next: () => Promise<Response>): Promise<Response> {
  const response = await next()
  const type = response.headers.get('content-type') ?? ''
  if (request.method !== 'GET' || response.status !== 200 || !cached.test(type)) return response
  const bytes = new Uint8Array(await response.arrayBuffer())
  const etag = `"${await digest(bytes)}"`
  const headers = new Headers(response.headers)
  headers.set('etag', etag)
  if (!headers.has('cache-control')) headers.set('cache-control', PAGE_CACHE)
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  return new Response(bytes, { status: 200, headers })
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')
}
