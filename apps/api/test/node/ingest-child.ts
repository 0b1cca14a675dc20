// Run as a separate process by processes.test.ts: ingests `count` articles, one transaction each, into a shared file.
import { Ingestor } from '../../src/ingest/ingestor.ts'
import { createSqlRepository } from '../../src/storage/sql-repository.ts'
import { openSqlite } from '../../src/storage/sqlite/open.ts'
import { groupingEngine } from '../grouping-engine.ts'

const [dbPath = '', name = '', count = '0', groups = '1'] = process.argv.slice(2)
const ingestor = new Ingestor(createSqlRepository(openSqlite(dbPath)), {
  stories: groupingEngine,
  maxAttempts: 100,
})
for (let i = 0; i < Number(count); i++) {
  const id = `g${i % Number(groups)}-${name}-${i}`
  await ingestor.ingest([{ id, text: `أعلنت اللجنة ${name} نتائج الجولة ${i} من المسابقة الوطنية للقراءة.` }])
}
