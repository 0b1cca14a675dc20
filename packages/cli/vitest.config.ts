import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts'],
    // Each test starts Node processes; on a loaded machine that takes seconds, not a speed target.
    testTimeout: 60_000,
  },
})
