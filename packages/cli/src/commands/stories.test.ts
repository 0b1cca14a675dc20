import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArticle, StorySchema, storiesOf, storyId } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { alarabySeed, kommersantSeed, marsad, seeds } from '../testing.ts'

const parseStories = (stdout: string) => StorySchema.array().parse(JSON.parse(stdout).stories)

describe('marsad stories', () => {
  it('puts the two seeds, two outlets on one phone call, in one story', async () => {
    const { stdout, stderr, code } = await marsad(['stories', seeds])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const stories = parseStories(stdout)
    expect(stories).toHaveLength(1)
    const [story] = stories
    expect(story!.articleIds).toEqual(['000_c46bd0adb6ed7856', '003_52349cd9e965743e'])
    expect(story!.id).toBe(storyId(['003_52349cd9e965743e', '000_c46bd0adb6ed7856']))
    expect(story!.independent).toBe(2)
    expect(story!.duplicates).toEqual([])
    const names = story!.entities.filter((entity) => entity.articles === 2).map((entity) => entity.name)
    expect(names).toEqual(expect.arrayContaining(['فلاديمير بوتين', 'أحمد الشرع', 'بشار الأسد']))
    // The title is an article's own text, never generated.
    const source = await readFile(
      story!.titleArticleId === '000_c46bd0adb6ed7856' ? kommersantSeed : alarabySeed,
      'utf8',
    )
    expect(source).toContain(story!.title)
    expect(story!.title).toContain('بوتين')
  })

  it('separates unrelated events in a JSON lines file, in publication order, and indents with --pretty', async () => {
    const file = join(tmpdir(), `marsad-stories-${process.pid}.jsonl`)
    const kommersant = await readFile(kommersantSeed, 'utf8')
    const alaraby = await readFile(alarabySeed, 'utf8')
    const quake =
      'ضرب زلزال بقوة 5.8 درجات إقليم الحوز جنوب مراكش فجر الثلاثاء، وأعلنت السلطات المغربية تضرر عشرات المنازل في القرى الجبلية. وقال مسؤول في الوقاية المدنية إن فرق الإنقاذ تواصل البحث تحت الأنقاض.'
    const lines = [
      { id: 'quake', text: quake, publishedAt: '2025-03-04T06:00:00Z' },
      { id: 'alaraby', text: alaraby, publishedAt: '2025-02-12T20:00:00Z' },
      { id: 'kommersant', text: kommersant, publishedAt: '2025-02-12T18:00:00Z' },
    ]
    await writeFile(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`)
    const { stdout, code } = await marsad(['stories', '--pretty', file])
    expect(code).toBe(0)
    expect(stdout.split('\n')[1]).toBe('  "stories": [')
    const stories = parseStories(stdout)
    expect(stories.map((story) => story.articleIds)).toEqual([['kommersant', 'alaraby'], ['quake']])
    expect(stories[0]!.timeSpan).toEqual({ start: '2025-02-12T18:00:00Z', end: '2025-02-12T20:00:00Z' })
  })

  it('reports bad JSON lines by number and clusters the good ones', async () => {
    const file = join(tmpdir(), `marsad-stories-bad-${process.pid}.jsonl`)
    const kommersant = await readFile(kommersantSeed, 'utf8')
    const alaraby = await readFile(alarabySeed, 'utf8')
    await writeFile(
      file,
      [
        JSON.stringify({ id: 'kommersant', text: kommersant }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'no-text' }),
        JSON.stringify({ id: 'alaraby', text: alaraby }),
      ].join('\n'),
    )
    const { stdout, stderr, code } = await marsad(['stories', file])
    expect(code).toBe(1)
    expect(stderr).toMatch(/:2: not valid JSON/)
    expect(stderr).toMatch(/:3: text/)
    // Neither line is dated: they are read in the order of their ids.
    expect(parseStories(stdout).map((story) => story.articleIds)).toEqual([['alaraby', 'kommersant']])
  })

  it('gives the core’s storiesOf for the same articles, however the lines are ordered', async () => {
    const kommersant = await readFile(kommersantSeed, 'utf8')
    const alaraby = await readFile(alarabySeed, 'utf8')
    const lines = [
      { id: 'kommersant', text: kommersant, publishedAt: '2025-02-12T18:00:00Z' },
      { id: 'alaraby', text: alaraby },
      {
        id: 'market',
        text: 'الدار البيضاء - 4 مارس 2025\nافتتحت البلدية سوقاً جديدة للخضر والفواكه في حي المعاريف.',
      },
      {
        id: 'rain',
        text: 'توقعت الأرصاد الجوية أمطاراً غزيرة على السواحل الشمالية.',
        publishedAt: '2025-03-04',
      },
      { id: 'port', text: 'تعتزم الحكومة توسعة الميناء بحلول عام 2030 ضمن خطة وطنية للنقل البحري.' },
    ]
    const outputs: string[] = []
    for (const [n, order] of [
      [0, 1, 2, 3, 4],
      [4, 2, 0, 3, 1],
      [3, 1, 4, 0, 2],
    ].entries()) {
      const file = join(tmpdir(), `marsad-stories-order-${process.pid}-${n}.jsonl`)
      await writeFile(file, order.map((i) => JSON.stringify(lines[i])).join('\n'))
      const { stdout, code } = await marsad(['stories', file])
      expect(code).toBe(0)
      outputs.push(stdout)
    }
    expect(new Set(outputs).size).toBe(1)
    const expected = storiesOf(lines.map((line) => parseArticle(line)))
    expect(JSON.parse(outputs[0]!).stories).toEqual(JSON.parse(JSON.stringify(expected)))
    const port = expected.find((story) => story.articleIds.includes('port'))!
    expect(port.timeSpan).toBeNull()
  })

  it('fails clearly on a missing file and on an id read twice', async () => {
    const missing = await marsad(['stories', 'no-such-folder'])
    expect(missing).toMatchObject({ code: 1, stderr: /no-such-folder: no such file/ })
    expect(parseStories(missing.stdout)).toEqual([])
    const twice = await marsad(['stories', kommersantSeed, seeds])
    expect(twice).toMatchObject({
      code: 1,
      stderr: /000_c46bd0adb6ed7856: an article with this id was already read/,
    })
    expect(parseStories(twice.stdout).map((story) => story.articleIds.length)).toEqual([2])
  })
})
