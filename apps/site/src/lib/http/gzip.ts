const compressible = /^(text\/|application\/(rss\+)?xml|application\/json|image\/svg\+xml)/

/** Cloudflare compresses at its edge; a Worker leaves its answers as they are. */
const onWorkers = typeof navigator !== 'undefined' && navigator.userAgent === 'Cloudflare-Workers'

/**
 * Gzip for the Node server, where nothing in front compresses: pages are text of 10–60 KB that shrink five to
 * eight times. `Vary: Accept-Encoding` tells caches that the bytes depend on what the client accepts.
 */
export async function gzip(request: Request, next: () => Promise<Response>): Promise<Response> {
  const response = await next()
  if (onWorkers || !response.body || response.headers.has('content-encoding')) return response
  if (!compressible.test(response.headers.get('content-type') ?? '')) return response
  const headers = new Headers(response.headers)
  headers.append('vary', 'Accept-Encoding')
  if (!accepts(request.headers.get('accept-encoding'), 'gzip')) {
    return new Response(response.body, { status: response.status, headers })
  }
  headers.set('content-encoding', 'gzip')
  headers.delete('content-length')
  const etag = headers.get('etag')
  if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`)
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    headers,
  })
}

function accepts(header: string | null, coding: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';')
    const q = params.find((p) => p.trim().startsWith('q='))
    return name?.trim().toLowerCase() === coding && (!q || Number(q.trim().slice(2)) > 0)
  })
}
