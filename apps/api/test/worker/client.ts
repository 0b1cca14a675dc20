import { env, exports } from 'cloudflare:workers'

const BASE = 'https://marsad.test'

/** A response whose JSON body tests read freely; assertions check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: bodies are checked by the tests' assertions
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> }

/**
 * Requests to the Worker under test, through its `fetch` export, as one client address: writes are rate-limited
 * per client, so each test file writes as its own.
 */
export function workerClient(clientIp: string) {
  const client = { 'CF-Connecting-IP': clientIp }
  const auth = {
    ...client,
    Authorization: `Bearer ${env.MARSAD_API_TOKEN}`,
    'Content-Type': 'application/json',
  }
  const call = (path: string, init: RequestInit = {}): Promise<TestResponse> =>
    exports.default.fetch(`${BASE}${path}`, { ...init, headers: { ...client, ...init.headers } })
  return {
    auth,
    call,
    post: (body: unknown, headers: Record<string, string> = auth) =>
      call('/v1/articles', {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    /** The URL of `path` on the Worker, for requests made by hand. */
    url: (path: string) => `${BASE}${path}`,
  }
}
