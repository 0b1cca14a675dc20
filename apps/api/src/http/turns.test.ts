import { describe, expect, it } from 'vitest'
import { Problem } from './problem.ts'
import { Turns } from './turns.ts'

describe('Turns', () => {
  it('runs work one at a time, in order, letting the event loop answer between turns', async () => {
    const turns = new Turns()
    const events: string[] = []
    const work = (name: string) => async () => {
      events.push(`start ${name}`)
      await Promise.resolve()
      events.push(`end ${name}`)
      return name
    }
    const done = Promise.all([turns.run(work('a')), turns.run(work('b'))])
    setImmediate(() => events.push('io'))
    expect(await done).toEqual(['a', 'b'])
    expect(events).toEqual(['io', 'start a', 'end a', 'start b', 'end b'])
  })

  it('refuses with a 503 problem and Retry-After past its waiting bound, and carries on after a failure', async () => {
    const turns = new Turns(2)
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve('ok'), 5))
    const waiting = [turns.run(slow), turns.run(slow)]
    let refused: unknown
    try {
      turns.run(slow)
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(Problem)
    expect(refused).toMatchObject({ status: 503, type: 'busy', headers: { 'Retry-After': '1' } })
    await Promise.all(waiting)
    await expect(turns.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x')
    expect(await turns.run(slow)).toBe('ok')
  })
})
