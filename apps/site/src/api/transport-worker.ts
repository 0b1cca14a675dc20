import { env } from 'cloudflare:workers'
import type { ApiAnswer } from './answer.ts'

type Fetcher = { fetch(request: Request): Promise<Response> }

/** The API Worker through the `API` service binding (wrangler.toml): no public hop, no DNS. */
export async function apiFetch(path: string, headers: Record<string, string>): Promise<ApiAnswer> {
  const api = (env as { API?: Fetcher }).API
  if (!api) throw new Error('the API service binding `API` is missing (see wrangler.toml)')
  const response = await api.fetch(new Request(new URL(path, 'https://api.internal'), { headers }))
  return { status: response.status, etag: response.headers.get('etag'), body: await response.text() }
}
