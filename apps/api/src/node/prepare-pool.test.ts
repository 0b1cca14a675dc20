import { ArticleInputError } from '@marsad/core'
import { afterAll, describe, expect, it } from 'vitest'
import { TALKS, WATER } from '../../test/fixtures.ts'
import { prepareArticle } from '../ingest/prepare.ts'
import { PreparePool } from './prepare-pool.ts'

const pool = new PreparePool(2)
afterAll(() => pool.close())

describe('PreparePool', () => {
  it('answers in its threads exactly what prepareArticle answers on this one', async () => {
    const ingestedAt = '2025-03-06T10:00:00.000Z'
    const threaded = await Promise.all([WATER, TALKS].map((input) => pool.prepare(input, ingestedAt)))
    const here = await Promise.all([WATER, TALKS].map((input) => prepareArticle(input, ingestedAt)))
    expect(threaded).toEqual(here)
  })

  it('refuses what the core refuses with the core’s error and issues', async () => {
    const refused = await pool.prepare({ text: '\u200b\u200d' }, '').catch((error) => error)
    expect(refused).toBeInstanceOf(ArticleInputError)
    expect(refused.issues).toEqual(['text: is empty, or only white space and invisible characters'])
  })
})
