// Turns an annotator's draft (cache/drafts/*.json, which quotes the text) into committed gold (offsets, hashes,
// labels, names: no third-party text). Usage: node eval/anchor.ts [--out <dir>] <draft.json> [...]; writes
// eval/gold/<name>.json, or <dir>/<name>.json for a second, independent annotation of a batch (eval/agreement.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { GOLD_DIR, readCached, sha256 } from './cache.ts'
import {
  ClutterGoldSchema,
  DifferencesGoldSchema,
  ExtractionGoldSchema,
  StoriesGoldSchema,
} from './gold-schema.ts'

interface Anchor {
  text: string
  nth?: number
}

interface DraftPage {
  id: string
  url: string
  outlet: string
  country?: string | null
  [field: string]: unknown
}

/** Start and end of the `nth` (1-based) occurrence of `anchor.text` in `text`, or a reason it has none. */
export function locate(text: string, anchor: Anchor): { start: number; end: number } | string {
  if (!anchor.text) return 'empty anchor'
  let at = -1
  for (let n = 0; n < (anchor.nth ?? 1); n++) {
    at = text.indexOf(anchor.text, at + 1)
    if (at < 0) return `«${anchor.text.slice(0, 40)}» occurs ${n} time(s), nth ${anchor.nth ?? 1} wanted`
  }
  return { start: at, end: at + anchor.text.length }
}

/** The spans of the non-blank lines of `text` (white space trimmed), in order. */
export function nonBlankLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = []
  let from = 0
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length
    const trail = line.trimEnd().length
    if (trail > lead) lines.push({ start: from + lead, end: from + trail })
    from += line.length + 1
  }
  return lines
}

function pageFields(page: DraftPage, text: string) {
  return {
    id: page.id,
    url: page.url,
    outlet: page.outlet,
    country: page.country ?? null,
    sha256: sha256(text),
    chars: text.length,
  }
}

function anchorAll<T extends Anchor>(
  items: readonly T[] | undefined,
  text: string,
  where: string,
  problems: string[],
): (Omit<T, 'text' | 'nth'> & { start: number; end: number })[] {
  const anchored: (Omit<T, 'text' | 'nth'> & { start: number; end: number })[] = []
  for (const { text: _text, nth: _nth, ...rest } of items ?? []) {
    const span = locate(text, { text: _text, ...(_nth !== undefined && { nth: _nth }) })
    if (typeof span === 'string') problems.push(`${where}: ${span}`)
    else anchored.push({ ...(rest as Omit<T, 'text' | 'nth'>), ...span })
  }
  return anchored
}

function convert(draft: Record<string, unknown>, problems: string[]): { name: string; gold: unknown } {
  const pagesOf = (field: string) => (draft[field] ?? []) as DraftPage[]
  const withText = (pages: DraftPage[]) =>
    pages.flatMap((page) => {
      const text = readCached(page.id)
      if (text === null) problems.push(`${page.id}: not in the cache`)
      return text === null ? [] : [{ page, text }]
    })

  if (typeof draft.batch === 'string') {
    const articles = withText(pagesOf('articles')).map(({ page, text }) => ({
      ...pageFields(page, text),
      publishedAt: (page.publishedAt as string | null | undefined) ?? null,
      quotes: anchorAll(page.quotes as (Anchor & { kind: string })[], text, `${page.id} quote`, problems),
      entities: (page.entities as unknown[]) ?? [],
      dates: anchorAll(page.dates as (Anchor & { value?: string })[], text, `${page.id} date`, problems),
    }))
    return { name: draft.batch, gold: ExtractionGoldSchema.parse({ batch: draft.batch, articles }) }
  }
  if (typeof draft.corpus === 'string' && draft.corpus.startsWith('stories-')) {
    const articles = withText(pagesOf('articles')).map(({ page, text }) => ({
      ...pageFields(page, text),
      publishedAt: page.publishedAt ?? null,
      dateEvidence: page.dateEvidence ?? null,
      event: page.event,
      eventDate: page.eventDate ?? null,
    }))
    return { name: draft.corpus, gold: StoriesGoldSchema.parse({ corpus: draft.corpus, articles }) }
  }
  if (typeof draft.corpus === 'string' && draft.corpus.startsWith('clutter-')) {
    const pages = withText(pagesOf('pages')).map(({ page, text }) => {
      const lines = nonBlankLines(text)
      const labels = (page.labels ?? []) as string[]
      if (labels.length !== lines.length)
        problems.push(`${page.id}: ${labels.length} labels for ${lines.length} non-blank lines`)
      return { ...pageFields(page, text), lines: lines.map((line, i) => ({ ...line, label: labels[i] })) }
    })
    return { name: draft.corpus, gold: ClutterGoldSchema.parse({ corpus: draft.corpus, pages }) }
  }
  if (typeof draft.corpus === 'string' && draft.corpus.startsWith('differences-')) {
    type Value = Anchor & { id: string }
    const place = (value: Value, where: string) => {
      const text = readCached(value.id)
      if (text === null) {
        problems.push(`${where}: ${value.id} is not in the cache`)
        return { id: value.id, start: 0, end: 1 }
      }
      const span = locate(text, value)
      if (typeof span === 'string') problems.push(`${where} (${value.id}): ${span}`)
      return typeof span === 'string' ? { id: value.id, start: 0, end: 1 } : { id: value.id, ...span }
    }
    const events = (
      (draft.events ?? []) as { event: string; articles: string[]; items?: Record<string, unknown>[] }[]
    ).map((event) => ({
      event: event.event,
      articles: event.articles,
      items: (event.items ?? []).map(({ a, b, ...rest }, i) => ({
        ...rest,
        a: place(a as Value, `${event.event} item ${i + 1} a`),
        b: place(b as Value, `${event.event} item ${i + 1} b`),
      })),
    }))
    return {
      name: draft.corpus,
      gold: DifferencesGoldSchema.parse({ corpus: draft.corpus, source: draft.source, events }),
    }
  }
  throw new Error('a draft names its `batch` (real-N) or its `corpus` (stories-N, clutter-N, differences-N)')
}

if (import.meta.main) {
  let failed = false
  // pnpm runs the script in this package's folder; a relative path is meant from where the command was typed.
  const typedIn = process.env.INIT_CWD ?? process.cwd()
  const args = process.argv.slice(2)
  const outAt = args.indexOf('--out')
  const outDir = outAt < 0 ? GOLD_DIR : `${resolve(typedIn, args.splice(outAt, 2)[1] ?? '.')}/`
  for (const path of args.map((arg) => resolve(typedIn, arg))) {
    const problems: string[] = []
    try {
      const { name, gold } = convert(JSON.parse(readFileSync(path, 'utf8')), problems)
      if (problems.length === 0) {
        writeFileSync(`${outDir}${name}.json`, `${JSON.stringify(gold, null, 2)}\n`)
        console.log(`${basename(path)} → ${outDir}${name}.json`)
        continue
      }
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
    failed = true
    console.error(`${basename(path)}: not written\n  ${problems.join('\n  ')}`)
  }
  process.exit(failed ? 1 : 0)
}
