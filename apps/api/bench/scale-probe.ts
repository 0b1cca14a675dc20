import { argv } from 'node:process'
import { coreStories } from '../src/ingest/core-stories.ts'
import { Ingestor } from '../src/ingest/ingestor.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'
import { scaleArticle } from './scale-corpus.ts'
import { memoryNow, reportProbe, startClock } from './scale-memory.ts'

// A restarted process's first write on the scale bench's database: its memory before and after, and how many
// articles the story index then holds. argv: database, articles stored, articles a day, window (articles held).
const [dbPath, stored, perDay, window] = argv.slice(2).map((arg, i) => (i === 0 ? arg : Number(arg))) as [
  string,
  number,
  number,
  number,
]
const repo = createSqlRepository(openSqlite(dbPath))
const ingestor = new Ingestor(repo, {
  stories: coreStories,
  window: { articles: window, undated: Math.round(window / 5) },
})
const before = memoryNow()
const started = startClock()
await ingestor.ingest([{ ...scaleArticle(stored, perDay), id: `probe-${stored}-${window}` }])
reportProbe(before, started, ingestor.heldArticles)
