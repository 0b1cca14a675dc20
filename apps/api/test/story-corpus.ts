import { readdirSync, readFileSync } from 'node:fs'
import type { ArticleInput } from '@marsad/core'

// The core's story evaluation corpus: twenty events, several outlets each, written for it.
const root = new URL('../../../packages/core/test/stories/corpus/', import.meta.url)
const seeds = new URL('../../../seeds/', import.meta.url)

/** The hand corpus's articles, by event and file name; with `seeds`, the two seeds too, dated by their event. */
export function storyCorpus(options: { seeds?: boolean } = {}): (ArticleInput & { id: string })[] {
  const articles = readdirSync(root)
    .sort()
    .flatMap((event) =>
      readdirSync(new URL(`${event}/`, root))
        .sort()
        .map((file) => {
          const [head, ...body] = readFileSync(new URL(`${event}/${file}`, root), 'utf8').split('\n\n')
          const field = (name: string) => head!.match(new RegExp(`^${name}: (.*)$`, 'm'))![1]!
          return {
            id: file.replace('.txt', ''),
            text: body.join('\n\n'),
            title: field('title'),
            source: { name: field('source') },
            publishedAt: field('publishedAt'),
          }
        }),
    )
  if (!options.seeds) return articles
  const seed = (id: string) => ({
    id,
    text: readFileSync(new URL(`${id}.txt`, seeds), 'utf8'),
    publishedAt: '2025-02-12T18:00:00Z',
  })
  return [...articles, seed('000_c46bd0adb6ed7856'), seed('003_52349cd9e965743e')]
}
