import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { parseArticle } from '../src/structure/parse-article.ts'
import { arabicHeavyText, mixedScriptText } from '../test/fuzz/arbitraries.ts'
import { compareAlternated } from './alternated.ts'
import { developmentPages } from './development-pages.ts'
import { loadAtRevision, revisionCommit } from './revision.ts'
import { compareOutputs } from './same-outputs.ts'
import { seedTexts } from './seed-texts.ts'

// `parseArticle` of this working tree against the one of a git revision (default: where this branch left `main`),
// loaded side by side in one process: the seeds are parsed in alternated rounds and the rates per CPU second are
// compared, then those over the development pages of the evaluation cache; then the full output of both on the seeds,
// on generated texts and on the development pages must be the same. `node bench/parse-ab.ts [revision] [rounds]`;
// exits 1 when any output differs.

type Parse = typeof parseArticle

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: import.meta.dirname, encoding: 'utf8' }).trim()
const ROUNDS = Number(process.argv[3] ?? 12)
const WINDOW_MS = 300
const GENERATED = Number(process.env.MARSAD_AB_GENERATED ?? 3000)

const _repo = git('rev-parse', '--show-toplevel')
const commit = revisionCommit(process.argv[2])

/** The revision's `parseArticle`. */
async function loadRevision(): Promise<Parse> {
  const module = await loadAtRevision<{ parseArticle: Parse }>(commit, 'src/structure/parse-article.ts')
  return module.parseArticle
}

/** Seed sentences shuffled into new articles: real-looking text whose rules fire in new company. */
function recombined(texts: readonly string[], count: number): string[] {
  const lines = texts.flatMap((text) => text.split('\n')).filter((line) => line.trim().length > 0)
  return fc.sample(
    fc
      .array(fc.constantFrom(...lines), { minLength: 1, maxLength: 30 })
      .chain((picked) => fc.constantFrom('\n', '\n\n', ' ', '').map((glue) => picked.join(glue))),
    { numRuns: count, seed: 18 },
  )
}

function texts(): { name: string; texts: string[] }[] {
  const seeds = seedTexts()
  return [
    { name: 'seeds', texts: seeds },
    { name: 'recombined seed lines', texts: recombined(seeds, GENERATED) },
    { name: 'generated Arabic-heavy', texts: fc.sample(arabicHeavyText, { numRuns: GENERATED, seed: 18 }) },
    { name: 'generated mixed-script', texts: fc.sample(mixedScriptText, { numRuns: GENERATED, seed: 18 }) },
    { name: 'development pages of the evaluation cache', texts: pages },
  ]
}

function output(parse: Parse, text: string): string {
  try {
    return JSON.stringify(parse(text))
  } catch (error) {
    return `throws ${(error as Error).name}: ${(error as Error).message}`
  }
}

const before = await loadRevision()
const pages = developmentPages()
// Timed before the outputs are compared: after parsing the thousands of generated texts, both sides ran 12 to 20 %
// slower and unevenly, the working tree 2 to 5 % ahead of the very same revision.
compareRates('seeds', seedTexts())
// Pages that differ from one another, as a stream of news does: the tables of recent words meet new words.
if (pages.length > 0) compareRates('development pages', pages)

compareOutputs(
  texts(),
  (text) => output(before, text),
  (text) => output(parseArticle, text),
  commit,
)

/** Both sides parse `inputs` in alternated rounds (after one warm-up round each); prints the median rates and ratio. */
function compareRates(name: string, inputs: readonly string[]): void {
  const parseEach = (parse: Parse) => (i: number) => void parse(inputs[i % inputs.length]!)
  compareAlternated(
    name,
    'articles',
    commit,
    { before: parseEach(before), after: parseEach(parseArticle) },
    ROUNDS,
    WINDOW_MS,
  )
}
