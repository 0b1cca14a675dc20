import { readFileSync } from 'node:fs'
import { resolveOutlet } from '@marsad/core'
import { z } from 'zod'
import type { FeedSource } from '../storage/feed-store.ts'

const SourcesFileSchema = z.object({
  sources: z.array(
    z.object({
      name: z.string().trim().min(1).max(300),
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .optional(),
      feeds: z.array(z.url({ protocol: /^https?$/ }).max(2000)).min(1),
    }),
  ),
})

/** An outlet of a sources file, with the feeds it lists. */
export interface SourceEntry {
  source: FeedSource
  feeds: string[]
}

/**
 * Reads a sources file (`MARSAD_SOURCES`): `{ "sources": [{ "name", "url"?, "feeds": [url, …] }] }`. Throws an
 * error naming the file and each fault's place in it.
 */
export function readSourcesFile(path: string): SourceEntry[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`cannot read the sources file ${path}: ${(error as Error).message}`)
  }
  const parsed = SourcesFileSchema.safeParse(json)
  if (!parsed.success) {
    const faults = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`,
    )
    throw new Error(`the sources file ${path} is not valid: ${faults.join('; ')}`)
  }
  return parsed.data.sources.map(({ name, url, feeds }) => {
    const outlet = resolveOutlet({ name, ...(url && { url }) })!
    return {
      source: { key: outlet.key, name: outlet.outletName, ...(url && { url }) },
      feeds: [...new Set(feeds.map((feed) => new URL(feed).href))],
    }
  })
}
