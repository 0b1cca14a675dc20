import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'eval/**/*.test.ts'],
    // A guard against hangs, not a speed target: shared machines stall for seconds.
    testTimeout: 30_000,
  },
})
