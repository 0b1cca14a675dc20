import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { HARAKAT, TALKS, WATER } from '../../../test/fixtures.ts'
import { Ingestor } from '../../ingest/ingestor.ts'
import type { Repository } from '../repository.ts'
import { createSqlRepository } from '../sql-repository.ts'
import { CHECK_MS, withArticleCache } from './article-cache.ts'
import { openSqlite } from './open.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The cached repository over a new file, counting the reads that reach SQLite. */
function cachedStore(limits?: { maxBytes: number; maxEntryBytes: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cache-'))
  dirs.push(dir)
  const path = join(dir, 'marsad.sqlite')
  const driver = openSqlite(path)
  const plain = createSqlRepository(driver)
  const reads: string[] = []
  const counted: Repository = {
    ...plain,
    article: (id) => {
      reads.push(id)
      return plain.article(id)
    },
  }
  const repo = withArticleCache(counted, driver, limits)
  return { path, repo, reads, ingestor: new Ingestor(repo) }
}

const text = (article: { json: string | Uint8Array } | undefined) =>
  article && (typeof article.json === 'string' ? article.json : new TextDecoder().decode(article.json))
const pastCheck = () => new Promise((resolve) => setTimeout(resolve, CHECK_MS + 2))

describe('withArticleCache', () => {
  it('keeps an article read twice and answers it from memory after, with the same bytes', async () => {
    const { repo, reads, ingestor } = cachedStore()
    await ingestor.ingest([WATER, TALKS])
    const first = await repo.article(WATER.id!)
    await repo.article(WATER.id!)
    const again = await repo.article(WATER.id!)
    await repo.article(WATER.id!)
    expect(text(again)).toBe(text(first))
    expect(JSON.parse(text(again)!).id).toBe(WATER.id)
    expect(reads).toEqual([WATER.id, WATER.id])
  })

  it('keeps none of the articles a pass over the corpus reads once, and keeps the hot ones', async () => {
    const { repo, reads, ingestor } = cachedStore()
    await ingestor.ingest([WATER, TALKS, HARAKAT])
    for (let n = 0; n < 2; n++) await repo.article(WATER.id!)
    for (const id of [TALKS.id!, HARAKAT.id!, WATER.id!]) await repo.article(id)
    expect(repo.cachedArticle(WATER.id!)).toBeDefined()
    expect(repo.cachedArticle(TALKS.id!)).toBeUndefined()
    expect(repo.cachedArticle(HARAKAT.id!)).toBeUndefined()
    expect(reads).toEqual([WATER.id, WATER.id, TALKS.id, HARAKAT.id])
  })

  it('answers from memory without waiting only what a read already brought in', async () => {
    const { repo, ingestor } = cachedStore()
    await ingestor.ingest([WATER, TALKS])
    expect(repo.cachedArticle(WATER.id!)).toBeUndefined()
    await repo.article(WATER.id!)
    const read = await repo.article(WATER.id!)
    expect(repo.cachedArticle(WATER.id!)).toBe(read)
    expect(repo.cachedArticle(TALKS.id!)).toBeUndefined()
    await ingestor.remove(WATER.id!)
    expect(repo.cachedArticle(WATER.id!)).toBeUndefined()
  })

  it('forgets an article deleted through it', async () => {
    const { repo, ingestor } = cachedStore()
    await ingestor.ingest([WATER])
    for (let n = 0; n < 2; n++) await repo.article(WATER.id!)
    expect(repo.cachedArticle(WATER.id!)).toBeDefined()
    await ingestor.remove(WATER.id!)
    expect(await repo.article(WATER.id!)).toBeUndefined()
  })

  it('forgets what another connection to the file deleted', async () => {
    const { path, repo, ingestor } = cachedStore()
    await ingestor.ingest([WATER])
    for (let n = 0; n < 2; n++) await repo.article(WATER.id!)
    expect(repo.cachedArticle(WATER.id!)).toBeDefined()
    await new Ingestor(createSqlRepository(openSqlite(path))).remove(WATER.id!)
    await pastCheck()
    expect(await repo.article(WATER.id!)).toBeUndefined()
  })

  it('keeps the most recently read articles within its size, reading the others again', async () => {
    const { repo, ingestor } = cachedStore()
    await ingestor.ingest([WATER, TALKS, HARAKAT])
    const [water, talks, harakat] = await Promise.all(
      [WATER, TALKS, HARAKAT].map(async (a) => ((await repo.article(a.id!))!.json as Uint8Array).byteLength),
    )
    // Room for the last two read, not for all three.
    const small = cachedStore({
      maxBytes: talks! + harakat!,
      maxEntryBytes: Math.max(water!, talks!, harakat!),
    })
    await small.ingestor.ingest([WATER, TALKS, HARAKAT])
    const twice = [WATER.id!, WATER.id!, TALKS.id!, TALKS.id!, HARAKAT.id!, HARAKAT.id!]
    for (const id of [...twice, HARAKAT.id!, WATER.id!, WATER.id!]) await small.repo.article(id)
    // WATER, the least recently read, made room for HARAKAT; read twice again, it is kept again.
    expect(small.reads).toEqual([...twice, WATER.id, WATER.id])
    expect(small.repo.cachedArticle(WATER.id!)).toBeDefined()
    expect(small.repo.cachedArticle(TALKS.id!)).toBeUndefined()
  })
})
