import type { ArticleWriter } from './ingest/ingestor.ts'
import type { DatabaseHealth } from './storage/faults.ts'
import type { Repository } from './storage/repository.ts'

/** What route modules are built from. */
export interface Deps {
  repo: Repository
  ingestor: ArticleWriter
  /** The write token; writes are refused when unset. */
  token: string | undefined
  maxBodyBytes: number
  maxBatch: number
  health: DatabaseHealth
}
