import { DurableObject } from 'cloudflare:workers'
import { coreStories } from '../ingest/core-stories.ts'
import { ArticleConflictError, InvalidArticlesError } from '../ingest/errors.ts'
import { type IngestOutcome, Ingestor } from '../ingest/ingestor.ts'
import type { PreparedArticle } from '../ingest/prepare.ts'
import { D1Driver } from '../storage/d1/d1-driver.ts'
import { DurableDriver } from '../storage/durable/durable-driver.ts'
import storyStateSchema from '../storage/schema/0006_story_state.sql'
import { createSqlRepository } from '../storage/sql-repository.ts'
import type { Env } from './env.ts'
import { DURABLE_WINDOW, WORKER_MAX_MODEL_BYTES } from './limits.ts'

/** What placing articles came to: stored, or refused for a reason that retrying will not change. */
export type PlaceResult = { outcomes: IngestOutcome[] } | { refused: string }

/**
 * The one writer of stories on Workers: the story index lives here, holding its window of recent stories in memory
 * and its state (term counts, placements, spans) in the object's own SQLite storage, so no isolate loads the
 * corpus. Articles, search rows and stories are committed to D1 as on Node; the object's storage follows each
 * commit. One instance (`idFromName('stories')`) takes every write, one at a time.
 */
export class StoryIndexObject extends DurableObject<Env> {
  readonly #ingestor: Ingestor

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    const state = new DurableDriver(ctx.storage)
    state.applyOnce(storyStateSchema, 'story_meta')
    this.#ingestor = new Ingestor(createSqlRepository(new D1Driver(env.DB)), {
      stories: coreStories,
      storyState: state,
      window: DURABLE_WINDOW,
      maxModelBytes: WORKER_MAX_MODEL_BYTES,
    })
  }

  /** Stores articles the queue consumer parsed and places them in stories. */
  async place(articles: PreparedArticle[]): Promise<PlaceResult> {
    try {
      return { outcomes: await this.#ingestor.ingestPrepared(articles) }
    } catch (error) {
      if (error instanceof InvalidArticlesError)
        return {
          refused: error.issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`).join('; '),
        }
      if (error instanceof ArticleConflictError) return { refused: error.message }
      throw error
    }
  }

  /** Deletes an article and regroups its story. False when it is not stored. */
  remove(id: string): Promise<boolean> {
    return this.#ingestor.remove(id)
  }

  /** Articles the index holds in memory. */
  held(): number {
    return this.#ingestor.heldArticles
  }
}
