import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { onFreePort } from './site-server.ts'

describe('onFreePort', () => {
  it('starts again on another port when the chosen one was taken meanwhile', async () => {
    const tried: number[] = []
    const port = await onFreePort(async (candidate) => {
      tried.push(candidate)
      if (tried.length === 1) {
        // Another process binds the port first, as on a busy machine.
        const squatter = createServer()
        await new Promise<void>((resolve) => squatter.listen(candidate, '127.0.0.1', resolve))
        const server = createServer()
        const failure = await new Promise<Error>((resolve) => {
          server.once('error', resolve)
          server.listen(candidate, '127.0.0.1')
        })
        await new Promise((resolve) => squatter.close(resolve))
        throw failure
      }
      return candidate
    })
    expect(tried).toHaveLength(2)
    expect(port).toBe(tried[1])
  })

  it('passes other failures on at once, and gives up after its tries', async () => {
    let calls = 0
    await expect(
      onFreePort(async () => {
        calls++
        throw new Error('the site stopped (1)')
      }),
    ).rejects.toThrow('the site stopped')
    expect(calls).toBe(1)
    calls = 0
    await expect(
      onFreePort(async () => {
        calls++
        throw new Error('Address already in use')
      }, 2),
    ).rejects.toThrow('Address already in use')
    expect(calls).toBe(2)
  })
})
