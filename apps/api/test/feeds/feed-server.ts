import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What a path answers: a fixed resource, or a handler for what a fixed one cannot do (304s, hanging). */
export type Route =
  | { status?: number; headers?: Record<string, string>; body?: string | Uint8Array }
  | ((request: IncomingMessage, response: ServerResponse) => void)

export interface ServedRequest {
  path: string
  /** The Host header: which of the server's names the client used. */
  host: string
  headers: IncomingMessage['headers']
  /** Requests in flight for this Host when this one arrived, itself included. */
  concurrent: number
  /** Requests in flight for any host when this one arrived, itself included. */
  concurrentAll: number
}

export interface FeedServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  requests: ServedRequest[]
  routes: Map<string, Route>
  close(): Promise<void>
}

/**
 * A web site on loopback for the poller's tests and demo: serves `routes` by path (query included), records every
 * request and how many were in flight for its host at once, and answers 404 elsewhere.
 */
export async function startFeedServer(routes: Record<string, Route> = {}, port = 0): Promise<FeedServer> {
  const table = new Map(Object.entries(routes))
  const requests: ServedRequest[] = []
  const inFlight = new Map<string, number>()
  let all = 0
  const server = createServer((request, response) => {
    const host = request.headers.host ?? ''
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1)
    all++
    response.on('close', () => {
      inFlight.set(host, (inFlight.get(host) ?? 1) - 1)
      all--
    })
    const path = request.url ?? '/'
    requests.push({
      path,
      host,
      headers: request.headers,
      concurrent: inFlight.get(host)!,
      concurrentAll: all,
    })
    const route = table.get(path)
    if (route === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('لا شيء هنا')
    } else if (typeof route === 'function') {
      route(request, response)
    } else {
      response.writeHead(route.status ?? 200, route.headers).end(route.body)
    }
  })
  server.listen(port, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    requests,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
