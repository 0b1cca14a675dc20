import { apiFetch } from '#api-transport'
import { retrying } from './retry.ts'

/**
 * The API answered something a page cannot show (5xx, a problem other than 404), or did not answer at all
 * (`status` 503, `unreachable`). The error page answers 503 for both 503 and unreachable.
 */
export class ApiError extends Error {
  readonly path: string
  readonly status: number
  readonly unreachable: boolean

  constructor(path: string, status: number, options: { unreachable?: boolean; cause?: unknown } = {}) {
    super(
      options.unreachable ? `the API did not answer for ${path}` : `the API answered ${status} for ${path}`,
      { cause: options.cause },
    )
    this.name = 'ApiError'
    this.path = path
    this.status = status
    this.unreachable = options.unreachable ?? false
  }
}

/** Answers kept for revalidation with `If-None-Match`: a 304 costs the API no body and the site no parse. */
const MAX_CACHED = 500
const cache = new Map<string, { etag: string; value: unknown }>()

/**
 * A GET of the API, parsed; null for 404. Each answer is kept with its ETag and revalidated on the next request
 * for the same path, so that a page always shows what the API holds now.
 */
export async function api<T>(path: string): Promise<T | null> {
  const cached = cache.get(path)
  const headers = { accept: 'application/json', ...(cached && { 'if-none-match': cached.etag }) }
  const response = await retrying(
    () => apiFetch(path, headers),
    (error) => new ApiError(path, 503, { unreachable: true, cause: error }),
  )
  if (response.status === 304 && cached) {
    cache.delete(path)
    cache.set(path, cached)
    return cached.value as T
  }
  if (response.status === 404) return null
  if (response.status < 200 || response.status > 299) throw new ApiError(path, response.status)
  const value = JSON.parse(response.body) as T
  const etag = response.etag
  if (etag) {
    cache.delete(path)
    cache.set(path, { etag, value })
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!)
  }
  return value
}

/** A path with its query, leaving out absent parameters. */
export function apiPath(
  path: string,
  query: Record<string, string | number | undefined | null> = {},
): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value != null && value !== '') params.set(key, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
