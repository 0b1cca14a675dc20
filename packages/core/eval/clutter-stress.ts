// `node eval/clutter-stress.ts --only clutter-1,clutter-3 [--lines]`: the clutter figures of development pages
// rewritten in page styles the development batches seldom show, each applied to the lines the annotation labels
// `body` only, so that every line keeps its label: `no-stops` (no sentence's end after a paragraph), `sentence-lines`
// (each sentence on a line of its own, with no end), `no-punctuation` (no sentence's end and no comma), `wrapped-30`,
// `wrapped-40`, `wrapped-60`, `wrapped-90`, `wrapped-120` (hard-wrapped at that many characters); and `title-25`,
// `title-40`, the lines labelled `title` (not the body's) broken at that many characters: a headline printed over
// several short lines, or over two with a short tail; `title-words`, the title printed a word a line. Clutter is read line by line as `eval` reads it;
// the lines of the article put in clutter are what a new site's style costs. `--lines` prints, for each style, the
// page, line and label of each line lost (no text), to read back in the fit half. Pages missing from the cache are
// left out, as `eval` leaves them.

import { checkCache, loadGold, readCached } from './cache.ts'
import { scoreClutter } from './clutter.ts'
import { DEVELOPMENT_CLUTTER } from './development-batches.ts'
import type { ClutterGold, LineLabel } from './gold-schema.ts'
import './deployed-lists.ts'

const printLines = process.argv.includes('--lines')
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1]?.split(',') ?? []) : [...DEVELOPMENT_CLUTTER]
for (const name of only) {
  if (!(DEVELOPMENT_CLUTTER as readonly string[]).includes(name))
    throw new Error(`${name}: not a development corpus`)
}

type Line = { text: string; label: LineLabel }
type Style = (lines: readonly Line[]) => Line[]

const SENTENCE_END = /[.!?؟…]+([\s»”"')\]]*)$/u
const SENTENCE_BREAK = /(?<=[.!?؟])\s+(?=\S)/u
const withoutEnd = (text: string) => text.replace(SENTENCE_END, '$1')

/** The body's lines rewritten by `rewrite` (one line may become several), every other line as it was. */
const onLabel =
  (label: LineLabel, rewrite: (text: string) => string[]): Style =>
  (lines) =>
    lines.flatMap((line) =>
      line.label === label ? rewrite(line.text).map((text) => ({ text, label: line.label })) : [line],
    )
const onBody = (rewrite: (text: string) => string[]) => onLabel('body', rewrite)

function wrap(text: string, width: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of text.split(/\s+/)) {
    if (current && current.length + word.length + 1 > width) {
      out.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  return current ? [...out, current] : out
}

const STYLES: Record<string, Style> = {
  'no-stops': onBody((text) => [withoutEnd(text)]),
  'sentence-lines': onBody((text) => text.split(SENTENCE_BREAK).map(withoutEnd)),
  'no-punctuation': onBody((text) => [withoutEnd(text).replace(/[،,]/g, '')]),
  'wrapped-30': onBody((text) => wrap(text, 30)),
  'wrapped-40': onBody((text) => wrap(text, 40)),
  'wrapped-60': onBody((text) => wrap(text, 60)),
  'wrapped-90': onBody((text) => wrap(text, 90)),
  'wrapped-120': onBody((text) => wrap(text, 120)),
  'title-25': onLabel('title', (text) => wrap(text, 25)),
  'title-40': onLabel('title', (text) => wrap(text, 40)),
  'title-words': onLabel('title', (text) => wrap(text, 1)),
}

/** The page's text rebuilt from its lines, one a line, with the spans the gold gives them. */
function rebuild(page: ClutterGold['pages'][number], lines: readonly Line[]) {
  let text = ''
  const spans = lines.map((line) => {
    const start = text.length
    text += `${line.text}\n`
    return { start, end: start + line.text.length, label: line.label }
  })
  return { gold: { ...page, lines: spans }, text }
}

const pages = loadGold('clutter', only).flatMap(({ corpus, pages: all }) => {
  const check = checkCache(all)
  if (check.changed.length > 0)
    throw new Error(`${corpus}: pages changed in the cache: ${check.changed.join(', ')}`)
  const missing = new Set(check.missing)
  return all
    .filter((page) => !missing.has(page.id))
    .map((page) => {
      const text = readCached(page.id)!
      return {
        page,
        lines: page.lines.map((line) => ({ text: text.slice(line.start, line.end), label: line.label })),
      }
    })
})

const figure = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(3))
console.log(`${pages.length} pages of ${only.join(', ')}\n`)
console.log('| style | clutter P | clutter R | article lines lost |\n| --- | ---: | ---: | --- |')
for (const [name, style] of [
  ['as stored', (lines: readonly Line[]) => [...lines]] as const,
  ...Object.entries(STYLES),
]) {
  const figures = scoreClutter(
    pages.map(({ page, lines }) =>
      rebuild(
        page,
        style(lines).filter((line) => line.text.trim()),
      ),
    ),
  )
  const { tp, fp, fn } = figures.clutter
  console.log(
    `| ${name} | ${figure(tp / (tp + fp))} | ${figure(tp / (tp + fn))} | ${figures.bodyLost.length} ${JSON.stringify(figures.lostByLabel)} |`,
  )
  if (printLines) for (const lost of figures.bodyLost) console.error(`${name}\t${lost}`)
}
