import { describe, expect, it } from 'vitest'
import { Ingestor } from '../../ingest/ingestor.ts'
import { buildSearchQuery } from '../../search/query.ts'
import { createSqlRepository } from '../sql-repository.ts'
import { openSqlite } from '../sqlite/open.ts'
import { searchArticles } from './search.ts'

async function corpus() {
  const driver = openSqlite(':memory:')
  const ingestor = new Ingestor(createSqlRepository(driver))
  // Ingested oldest first; only the oldest names the port in its title, the best BM25 match of all.
  await ingestor.ingest([
    { id: 'port-oldest', title: 'ميناء العقبة', text: 'افتتحت السلطات رصيفاً جديداً في ميناء العقبة.' },
    { id: 'port-2', text: 'ارتفعت حركة الشحن في الميناء خلال الربع الأول من العام.' },
    { id: 'port-3', text: 'أعلنت الشركة توسعة الميناء وتحديث رافعاته.' },
    { id: 'port-newest', text: 'زار الوزير الميناء وتفقد أعمال الصيانة في الميناء.' },
  ])
  return driver
}

describe('searchArticles', () => {
  it('ranks by BM25 among the newest candidates only', async () => {
    const driver = await corpus()
    const match = buildSearchQuery('ميناء')!.match
    const page = { match, limit: 10, offset: 0 }
    const all = await searchArticles(driver, page)
    expect(all[0]!.id).toBe('port-oldest')
    expect(all).toHaveLength(4)

    const newest = await searchArticles(driver, page, 3)
    expect(newest.map((row) => row.id).sort()).toEqual(['port-2', 'port-3', 'port-newest'])
    expect(newest[0]!.id).toBe('port-newest')
  })

  it('pages through the ranked candidates without repeating one', async () => {
    const driver = await corpus()
    const match = buildSearchQuery('ميناء')!.match
    const first = await searchArticles(driver, { match, limit: 2, offset: 0 })
    const second = await searchArticles(driver, { match, limit: 2, offset: 2 })
    const ids = [...first, ...second].map((row) => row.id)
    expect(new Set(ids).size).toBe(4)
    expect([...first, ...second].map((row) => row.score)).toEqual(
      [...first, ...second].map((row) => row.score).sort((a, b) => a - b),
    )
  })
})
