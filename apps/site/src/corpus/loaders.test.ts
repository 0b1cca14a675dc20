import { EventEmitter } from 'node:events'
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LoaderContext } from 'astro/loaders'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { corpusLoaders } from './loaders.ts'

// The loaders driven as Astro drives them: one context per collection, a store, `parseData`, a digest, and in
// dev a watcher. The site root is `<dir>/apps/site/`, so the seeds are `<dir>/seeds/`.

let dir: string
let seeds: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marsad-site-loader-'))
  seeds = join(dir, 'seeds')
  await mkdir(seeds)
  await mkdir(join(dir, 'apps/site'), { recursive: true })
  vi.stubEnv('MARSAD_CORPUS', '')
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

type Stored = { id: string; data: Record<string, unknown>; digest?: string }

function context(watcher?: EventEmitter & { add: (paths: string[]) => void }) {
  const entries = new Map<string, Stored>()
  const parsed: string[] = []
  const problems: string[] = []
  const notes: string[] = []
  const ctx = {
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ id, data }: Stored) => {
      parsed.push(id)
      return data
    },
    generateDigest: (data: unknown) => JSON.stringify(data),
    logger: {
      info: (line: string) => notes.push(line),
      warn: (line: string) => problems.push(line),
      error: (line: string) => problems.push(line),
    },
    config: { root: pathToFileURL(join(dir, 'apps/site/')) },
    watcher,
  }
  return { ctx: ctx as unknown as LoaderContext, entries, parsed, problems, notes }
}

const loaders = () =>
  corpusLoaders({
    articles: (corpus) => corpus.articles.map((article) => ({ id: article.id, data: article })),
    stories: (corpus) => corpus.stories.map((entry) => ({ id: entry.story.id, data: entry })),
  })

const watcher = () => Object.assign(new EventEmitter(), { add: vi.fn() })

const touch = async (path: string, text: string) => {
  await writeFile(path, text)
  // A later modification time than any earlier write, however coarse the file system's clock.
  await utimes(path, new Date(), new Date(Date.now() + Math.random() * 10_000 + 1000))
}

describe('corpusLoaders', () => {
  it('fills each collection from the seeds and MARSAD_CORPUS, parsed once and shared', async () => {
    await touch(join(seeds, 'a.txt'), 'وصل وزير الخارجية إلى دمشق صباح الأحد. وبدأ محادثات مع نظيره.')
    const extra = join(dir, 'extra.jsonl')
    await touch(
      extra,
      `${JSON.stringify({ id: 'b', text: 'ارتفعت أسعار النفط في الأسواق العالمية.' })}\nليس سطراً صالحاً\n`,
    )
    vi.stubEnv('MARSAD_CORPUS', extra)
    const { articles, stories } = loaders()
    const first = context()
    const second = context()
    await articles.load(first.ctx)
    await stories.load(second.ctx)
    expect([...first.entries.keys()].sort()).toEqual(['a', 'b'])
    expect(first.problems).toEqual([expect.stringMatching(/extra\.jsonl:2: not valid JSON/)])
    const members = [...second.entries.values()].flatMap(
      (entry) => (entry.data.story as { articleIds: string[] }).articleIds,
    )
    expect(members.sort()).toEqual(['a', 'b'])
  })

  it('validates only what changed, and deletes what left the corpus', async () => {
    await touch(join(seeds, 'a.txt'), 'وصل الوفد إلى دمشق.')
    await touch(join(seeds, 'b.txt'), 'غادر الوفد بيروت.')
    const { articles } = loaders()
    const { ctx, entries, parsed } = context()
    await articles.load(ctx)
    expect(parsed.sort()).toEqual(['a', 'b'])

    await rm(join(seeds, 'b.txt'))
    await touch(join(seeds, 'c.txt'), 'عاد الوفد إلى عمّان.')
    parsed.length = 0
    await articles.load(ctx)
    expect(parsed).toEqual(['c'])
    expect([...entries.keys()].sort()).toEqual(['a', 'c'])
  })

  it('in dev, reloads on a change to a corpus file and keeps the last good entries when a reload fails', async () => {
    await touch(join(seeds, 'a.txt'), 'وصل الوفد إلى دمشق.')
    const { articles } = loaders()
    const events = watcher()
    const { ctx, entries, problems, notes } = context(events)
    await articles.load(ctx)
    expect(events.add).toHaveBeenCalledWith([expect.stringMatching(/seeds\/?$/)])

    const added = join(seeds, 'b.txt')
    await touch(added, 'غادر الوفد بيروت.')
    events.emit('add', added)
    await vi.waitFor(() => expect([...entries.keys()].sort()).toEqual(['a', 'b']), { timeout: 10_000 })
    expect(notes).toContainEqual(expect.stringMatching(/reloading articles: .*b\.txt changed/))

    // Not a corpus file: nothing to do.
    events.emit('change', join(seeds, 'notes.md'))
    expect(notes.filter((line) => line.includes('notes.md'))).toEqual([])

    // A corpus path that vanished makes the reload fail; the entries stay as they were.
    vi.stubEnv('MARSAD_CORPUS', '')
    await rm(seeds, { recursive: true })
    events.emit('unlink', added)
    await vi.waitFor(() => expect(problems).toEqual([expect.stringMatching(/could not reload articles/)]), {
      timeout: 10_000,
    })
    expect([...entries.keys()].sort()).toEqual(['a', 'b'])
  })
})
