import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as z from 'zod'

/**
 * The committed gold of the HTML evaluation: facts about third-party pages (offsets, hashes, labels, names), never
 * the pages, which live in the git-ignored cache. Offsets are UTF-16 offsets into the page decoded with `encoding`;
 * a range is an element's inner HTML.
 */
const Range = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })

export const HtmlGoldPageSchema = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().min(1),
  outlet: z.string().min(1),
  country: z.string().nullable().optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  author: z.string().nullable(),
  title: Range,
  body: z.array(Range.extend({ kind: z.enum(['paragraph', 'heading']) })),
  note: z.string().optional(),
})

export const HtmlGoldSchema = z.object({ corpus: z.string().min(1), pages: z.array(HtmlGoldPageSchema) })

export type HtmlGoldPage = z.infer<typeof HtmlGoldPageSchema>
export type HtmlGold = z.infer<typeof HtmlGoldSchema>

/** The cache of the core's real-text evaluation (git-ignored; MARSAD_EVAL_CACHE moves it); pages are `html/<id>.html`. */
export const CACHE_DIR =
  process.env.MARSAD_EVAL_CACHE ?? fileURLToPath(new URL('../../core/eval/cache/', import.meta.url))
/** The committed gold; MARSAD_EVAL_GOLD moves it (the scorer's own test points it at gold made from our test pages). */
export const GOLD_DIR = (
  process.env.MARSAD_EVAL_GOLD ?? fileURLToPath(new URL('./gold/', import.meta.url))
).replace(/\/?$/, '/')

export function pagePath(id: string): string {
  return `${CACHE_DIR.replace(/\/?$/, '/')}html/${id}.html`
}

/** The cached bytes of a page, or null when the cache lacks it. */
export function readPage(id: string): Uint8Array | null {
  const path = pagePath(id)
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : null
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Every committed gold file (`html-1.json` …), parsed and validated; `only` keeps one corpus. */
export function loadGold(only?: string): HtmlGold[] {
  if (!existsSync(GOLD_DIR)) return []
  return readdirSync(GOLD_DIR)
    .filter((name) => /^html-.*\.json$/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => HtmlGoldSchema.parse(JSON.parse(readFileSync(GOLD_DIR + name, 'utf8'))))
    .filter((gold) => only === undefined || gold.corpus === only)
}
