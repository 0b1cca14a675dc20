// Page time on demand against static files: the site's Node server rendering from the API (seeds and the test
// corpus on a throwaway database), and the same pages' bytes written to files and served by a bare node:http file
// server, as the static build was. Sequential requests on loopback; median and p95 per page.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSite } from '../test/site-server.ts'
import { benchSiteDist, startBenchApi } from './bench-sides.ts'

const ROUNDS = Number(process.env.MARSAD_BENCH_ROUNDS ?? 200)

const api = await startBenchApi()
const dist = await benchSiteDist()
const site = await startSite({ dist, apiUrl: api.url })

const stories = (await (await fetch(`${api.url}/v1/stories?minArticles=2`)).json()) as {
  items: { id: string }[]
}
const person = (await (await fetch(`${api.url}/v1/entities?kind=person`)).json()) as {
  items: { id: string }[]
}
const pages: Record<string, string> = {
  home: '/',
  story: `/stories/${encodeURIComponent(stories.items.at(-1)!.id)}/`,
  article: '/articles/003_52349cd9e965743e/',
  entity: `/entities/${encodeURIComponent(person.items[0]!.id)}/`,
  search: `/search/?q=${encodeURIComponent('الاسد')}`,
}

const folder = await mkdtemp(join(tmpdir(), 'marsad-static-'))
for (const [name, path] of Object.entries(pages)) {
  await writeFile(join(folder, `${name}.html`), await (await fetch(site.url + path)).text())
}
const files = createServer(async (request, response) => {
  const body = await readFile(join(folder, `${request.url!.slice(1)}.html`))
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
  response.end(body)
})
await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve))
const filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`

async function time(url: string): Promise<{ median: number; p95: number; bytes: number }> {
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    bytes = (await response.arrayBuffer()).byteLength
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(ROUNDS / 2)]!, p95: times[Math.floor(ROUNDS * 0.95)]!, bytes }
}

console.log(
  `load average ${(await readFile('/proc/loadavg', 'utf8').catch(() => '?')).split(' ')[0]}; ${ROUNDS} requests a page`,
)
console.log('| page | on demand median / p95 ms | static file median / p95 ms | HTML KB |')
console.log('| --- | ---: | ---: | ---: |')
for (const [name, path] of Object.entries(pages)) {
  const live = await time(site.url + path)
  const stat = await time(`${filesUrl}/${name}`)
  console.log(
    `| ${name} | ${live.median.toFixed(1)} / ${live.p95.toFixed(1)} | ${stat.median.toFixed(1)} / ${stat.p95.toFixed(1)} | ${(live.bytes / 1024).toFixed(1)} |`,
  )
}
files.close()
await rm(folder, { recursive: true, force: true })
await site.close()
await api.close()
