import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    // A guard against hangs, not a speed target (that is the benchmark's): shared machines stall for seconds, and
    // at a load average of 15 a fuzz test of 3,000 texts took over 30 s.
    testTimeout: 120_000,
    // Hooks too: on a loaded CI machine, removing a temporary folder once outlasted the default ten seconds.
    hookTimeout: 30_000,
  },
})
