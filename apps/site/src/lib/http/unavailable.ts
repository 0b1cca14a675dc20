/**
 * Astro renders `src/pages/500.astro` with status 500 whatever the page sets. That page marks the answer for an
 * API that is down or unhealthy with `Retry-After`; this gives such an answer its true status, 503.
 */
export async function unavailable(next: () => Promise<Response>): Promise<Response> {
  const response = await next()
  if (response.status !== 500 || !response.headers.has('retry-after')) return response
  return new Response(response.body, { status: 503, headers: response.headers })
}
