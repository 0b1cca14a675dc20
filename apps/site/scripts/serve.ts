import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

export type SiteServer = { url: string; close: () => Promise<void> }

/**
 * Serves a built site (Astro's `dist/`) the way a static host does: `/x/` and `/x` answer `x/index.html`,
 * unknown paths answer `404.html` with status 404, nothing outside the folder is reachable. Hashed assets under
 * `/_astro/` are cached for a year; pages are revalidated.
 */
export async function serveSite(options: {
  root: string
  host?: string
  port?: number
}): Promise<SiteServer> {
  const root = resolve(options.root)
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      response.end('Internal error')
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', done)
  })
  const { address, port } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  let path: string
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname)
  } catch {
    return send(root, request, response, '404.html', 404)
  }
  if (path.includes('\0')) return send(root, request, response, '404.html', 404)
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`]
  for (const candidate of candidates) {
    const file = join(root, candidate)
    if (file !== root && !file.startsWith(root + sep)) break
    const info = await stat(file).catch(() => null)
    if (info?.isFile()) return send(root, request, response, file.slice(root.length + 1), 200, info.size)
  }
  return send(root, request, response, '404.html', 404)
}

async function send(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  relativePath: string,
  status: number,
  size?: number,
) {
  const file = join(root, relativePath)
  const length = size ?? (await stat(file).catch(() => null))?.size
  if (length === undefined) {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  const immutable = relativePath.startsWith(`_astro${sep}`)
  response.writeHead(status, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': length,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  })
  if (request.method === 'HEAD') response.end()
  else createReadStream(file).pipe(response)
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const root = process.env.MARSAD_SITE_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url))
  const port = Number(process.env.MARSAD_SITE_PORT ?? 4321)
  const host = process.env.MARSAD_SITE_HOST ?? '127.0.0.1'
  const site = await serveSite({ root, host, port })
  console.log(`Marsad site: ${site.url}/ (serving ${root})`)
  const stop = () => site.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
