import { relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Loader, LoaderContext } from 'astro/loaders'
import { type Corpus, loadCorpus } from './corpus.ts'
import { corpusFileName, corpusKey, corpusRoots, listCorpusFiles } from './read-corpus.ts'

type Entry = { id: string; data: Record<string, unknown> }

/** Which entries a collection takes from the corpus. */
type Select = (corpus: Corpus) => Entry[]

/**
 * Content loaders for the corpus, modelled on Astro's `file()` loader: read the files, parse them with the core,
 * `parseData` each entry against the collection's schema, `store.set` it, and in dev reload on any change.
 * The collections share one corpus, read and parsed once for a given state of the files, so that stories and
 * entities always derive from exactly the articles the site shows.
 */
export function corpusLoaders<Name extends string>(select: Record<Name, Select>): Record<Name, Loader> {
  let cached: { key: string; corpus: Promise<Corpus> } | undefined

  async function current(roots: string[]): Promise<Corpus> {
    const key = corpusKey(await listCorpusFiles(roots))
    if (cached?.key !== key) cached = { key, corpus: loadCorpus(roots) }
    return cached.corpus
  }

  function loader(name: string, pick: Select): Loader {
    const reported = new Set<string>()

    async function sync(context: LoaderContext, roots: string[]) {
      const { store, parseData, logger, generateDigest, config } = context
      const corpus = await current(roots)
      if (name === 'articles') {
        for (const problem of corpus.problems) {
          const line = `${problem.origin}: ${problem.message}`
          if (!reported.has(line)) logger.warn(line)
          reported.add(line)
        }
      }
      const root = fileURLToPath(config.root)
      const entries = pick(corpus)
      const keep = new Set(entries.map((entry) => entry.id))
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
      for (const entry of entries) {
        const digest = generateDigest(entry.data)
        if (store.get(entry.id)?.digest === digest) continue
        const data = await parseData({ id: entry.id, data: entry.data })
        store.set({ id: entry.id, data, digest })
      }
      logger.info(
        `${entries.length} ${name} from ${roots.map((path) => relative(root, path) || '.').join(', ')}`,
      )
    }

    return {
      name: `marsad-${name}`,
      load: async (context) => {
        const roots = corpusRoots({ seeds: fileURLToPath(new URL('../../seeds/', context.config.root)) })
        await sync(context, roots)
        const { watcher, logger } = context
        if (!watcher) return
        watcher.add(roots)
        const inCorpus = (path: string) =>
          roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep))
        const reload = async (path: string) => {
          if (!inCorpus(path) || !corpusFileName.test(path)) return
          logger.info(`reloading ${name}: ${path} changed`)
          try {
            await sync(context, roots)
          } catch (error) {
            // The dev server keeps running with the last good entries; the next change retries.
            logger.error(`could not reload ${name}: ${(error as Error).message}`)
          }
        }
        watcher.on('change', reload)
        watcher.on('add', reload)
        watcher.on('unlink', reload)
      },
    }
  }

  const names = Object.keys(select) as Name[]
  return Object.fromEntries(names.map((name) => [name, loader(name, select[name])])) as Record<Name, Loader>
}
