import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { ServerType } from '@hono/node-server'
import { STANDARD_HEADERS } from '../http/headers.ts'
import { PROBLEM_MEDIA_TYPE, Problem } from '../http/problem.ts'

/** The headers SECURITY.md promises on every response, written as raw HTTP. */
const STANDARD_LINES = Object.entries(STANDARD_HEADERS)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('')

/**
 * Answers requests that Node's HTTP layer refuses before the app sees them (bytes in the path that are not UTF-8,
 * headers over 16 KiB, broken chunking, an `Expect` it cannot meet) with a problem+json body and the standard
 * headers like every other response, instead of Node's bare `400 Bad Request` or `417 Expectation Failed`; a
 * request the parser refused also closes the connection, whose framing can no longer be trusted.
 */
export function answerClientErrors(server: ServerType): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const problem =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? new Problem('headers-too-large', 'The request headers are over 16 KiB')
        : new Problem('bad-request', 'The request is not valid HTTP')
    const body = JSON.stringify(problem.body())
    socket.end(
      `HTTP/1.1 ${problem.status} ${problem.body().title}\r\n` +
        `Content-Type: ${PROBLEM_MEDIA_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        STANDARD_LINES +
        'Cache-Control: no-store\r\nConnection: close\r\n\r\n' +
        body,
    )
  })
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const problem = new Problem(
      'expectation-failed',
      `The server meets no expectation but 100-continue, not ${JSON.stringify(request.headers.expect)}`,
    )
    const body = JSON.stringify(problem.body(request.url))
    response.writeHead(problem.status, {
      ...STANDARD_HEADERS,
      'Content-Type': PROBLEM_MEDIA_TYPE,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    })
    response.end(body)
  })
}
