import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const css = readFileSync(new URL('./global.css', import.meta.url), 'utf8')

/** The custom properties of the light scheme (`:root`) and of the dark one (inside prefers-color-scheme). */
function schemes(): Record<'light' | 'dark', Map<string, string>> {
  const read = (block: string) =>
    new Map(
      [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, value]) => [name!, value!]),
    )
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)')
  return {
    light: read(css.slice(0, darkStart)),
    dark: read(css.slice(darkStart, css.indexOf('}\n}', darkStart))),
  }
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

// Text colour on the background it is drawn on, as the stylesheet pairs them.
const pairs: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['text', 'shared-bg'],
  ['text', 'unique-bg'],
  ['text', 'pair-bg'],
  ['text', 'target-bg'],
  ['text', 'quote-bg'],
  ['unique', 'surface'],
  ['quote-line', 'surface'],
  ['bg', 'shared'],
  ['mark-text', 'mark-bg'],
]

describe('colour contrast (WCAG AA, 4.5:1 for text)', () => {
  for (const [name, colours] of Object.entries(schemes())) {
    it(`holds in the ${name} scheme`, () => {
      const failing = pairs
        .map(([fg, bg]) => ({ fg, bg, ratio: contrast(colours.get(fg)!, colours.get(bg)!) }))
        .filter(({ ratio }) => !(ratio >= 4.5))
      expect(failing).toEqual([])
    })
  }
})
