// `pnpm --filter @marsad/core eval:restore`: brings back an emptied cache (a new machine has none). The texts can only
// be found again through the same search of stored news pages they came from, so this lists, for every missing text,
// what to search with (names from its gold, the words of its URL), and checks what was written back.
//   (no flag)       every missing text as one JSON line: id, url, outlet, chars, search hints, and the earlier
//                   restores that searched for it in vain (eval/restore-log.json); texts never tried come first
//   --only a,b      just those gold files (real-24, stories-16 …)
//   --urls          "url<TAB>id" of every missing text, to catch pages a search for another text brings up
//   --verify        checks every written text against its gold hash; a text that differs is moved to
//                   cache/rejected/<id>.txt, so the cache only ever holds annotated texts
import { mkdirSync, readFileSync, renameSync } from 'node:fs'
import { CACHE_DIR, cachePath, checkCache, loadGold, readCached } from './cache.ts'
import { restoreHints } from './restore-hints.ts'

const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined

const texts = [
  ...loadGold('real', only).flatMap((gold) =>
    gold.articles.map((article) => ({ ...article, names: article.entities.map((entity) => entity.name) })),
  ),
  ...loadGold('stories', only).flatMap((gold) =>
    gold.articles.map((article) => ({ ...article, names: [article.event.replaceAll('-', ' ')] })),
  ),
  ...loadGold('clutter', only).flatMap((gold) => gold.pages.map((page) => ({ ...page, names: [] }))),
]

if (args.includes('--verify')) verify()
else {
  const tried = earlierTries()
  const missing = texts
    .filter((text) => readCached(text.id) === null)
    .sort((a, b) => (tried.get(a.id)?.length ?? 0) - (tried.get(b.id)?.length ?? 0))
  if (args.includes('--urls')) for (const text of missing) console.log(`${text.url}\t${text.id}`)
  else
    for (const text of missing)
      console.log(
        JSON.stringify({
          id: text.id,
          url: text.url,
          outlet: text.outlet,
          chars: text.chars,
          hints: restoreHints(text.url, text.names),
          ...(tried.has(text.id) && { tried: tried.get(text.id) }),
        }),
      )
  console.error(`${missing.length} of ${texts.length} annotated texts missing from ${CACHE_DIR}`)
}

function verify(): void {
  const { present, changed } = checkCache(texts)
  const rejectedDir = `${CACHE_DIR.replace(/\/?$/, '/')}rejected/`
  if (changed.length > 0) mkdirSync(rejectedDir, { recursive: true })
  const chars = new Map(texts.map((text) => [text.id, text.chars]))
  const rejected = changed.map((id) => {
    const written = readCached(id)?.length ?? 0
    renameSync(cachePath(id), `${rejectedDir}${id}.txt`)
    return `${id} (${written} chars written, ${chars.get(id)} annotated)`
  })
  console.log(`${present} of ${texts.length} annotated texts in the cache match their gold hash`)
  if (rejected.length > 0) console.log(`moved to rejected/, their hash differs: ${rejected.join(', ')}`)
}

/** Each text an earlier restore searched for in vain, with when and how (`eval/restore-log.json`). */
function earlierTries(): Map<string, string[]> {
  const log = JSON.parse(readFileSync(new URL('./restore-log.json', import.meta.url), 'utf8')) as Record<
    string,
    string | Record<string, string[]>
  >
  const tried = new Map<string, string[]>()
  for (const [day, outcomes] of Object.entries(log)) {
    if (typeof outcomes === 'string') continue
    for (const [outcome, ids] of Object.entries(outcomes))
      for (const id of ids) tried.set(id, [...(tried.get(id) ?? []), `${day}: ${outcome}`])
  }
  return tried
}
