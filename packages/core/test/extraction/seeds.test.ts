import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/extract/index.ts'
import { parseArticle } from '../../src/structure/parse-article.ts'
import { seed000 } from './corpus/seed-000.ts'
import { seed003 } from './corpus/seed-003.ts'
import { articleText } from './evaluate.ts'

const PUBLISHED = '2025-02-13'
const run = (gold: typeof seed000) => {
  const article = parseArticle(articleText(gold))
  return { text: article.text, ...extractArticle({ ...article, publishedAt: PUBLISHED }) }
}
const a = run(seed000)
const b = run(seed003)
const quote = (result: typeof a, start: string) => result.quotes.find((q) => q.text.startsWith(start))
const entity = (result: typeof a, id: string) => result.entities.find((e) => e.id === id)

describe('seed 000', () => {
  it('gives «بنّاءة وموضوعية وعملية» to the Kremlin, through ووصف الكرملين', () => {
    expect(quote(a, 'بنّاءة وموضوعية وعملية')?.speaker).toEqual({
      name: 'الكرملين',
      entity: 'organization:الكرملين',
    })
  })

  it('gives «النجاح في حل المهام…» to Putin, named there only as الرئيس الروسي', () => {
    expect(quote(a, 'النجاح في حل المهام')?.speaker?.entity).toBe('person:فلاديمير-بوتين')
  })

  it('knows Bogdanov as deputy foreign minister', () => {
    expect(entity(a, 'person:ميخائيل-بوغدانوف')?.roles).toEqual(['نائب وزير الخارجية'])
  })

  it('makes الروسي a nisba link to Russia and resolves قبل أسبوعين', () => {
    expect(entity(a, 'location:روسيا')?.mentions.some((m) => m.text === 'الروسي' && m.form === 'nisba')).toBe(
      true,
    )
    expect(a.dates.find((d) => d.text === 'قبل أسبوعين')?.value).toBe('2025-01-30')
  })

  it('makes the bare surnames aliases and mentions of the full names', () => {
    const putin = entity(a, 'person:فلاديمير-بوتين')!
    expect(putin.aliases).toContain('بوتين')
    expect(putin.mentions.filter((m) => m.text === 'بوتين')).toHaveLength(2)
    expect(entity(a, 'person:احمد-الشرع')?.mentions.map((m) => m.form)).toEqual(['name', 'alias'])
  })
})

describe('seed 003', () => {
  it('reads موقع "ستاندرد" البريطاني as an outlet and a source, not as a quote', () => {
    expect(b.quotes.some((q) => q.text === 'ستاندرد')).toBe(false)
    expect(entity(b, 'media:ستاندرد')?.gloss).toBe('بريطانيا')
    expect(b.sources.map((s) => [s.name, s.kind])).toContainEqual(['ستاندرد', 'media'])
  })

  it('gives the quote after وقال بيان الكرملين، إن بوتين to the statement, not to Putin', () => {
    expect(quote(b, 'تمنى النجاح')?.speaker).toEqual({
      name: 'بيان الكرملين',
      entity: 'organization:الكرملين',
    })
  })

  it('gives "بناءة وعملية وثريّة بالمحتوى" to the Kremlin, through كما أكد الكرملين أن', () => {
    expect(quote(b, 'بناءة وعملية')?.speaker?.entity).toBe('organization:الكرملين')
  })

  it('knows Bogdanov as the special envoy, and الشرق الأوسط inside للشرق الأوسط', () => {
    expect(entity(b, 'person:ميخائيل-بوغدانوف')?.roles).toEqual(['المبعوث الخاص للشرق الأوسط'])
    expect(entity(b, 'location:الشرق-الاوسط')?.name).toBe('الشرق الأوسط')
  })

  it('reads كانون الثاني/يناير as a date of the month before publication', () => {
    expect(b.dates.map((d) => [d.text, d.value])).toContainEqual(['كانون الثاني/يناير', '2025-01'])
  })

  it('keeps the fused subheadings (دعم سوريا) out of names', () => {
    expect(b.entities.some((e) => e.name.includes('سوريا') && e.kind === 'person')).toBe(false)
  })
})

describe('both seeds', () => {
  it('give the same people and bodies the same ids', () => {
    for (const id of [
      'person:فلاديمير-بوتين',
      'person:احمد-الشرع',
      'person:ميخائيل-بوغدانوف',
      'organization:الكرملين',
    ]) {
      expect(entity(a, id), id).toBeDefined()
      expect(entity(b, id), id).toBeDefined()
    }
  })
})
