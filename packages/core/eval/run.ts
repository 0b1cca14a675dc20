// `pnpm --filter @marsad/core eval`: the real-text evaluation (the annotation guideline in the core README). Scores extraction batches, stories
// with and without dates against a TF-IDF baseline, and page clutter, on the cached texts whose hashes match the
// gold. Flags: --errors prints every extraction error; --only <names> scores those gold files (real-2,stories-1 …);
// --dev scores every development batch and none held out;
// --loo <a,b,c> only scores the story clusterers leave-one-corpus-out over the story corpora named; --no-places
// leaves out the lists of administrative divisions (`@marsad/core/places`) that the Node API and CLI register;
// --no-written-places only the team's own place lists of it (`writtenPlaces`); --no-names the given names of
// `@marsad/core/names`; --no-written-names only the team's foreign given names of it (`writtenGivenNames`);
// --no-bodies the outlets and bodies of `@marsad/core/bodies`; --no-people the people of `@marsad/core/people`;
// --no-written-verbs the team's verbs of `@marsad/core/verbs` (`writtenVerbs`);
// --ci prints 95% bootstrap intervals over articles (pages for clutter) under each table.
import { registerWordLists } from '../src/lists.ts'
import { precision, recall } from '../test/extraction/score.ts'
import { formatInterval, intervalsHeading } from './bootstrap.ts'
import { CACHE_DIR, checkCache, loadGold, withCachedText } from './cache.ts'
import { clutterIntervals, scoreClutter } from './clutter.ts'
import {
  DEVELOPMENT_CLUTTER,
  DEVELOPMENT_DIFFERENCES,
  DEVELOPMENT_EXTRACTION,
  DEVELOPMENT_STORIES,
} from './development-batches.ts'
import { scoreDifferences } from './differences.ts'
import {
  EXTRACTION_HEADER,
  extractionIntervalRow,
  extractionRow,
  scoreArticles,
  speakerMissLine,
  sumScores,
} from './extraction.ts'
import { scoreStories } from './stories.ts'
import { CLUSTERERS, leaveOneOut } from './stories-loo.ts'

const args = process.argv.slice(2)
registerWordLists({
  places: !args.includes('--no-places'),
  writtenPlaces: !args.includes('--no-written-places'),
  names: !args.includes('--no-names'),
  writtenNames: !args.includes('--no-written-names'),
  bodies: !args.includes('--no-bodies'),
  people: !args.includes('--no-people'),
  writtenVerbs: !args.includes('--no-written-verbs'),
})
const showErrors = args.includes('--errors')
const showIntervals = args.includes('--ci')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined

const loo = args.includes('--loo') ? args[args.indexOf('--loo') + 1]?.split(',') : undefined
if (loo !== undefined) {
  printLeaveOneOut(loo)
  process.exit(0)
}

// With --only or --dev, only those gold files are opened (and, for a differences set, its story corpus): no other is read.
const development = [
  ...DEVELOPMENT_EXTRACTION,
  ...DEVELOPMENT_STORIES,
  ...DEVELOPMENT_CLUTTER,
  ...DEVELOPMENT_DIFFERENCES,
]
const names = only !== undefined ? only.split(',') : args.includes('--dev') ? development : undefined
const extraction = loadGold('real', names)
const stories = loadGold('stories', names)
const clutter = loadGold('clutter', names)
const differences = loadGold('differences', names)

const differenceSources = loadGold(
  'stories',
  differences.map((corpus) => corpus.source),
).filter((gold) => !stories.some((corpus) => corpus.corpus === gold.corpus))
const allPages = [
  ...extraction.flatMap((gold) => gold.articles),
  ...[...stories, ...differenceSources].flatMap((gold) => gold.articles),
  ...clutter.flatMap((gold) => gold.pages),
]
const check = checkCache(allPages)
if (allPages.length === 0 && differences.length === 0) {
  console.log(
    `real-text evaluation: no gold files${only ? ` named ${only}` : ''} in packages/core/eval/gold/.`,
  )
  process.exit(0)
}
if (check.present === 0) {
  console.log(
    `real-text evaluation skipped: none of the ${allPages.length} annotated texts is in the cache (${CACHE_DIR}).\n` +
      'The texts are third-party pages kept out of git; see the annotation guideline in packages/core/README.md.',
  )
  process.exit(0)
}
if (check.changed.length > 0) {
  console.error(`cache texts differ from the annotated ones (SHA-256): ${check.changed.join(', ')}`)
  process.exit(1)
}
if (check.missing.length > 0)
  console.log(
    check.missing.length <= 20
      ? `not in the cache, left out: ${check.missing.join(', ')}\n`
      : `${check.missing.length} of ${allPages.length} texts not in the cache, left out (eval:restore lists them)\n`,
  )

const figure = (value: number) => value.toFixed(3)
/** Gold files none of whose texts the cache holds (a partly restored cache): named once at the end, not scored. */
const uncached: string[] = []

if (extraction.length > 0) {
  console.log(`## Extraction\n\n${EXTRACTION_HEADER}`)
  const every = []
  const intervalRows: string[] = []
  const speakerMisses: string[] = []
  for (const batch of extraction) {
    const items = withCachedText(batch.articles)
    if (items.length === 0) {
      uncached.push(batch.batch)
      continue
    }
    const articles = scoreArticles(items)
    every.push(...items.map((item, i) => ({ ...item, scores: articles[i]! })))
    const outlets = new Set(items.map((item) => item.gold.outlet)).size
    const scores = sumScores(articles)
    console.log(extractionRow(`${batch.batch} (${items.length} articles, ${outlets} outlets)`, scores))
    if (showIntervals) intervalRows.push(extractionIntervalRow(batch.batch, articles))
    speakerMisses.push(`${batch.batch}: ${speakerMissLine(scores)}`)
    if (showErrors) console.error(scores.errors.join('\n'))
  }
  const allArticles = every.map((item) => item.scores)
  const all = sumScores(allArticles)
  if (extraction.length > 1) {
    const outlets = new Set(every.map((item) => item.gold.outlet)).size
    console.log(extractionRow(`all (${every.length} articles, ${outlets} outlets)`, all))
    if (showIntervals) intervalRows.push(extractionIntervalRow('all', allArticles))
  }
  if (showIntervals)
    console.log(
      `\n${intervalsHeading('articles of each set')}:\n\n${EXTRACTION_HEADER}\n${intervalRows.join('\n')}`,
    )
  console.log(
    `\nDates found ${all.dates.tp + all.dates.fp} (${all.dates.fp} spurious), missed ${all.dates.fn}; values right ${all.dateValues.correct} of ${all.dateValues.total}`,
  )
  console.log(
    `\nSpeakers of found quotes not right (given none / given another):\n${speakerMisses.join('\n')}`,
  )
  console.log()
}

for (const corpus of stories) {
  const items = withCachedText(corpus.articles)
  if (items.length === 0) {
    uncached.push(corpus.corpus)
    continue
  }
  const events = new Set(items.map((item) => item.gold.event))
  const f = scoreStories(items)
  const row = (label: string, s: { precision: number; recall: number; f1: number }) =>
    `| ${label} | ${figure(s.precision)} | ${figure(s.recall)} | ${figure(s.f1)} |`
  console.log(
    `## Stories: ${corpus.corpus} (${items.length} articles, ${events.size} events, ${f.dated} with a date to give)\n`,
  )
  console.log('| run | B³ precision | B³ recall | B³ F1 |\n| --- | ---: | ---: | ---: |')
  console.log(row('dates given (the page\u2019s, else the event\u2019s day)', f.withDates))
  console.log(row('no dates given', f.withoutDates))
  console.log(row(`TF-IDF average link, no dates, best threshold ${f.baseline.threshold}`, f.baseline))
  const { spans } = f
  console.log(
    `\nstory dates, no dates given: ${spans.dated} of ${spans.stories} stories dated by their texts; the span holds a member's event day in ${spans.right}, none in ${spans.wrong}${spans.unknown > 0 ? `, no day known in ${spans.unknown}` : ''}`,
  )
  if (showErrors) console.error(`stories mixing events (no dates):\n${f.mixed.join('\n')}`)
  console.log()
}

for (const corpus of clutter) {
  const pages = withCachedText(corpus.pages)
  if (pages.length === 0) {
    uncached.push(corpus.corpus)
    continue
  }
  const f = scoreClutter(pages)
  const { tp, fn } = f.clutter
  console.log(
    `## Page clutter: ${corpus.corpus} (${pages.length} pages, ${f.lines} lines, ${tp + fn} clutter)\n`,
  )
  console.log(
    `clutter lines P ${figure(precision(f.clutter))} R ${figure(recall(f.clutter))}; lines of the article put in clutter: ${f.bodyLost.length} ${JSON.stringify(f.lostByLabel)}`,
  )
  if (showIntervals) {
    const i = clutterIntervals(f.byPage)
    console.log(
      `${intervalsHeading('pages')}: P ${formatInterval(i.precision)} R ${formatInterval(i.recall)}`,
    )
  }
  console.log(`clutter left in the content, by label: ${JSON.stringify(f.missedByLabel)}`)
  if (showErrors && f.bodyLost.length > 0) console.error(`article lines lost:\n${f.bodyLost.join('\n')}`)
  if (showErrors && f.missed.length > 0) console.error(`clutter left in the content:\n${f.missed.join('\n')}`)
  console.log()
}

for (const corpus of differences) {
  const source = [...stories, ...differenceSources].find((gold) => gold.corpus === corpus.source)
  const items = new Map(withCachedText(source?.articles ?? []).map((item) => [item.gold.id, item]))
  if (items.size === 0) {
    uncached.push(corpus.corpus)
    continue
  }
  const f = scoreDifferences(corpus, items)
  console.log(`## Differences: ${corpus.corpus} (${corpus.events.length} events of ${corpus.source})\n`)
  console.log(
    `shown ${f.shown}, right ${f.right}: precision ${figure(f.shown === 0 ? 1 : f.right / f.shown)}; disagreements in numbers found ${f.numbers.found} of ${f.numbers.annotated}${f.numbers.absent > 0 ? ` (${f.numbers.absent} more with an article not in the cache)` : ''}; developing tolls found ${f.developing.found} of ${f.developing.annotated}; marked developing as annotated ${f.marked.agree} of ${f.marked.right} right numbers; titles given: pairs shown ${f.titles.shown}, right ${f.titles.right}, annotated pairs found ${f.titles.found} of ${f.titles.annotated}`,
  )
  if (showErrors) console.error(`wrong:\n${f.wrong.join('\n')}\nmissed:\n${f.missed.join('\n')}`)
  console.log()
}

if (uncached.length > 0) console.log(`not scored, none of their texts in the cache: ${uncached.join(', ')}`)

function printLeaveOneOut(names: readonly string[]): void {
  const corpora = names.map((name) => {
    const gold = loadGold('stories', [name])[0]
    if (gold === undefined) throw new Error(`No story corpus named ${name}`)
    return { name, items: withCachedText(gold.articles) }
  })
  console.log(`## Stories, leave-one-corpus-out (options chosen on the other corpora)\n`)
  console.log(
    `| clusterer | dates | ${names.join(' | ')} |\n| --- | --- |${names.map(() => ' ---: |').join('')}`,
  )
  for (const clusterer of CLUSTERERS) {
    for (const dated of [true, false]) {
      const figures = leaveOneOut(corpora, clusterer, dated)
      const cells = figures.map(({ f1, setting }) => `${f1.toFixed(3)} (${JSON.stringify(setting)})`)
      console.log(`| ${clusterer.name} | ${dated ? 'given' : 'none'} | ${cells.join(' | ')} |`)
    }
  }
}
