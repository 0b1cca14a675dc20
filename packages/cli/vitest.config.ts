import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts'],
    // Each test starts Node processes; on a loaded machine that takes seconds (past a minute at a load average of
    // 35), not a speed target.
    testTimeout: 180_000,
    // Hooks too: on a loaded CI machine, removing a temporary folder once outlasted the default ten seconds.
    hookTimeout: 180_000,
  },
})
