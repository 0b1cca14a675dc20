import { describe, expect, it } from 'vitest'
import { readSeed, SEED_A, SEED_B } from '../../test/seeds.ts'
import { ArticleSchema } from '../model/article.ts'
import { ArticleInputError } from './article-input-error.ts'
import { parseArticle } from './parse-article.ts'

describe('parseArticle on the seeds', () => {
  it('recovers the four subheadings fused into seed 003, each with its exact span', () => {
    const text = readSeed(SEED_B)
    const article = parseArticle({ id: SEED_B, text })
    const headings = article.blocks.filter((block) => block.kind === 'heading')
    expect(headings.map((h) => h.text)).toEqual([
      'دعم سوريا',
      'معالجة المهام',
      'رسائل إيجابية',
      'معضلة لجوء الأسد',
    ])
    for (const heading of headings) expect(text.slice(heading.start, heading.end)).toBe(heading.text)
    expect(headings.map((h) => text.slice(h.end, h.end + 4))).toEqual(['وأكد', 'وقال', 'يأتي', 'في ا'])
    expect(text.slice(headings[0]!.start - 6, headings[0]!.start)).toBe('موسكو.')
  })

  it('splits seed 003, glued on one line, into its twelve paragraphs', () => {
    const article = parseArticle(readSeed(SEED_B))
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph')
    expect(paragraphs).toHaveLength(12)
    expect(paragraphs.map((p) => p.text.split(' ')[0])).toEqual([
      'أعلنت',
      'وأكد',
      'وأخذ',
      'وقال',
      'وجرى',
      'وأرسل',
      'يأتي',
      'وكان',
      'وكان',
      'في',
      'إلا',
      'وقالت',
    ])
  })

  it('reads the paragraphs of seed 000 from its line breaks, with no headings', () => {
    const article = parseArticle(readSeed(SEED_A))
    expect(article.blocks.map((b) => b.kind)).toEqual(Array(9).fill('paragraph'))
  })

  it('splits sentences without breaking quotations', () => {
    const article = parseArticle(readSeed(SEED_A))
    expect(article.sentences).toHaveLength(14)
    const quoted = article.sentences.find((s) => s.text.includes('بنّاءة'))!
    expect(quoted.text).toBe(
      'ووصف الكرملين المحادثات بأنها كانت «بنّاءة وموضوعية وعملية»، وقال إن الطرفين اتفقا في ختامها على مواصلة هذه الاتصالات في المستقبل.',
    )
    const seed003 = parseArticle(readSeed(SEED_B))
    const wish = seed003.sentences.find((s) => s.text.includes('تمنى النجاح'))!
    expect(wish.text.startsWith('وقال بيان الكرملين')).toBe(true)
    expect(wish.text.endsWith('على مر التاريخ".')).toBe(true)
  })

  it('keeps the text untouched and gives every element a span that slices back to it', () => {
    for (const id of [SEED_A, SEED_B]) {
      const text = readSeed(id)
      const article = ArticleSchema.parse(parseArticle({ id, text }))
      expect(article.text).toBe(text)
      for (const element of [...article.blocks, ...article.sentences]) {
        expect(text.slice(element.start, element.end)).toBe(element.text)
      }
      for (const sentence of article.sentences) {
        const block = article.blocks[sentence.block]!
        expect(sentence.start).toBeGreaterThanOrEqual(block.start)
        expect(sentence.end).toBeLessThanOrEqual(block.end)
      }
    }
  })
})

describe('parseArticle input', () => {
  it('takes the id, title, source and date it is given', () => {
    const article = parseArticle({
      text: 'وصل الوفد إلى دمشق.',
      id: 'x1',
      title: 'وصول الوفد',
      source: { name: 'مرصد', url: 'https://example.org/a' },
      publishedAt: '2025-02-12T10:00:00Z',
    })
    expect(article).toMatchObject({ id: 'x1', title: 'وصول الوفد', source: { name: 'مرصد' } })
    expect(article.publishedAt).toBe('2025-02-12T10:00:00Z')
  })

  it('derives a stable id from the text when none is given', () => {
    const a = parseArticle('وصل الوفد إلى دمشق.')
    expect(a.id).toMatch(/^[0-9a-f]{16}$/)
    expect(parseArticle('وصل الوفد إلى دمشق.').id).toBe(a.id)
    expect(parseArticle('وصل الوفد إلى حلب.').id).not.toBe(a.id)
  })

  it('rejects empty and white-space-only text with a clear error', () => {
    expect(() => parseArticle('')).toThrow(ArticleInputError)
    expect(() => parseArticle(' \n\t\u00a0 ')).toThrow(/empty/)
    expect(() => parseArticle('\u200b\u200c\u200d\u2060\ufeff\u200f\u202b ')).toThrow(/empty/)
  })

  it('rejects input of the wrong shape, naming each problem', () => {
    const bad = { text: 42, publishedAt: 'yesterday' } as unknown as string
    try {
      parseArticle(bad)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleInputError)
      const issues = (error as ArticleInputError).issues.join('\n')
      expect(issues).toMatch(/^text:/m)
      expect(issues).toMatch(/^publishedAt:/m)
    }
  })

  it('rejects text over the length limit instead of working on it', () => {
    expect(() => parseArticle('كلمة '.repeat(30), { maxLength: 100 })).toThrow(/over the limit of 100/)
  })

  it('gives a valid model for text with no Arabic at all', () => {
    const article = parseArticle('The delegation arrived. Talks begin tomorrow.')
    expect(article.blocks).toHaveLength(1)
    expect(article.sentences.map((s) => s.text)).toEqual(['The delegation arrived.', 'Talks begin tomorrow.'])
  })

  it('reads a short line without final punctuation, followed by text, as a heading', () => {
    const article = parseArticle('زيارة تاريخية\nوصل الرئيس إلى العاصمة صباح اليوم.\nوعقد لقاءً مطولاً.')
    expect(article.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph'])
  })
})

describe('articleJsonSchema', () => {
  it('describes the Article model for other languages', async () => {
    const { articleJsonSchema } = await import('../model/json-schema.ts')
    const root = articleJsonSchema() as {
      $ref: string
      $defs: Record<string, { properties: object; required: string[] }>
    }
    expect(root.$ref).toBe('#/$defs/Article')
    const schema = root.$defs.Article!
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'text', 'blocks', 'sentences']))
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['blocks', 'sentences', 'publishedAt']),
    )
  })

  it('lists every block kind, content and page clutter', async () => {
    const { articleJsonSchema } = await import('../model/json-schema.ts')
    const json = JSON.stringify(articleJsonSchema())
    for (const kind of [
      'heading',
      'paragraph',
      'navigation',
      'byline',
      'dateline',
      'caption',
      'ad',
      'share',
      'embed',
      'boilerplate',
    ]) {
      expect(json).toContain(`"${kind}"`)
    }
  })
})
