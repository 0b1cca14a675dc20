import { argv } from 'node:process'
import type { Article } from '@marsad/core'
import { coreStories } from '../src/ingest/core-stories.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'
import { memoryNow, reportProbe, startClock } from './scale-memory.ts'

// For comparison with scale-probe.ts: the memory of a first write as it was before the story window, when a
// process held every stored article parsed and a story index of the whole corpus (the stored stories restored
// with `add(article, { join })`). Reads only. argv: database.
const repo = createSqlRepository(openSqlite(argv[2]!))
const before = memoryNow()
const started = startClock()
const snapshot = await repo.snapshot()
const articles = snapshot.articles.map((stored) => JSON.parse(stored.json) as Article)
const index = coreStories.createIndex()
const first = new Map<string, string>()
for (const article of articles) {
  const story = snapshot.storyOf.get(article.id)
  if (story === undefined) continue
  index.add(article, { join: first.get(story) ?? null })
  if (!first.has(story)) first.set(story, article.id)
}
reportProbe(before, started, articles.length)
