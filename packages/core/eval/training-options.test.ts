import { afterEach, describe, expect, it, vi } from 'vitest'
import { namedBatches, refuseUnknownOptions } from './training-options.ts'

describe('refuseUnknownOptions', () => {
  const argv = process.argv
  afterEach(() => {
    process.argv = argv
    vi.restoreAllMocks()
  })

  const run = (...args: string[]) => {
    process.argv = ['node', 'train.ts', ...args]
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    refuseUnknownOptions('train:x', ['--loo', '--only'], 'overwrites the weights')
    return { exit: exit.mock.calls.map(([code]) => code), said: error.mock.calls.join('\n') }
  }

  it('lets known options and their values through', () => {
    expect(run('--only', 'clutter-1,clutter-3', '--loo')).toEqual({ exit: [], said: '' })
    expect(run()).toEqual({ exit: [], said: '' })
  })

  it('stops at an unknown option, with status 2, naming it and what the command does with none', () => {
    const { exit, said } = run('--loo', '--lo')
    expect(exit).toEqual([2])
    expect(said).toContain('no option --lo')
    expect(said).toContain('--loo --only')
    expect(said).toContain('overwrites the weights')
  })

  it('stops at --help with status 0', () => {
    expect(run('--help').exit).toEqual([0])
  })
})

describe('namedBatches', () => {
  const argv = process.argv
  afterEach(() => {
    process.argv = argv
  })

  const named = (...args: string[]) => {
    process.argv = ['node', 'train.ts', ...args]
    return namedBatches('--only', ['real-1', 'real-2', 'real-3'])
  }

  it('gives the batches listed after the flag, in their order, and null without it', () => {
    expect(named('--only', 'real-3,real-1', '--loo')).toEqual(['real-3', 'real-1'])
    expect(named('--loo')).toBeNull()
  })

  it('refuses a batch outside the development list: a held-out batch is never opened', () => {
    expect(() => named('--only', 'real-1,real-4')).toThrow('real-4: not a development batch')
  })

  it('refuses the flag with no list after it, rather than train on nothing', () => {
    expect(() => named('--only')).toThrow(/give a list/)
    expect(() => named('--only', '--loo')).toThrow(/give a list/)
  })
})
