import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'site',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          // Some start an API server or a TLS listener: seconds alone, past the defaults (5 s, hooks 10 s) when the
          // whole suite runs on a shared machine at a load average of 40. Guards against a hang, not speed tests.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site-browser',
          include: ['test/**/*.test.ts'],
          exclude: ['test/workers/**'],
          globalSetup: ['test/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'site-workers',
          include: ['test/workers/**/*.test.ts'],
          testTimeout: 60_000,
          // Two builds and two workerd starts: past four minutes once at a load average of 22.
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
