import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Article, createStoryIndex, parseArticle } from '@marsad/core'
import { REPO_ROOT } from '../src/node/server.ts'
import { DURABLE_WINDOW } from '../src/worker/limits.ts'
import { scaleArticle } from './scale-corpus.ts'
import { memoryNow } from './scale-memory.ts'

// `node --expose-gc bench/held-heap.ts [count]`: the heap an article costs while a story window holds it (its parsed
// model and its place in the core's story index), for articles of the seeds' length (2,400–2,500 characters) and
// for bench:scale's generated ones (about 400) and for articles twice the seeds' length, so the story Durable Object's window (DURABLE_WINDOW) can be sized for
// real articles. Seed variants differ in every number and in one made-up word a paragraph, so no two share their
// strings; the index clusters them as it would, which does not change what each held article costs.

const COUNT = Number(process.argv[2] ?? 1000)
const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'
const seeds = ['000_c46bd0adb6ed7856', '003_52349cd9e965743e'].map((name) =>
  readFileSync(join(REPO_ROOT, 'seeds', `${name}.txt`), 'utf8'),
)

function madeUpWord(n: number): string {
  let word = ''
  for (let value = n * 2654435761 + 7, i = 0; i < 6; i++) {
    word += LETTERS[(value >>> 0) % LETTERS.length]
    value = Math.imul(value ^ (value >>> 13), 1597334677)
  }
  return word
}

function seedVariant(k: number, pages = 1): Article {
  let paragraph = 0
  const text = Array.from({ length: pages }, (_, p) => seeds[(k + p) % 2]!)
    .join('\n')
    .replace(/\d+/g, (digits) => String(Number(digits) + k))
    .replace(/\n/g, () => ` ${madeUpWord(k * 100 + paragraph++)}\n`)
  return parseArticle({
    id: `seed-variant-${k}`,
    text,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + k * 60_000).toISOString(),
  })
}

function generated(k: number): Article {
  return parseArticle(scaleArticle(k, 1000))
}

/** Heap per held article: parsed and placed one by one, kept by an index and a map as a story window keeps them. */
function perHeld(make: (k: number) => Article): { chars: number; bytes: number } {
  const before = memoryNow().heap
  const index = createStoryIndex()
  const held = new Map<string, Article>()
  let chars = 0
  for (let k = 0; k < COUNT; k++) {
    const article = make(k)
    chars += article.text.length
    index.add(article)
    held.set(article.id, article)
  }
  const after = memoryNow().heap
  // Both stay alive until measured.
  if (held.size !== COUNT || index.stories().length === 0) throw new Error('the window lost articles')
  return { chars: chars / COUNT, bytes: (after - before) / COUNT }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
for (const [label, make] of [
  ['generated (bench:scale)', generated],
  ['seed length', (k: number) => seedVariant(k)],
  ['two seeds long', (k: number) => seedVariant(k, 2)],
] as const) {
  const { chars, bytes } = perHeld(make)
  const window = DURABLE_WINDOW.articles
  console.log(
    `${label}: ${chars.toFixed(0)} characters an article, ${kb(bytes)} kB of heap each held; ${window} held: ${(
      (bytes * window) / 1024 / 1024
    ).toFixed(0)} MB`,
  )
}
