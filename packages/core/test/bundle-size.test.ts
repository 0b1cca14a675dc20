import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { coreBundleSize, coreBundles, coreEntry } from '../bench/bundle-size.ts'

// A size, not a time: the same on any machine, so an ordinary test holds it. `bench:bundle` prints the figures.
describe('what the core costs a browser or a Worker', () => {
  for (const { name, imports, ceiling } of coreBundles) {
    it(`bundles ${name} within ${ceiling / 1000} KB gzipped`, async () => {
      const { gzipped } = await coreBundleSize(imports)
      expect(gzipped).toBeLessThanOrEqual(ceiling)
    })
  }

  it('leaves zod’s locales out of a bundle that builds schemas', async () => {
    const result = await build({
      stdin: {
        contents: `export { parseArticle } from ${JSON.stringify(coreEntry)}`,
        resolveDir: import.meta.dirname,
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    const [output] = Object.values(result.metafile.outputs)
    const inputs = Object.entries(output!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file)
    expect(inputs.some((file) => file.includes('/zod/'))).toBe(true)
    expect(inputs.filter((file) => /\/zod\/v4\/locales\/(?!en\.js)/.test(file))).toEqual([])
  })
})
