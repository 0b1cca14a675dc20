import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'eval/**/*.test.ts'],
    // A guard against hangs, not a speed target: shared machines stall for seconds.
    testTimeout: 30_000,
    // Hooks too: on a loaded CI machine, removing a temporary folder once outlasted the default ten seconds.
    hookTimeout: 30_000,
  },
})
