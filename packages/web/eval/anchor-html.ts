// Turns a draft of hand-marked HTML pages (which quotes the pages) into committed gold (offsets, hashes, labels,
// names: no page text), as packages/web/eval/README.md describes. Usage: node eval/anchor-html.ts <draft.json>
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface DraftRange {
  first: string
  last: string
  nth?: number
}

export interface DraftBodyItem extends DraftRange {
  kind: 'paragraph' | 'heading'
}

export interface DraftPage {
  id: string
  url: string
  encoding: string
  outlet: string
  country: string
  publishedAt: string | null
  author: string | null
  title: DraftRange
  body: DraftBodyItem[]
  note?: string
}

export interface Draft {
  corpus: string
  pages: DraftPage[]
}

export interface Span {
  start: number
  end: number
}

export interface GoldPage {
  id: string
  url: string
  sha256: string
  encoding: string
  outlet: string
  country: string
  publishedAt: string | null
  author: string | null
  title: Span
  body: (Span & { kind: DraftBodyItem['kind'] })[]
  note?: string
}

export interface Gold {
  corpus: string
  pages: GoldPage[]
}

/** Raised for any draft the anchor cannot turn into gold; `problems` lists every reason, one per range or field. */
export class AnchorError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`cannot anchor the draft:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.problems = problems
  }
}

/** Where the cache keeps pages unless MARSAD_EVAL_CACHE moves it: the core's git-ignored eval cache. */
export const CACHE_DIR =
  process.env.MARSAD_EVAL_CACHE ?? fileURLToPath(new URL('../../core/eval/cache/', import.meta.url))
export const GOLD_DIR = fileURLToPath(new URL('./gold/', import.meta.url))

export const pagePath = (cacheDir: string, id: string): string =>
  `${cacheDir.replace(/\/?$/, '/')}html/${id}.html`

/** The page decoded as the gold's offsets count it: a byte-order mark, if any, stays as the first character. */
export function decodePage(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

// A range that runs over one of these has swallowed the end of a paragraph or a heading: two items made one.
const ELEMENT_END = /<\/(?:p|h[1-6])\s*>/i

/** Places one range in the decoded page, or says why it cannot. */
export function placeRange(text: string, range: DraftRange): Span | string {
  const { first, last, nth } = range
  if (typeof first !== 'string' || first === '' || typeof last !== 'string' || last === '')
    return '`first` and `last` must be non-empty strings'
  const starts = occurrences(text, first)
  if (starts.length === 0) return `«${first.slice(0, 40)}» does not occur in the page`
  if (nth === undefined && starts.length > 1)
    return `«${first.slice(0, 40)}» occurs ${starts.length} times: give nth`
  if (nth !== undefined && (!Number.isInteger(nth) || nth < 1 || nth > starts.length))
    return `nth ${nth} wanted, «${first.slice(0, 40)}» occurs ${starts.length} time(s)`
  const start = starts[(nth ?? 1) - 1]!
  // `last` may overlap `first` in a short range, but must not end before `first` does.
  const lastAt = text.indexOf(last, Math.max(start, start + first.length - last.length))
  if (lastAt < 0)
    return `«${last.slice(-40)}» does not occur after «${first.slice(0, 40)}»: the end would come before the start`
  const end = lastAt + last.length
  if (ELEMENT_END.test(text.slice(start, end)))
    return `the range from «${first.slice(0, 30)}» to «${last.slice(-30)}» spans an end tag of a paragraph or heading`
  return { start, end }
}

const COUNTRY = /^[A-Z]{2}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

function checkFields(page: DraftPage, where: string, problems: string[]): void {
  for (const field of ['id', 'url', 'encoding', 'outlet'] as const)
    if (typeof page[field] !== 'string' || page[field] === '') problems.push(`${where}: ${field} is missing`)
  if (typeof page.country !== 'string' || !COUNTRY.test(page.country))
    problems.push(`${where}: country must be an ISO 3166-1 alpha-2 code`)
  if (page.publishedAt !== null && !(typeof page.publishedAt === 'string' && DAY.test(page.publishedAt)))
    problems.push(`${where}: publishedAt must be YYYY-MM-DD or null`)
  if (page.author !== null && typeof page.author !== 'string')
    problems.push(`${where}: author must be a string or null`)
  if (page.note !== undefined && typeof page.note !== 'string')
    problems.push(`${where}: note must be a string`)
  if (!Array.isArray(page.body) || page.body.length === 0) problems.push(`${where}: body has no items`)
}

function anchorPage(page: DraftPage, bytes: Uint8Array, problems: string[]): GoldPage | null {
  const where = page.id
  let text: string
  try {
    text = decodePage(bytes, page.encoding)
  } catch {
    problems.push(`${where}: unknown encoding «${page.encoding}»`)
    return null
  }
  const place = (range: DraftRange, label: string): Span | null => {
    const span = placeRange(text, range)
    if (typeof span === 'string') {
      problems.push(`${where} ${label}: ${span}`)
      return null
    }
    return span
  }
  const title = place(page.title ?? ({} as DraftRange), 'title')
  const body = (page.body ?? []).map((item, i) => {
    if (item.kind !== 'paragraph' && item.kind !== 'heading')
      problems.push(`${where} body ${i + 1}: kind must be paragraph or heading`)
    const span = place(item, `body ${i + 1}`)
    return span && { kind: item.kind, ...span }
  })
  for (let i = 1; i < body.length; i++) {
    const [before, after] = [body[i - 1], body[i]]
    if (before && after && after.start < before.end)
      problems.push(`${where} body ${i + 1}: starts before body ${i} ends (items must be in reading order)`)
  }
  if (!title || body.some((item) => item === null)) return null
  return {
    id: page.id,
    url: page.url,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: page.encoding,
    outlet: page.outlet,
    country: page.country,
    publishedAt: page.publishedAt,
    author: page.author,
    title,
    body: body as GoldPage['body'],
    ...(page.note !== undefined && { note: page.note }),
  }
}

/** Anchors every page of `draft`; `readPage` gives a page's bytes, or null when the cache lacks it. */
export function anchorDraft(draft: Draft, readPage: (id: string) => Uint8Array | null): Gold {
  const problems: string[] = []
  if (typeof draft?.corpus !== 'string' || draft.corpus === '') problems.push('the draft has no corpus name')
  if (!Array.isArray(draft?.pages) || draft.pages.length === 0) problems.push('the draft has no pages')
  const pages: GoldPage[] = []
  const seen = new Set<string>()
  for (const [i, page] of (Array.isArray(draft?.pages) ? draft.pages : []).entries()) {
    const where = typeof page?.id === 'string' ? page.id : `page ${i + 1}`
    checkFields(page, where, problems)
    if (seen.has(page.id)) problems.push(`${where}: id given twice`)
    seen.add(page.id)
    const bytes = typeof page.id === 'string' ? readPage(page.id) : null
    if (bytes === null) {
      problems.push(`${where}: not in the cache`)
      continue
    }
    const gold = anchorPage(page, bytes, problems)
    if (gold) pages.push(gold)
  }
  if (problems.length > 0) throw new AnchorError(problems)
  return { corpus: draft.corpus, pages }
}

function main(args: string[]): void {
  if (args.length !== 1) {
    console.error('usage: node packages/web/eval/anchor-html.ts <draft.json>')
    process.exit(2)
  }
  const draft = JSON.parse(readFileSync(args[0]!, 'utf8')) as Draft
  const readPage = (id: string) => {
    const path = pagePath(CACHE_DIR, id)
    return existsSync(path) ? new Uint8Array(readFileSync(path)) : null
  }
  try {
    const gold = anchorDraft(draft, readPage)
    mkdirSync(GOLD_DIR, { recursive: true })
    const out = `${GOLD_DIR}${gold.corpus}.json`
    writeFileSync(out, `${JSON.stringify(gold, null, 2)}\n`)
    const items = gold.pages.reduce((n, page) => n + page.body.length, 0)
    console.log(`${out}: ${gold.pages.length} pages, ${items} body items`)
  } catch (error) {
    if (!(error instanceof AnchorError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2))
