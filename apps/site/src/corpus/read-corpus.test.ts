import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { parseArticle, storiesOf } from '@marsad/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCorpus } from './corpus.ts'
import { corpusKey, corpusRoots, listCorpusFiles, readCorpusRecords } from './read-corpus.ts'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marsad-site-corpus-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const line = (value: unknown) => `${JSON.stringify(value)}\n`

describe('corpusRoots', () => {
  it('reads seeds and every MARSAD_CORPUS path, relative ones from where pnpm was started', () => {
    const roots = corpusRoots({
      seeds: '/repo/seeds',
      env: { MARSAD_CORPUS: ['news', '/data/wire.jsonl', ''].join(delimiter), INIT_CWD: '/repo' },
    })
    expect(roots).toEqual(['/repo/seeds', '/repo/news', '/data/wire.jsonl'])
    expect(corpusRoots({ seeds: '/repo/seeds', env: {} })).toEqual(['/repo/seeds'])
  })
})

describe('listCorpusFiles', () => {
  it('lists a folder’s .txt, .jsonl and .ndjson files by name, and takes named files as they are', async () => {
    await writeFile(join(dir, 'b.txt'), 'خبر ثان.')
    await writeFile(join(dir, 'a.jsonl'), '')
    await writeFile(join(dir, 'notes.md'), '# لا')
    await writeFile(join(dir, 'c.ndjson'), '')
    const files = await listCorpusFiles([dir, join(dir, 'b.txt')])
    expect(files.map((file) => file.path)).toEqual(['a.jsonl', 'b.txt', 'c.ndjson'].map((n) => join(dir, n)))
  })

  it('refuses a path that does not exist rather than building an empty site', async () => {
    await expect(listCorpusFiles([join(dir, 'missing')])).rejects.toThrow(/corpus path not found/)
  })

  it('changes its key when a file is rewritten', async () => {
    const file = join(dir, 'a.txt')
    await writeFile(file, 'نص أول.')
    const before = corpusKey(await listCorpusFiles([dir]))
    await writeFile(file, 'نص أول معدّل.')
    await utimes(file, new Date(), new Date(Date.now() + 5000))
    expect(corpusKey(await listCorpusFiles([dir]))).not.toBe(before)
  })
})

describe('reading and parsing', () => {
  it('gives a .txt file its name as id and reports bad JSON Lines records by line', async () => {
    await writeFile(join(dir, 'seed-like.txt'), 'وصل الوفد إلى دمشق. وبدأت المحادثات.')
    await writeFile(
      join(dir, 'wire.jsonl'),
      line({ id: 'w1', text: 'ارتفعت الأسعار.', title: 'الأسعار', source: { name: 'وكالة المثال' } }) +
        '{not json\n' +
        line({ id: 'w2' }) +
        '\n' +
        line({ id: 'w3', text: 'أعلنت الحكومة خطة جديدة.', publishedAt: '2025-02-01' }),
    )
    const files = await listCorpusFiles([dir])
    const records = (await Promise.all(files.map(readCorpusRecords))).flat()
    const good = records.flatMap((record) => (record.ok ? [record.input.id] : []))
    expect(good).toEqual(['seed-like', 'w1', 'w3'])
    const bad = records.flatMap((record) => (record.ok ? [] : [record.origin]))
    expect(bad).toEqual([`${join(dir, 'wire.jsonl')}:2`, `${join(dir, 'wire.jsonl')}:3`])
  })

  it('reads files that start with a byte-order mark whole, and refuses bytes that are not UTF-8 by offset', async () => {
    await writeFile(join(dir, 'a.jsonl'), `\ufeff${line({ id: 'a', text: 'وصل الوفد.' })}`)
    await writeFile(join(dir, 'b.txt'), '\ufeffغادر الوفد.')
    await writeFile(join(dir, 'c.txt'), Buffer.from([0x41, 0x20, 0xc3, 0x28]))
    const records = (await Promise.all((await listCorpusFiles([dir])).map(readCorpusRecords))).flat()
    expect(records.flatMap((record) => (record.ok ? [[record.input.id, record.input.text]] : []))).toEqual([
      ['a', 'وصل الوفد.'],
      ['b', 'غادر الوفد.'],
    ])
    expect(records.filter((record) => !record.ok)).toEqual([
      {
        ok: false,
        origin: join(dir, 'c.txt'),
        message: 'not valid UTF-8 at byte 2: corpus files must be UTF-8',
      },
    ])
  })

  it('parses every article with the core and leaves out duplicates with a reason', async () => {
    await writeFile(join(dir, 'a.jsonl'), line({ id: 'x', text: 'الخبر الأول. وفيه جملتان.' }))
    await writeFile(join(dir, 'b.jsonl'), line({ id: 'x', text: 'نسخة أخرى بالمعرّف نفسه.' }))
    await writeFile(join(dir, 'empty.txt'), '   \n')
    const corpus = await loadCorpus([dir])
    expect(corpus.articles.map((article) => article.id)).toEqual(['x'])
    expect(corpus.articles[0]!.sentences.map((sentence) => sentence.text)).toEqual([
      'الخبر الأول.',
      'وفيه جملتان.',
    ])
    expect(corpus.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('duplicate id x'),
      expect.stringContaining('empty'),
    ])
  })
})

describe('loadCorpus stories', () => {
  it('are the core’s storiesOf for the same articles, whatever the files and lines are named or ordered', async () => {
    const inputs = [
      {
        id: 'bridge-1',
        text: 'أغلقت البلدية جسر النهر أمام السيارات لإصلاح تشققات في أعمدته.',
        publishedAt: '2025-03-11T08:00:00Z',
      },
      {
        id: 'bridge-2',
        text: 'المدينة - 11 مارس 2025\nأغلق جسر النهر أمام السيارات بعد ظهور تشققات في أعمدته.',
      },
      { id: 'port', text: 'تعتزم الحكومة توسعة الميناء بحلول عام 2030 ضمن خطة وطنية.' },
      {
        id: 'fair',
        text: 'افتتح معرض الكتاب أبوابه للزوار بمشاركة مئتي دار نشر.',
        publishedAt: '2025-03-10',
      },
    ]
    const layouts: Record<string, number[]>[] = [
      { 'a.jsonl': [0, 1, 2, 3] },
      { 'z.jsonl': [3, 2], 'b.jsonl': [1, 0] },
    ]
    const results = []
    for (const [n, layout] of layouts.entries()) {
      const root = join(dir, String(n))
      await mkdir(root)
      for (const [name, items] of Object.entries(layout))
        await writeFile(join(root, name), items.map((i) => line(inputs[i])).join(''))
      results.push((await loadCorpus([root])).stories.map((entry) => entry.story))
    }
    expect(results[1]).toEqual(results[0])
    expect(results[0]).toEqual(storiesOf(inputs.map((input) => parseArticle(input))))
  })
})
