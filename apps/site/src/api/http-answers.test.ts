import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { httpAnswers } from './http-answers.ts'

const closers: (() => void)[] = []
afterAll(() => {
  for (const close of closers) close()
})

function portOf(server: { address(): AddressInfo | string | null }): number {
  return (server.address() as AddressInfo).port
}

describe('httpAnswers', () => {
  it('reads an answer whole, with its status and ETag, asking for no compression', async () => {
    const server = createServer((req, res) => {
      res.setHeader('ETag', '"v1"')
      res.end(
        JSON.stringify({
          path: req.url,
          encoding: req.headers['accept-encoding'],
          lang: req.headers['accept-language'],
        }),
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(() => server.close())
    const answer = await httpAnswers(new URL(`http://127.0.0.1:${portOf(server)}/`))('/v1/stories?limit=2', {
      'accept-language': 'ar',
    })
    expect(answer).toMatchObject({ status: 200, etag: '"v1"' })
    expect(JSON.parse(answer.body)).toEqual({ path: '/v1/stories?limit=2', encoding: 'identity', lang: 'ar' })
  })

  it('speaks TLS to an https address (here a self-signed certificate, which it refuses as unverified)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-tls-'))
    closers.push(() => rmSync(dir, { recursive: true, force: true }))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
    const server = createTlsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_req, res) => res.end('{}'),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(() => server.close())
    await expect(
      httpAnswers(new URL(`https://127.0.0.1:${portOf(server)}/`))('/v1/stories', {}),
    ).rejects.toMatchObject({
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    })
  })

  it('refuses an address that is neither http nor https', () => {
    expect(() => httpAnswers(new URL('ftp://127.0.0.1/'))).toThrow(/http or https/)
  })
})
