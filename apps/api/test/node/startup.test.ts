import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer } from '../../src/node/server.ts'
import { StartupError } from '../../src/node/startup-error.ts'
import { fetchJson as fetch } from '../app.ts'
import { TALKS, WATER } from '../fixtures.ts'

const dir = mkdtempSync(join(tmpdir(), 'marsad-startup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const line = (value: unknown) => `${JSON.stringify(value)}\n`
const MAIN = join(import.meta.dirname, '../../src/node/main.ts')

function start(name: string, corpus: string[], log: string[]) {
  return startServer({
    port: 0,
    dbPath: join(dir, `${name}.sqlite`),
    corpus,
    seeds: false,
    log: (message) => log.push(message),
  })
}

describe('a corpus never stops the server', () => {
  it('skips what the API would refuse and conflicting records, logging each by file and line, and starts', async () => {
    const corpus = join(dir, 'hostile')
    mkdirSync(corpus)
    const feed = join(corpus, 'feed.jsonl')
    writeFileSync(
      feed,
      `\ufeff${line(WATER)}` +
        line({ id: 'ctl\u0001', text: 'خبر بمعرف فيه محرف تحكم.' }) +
        line({ id: 'nul', text: 'خبر فيه\u0000محرف.' }) +
        line({ id: '..', text: 'خبر لا يمكن الوصول إليه.' }) +
        line({ id: 'zw', text: '\u200b\u200c\u200d\u2060' }) +
        line({ ...WATER, text: `${WATER.text} وفقرة أخرى.` }) +
        line(WATER) +
        line(TALKS),
    )
    writeFileSync(join(corpus, 'latin1.txt'), Buffer.from([0x41, 0x20, 0xe9, 0x74, 0xe9]))
    const log: string[] = []
    const server = await start('hostile', [corpus, join(dir, 'no-such-folder')], log)
    try {
      expect(server.ingested.map((o) => [o.id, o.status])).toEqual([
        [WATER.id, 'created'],
        [TALKS.id, 'created'],
      ])
      // Records the core's reader refuses come first, then those the API's checks refuse.
      expect(log.filter((l) => l.startsWith('skipped'))).toEqual([
        `skipped ${feed}:5: text: is empty, or only white space and invisible characters`,
        `skipped ${join(corpus, 'latin1.txt')}: not valid UTF-8 at byte 2: corpus files must be UTF-8`,
        `skipped ${join(dir, 'no-such-folder')}: no such file or folder`,
        `skipped ${feed}:2: id: must not contain control characters`,
        `skipped ${feed}:3: text: must not contain NUL (U+0000) characters`,
        expect.stringMatching(new RegExp(`^skipped ${feed}:4: id: cannot be addressed in a URL`)),
        `skipped ${feed}:6: the id ${JSON.stringify(WATER.id)} was read with other content at ${feed}:1`,
      ])
      const health = await (await fetch(`${server.url}/health`)).json()
      expect(health).toMatchObject({ status: 'ok', articles: 2 })
    } finally {
      await server.close()
    }
  })

  it('stores an article edited in its file after it was stored as its new version, at every later start', async () => {
    const file = join(dir, 'edited.jsonl')
    writeFileSync(file, line(WATER) + line(TALKS))
    const log: string[] = []
    await (await start('edited', [file], log)).close()
    const edited = { ...WATER, title: 'عنوان مصحح', text: `${WATER.text}\n\nتصحيح: أضيفت هذه الفقرة.` }
    writeFileSync(file, line(edited) + line(TALKS))
    for (let restart = 0; restart < 2; restart++) {
      log.length = 0
      const server = await start('edited', [file], log)
      try {
        const stored = await (
          await fetch(`${server.url}/v1/articles/${encodeURIComponent(WATER.id!)}`)
        ).json()
        expect(stored).toMatchObject({ title: 'عنوان مصحح', text: edited.text })
        const health = await (await fetch(`${server.url}/health`)).json()
        expect(health).toMatchObject({ status: 'ok', articles: 2 })
        expect(log.filter((l) => l.startsWith('replacing'))).toEqual(
          restart === 0
            ? [`replacing the stored article ${JSON.stringify(WATER.id)} by its new version at ${file}:1`]
            : [],
        )
      } finally {
        await server.close()
      }
    }
  })
})

describe('start-up errors name the database and say what to do', () => {
  it('a file that is not a database, and a folder that cannot be made', async () => {
    const garbage = join(dir, 'garbage.sqlite')
    writeFileSync(garbage, 'this is not a SQLite file, only text that looks nothing like one'.repeat(100))
    const notDb = await startServer({ port: 0, dbPath: garbage, seeds: false, log: () => {} }).catch((e) => e)
    expect(notDb).toBeInstanceOf(StartupError)
    expect(notDb.message).toContain(garbage)
    expect(notDb.message).toMatch(/Restore it from a backup/)

    const blocked = join(dir, 'a-file')
    writeFileSync(blocked, '')
    const nested = join(blocked, 'db', 'marsad.sqlite')
    const noFolder = await startServer({ port: 0, dbPath: nested, seeds: false, log: () => {} }).catch(
      (e) => e,
    )
    expect(noFolder).toBeInstanceOf(StartupError)
    expect(noFolder.message).toContain(nested)
    expect(noFolder.message).toMatch(/folder exists or can be created/)
  })

  it('the server command prints one line with no stack trace, and the stack with MARSAD_DEBUG=1', () => {
    const garbage = join(dir, 'garbage-main.sqlite')
    writeFileSync(garbage, 'x'.repeat(8192))
    const env = { ...process.env, MARSAD_DB: garbage, PORT: '0', MARSAD_CORPUS: '' }
    const run = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 20_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`Marsad API did not start: ${garbage} is not a SQLite database`)
    expect(run.stderr).not.toMatch(/^\s+at /m)
    const debug = spawnSync(process.execPath, [MAIN], {
      env: { ...env, MARSAD_DEBUG: '1' },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(debug.status).toBe(1)
    expect(debug.stderr).toMatch(/^\s+at /m)
  })
})
