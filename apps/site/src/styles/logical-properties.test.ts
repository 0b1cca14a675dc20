import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = new URL('..', import.meta.url).pathname

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name), ext)
      : ext.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  )
}

// Physical directions break in right-to-left layouts; the logical forms follow `dir` (margin-inline-start …).
const physical =
  /(?<![\w-])(left|right|top|bottom)\s*:|(margin|padding|border|inset)-(left|right|top|bottom)\b|(text-align|float|clear)\s*:\s*(left|right)|(?<![\w-])(width|height)\s*:/

describe('styles', () => {
  it('use logical properties only, in the stylesheet and in inline styles', () => {
    const found: string[] = []
    for (const file of files(src, /\.(css|astro)$/)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const css = file.endsWith('.css')
            ? line.replace(/\/\*.*?\*\//g, '')
            : (line.match(/style=\{?[`'"][^`'"]*/)?.[0] ?? '')
          if (physical.test(css)) found.push(`${file.slice(src.length)}:${index + 1}: ${line.trim()}`)
        })
    }
    expect(found).toEqual([])
  })
})
