// `node eval/entity-census.ts [--fit | --only stories-1,clutter-3,real-5] [--kind location] [--min 2] [--summary]`:
// every entity the parser finds on the cached pages of development batches, annotated or not, by kind and name, with
// the number of pages it occurs on, its most common word before and after a mention, and what found it (`list`: the
// gazetteer knows the whole name; `head`: its first word is a head noun; `name`: neither, a person's or a shape's
// rule). A false entity news writes often (a penalty area read as a place, a section name read as an outlet) shows
// up on many pages; the annotated errors are too few to show it. `--fit` reads the fit half of the round's split
// (the odd-numbered development batches); `--summary` prints only the counts by kind and by what found them;
// `--where NAME` prints, for each mention of entities of that name, its page and the line it stands on.
import { readdirSync } from 'node:fs'
import type { EntityKind } from '../src/index.ts'
import {
  divisionHeadSet,
  featureHeadSet,
  looseDivisionHeadSet,
  looseFeatureHeadSet,
  mediaHeadOpen,
  municipalityHeadSet,
  norm,
  organizationHeadSet,
  partyHeadSet,
  phrasesByFirstWord,
  placeHeadSet,
  placeListHeadSet,
} from '../src/lang/ar/compiled.ts'
import { parseArticle } from '../src/structure/parse-article.ts'
import { CACHE_DIR, readCached } from './cache.ts'
import { arg, censusBatches } from './census-args.ts'
import './deployed-lists.ts'

const batches = censusBatches()
const onlyKind = arg('--kind') as EntityKind | undefined
const min = Number(arg('--min') ?? 2)
const where = arg('--where')

const files = readdirSync(CACHE_DIR).filter((file) => file.endsWith('.txt'))
const pages = batches.flatMap((batch) =>
  files.filter((file) => file.startsWith(`${batch}-`)).map((file) => file.slice(0, -'.txt'.length)),
)

const heads = [
  organizationHeadSet,
  partyHeadSet,
  placeHeadSet,
  featureHeadSet,
  looseFeatureHeadSet,
  placeListHeadSet,
  divisionHeadSet,
  looseDivisionHeadSet,
  municipalityHeadSet,
]
const bare = (word: string) => {
  const form = norm(word)
  return form.startsWith('ال') ? form.slice(2) : form
}
function foundBy(name: string): 'list' | 'head' | 'name' {
  const words = name.split(/\s+/).map(norm)
  const phrases = phrasesByFirstWord.get(words[0] ?? '') ?? []
  if (phrases.some((phrase) => phrase.words.join(' ') === words.join(' '))) return 'list'
  const first = words[0] ?? ''
  if (heads.some((set) => set.has(first) || set.has(bare(first)) || set.has(`ال${bare(first)}`)))
    return 'head'
  if (mediaHeadOpen.has(first) || mediaHeadOpen.has(bare(first))) return 'head'
  return 'name'
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu
const wordBefore = (text: string, at: number) =>
  text
    .slice(Math.max(0, at - 40), at)
    .match(WORD)
    ?.at(-1) ?? '·'
const wordAfter = (text: string, at: number) => text.slice(at, at + 40).match(WORD)?.[0] ?? '·'

interface Row {
  kind: EntityKind
  name: string
  pages: Set<string>
  mentions: number
  left: Map<string, number>
  right: Map<string, number>
}
const rows = new Map<string, Row>()
const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

for (const id of pages) {
  const text = readCached(id)
  if (text === null) continue
  for (const entity of parseArticle(text).entities) {
    if (onlyKind !== undefined && entity.kind !== onlyKind) continue
    const key = `${entity.kind}:${entity.name}`
    const row = rows.get(key) ?? {
      kind: entity.kind,
      name: entity.name,
      pages: new Set(),
      mentions: 0,
      left: new Map(),
      right: new Map(),
    }
    row.pages.add(id)
    for (const mention of entity.mentions) {
      if (entity.name === where) {
        const from = text.lastIndexOf('\n', mention.start) + 1
        const to = text.indexOf('\n', mention.end)
        console.log(`${id}\t${entity.kind}\t${text.slice(from, to < 0 ? undefined : to).slice(0, 160)}`)
      }
      row.mentions++
      bump(row.left, wordBefore(text, mention.start))
      bump(row.right, wordAfter(text, mention.end))
    }
    rows.set(key, row)
  }
}

const top = (counts: Map<string, number>) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([word, n]) => `${word}×${n}`)
    .join(' ')

const kinds: EntityKind[] = ['person', 'organization', 'location', 'media']
if (where !== undefined) process.exit(0)
console.log(`${pages.length} pages of ${batches.length} batches`)
console.log('| kind | names | name-pages | list | head | name |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const kind of kinds) {
  const of = [...rows.values()].filter((row) => row.kind === kind)
  const by = (how: string) => of.filter((row) => foundBy(row.name) === how).length
  const pageCount = of.reduce((sum, row) => sum + row.pages.size, 0)
  console.log(`| ${kind} | ${of.length} | ${pageCount} | ${by('list')} | ${by('head')} | ${by('name')} |`)
}
if (!process.argv.includes('--summary')) {
  for (const kind of kinds) {
    const of = [...rows.values()]
      .filter((row) => row.kind === kind && row.pages.size >= min)
      .sort((a, b) => b.pages.size - a.pages.size || a.name.localeCompare(b.name))
    if (of.length === 0) continue
    console.log(`\n## ${kind}\n`)
    for (const row of of) {
      console.log(
        `${row.pages.size}\t${foundBy(row.name)}\t${row.name}\t← ${top(row.left)}\t→ ${top(row.right)}`,
      )
    }
  }
}
