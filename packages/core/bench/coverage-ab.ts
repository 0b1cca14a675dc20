import { loadGold, readCached } from '../eval/cache.ts'
import { DEVELOPMENT_STORIES } from '../eval/development-batches.ts'
import { compareCoverage } from '../src/compare/index.ts'
import { parseArticle } from '../src/structure/parse-article.ts'
import { compareAlternated } from './alternated.ts'
import { loadAtRevision, revisionCommit } from './revision.ts'

// `compareCoverage` of this working tree against the one of a git revision (default: where this branch left `main`),
// loaded side by side in one process, on the events of the development story corpora (each event's articles,
// parsed once by each side's `parseArticle`), in alternated rounds: stories compared per CPU second.
// `node bench/coverage-ab.ts [revision] [rounds]`. The outputs are not compared: a change to the comparison moves them.

type Compare = typeof compareCoverage
type Parse = typeof parseArticle

/** Development story corpora only, by an allow-list: held-out corpora are never read by a bench. */
const DEVELOPMENT = DEVELOPMENT_STORIES
const ROUNDS = Number(process.argv[3] ?? 12)
const WINDOW_MS = 300

const commit = revisionCommit(process.argv[2])
const before = {
  compare: (await loadAtRevision<{ compareCoverage: Compare }>(commit, 'src/compare/index.ts'))
    .compareCoverage,
  parse: (await loadAtRevision<{ parseArticle: Parse }>(commit, 'src/structure/parse-article.ts'))
    .parseArticle,
}
const after = { compare: compareCoverage, parse: parseArticle }

/** Each event's texts (two articles or more), in corpus order. */
function events(): { id: string; text: string }[][] {
  const byEvent = new Map<string, { id: string; text: string }[]>()
  for (const corpus of loadGold('stories', DEVELOPMENT))
    for (const article of corpus.articles) {
      const text = readCached(article.id)
      if (text === null) continue
      const key = `${corpus.corpus}/${article.event}`
      byEvent.set(key, [...(byEvent.get(key) ?? []), { id: article.id, text }])
    }
  return [...byEvent.values()].filter((event) => event.length > 1)
}

const texts = events()
if (texts.length === 0) {
  console.log('coverage A/B skipped: the development story texts are not in the cache')
  process.exit(0)
}
const sides = { before, after }
const parsed = {
  before: texts.map((event) => event.map((input) => before.parse(input))),
  after: texts.map((event) => event.map((input) => after.parse(input))),
}

const compareEach = (side: 'before' | 'after') => (i: number) =>
  void sides[side].compare(parsed[side][i % texts.length]!)
compareAlternated(
  `compareCoverage on ${texts.length} development events (${texts.flat().length} articles)`,
  'stories',
  commit,
  { before: compareEach('before'), after: compareEach('after') },
  ROUNDS,
  WINDOW_MS,
)
