import { isUtf8 } from 'node:buffer'
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/** How long a new connection may stay silent before it goes to the HTTP server as it is. */
const FIRST_BYTES_WAIT_MS = 1_000
const LF = 0x0a
const SPACE = 0x20

/**
 * Lets the first request of a connection carry raw UTF-8 in its target (`GET /v1/search?q=زلزال`), as curl and other
 * clients send it: Node's HTTP parser refuses any byte over 0x7F in the request line, lenient mode included. The
 * connection's first bytes are read before the HTTP server sees them and, when the request line holds such bytes,
 * they are percent-encoded in the target alone, which is what a browser sends for the same URL. Nothing else is
 * changed, and a request line of plain ASCII reaches the server byte for byte. Later requests on a kept-alive
 * connection, and a request line split over two packets, still meet the parser as they are (browsers percent-encode
 * every request themselves).
 */
export function acceptRawUtf8Targets(server: Server): void {
  const listeners = server.listeners('connection') as ((socket: Socket) => void)[]
  server.removeAllListeners('connection')
  const handOver = (socket: Socket) => {
    for (const listener of listeners) listener.call(server, socket)
  }
  server.on('connection', (socket: Socket) => {
    const timer = setTimeout(() => {
      socket.removeListener('data', first)
      handOver(socket)
    }, FIRST_BYTES_WAIT_MS)
    const first = (chunk: Buffer) => {
      clearTimeout(timer)
      socket.pause()
      socket.unshift(percentEncodeTarget(chunk))
      handOver(socket)
      socket.resume()
    }
    socket.once('data', first)
    socket.once('close', () => clearTimeout(timer))
  })
}

/**
 * The bytes with every byte over 0x7F of the request target (between the request line's first and last space)
 * written as `%XX`; the same buffer when there is none, when they are not UTF-8, or when the request line is not
 * complete in it.
 */
export function percentEncodeTarget(bytes: Buffer): Buffer {
  const end = bytes.indexOf(LF)
  if (end < 0) return bytes
  const from = bytes.indexOf(SPACE)
  const to = bytes.lastIndexOf(SPACE, end)
  if (from < 0 || to <= from) return bytes
  let high = 0
  for (let i = from + 1; i < to; i++) if (bytes[i]! > 0x7f) high++
  // Bytes that are not UTF-8 stay as they are, for the parser to refuse: no encoding of them names anything.
  if (high === 0 || !isUtf8(bytes.subarray(from + 1, to))) return bytes
  const out = Buffer.allocUnsafe(bytes.length + 2 * high)
  let o = bytes.copy(out, 0, 0, from + 1)
  for (let i = from + 1; i < to; i++) {
    const byte = bytes[i]!
    if (byte <= 0x7f) out[o++] = byte
    else o += out.write(`%${byte.toString(16).toUpperCase()}`, o, 'latin1')
  }
  bytes.copy(out, o, to)
  return out
}
