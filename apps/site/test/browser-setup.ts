import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { startServer } from '@marsad/api/node'
import type { TestProject } from 'vitest/node'
import { buildSite, ensureChromium, siteRoot, startSite } from './site-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDist: string
    apiUrl: string
    apiToken: string
  }
}

const TOKEN = 'site-test-token'

/**
 * The API on loopback over a throwaway database holding the seeds and the test corpus, and the site built once
 * and rendering from it. `MARSAD_SITE_TEST_DIST=<dist>` reuses a build (the build holds no data).
 */
export default async function setup(project: TestProject) {
  ensureChromium()
  let dist = process.env.MARSAD_SITE_TEST_DIST
  if (!dist) {
    dist = join(siteRoot, 'test-results/dist')
    await rm(dist, { recursive: true, force: true })
    await buildSite({ outDir: dist })
  }
  const api = await startServer({
    port: 0,
    dbPath: ':memory:',
    token: TOKEN,
    writeRate: false,
    corpus: [join(siteRoot, 'test/fixtures/corpus')],
    log: () => {},
  })
  const site = await startSite({ dist, apiUrl: api.url })
  project.provide('siteUrl', site.url)
  project.provide('siteDist', dist)
  project.provide('apiUrl', api.url)
  project.provide('apiToken', TOKEN)
  return async () => {
    await site.close()
    await api.close()
  }
}
