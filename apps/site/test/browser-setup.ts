import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveSite } from '../scripts/serve.ts'
import { buildSite, ensureChromium, siteRoot } from './build-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDist: string
  }
}

/**
 * Builds the site from the seeds and the test corpus, serves it on loopback, and tells the tests where.
 * `MARSAD_SITE_TEST_DIST` reuses a build made from the same corpus instead (e.g. while iterating on the tests).
 */
export default async function setup(project: TestProject) {
  ensureChromium()
  let outDir = process.env.MARSAD_SITE_TEST_DIST
  if (!outDir) {
    outDir = join(siteRoot, 'test-results/dist')
    await rm(outDir, { recursive: true, force: true })
    await buildSite({ outDir, corpus: [join(siteRoot, 'test/fixtures/corpus')] })
  }
  const server = await serveSite({ root: outDir, host: '127.0.0.1', port: 0 })
  project.provide('siteUrl', server.url)
  project.provide('siteDist', outDir)
  return () => server.close()
}
