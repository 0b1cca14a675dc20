import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleSchema } from '../../src/model/article.ts'
import { analyze } from '../../src/normalize/analyze.ts'
import { isBlankText } from '../../src/normalize/arabic-letters.ts'
import { normalize } from '../../src/normalize/normalize.ts'
import { tokenize } from '../../src/normalize/tokenize.ts'
import { isSpaceLike } from '../../src/segment/marks.ts'
import { ArticleInputError } from '../../src/structure/article-input-error.ts'
import { parseArticle } from '../../src/structure/parse-article.ts'
import {
  anyText,
  arabicHeavyText,
  deepQuotes,
  longLine,
  mixedScriptText,
  scrapedNewsText,
} from './arbitraries.ts'

interface Located {
  start: number
  end: number
  text?: string
}

/** The article's every located element, however the model grows: blocks, sentences and extracted items. */
function locatedElements(article: Record<string, unknown>): Located[] {
  const found: Located[] = []
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (typeof record.start === 'number' && typeof record.end === 'number')
        found.push(record as unknown as Located)
      for (const [key, child] of Object.entries(record)) if (key !== 'text') visit(child)
    }
  }
  for (const [key, value] of Object.entries(article)) if (key !== 'text') visit(value)
  return found
}

/** Every invariant the model promises, for one input. */
function checkArticle(text: string): void {
  let article: ReturnType<typeof parseArticle>
  try {
    article = parseArticle(text)
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleInputError)
    expect(isBlankText(text)).toBe(true)
    return
  }
  expect(ArticleSchema.safeParse(article).success).toBe(true)
  expect(article.text).toBe(text)
  const owners = new Uint8Array(text.length)
  for (const block of article.blocks) for (let i = block.start; i < block.end; i++) owners[i]!++
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceLike(text.charCodeAt(i))) expect(owners[i]).toBe(1)
  }
  for (const element of locatedElements(article as unknown as Record<string, unknown>)) {
    expect(element.start).toBeGreaterThanOrEqual(0)
    expect(element.end).toBeLessThanOrEqual(text.length)
    expect(element.start).toBeLessThanOrEqual(element.end)
    if (typeof element.text === 'string' && element.text.length === element.end - element.start) {
      expect(text.slice(element.start, element.end)).toBe(element.text)
    }
  }
}

const runs = (numRuns: number, seed: number) => ({ numRuns, seed })

describe('fuzzing the core', () => {
  it('parses Arabic-heavy text losslessly into a valid model', () => {
    fc.assert(fc.property(arabicHeavyText, checkArticle), runs(3000, 101))
  })

  it('parses scraped-news pieces: fused headings, glued sentence ends, quotes of both styles', () => {
    fc.assert(fc.property(scrapedNewsText, checkArticle), runs(3000, 1123))
  })

  it('parses mixed scripts, control characters and lone surrogates', () => {
    fc.assert(fc.property(mixedScriptText, checkArticle), runs(2000, 202))
  })

  it('parses any UTF-16 string', () => {
    fc.assert(fc.property(anyText, checkArticle), runs(2000, 303))
  })

  it('parses deeply nested and unbalanced quotes', () => {
    fc.assert(fc.property(deepQuotes, checkArticle), runs(500, 404))
  })

  it('parses very long single lines', () => {
    fc.assert(fc.property(longLine, checkArticle), runs(15, 505))
  })

  it('normalises idempotently and analyses with exact offsets on any text', () => {
    fc.assert(
      fc.property(fc.oneof(arabicHeavyText, mixedScriptText, anyText), (text) => {
        const once = normalize(text)
        expect(normalize(once)).toBe(once)
        for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text)
        for (const term of analyze(text)) {
          expect(term.start).toBeLessThan(term.end)
          expect(term.end).toBeLessThanOrEqual(text.length)
          expect(term.term.length).toBeGreaterThan(0)
        }
      }),
      runs(3000, 606),
    )
  })
})
