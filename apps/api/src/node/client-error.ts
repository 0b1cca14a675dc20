import type { Socket } from 'node:net'
import type { ServerType } from '@hono/node-server'
import { Problem } from '../http/problem.ts'

/**
 * Answers requests that Node's HTTP parser refuses before the app sees them (bytes outside ASCII in the path,
 * headers over 16 KiB, broken chunking) with a problem+json body like every other error, instead of Node's bare
 * `400 Bad Request`; then closes the connection, whose framing can no longer be trusted.
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
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n' +
        body,
    )
  })
}
