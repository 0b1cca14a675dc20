import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { ApiAnswer } from './answer.ts'

/**
 * Reads answers of the API at `base` with `node:http` (or `node:https` for an https address) rather than `fetch`: it
 * costs the site about half the CPU per request. Connections stay open between pages, every page making at least one
 * request. `identity`: compressing answers that never leave the machine costs both processes CPU for nothing.
 */
export function httpAnswers(
  base: URL,
): (path: string, headers: Record<string, string>) => Promise<ApiAnswer> {
  const secure = base.protocol === 'https:'
  if (!secure && base.protocol !== 'http:') {
    throw new Error(`MARSAD_API_URL must be an http or https address, not ${base.protocol}`)
  }
  const request = secure ? httpsRequest : httpRequest
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true })
  return (path, headers) =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        new URL(path, base),
        { agent, headers: { ...headers, 'accept-encoding': 'identity' } },
        (incoming) => {
          const chunks: Buffer[] = []
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
          incoming.on('error', reject)
          incoming.on('end', () =>
            resolve({
              status: incoming.statusCode!,
              etag: incoming.headers.etag ?? null,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          )
        },
      )
      outgoing.on('error', reject)
      outgoing.end()
    })
}
