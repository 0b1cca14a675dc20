import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/normalize/analyze.ts'
import { tokenize } from '../src/normalize/tokenize.ts'
import { parseArticle, readStructure } from '../src/structure/parse-article.ts'
import { luceneArabicAnalyze } from './anchors/lucene-arabic.ts'
import { type CompareRow, interleave, printComparison } from './compare-table.ts'
import { developmentPages } from './development-pages.ts'
import { cpuMilliseconds } from './measure.ts'
import { seedTexts } from './seed-texts.ts'

// Marsad side by side with its anchors, interleaved in one run so that both meet the same load: the analyzer against
// a Lucene-style port and NLTK's ISRI and ARLSTem (through Debian's python3-nltk, where installed), and parseArticle
// against the structure pass alone. Rates are per CPU second of this thread (of the Python process for NLTK).

const ROUNDS = Number(process.env.MARSAD_BENCH_ROUNDS ?? 7)
const WINDOW_MS = 300

const seeds = seedTexts()
// Real pages, where the evaluation cache is on this machine, give the analyzer a news vocabulary rather than two
// texts' words over and over; the seeds otherwise.
const cached = developmentPages()
const texts = cached.length > 0 ? cached : seeds
const tokens = texts.reduce((sum, text) => sum + tokenize(text).length, 0)

/** Units of work per CPU second over one window. */
function rate(work: () => number): number {
  const start = cpuMilliseconds()
  let units = 0
  while (cpuMilliseconds() - start < WINDOW_MS) units += work()
  return units / ((cpuMilliseconds() - start) / 1000)
}

let sunk = 0
const sink = (term: string) => {
  sunk += term.length
}
const analyzeAll = () => {
  for (const text of texts) analyze(text)
  return tokens
}
const luceneAll = () => {
  for (const text of texts) luceneArabicAnalyze(text, sink)
  return tokens
}
let next = 0
const parseOne = () => {
  parseArticle(seeds[next++ % seeds.length]!)
  return 1
}
const structureOne = () => {
  readStructure(seeds[next++ % seeds.length]!)
  return 1
}

// Debian's python3-nltk installs for the system Python, which a Python on PATH (pyenv, a virtualenv) may hide.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'

function nltkRates(): { isri: number; arlstem: number } | string {
  const script = join(import.meta.dirname, 'anchors/nltk-stemmers.py')
  const run = spawnSync(PYTHON, [script, String(WINDOW_MS / 1000)], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  if (run.error || run.status !== 0) {
    // Python's own last line first: without NLTK the script exits before reading its input, so the write fails with
    // EPIPE, which says nothing of why.
    const why = run.stderr?.trim().split('\n').at(-1) || run.error?.message || `exit ${run.status}`
    return `skipped: ${why} (install Debian's python3-nltk to run it)`
  }
  return JSON.parse(run.stdout) as { isri: number; arlstem: number }
}

const rows: CompareRow[] = []
const analyzer = interleave(
  ROUNDS,
  () => rate(analyzeAll),
  () => rate(luceneAll),
)
rows.push({
  measure: 'analyze (normalize + tokenize + stem, `Term` objects), tokens per CPU s',
  anchor: 'a plain JS port of Lucene’s Arabic analyzer (normaliser + light10)',
  ...analyzer,
  target: '≥ 1.2×',
  floor: 1.2,
})
const nltk = nltkRates()
if (typeof nltk === 'string') {
  rows.push({ measure: 'analyze vs NLTK ISRI and ARLSTem', anchor: nltk, skipped: true })
} else {
  // Three more Python runs, each between two of ours: the process start is not timed, only its stemming.
  const ours: number[] = []
  const samples = [nltk]
  for (let round = 0; round < 3; round++) {
    ours.push(rate(analyzeAll))
    const sample = nltkRates()
    if (typeof sample !== 'string') samples.push(sample)
  }
  for (const [name, key] of [
    ['NLTK ISRI', 'isri'],
    ['NLTK ARLSTem', 'arlstem'],
  ] as const) {
    rows.push({
      measure: `analyze vs ${name}, words per CPU s`,
      anchor: `${name} over a \\w+ split, in Python`,
      ours,
      theirs: samples.map((sample) => sample[key]),
      target: 'keep ≥ 5×',
      floor: 5,
    })
  }
}
const parse = interleave(
  ROUNDS,
  () => rate(parseOne),
  () => rate(structureOne),
)
rows.push({
  measure: 'parseArticle with extraction, seed-sized articles per CPU s',
  anchor: 'the structure pass alone (blocks and sentences)',
  ...parse,
  target: '≥ 2,000/s absolute',
  absoluteFloor: 2000,
})

console.log(
  `@marsad/core side by side: ${ROUNDS} interleaved rounds of ${WINDOW_MS} ms CPU each, on ${texts.length} texts (${tokens.toLocaleString('en-US')} tokens, ${cached.length > 0 ? 'the development pages of the evaluation cache' : 'the seeds'}); sink ${sunk > 0 ? 'used' : 'unused'}`,
)
printComparison(rows)
