import type { ArticleInput } from '@marsad/core'
import { ArticleInputError, contentId } from '@marsad/core'
import { InvalidArticlesError, type ItemIssue, itemIssues } from '../ingest/errors.ts'
import type { ArticleWriter, IngestOutcome } from '../ingest/ingestor.ts'
import { type IngestInput, prepareArticle, textInput } from '../ingest/prepare.ts'
import { D1Driver } from '../storage/d1/d1-driver.ts'
import type { FeedStore } from '../storage/feed-store.ts'
import { createSqlFeedStore } from '../storage/sql/feeds.ts'
import type { Env } from './env.ts'

/** A queued article: its input waits in D1's `ingest_queue` under this id. */
export interface IngestMessage {
  id: string
}

/** The one story Durable Object every write goes through. */
export function storyIndexOf(env: Required<Pick<Env, 'STORY_INDEX'>>) {
  return env.STORY_INDEX.get(env.STORY_INDEX.idFromName('stories'))
}

/**
 * Writes on Workers with the ingest queue: a POST stores its inputs in `ingest_queue` and sends one message per
 * article (answered `queued`, 202); the consumer parses and the story Durable Object stores. Deletes go to the
 * Durable Object at once, so that every write of stories has one author.
 */
export function queuedWriter(env: Env & Required<Pick<Env, 'INGEST_QUEUE' | 'STORY_INDEX'>>): ArticleWriter {
  return {
    async ingest(inputs: readonly IngestInput[]): Promise<IngestOutcome[]> {
      const queuedAt = new Date().toISOString()
      const items = queuedInputs(inputs)
      await env.DB.batch(
        items.map((item) =>
          env.DB.prepare(
            `INSERT INTO ingest_queue (id, input, queued_at) VALUES (?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET input = excluded.input, queued_at = excluded.queued_at, refused = NULL`,
          ).bind(item.id, JSON.stringify(item), queuedAt),
        ),
      )
      await env.INGEST_QUEUE.sendBatch(items.map((item) => ({ body: { id: item.id } })))
      return items.map((item) => ({ id: item.id, status: 'queued', storyId: null }))
    },
    remove: (id) => storyIndexOf(env).remove(id),
  }
}

/**
 * What the queue keeps of each input, with the id its article will have: a page is read (body, title, date, outlet)
 * here, so that the id is answered at once and a page without article text is refused now, all or nothing as the
 * direct pipeline refuses; the consumer does the costly parse.
 */
function queuedInputs(inputs: readonly IngestInput[]): (ArticleInput & { id: string })[] {
  const issues: ItemIssue[] = []
  const items = inputs.map((input, index) => {
    try {
      const text = textInput(input)
      return { ...text, id: text.id ?? contentId(text.text) }
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error
      issues.push(...itemIssues(index, error))
      return undefined
    }
  })
  if (issues.length > 0) throw new InvalidArticlesError(issues)
  return items as (ArticleInput & { id: string })[]
}

/**
 * The queue consumer: each message is one article, parsed here (so a batch's CPU time is spread over consumer
 * invocations, not spent in the Durable Object) and stored by the story Durable Object. An article that is refused
 * (not an article, an id stored with other content) keeps its row with the reason; other failures are retried.
 * A page a feed brought is settled in the feed's items too, so `GET /v1/sources/{id}` counts it as stored or failed.
 */
export async function consumeIngest(batch: MessageBatch<IngestMessage>, env: Env): Promise<void> {
  if (env.STORY_INDEX === undefined) throw new Error('The ingest queue needs the STORY_INDEX binding')
  const index = storyIndexOf({ STORY_INDEX: env.STORY_INDEX })
  const feeds = createSqlFeedStore(new D1Driver(env.DB))
  for (const message of batch.messages) {
    const row = await env.DB.prepare('SELECT input, queued_at AS queuedAt FROM ingest_queue WHERE id = ?')
      .bind(message.body.id)
      .first<{ input: string; queuedAt: string }>()
    if (row === null) {
      message.ack()
      continue
    }
    try {
      const prepared = await prepareArticle(JSON.parse(row.input) as ArticleInput, row.queuedAt)
      const result = await index.place([prepared])
      if ('refused' in result) await refuse(env, feeds, message.body.id, result.refused)
      else {
        await env.DB.prepare('DELETE FROM ingest_queue WHERE id = ?').bind(message.body.id).run()
        await feeds.settleQueued(message.body.id, { stored: true })
      }
      message.ack()
    } catch (error) {
      if (!(error instanceof ArticleInputError)) {
        console.error(error)
        message.retry()
        continue
      }
      await refuse(env, feeds, message.body.id, error.issues.join('; '))
      message.ack()
    }
  }
}

async function refuse(env: Env, feeds: FeedStore, id: string, reason: string): Promise<void> {
  console.error(`ingest queue: ${id} refused: ${reason}`)
  await env.DB.prepare('UPDATE ingest_queue SET refused = ? WHERE id = ?').bind(reason, id).run()
  await feeds.settleQueued(id, { refused: reason })
}
