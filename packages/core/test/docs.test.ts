import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The core's README and its docs (docs/history/ above all, where the README's round-by-round sections moved in
// round 35) link to one another by relative paths and #anchors: every one must resolve, anchors as GitHub makes
// them from headings.

const coreDir = join(import.meta.dirname, '..')

function markdownFiles(): string[] {
  const docs = join(coreDir, 'docs')
  const found = existsSync(docs)
    ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(docs, name))
    : []
  return [join(coreDir, 'README.md'), ...found.sort()]
}

/** The text outside fenced code blocks, one string per line. */
function proseLines(text: string): string[] {
  const lines: string[] = []
  let fence: string | null = null
  for (const line of text.split('\n')) {
    const mark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (mark !== undefined && (fence === null || mark.startsWith(fence))) {
      fence = fence === null ? mark : null
      continue
    }
    if (fence === null) lines.push(line)
  }
  return lines
}

/** GitHub's anchor of a heading: its text as shown, lower case, punctuation and symbols dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-')
}

const anchorCache = new Map<string, Set<string>>()

/** Every anchor of a Markdown file; a repeated heading gets -1, -2 … as on GitHub. */
function anchorsOf(file: string): Set<string> {
  const cached = anchorCache.get(file)
  if (cached) return cached
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of proseLines(readFileSync(file, 'utf8'))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading === undefined) continue
    const slug = headingSlug(heading)
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  anchorCache.set(file, anchors)
  return anchors
}

/** The targets of the file's inline links and images, code spans left out. */
function linkTargets(text: string): string[] {
  const prose = proseLines(text)
    .join('\n')
    .replace(/`[^`]*`/g, '')
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] as string)
}

function brokenLinks(file: string): string[] {
  const broken: string[] = []
  for (const target of linkTargets(readFileSync(file, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto: …
    const hash = target.indexOf('#')
    const path = hash === -1 ? target : target.slice(0, hash)
    const anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1))
    const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path))
    if (!existsSync(resolved)) {
      broken.push(`${target}: no such file`)
      continue
    }
    if (anchor === null) continue
    if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) {
      broken.push(`${target}: an anchor into something not Markdown`)
    } else if (!anchorsOf(resolved).has(anchor)) {
      broken.push(`${target}: no heading makes #${anchor} in ${relative(coreDir, resolved)}`)
    }
  }
  return broken
}

describe('the core README and docs', () => {
  it('make anchors as GitHub does', () => {
    expect(headingSlug('`parseArticle(input, options?) → Article`')).toBe(
      'parsearticleinput-options--article',
    )
    expect(headingSlug("The rules' age on unseen text (round 34)")).toBe(
      'the-rules-age-on-unseen-text-round-34',
    )
    expect(headingSlug('Language data: `src/lang/ar/`')).toBe('language-data-srclangar')
    expect(headingSlug("Round 27's and 28's held-out batches")).toBe('round-27s-and-28s-held-out-batches')
  })

  it('hold the history in docs/history/, with its index', () => {
    const history = markdownFiles().filter((file) => file.includes(join('docs', 'history')))
    expect(history.length).toBeGreaterThan(1)
    expect(history).toContain(join(coreDir, 'docs', 'history', 'README.md'))
  })

  for (const file of markdownFiles()) {
    it(`${relative(coreDir, file)}: every relative link and #anchor resolves`, () => {
      expect(brokenLinks(file)).toEqual([])
    })
  }
})
