import type { TestProject } from 'vitest/node'
import { startFeedServer } from '../feeds/feed-server.ts'
import { sampleSite } from '../feeds/sample-site.ts'

// Runs in Node before the workerd tests: the sample site on loopback, for the Cron poll to read.
export default async function setup(project: TestProject) {
  const site = await startFeedServer()
  for (const [path, route] of Object.entries(sampleSite(site.url))) site.routes.set(path, route)
  project.provide('feedSite', site.url)
  return () => site.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    feedSite: string
  }
}
