// `node eval/clutter-misses.ts [--lines]`: the clutter lines the parser leaves in the content and the article lines it
// puts in clutter, over the development clutter corpora only, counted by gold label and by the first structural cue
// that would have caught each (where it stands against the title and the body, its length and end, a link's shape,
// a repeat on the page or on other pages of the same outlet in the corpus, clutter on both sides). `--lines` prints
// each line's page, span, label and cues (no text), to read it back in the cache. `--only clutter-1,clutter-3` reads
// those development corpora alone; pages missing from the cache are left out, as `eval` leaves them.
import { isContentBlock } from '../src/index.ts'
import { splitLines } from '../src/segment/lines.ts'
import { ruleVerdicts } from '../src/structure/clutter.ts'
import { isLinkLike, type LineShape, lineShape } from '../src/structure/clutter-line.ts'
import { readStructure } from '../src/structure/parse-article.ts'
import { checkCache, loadGold, readCached } from './cache.ts'
import { DEVELOPMENT_CLUTTER } from './development-batches.ts'
import { isClutterLabel } from './gold-schema.ts'
import './deployed-lists.ts'

const printLines = process.argv.includes('--lines')
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt >= 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : null
for (const name of only ?? []) {
  if (!(DEVELOPMENT_CLUTTER as readonly string[]).includes(name))
    throw new Error(`${name}: not a development corpus`)
}
const corpora = DEVELOPMENT_CLUTTER.filter((name) => only === null || only.has(name))

/** Where a line stands against the page's title (the first line the rules left open) and the body they found. */
function position(i: number, firstOpen: number, body: { first: number; last: number } | null): string {
  if (body === null) return 'no body'
  if (i < firstOpen) return 'above title'
  if (i === firstOpen) return 'title line'
  if (i < body.first) return 'title–body'
  if (i <= body.last) return 'inside body'
  return 'below body'
}

const words = (shape: LineShape) => shape.words.join(' ')

type Counts = Map<string, number[]>
const bump = (counts: Counts, key: string, corpus: number) => {
  const row = counts.get(key) ?? new Array(corpora.length).fill(0)
  row[corpus]!++
  counts.set(key, row)
}

const missedByLabel: Counts = new Map()
const missedByCue: Counts = new Map()
const missedByPosition: Counts = new Map()
const lostByLabel: Counts = new Map()
const lostByCue: Counts = new Map()

const gold = loadGold('clutter', corpora)
gold.forEach(({ corpus, pages: all }, c) => {
  const check = checkCache(all)
  if (check.changed.length > 0)
    throw new Error(`${corpus}: pages changed in the cache: ${check.changed.join(', ')}`)
  const missing = new Set(check.missing)
  const pages = all.filter((page) => !missing.has(page.id))
  const texts = new Map(pages.map((page) => [page.id, readCached(page.id)!]))
  // Lines of five words or more printed on two pages of one outlet or more: the site's template.
  const siteLines = new Map<string, Set<string>>()
  for (const page of pages) {
    const text = texts.get(page.id)!
    for (const line of page.lines) {
      const key = `${page.outlet}\u0000${words(lineShape(text.slice(line.start, line.end)))}`
      const seen = siteLines.get(key) ?? new Set<string>()
      seen.add(page.id)
      siteLines.set(key, seen)
    }
  }
  for (const page of pages) {
    const text = texts.get(page.id)!
    const lines = splitLines(text)
    const context = ruleVerdicts(text, lines)
    const { blocks } = readStructure(text)
    const index = new Map(lines.map((line, i) => [line.start, i]))
    const shapes = lines.map((line) => lineShape(text.slice(line.start, line.end)))
    const isClutterAt = (k: number) => {
      const line = lines[k]
      if (!line) return false
      const over = blocks.filter((block) => block.start < line.end && block.end > line.start)
      return over.length > 0 && over.every((block) => !isContentBlock(block.kind))
    }
    const titleWords = context.firstOpen >= 0 ? words(shapes[context.firstOpen]!) : ''
    for (const line of page.lines) {
      const i = index.get(line.start)
      if (i === undefined) continue
      const predicted = isClutterAt(i)
      const expected = isClutterLabel(line.label)
      if (predicted === expected) continue
      const shape = shapes[i]!
      const key = words(shape)
      const where = position(i, context.firstOpen, context.body)
      const repeatsOnPage = shapes.some((other, k) => k !== i && key.length > 0 && words(other) === key)
      const onSite = (siteLines.get(`${page.outlet}\u0000${key}`)?.size ?? 0) >= 2
      const between = isClutterAt(i - 1) && isClutterAt(i + 1)
      const nearImage = [i - 1, i + 1].some((k) => shapes[k]?.image || shapes[k]?.linkOnly)
      const copiesTitle =
        i !== context.firstOpen && titleWords.length > 0 && (key === titleWords || titleWords.includes(key))
      const end = shape.endsSentence ? 'sentence' : shape.endsColon ? 'colon' : 'open'
      const cues = [
        copiesTitle && 'title copy',
        onSite && 'repeated on the site',
        repeatsOnPage && 'repeated on the page',
        between && 'between clutter',
        nearImage && 'next to an image',
        isLinkLike(shape) && 'link-like',
        shape.words.length <= 4 && 'short (≤4 words)',
        end === 'sentence' && 'ends a sentence',
      ].filter((cue): cue is string => typeof cue === 'string')
      const cue = cues[0] ?? 'none'
      if (expected) {
        bump(missedByLabel, line.label, c)
        bump(missedByCue, cue, c)
        bump(missedByPosition, where, c)
      } else {
        bump(lostByLabel, line.label, c)
        bump(lostByCue, cue, c)
      }
      if (printLines)
        console.log(
          `${expected ? 'missed' : 'lost'}\t${page.id}\t${line.start}-${line.end}\t${line.label}\t${where}\t${shape.words.length}w ${end}\t${cues.join(', ')}`,
        )
    }
  }
})

function table(title: string, counts: Counts): void {
  const names = corpora.map((name) => name.slice('clutter-'.length))
  console.log(`\n| ${title} | ${names.join(' | ')} | all |`)
  console.log(`| --- |${names.map(() => ' ---: |').join('')} ---: |`)
  const rows = [...counts].sort((a, b) => sum(b[1]) - sum(a[1]))
  for (const [key, row] of rows)
    console.log(`| ${key} | ${row.map((n) => (n === 0 ? '' : n)).join(' | ')} | ${sum(row)} |`)
}

const sum = (row: readonly number[]) => row.reduce((a, b) => a + b, 0)

table('clutter left, by label', missedByLabel)
table('clutter left, by position', missedByPosition)
table('clutter left, by first cue', missedByCue)
table('article lines lost, by label', lostByLabel)
table('article lines lost, by first cue', lostByCue)
