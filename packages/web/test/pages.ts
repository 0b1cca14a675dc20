import { readFileSync } from 'node:fs'

/** One of the pages in test/pages/, written for these tests (no third-party text). */
export function testPage(name: string): string {
  return readFileSync(new URL(`./pages/${name}.html`, import.meta.url), 'utf8')
}

export { encodeSingleByte } from '../src/testing.ts'
