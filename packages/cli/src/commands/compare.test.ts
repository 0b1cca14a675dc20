import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Article, CoverageSchema, parseArticle } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { alarabySeed, kommersantSeed, marsad } from '../testing.ts'

const seed = async (file: string, id: string) => parseArticle({ id, text: await readFile(file, 'utf8') })
const kommersant = await seed(kommersantSeed, '000_c46bd0adb6ed7856')
const alaraby = await seed(alarabySeed, '003_52349cd9e965743e')
const sentence = (article: Article, index: number) => article.sentences[index]!.text
const articleOf = (id: string) => (id === kommersant.id ? kommersant : alaraby)

describe('marsad compare on the two seeds', async () => {
  const { stdout, stderr, code } = await marsad(['compare', kommersantSeed, alarabySeed])
  const coverage = CoverageSchema.parse(JSON.parse(stdout))

  it('exits cleanly with the Coverage of both articles in input order', () => {
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(coverage.articles).toEqual([kommersant.id, alaraby.id])
  })

  it('links the sentences in which both outlets report the same fact', () => {
    const pairs = coverage.shared.map((fact) =>
      fact.sentences.map((ref) => sentence(articleOf(ref.articleId), ref.index)),
    )
    const linked = (phrase: string, other = phrase) =>
      pairs.some(([a, b]) => a!.includes(phrase) && b!.includes(other))
    expect(linked('الأول من نوعه')).toBe(true) // the first call since Assad's fall
    expect(linked('المساعدات الإنسانية')).toBe(true) // readiness to help with humanitarian aid
    expect(linked('النجاح في حل المهام', 'تمنى النجاح')).toBe(true) // the wish of success
    expect(linked('بنّاءة وموضوعية وعملية', 'بناءة وعملية')).toBe(true) // constructive talks
    expect(linked('ميخائيل بوغدانوف')).toBe(true) // Bogdanov's delegation to Damascus
  })

  it('marks what only one outlet reports', () => {
    const alone = (article: Article) =>
      coverage.unique[article.id]!.map((index) => sentence(article, index)).join('\n')
    expect(alone(kommersant)).toContain('شطب الديون') // debt write-off
    expect(alone(kommersant)).toContain('بيسكوف') // Peskov
    expect(alone(kommersant)).toContain('أبو قصرة') // the defence minister Abu Qasra
    expect(alone(alaraby)).toContain('ثاني أقوى دولة') // Russia the world's second strongest country
    expect(alone(alaraby)).toContain('اللجوء') // Assad's asylum
    expect(alone(alaraby)).toContain('الاستخباراتية') // British intelligence
    expect(alone(kommersant)).not.toContain('الأول من نوعه')
  })

  it('pairs the two renderings of the Kremlin’s description of the talks', () => {
    const variants = coverage.quoteVariants.map((variant) =>
      variant.quotes.map(
        (ref) =>
          (articleOf(ref.articleId) as Article & { quotes: { text: string }[] }).quotes[ref.index]!.text,
      ),
    )
    expect(variants).toContainEqual(['بنّاءة وموضوعية وعملية', 'بناءة وعملية وثريّة بالمحتوى'])
  })

  it('gives Bogdanov’s two titles as titles given, and does not set the undated «قبل أسبوعين» against a month', () => {
    const [titles] = coverage.titles
    expect(titles!.subject).toBe('ميخائيل بوغدانوف')
    expect(titles!.values.map((value) => value.text)).toEqual([
      'نائب وزير الخارجية',
      'مبعوثه الخاص للشرق الأوسط',
    ])
    expect(coverage.differences).toEqual([])
  })
})

describe('marsad compare errors', () => {
  it('refuses fewer than two articles', async () => {
    const one = await marsad(['compare', kommersantSeed])
    expect(one).toMatchObject({ code: 1, stdout: '', stderr: /at least two articles.*000_c46bd0adb6ed7856/ })
    const missing = await marsad(['compare', kommersantSeed, 'no-such-file.txt'])
    expect(missing).toMatchObject({ code: 1, stdout: '' })
    expect(missing.stderr).toMatch(/no-such-file\.txt: no such file/)
    expect(missing.stderr).toMatch(/at least two articles/)
  })

  it('compares the good lines of a JSON lines file and reports the bad ones by number, with --pretty', async () => {
    const file = join(tmpdir(), `marsad-compare-${process.pid}.jsonl`)
    await writeFile(
      file,
      [
        JSON.stringify({ id: 'a', text: kommersant.text }),
        'not json',
        JSON.stringify({ id: 'b', text: alaraby.text }),
      ].join('\n'),
    )
    const { stdout, stderr, code } = await marsad(['compare', '--pretty', file])
    expect(code).toBe(1)
    expect(stderr).toMatch(/:2: not valid JSON/)
    expect(stdout.split('\n')[1]).toBe('  "articles": [')
    const coverage = CoverageSchema.parse(JSON.parse(stdout))
    expect(coverage.articles).toEqual(['a', 'b'])
    expect(coverage.quoteVariants.length).toBeGreaterThanOrEqual(2)
  })
})
