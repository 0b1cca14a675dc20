import { env } from 'cloudflare:workers'

type Fetcher = { fetch(request: Request): Promise<Response> }

/** The API Worker through the `API` service binding (wrangler.toml): no public hop, no DNS. */
export function apiFetch(path: string, headers: Record<string, string>): Promise<Response> {
  const api = (env as { API?: Fetcher }).API
  if (!api) throw new Error('the API service binding `API` is missing (see wrangler.toml)')
  return api.fetch(new Request(new URL(path, 'https://api.internal'), { headers }))
}
