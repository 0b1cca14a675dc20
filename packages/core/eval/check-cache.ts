// `pnpm --filter @marsad/core eval:check`: is the git-ignored cache the text the gold was annotated on?
import { CACHE_DIR, checkCache, loadGold } from './cache.ts'

const pages = [
  ...loadGold('real').flatMap((gold) => gold.articles),
  ...loadGold('stories').flatMap((gold) => gold.articles),
  ...loadGold('clutter').flatMap((gold) => gold.pages),
]
const { present, missing, changed } = checkCache(pages)
console.log(`${CACHE_DIR}: ${present} of ${pages.length} annotated texts present and unchanged`)
if (missing.length > 0) console.log(`missing: ${missing.join(', ')}`)
if (changed.length > 0) console.error(`changed since annotation (SHA-256 differs): ${changed.join(', ')}`)
process.exit(changed.length > 0 ? 1 : 0)
