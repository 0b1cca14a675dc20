import { z } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import * as zod from 'zod'

// wrangler.toml's `alias` swaps `zod` for src/worker/zod/index.ts; vitest.config.ts applies the same table
// here, so these tests run the zod the Worker is deployed with.
describe('zod in the Worker', () => {
  it('keeps English alone of its locales, and answers in English', () => {
    expect(Object.keys(z.locales)).toEqual(['en'])
    expect(Object.keys(z.core.locales)).toEqual(['en'])
    expect(z.object({ text: z.string() }).safeParse({ text: 1 }).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    )
    expect(z.string().min(1).safeParse('').error?.issues[0]?.message).toBe(
      'Too small: expected string to have >=1 characters',
    )
  })

  it('is one zod: the core’s schemas share the classes @hono/zod-openapi extends', () => {
    expect(zod.ZodType).toBe(z.ZodType)
    expect(typeof zod.string().openapi).toBe('function')
  })
})
