import fc from 'fast-check'
import { analyze, analyzeInto, analyzeToString } from '../src/normalize/analyze.ts'
import { arabicHeavyText, mixedScriptText } from '../test/fuzz/arbitraries.ts'
import { compareAlternated } from './alternated.ts'
import { developmentPages } from './development-pages.ts'
import { loadAtRevision, revisionCommit } from './revision.ts'
import { compareOutputs } from './same-outputs.ts'
import { seedTexts } from './seed-texts.ts'

// The analyzer of this working tree against the one of a git revision (default: where this branch left `main`),
// loaded side by side in one process, as `parse-ab.ts` does for `parseArticle`: `analyze` over the development pages
// of the evaluation cache (else the seeds) in alternated rounds, tokens per CPU second; then every output of both
// (`analyze` with and without function words, `analyzeInto`'s calls of its sink, `analyzeToString`) on the seeds, on
// generated texts and on the development pages must be the same. `node bench/analyze-ab.ts [revision] [rounds]`;
// exits 1 when any output differs.

type Analyzer = {
  analyze: typeof analyze
  analyzeInto: typeof analyzeInto
  analyzeToString: typeof analyzeToString
}

const ROUNDS = Number(process.argv[3] ?? 12)
const WINDOW_MS = 300
const GENERATED = Number(process.env.MARSAD_AB_GENERATED ?? 3000)

const commit = revisionCommit(process.argv[2])
const before = await loadAtRevision<Analyzer>(commit, 'src/normalize/analyze.ts')
const after: Analyzer = { analyze, analyzeInto, analyzeToString }

const seeds = seedTexts()
const pages = developmentPages()
const timed = pages.length > 0 ? pages : seeds
const tokens = timed.map((text) => analyze(text).length)

// A unit of work is one text; the rates are turned into tokens by the texts' mean count.
const meanTokens = tokens.reduce((sum, count) => sum + count, 0) / timed.length
const analyzeEach = (side: Analyzer) => (i: number) => void side.analyze(timed[i % timed.length]!)
compareAlternated(
  `analyze over ${pages.length > 0 ? 'the development pages' : 'the seeds'} (${Math.round(meanTokens)} terms a text)`,
  'texts',
  commit,
  { before: analyzeEach(before), after: analyzeEach(after) },
  ROUNDS,
  WINDOW_MS,
)

/** Everything the analyzer gives for `text`, as one string. */
function output(side: Analyzer, text: string): string {
  const calls: (string | number)[] = []
  side.analyzeInto(text, (term, start, end) => calls.push(term, start, end))
  return JSON.stringify([
    side.analyze(text),
    side.analyze(text, { dropStopwords: true }),
    calls,
    side.analyzeToString(text),
    side.analyzeToString(text, { dropStopwords: true }),
  ])
}

const groups = [
  { name: 'seeds', texts: seeds },
  { name: 'generated Arabic-heavy', texts: fc.sample(arabicHeavyText, { numRuns: GENERATED, seed: 18 }) },
  { name: 'generated mixed-script', texts: fc.sample(mixedScriptText, { numRuns: GENERATED, seed: 18 }) },
  { name: 'development pages of the evaluation cache', texts: pages },
]
compareOutputs(
  groups,
  (text) => output(before, text),
  (text) => output(after, text),
  commit,
)
