import { DatabaseSync, type StatementSync } from 'node:sqlite'
import { parentPort, workerData } from 'node:worker_threads'
import { type Article, ArticleInputError, compareCoverage } from '@marsad/core'
import { registerWordLists } from '@marsad/core/lists'
import { prepareArticle } from '../ingest/prepare.ts'
import type { CoverageMember } from '../ingest/story-engine.ts'

// A thread of `PreparePool`. Parses the articles it is sent with the core and answers each with its stored forms,
// or with the core's refusal (its issues) or the failure's message; and compares a story's coverage, reading the
// stored members' models from the database itself (its own read-only connection), so that the main thread sends
// ids, not models.
registerWordLists()
const dbPath = (workerData as { dbPath?: string } | undefined)?.dbPath
let bodyOf: StatementSync | undefined

function member({ id, json }: CoverageMember): Article | undefined {
  if (json !== undefined) return JSON.parse(json) as Article
  if (!dbPath) throw new Error('no database to read the stored members from')
  bodyOf ??= new DatabaseSync(dbPath, { readOnly: true }).prepare('SELECT body FROM articles WHERE id = ?')
  const row = bodyOf.get(id) as { body: string } | undefined
  return row && (JSON.parse(row.body) as Article)
}

let checkpointer: DatabaseSync | undefined

parentPort!.on('message', async (message) => {
  if (message === 'checkpoint') {
    // The main thread's writer leaves the WAL to be copied into the file: done here, off its event loop.
    // One that fails (the file busy or gone) leaves the WAL to the next: it must not take the thread down.
    try {
      checkpointer ??= new DatabaseSync(dbPath!, { timeout: 10_000 })
      checkpointer.exec('PRAGMA wal_checkpoint(PASSIVE)')
    } catch {}
    return
  }
  const { id } = message
  try {
    if ('members' in message) {
      const members = (message.members as CoverageMember[]).map(member).filter((a) => a !== undefined)
      parentPort!.postMessage({ id, coverage: JSON.stringify(compareCoverage(members)) })
      return
    }
    parentPort!.postMessage({ id, prepared: await prepareArticle(message.input, message.ingestedAt) })
  } catch (error) {
    const failure =
      error instanceof ArticleInputError
        ? { issues: [...error.issues] }
        : { message: error instanceof Error ? error.message : String(error) }
    parentPort!.postMessage({ id, failure })
  }
})
