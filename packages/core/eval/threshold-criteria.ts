// `pnpm --filter @marsad/core eval:threshold-criteria --fit <corpora> --check <corpora> [--only GAP,…] [--band]
// [--more] [--pseudo] [--coh] [--learn] [--loo] [--curves] [--verbose]` (round 36, measuring only: nothing here is
// shipped).
// Label-free choices of `storiesOf`'s threshold for a corpus read at once, each a criterion that reads no gold label,
// printed as B³ F1 with dates / without, the mean over each half's corpora, beside the fixed threshold (0.36) and each
// run's own best over G (no one has that before a corpus is labelled). A criterion's parameter is chosen on the fit
// half (best mean of its two figures) and only the chosen one is scored on the check half. The criteria and their
// figures are in docs/round-36/stories.md. `--loo` runs `storiesOf` once per article, threshold and run (minutes).
import { PAIR_FEATURES } from '../src/cluster/pair-features.ts'
import { PAIR_WEIGHTS } from '../src/cluster/pair-weights.ts'
import { type Article, storiesOf, storyOrder } from '../src/index.ts'
import { bcubed } from '../test/stories/bcubed.ts'
import { averageLink, cosineMatrix } from './baseline.ts'
import { loadGold, withCachedText } from './cache.ts'
import { fitLogistic, type Logistic } from './logistic.ts'
import { articlePairs, linkedPairs } from './pair-training.ts'
import { type ParsedCorpus, parseCorpus } from './story-runs.ts'
import './deployed-lists.ts'

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? undefined : process.argv[i + 1]
}
const half = (name: string) => (arg(name) ?? '').split(',').filter((c) => c.startsWith('stories-'))
const verbose = process.argv.includes('--verbose')
const load = (name: string) => {
  const gold = loadGold('stories', [name])[0]!
  const items = withCachedText(gold.articles)
  return items.length === 0 ? null : parseCorpus(name, items)
}

const r2 = (x: number) => Number(x.toFixed(4))
const GRID = Array.from({ length: 13 }, (_, i) => r2(0.26 + 0.02 * i))
const WIDE = Array.from({ length: 19 }, (_, i) => r2(0.2 + 0.02 * i))
const DEFAULT = 0.36
const clamp = (t: number) => Math.min(0.5, Math.max(0.26, t))
const nearest = (ts: number[], score: (t: number) => number) => {
  let best = -Infinity
  let chosen = DEFAULT
  for (const t of ts) {
    const s = score(t)
    if (
      s > best + 1e-12 ||
      (Math.abs(s - best) <= 1e-12 && Math.abs(t - DEFAULT) < Math.abs(chosen - DEFAULT))
    ) {
      best = s
      chosen = t
    }
  }
  return chosen
}
const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6))
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/** A run: one corpus with dates or without, and what the criteria read. */
export interface Run {
  corpus: string
  dated: boolean
  articles: Article[]
  event: ReadonlyMap<string, string>
  links: number[]
  partition: (t: number) => Map<string, string>
  f1: (t: number) => number
  baseline: Map<string, string>
  cosine: Float64Array[]
}

const makeRun = (
  corpus: ParsedCorpus,
  run: ParsedCorpus['runs'][number],
  baseline: Map<string, string>,
  cosine: Float64Array[],
): Run => {
  const cache = new Map<number, Map<string, string>>()
  const partition = (t: number) => {
    const key = r2(t)
    let p = cache.get(key)
    if (!p) {
      p = new Map()
      for (const s of storiesOf(run.articles, { pairModel: { ...PAIR_WEIGHTS, threshold: key } }))
        for (const id of s.articleIds) p.set(id, s.id)
      cache.set(key, p)
    }
    return p
  }
  return {
    corpus: corpus.name,
    dated: run.dated,
    articles: run.articles,
    event: corpus.event,
    links: linkedPairs(run.articles, PAIR_WEIGHTS).map((p) => p.link),
    partition,
    f1: (t) => bcubed(partition(t), corpus.event).f1,
    baseline,
    cosine,
  }
}

const agreement = (a: Map<string, string>, b: Map<string, string>) => bcubed(a, b).f1

// --- criteria: each maps a run to a threshold, reading no label -------------------------------------------------
// The widest gap between neighbouring links near the default, read in the space `to` maps links into (`from` maps
// back).
const gapIn = (values: number[], to: (v: number) => number, from: (v: number) => number) => {
  const xs = values
    .filter((v) => v >= 0.2 && v <= 0.56)
    .map(to)
    .sort((a, b) => a - b)
  let best = -1
  let chosen = DEFAULT
  for (let i = 1; i < xs.length; i++) {
    const mid = from((xs[i - 1]! + xs[i]!) / 2)
    if (mid < 0.26 || mid > 0.5) continue
    const d = xs[i]! - xs[i - 1]!
    if (d > best) {
      best = d
      chosen = mid
    }
  }
  return chosen
}
const identity = (x: number) => x
const gap = (run: Run) => gapIn(run.links, identity, identity)
const gapLogit = (run: Run) => gapIn(run.links, logit, sigmoid)
const same = (a: Map<string, string>, b: Map<string, string>) => {
  if (a.size !== b.size) return false
  const m = new Map<string, string>()
  for (const [id, g] of a) {
    const h = b.get(id)!
    if (m.has(g) ? m.get(g) !== h : false) return false
    m.set(g, h)
  }
  const back = new Map<string, string>()
  for (const [g, h] of m) {
    if (back.has(h) && back.get(h) !== g) return false
    back.set(h, g)
  }
  return true
}
const plateau = (run: Run) => {
  const runs: number[][] = []
  for (const t of WIDE) {
    const last = runs.at(-1)
    if (last && same(run.partition(last.at(-1)!), run.partition(t))) last.push(t)
    else runs.push([t])
  }
  let bestLen = 0
  let chosen = DEFAULT
  for (const r of runs) {
    const mid = r[Math.floor((r.length - 1) / 2)]!
    if (mid < 0.26 || mid > 0.5) continue
    if (
      r.length > bestLen ||
      (r.length === bestLen && Math.abs(mid - DEFAULT) < Math.abs(chosen - DEFAULT))
    ) {
      bestLen = r.length
      chosen = mid
    }
  }
  return chosen
}
const stab = (run: Run) =>
  nearest(
    GRID,
    (t) =>
      (agreement(run.partition(t), run.partition(t - 0.02)) +
        agreement(run.partition(t), run.partition(t + 0.02))) /
      2,
  )
const median = (run: Run) =>
  nearest(
    GRID,
    (t) => GRID.reduce((s, u) => s + agreement(run.partition(t), run.partition(u)), 0) / GRID.length,
  )
const mixture = (run: Run) => {
  const xs = run.links.filter((v) => v >= 0.01).map(logit)
  if (xs.length < 4) return DEFAULT
  const sorted = [...xs].sort((a, b) => a - b)
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
  const m = xs.reduce((a, b) => a + b, 0) / xs.length
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length) || 1
  let mu = [q(0.25), q(0.9)]
  let s = [sd, sd]
  let w = [0.5, 0.5]
  const dens = (x: number, k: number) => (w[k]! / s[k]!) * Math.exp(-0.5 * ((x - mu[k]!) / s[k]!) ** 2)
  for (let it = 0; it < 300; it++) {
    const r = xs.map((x) => {
      const a = dens(x, 0)
      const b = dens(x, 1)
      return a + b === 0 ? 0.5 : b / (a + b)
    })
    const n1 = r.reduce((a, b) => a + b, 0)
    const n0 = xs.length - n1
    if (n1 < 1e-6 || n0 < 1e-6) break
    const mu0 = xs.reduce((a, x, i) => a + (1 - r[i]!) * x, 0) / n0
    const mu1 = xs.reduce((a, x, i) => a + r[i]! * x, 0) / n1
    const s0 = Math.sqrt(xs.reduce((a, x, i) => a + (1 - r[i]!) * (x - mu0) ** 2, 0) / n0) || 1e-3
    const s1 = Math.sqrt(xs.reduce((a, x, i) => a + r[i]! * (x - mu1) ** 2, 0) / n1) || 1e-3
    mu = [mu0, mu1]
    s = [Math.max(s0, 0.05), Math.max(s1, 0.05)]
    w = [n0 / xs.length, n1 / xs.length]
  }
  const [lo, hi] = mu[0]! < mu[1]! ? [0, 1] : [1, 0]
  // scan between the means for the crossing of the weighted densities
  let chosen = (mu[0]! + mu[1]!) / 2
  const steps = 400
  for (let i = 1; i < steps; i++) {
    const x = mu[lo]! + ((mu[hi]! - mu[lo]!) * i) / steps
    if (dens(x, hi) >= dens(x, lo)) {
      chosen = x
      break
    }
  }
  return sigmoid(chosen)
}
const mixtureClamped = (run: Run) => clamp(mixture(run))
const agree = (run: Run) => nearest(GRID, (t) => agreement(run.partition(t), run.baseline))

const CRITERIA: Record<string, (run: Run) => number> = {
  GAP: gap,
  GAPL: gapLogit,
  PLATEAU: plateau,
  STAB: stab,
  MEDIAN: median,
  MIX: mixtureClamped,
  AGREE: agree,
}

// --- runs -----------------------------------------------------------------------------------------------------------
const halves = { fit: half('--fit'), check: half('--check') }
const runs: Record<'fit' | 'check', Run[]> = { fit: [], check: [] }
for (const which of ['fit', 'check'] as const)
  for (const name of halves[which]) {
    const corpus = load(name)
    if (!corpus) continue
    const articles = corpus.runs[1]!.articles
    const cosine = cosineMatrix(articles.map((a) => a.text))
    const labels = averageLink(cosine, 0.18)
    const baseline = new Map(articles.map((a, i) => [a.id, String(labels[i])]))
    for (const run of corpus.runs) runs[which].push(makeRun(corpus, run, baseline, cosine))
  }

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const f4 = (x: number) => x.toFixed(4)
const summary = (which: 'fit' | 'check', choose: (run: Run) => number) => {
  const rs = runs[which]
  const by = (dated: boolean) => mean(rs.filter((r) => r.dated === dated).map((r) => r.f1(choose(r))))
  return `${f4(by(true))} / ${f4(by(false))}`
}
const only = arg('--only')?.split(',')
const rows: [string, (run: Run) => number][] = [
  ['fixed 0.36', () => DEFAULT],
  ['oracle over G', (r) => nearest(GRID, (t) => r.f1(t))],
  ...Object.entries(CRITERIA).filter(([n]) => !only || only.includes(n)),
]
// MIXS: the mixture's shift from the fit half's median, k fitted on the fit half
if (!only || only.includes('MIXS')) {
  const fitMix = runs.fit.map(mixture).sort((a, b) => a - b)
  const med = fitMix[Math.floor(fitMix.length / 2)]!
  const mk = (k: number) => (r: Run) => clamp(DEFAULT + k * (mixture(r) - med))
  const fitScore = (k: number) => mean(runs.fit.map((r) => r.f1(mk(k)(r))))
  for (const k of [0.25, 0.5, 1])
    console.log(`| MIXS k=${k} (fit only, median ${f4(med)}) | ${summary('fit', mk(k))} | |`)
  const k = [0.25, 0.5, 1].reduce((a, b) => (fitScore(b) > fitScore(a) + 1e-12 ? b : a))
  rows.push([`MIXS k=${k} chosen on fit`, mk(k)])
}
if (process.argv.includes('--curves'))
  for (const r of runs.fit) {
    const pairs = r.links.length
    const near = r.links.filter((l) => l >= 0.2 && l <= 0.56).length
    console.log(
      `${r.corpus} ${r.dated ? 'D' : 'N'} n=${r.articles.length} ev=${new Set(r.event.values()).size} pairs=${pairs} near=${near} ` +
        GRID.map((t) => `${t}:${r.f1(t).toFixed(3)}:${new Set(r.partition(t).values()).size}`).join(' '),
    )
  }
for (const [name, choose] of rows) {
  console.log(`| ${name} | ${summary('fit', choose)} | ${summary('check', choose)} |`)
  if (verbose)
    for (const r of runs.fit)
      console.log(
        `    ${r.corpus} ${r.dated ? 'D' : 'N'} t=${f4(choose(r))} f1=${f4(r.f1(choose(r)))} main=${f4(r.f1(DEFAULT))}`,
      )
}

// --- BAND: borderline merges decided by the baseline's cosine -----------------------------------------------------
// The articles of each story at `lo`, split into the stories they fall in at `hi`: the merges a threshold between
// the two would make or refuse.
const cellsOf = (r: Run, lo = 0.26, hi = 0.5) => {
  const index = new Map(r.articles.map((a, i) => [a.id, i]))
  const pLo = r.partition(lo)
  const pHi = r.partition(hi)
  const parts = new Map<string, number[]>()
  for (const a of r.articles) {
    const key = `${pLo.get(a.id)}|${pHi.get(a.id)}`
    parts.set(key, [...(parts.get(key) ?? []), index.get(a.id)!])
  }
  const byLo = new Map<string, number[][]>()
  for (const [key, members] of parts) {
    const l = key.split('|')[0]!
    byLo.set(l, [...(byLo.get(l) ?? []), members])
  }
  return [...byLo.values()]
}
// Each cell's groups merged two at a time, the pair `score` rates highest first, while that score is at least
// `floor` (`lastOfTies`: of equal scores the last pair, else the first); one label per group left.
const mergedCells = (
  r: Run,
  cells: number[][][],
  score: (x: number[], y: number[]) => number,
  floor: number,
  lastOfTies = false,
) => {
  const out = new Map<string, string>()
  let label = 0
  for (const cell of cells) {
    let groups = cell.map((g) => [...g])
    for (;;) {
      let best = -1
      let bi = -1
      let bj = -1
      for (let i = 0; i < groups.length; i++)
        for (let j = i + 1; j < groups.length; j++) {
          const m = score(groups[i]!, groups[j]!)
          if (m > best || (lastOfTies && m === best)) {
            best = m
            bi = i
            bj = j
          }
        }
      if (bi < 0 || best < floor) break
      groups[bi] = [...groups[bi]!, ...groups[bj]!]
      groups = groups.filter((_, k) => k !== bj)
    }
    for (const g of groups) {
      for (const x of g) out.set(r.articles[x]!.id, String(label))
      label++
    }
  }
  return out
}
const meanCosine = (r: Run) => (x: number[], y: number[]) => {
  let sum = 0
  for (const i of x) for (const j of y) sum += r.cosine[i]![j]!
  return sum / (x.length * y.length)
}
const bandPartition = (r: Run, lo: number, hi: number, c: number) =>
  mergedCells(r, cellsOf(r, lo, hi), meanCosine(r), c)
if (process.argv.includes('--band')) {
  const score = (which: 'fit' | 'check', lo: number, hi: number, c: number) => {
    const rs = runs[which]
    const by = (dated: boolean) =>
      mean(rs.filter((r) => r.dated === dated).map((r) => bcubed(bandPartition(r, lo, hi, c), r.event).f1))
    return [by(true), by(false)] as const
  }
  let best: [number, number, number] = [0, 0, 0]
  let bestScore = -1
  for (const [lo, hi] of [
    [0.26, 0.5],
    [0.3, 0.44],
  ] as const)
    for (const c of [0.1, 0.15, 0.2, 0.25, 0.3]) {
      const [d, n] = score('fit', lo, hi, c)
      console.log(`| BAND ${lo}-${hi} c=${c} (fit only) | ${f4(d)} / ${f4(n)} | |`)
      if ((d + n) / 2 > bestScore) {
        bestScore = (d + n) / 2
        best = [lo, hi, c]
      }
    }
  const [d, n] = score('fit', ...best)
  const [cd, cn] = score('check', ...best)
  console.log(`| BAND ${best.join(' ')} chosen on fit | ${f4(d)} / ${f4(n)} | ${f4(cd)} / ${f4(cn)} |`)
}

// --- DENS and REG ----------------------------------------------------------------------------------------------------
const dens = (h: number) => (r: Run) => {
  const xs = r.links.filter((v) => v >= 0.01).map(logit)
  if (xs.length === 0) return DEFAULT
  return nearest(GRID, (t) => -xs.reduce((s, x) => s + Math.exp(-0.5 * ((x - logit(t)) / h) ** 2), 0))
}
const share = (r: Run) => {
  const xs = r.links.filter((v) => v >= 0.05)
  return xs.length ? xs.filter((v) => v >= 0.36).length / xs.length : 0
}
if (process.argv.includes('--more')) {
  const both = (which: 'fit' | 'check', choose: (r: Run) => number) => summary(which, choose)
  const fitMean = (choose: (r: Run) => number) => mean(runs.fit.map((r) => r.f1(choose(r))))
  let bestH = 0.25
  for (const h of [0.25, 0.5, 1]) {
    console.log(`| DENS h=${h} (fit only) | ${both('fit', dens(h))} | |`)
    if (fitMean(dens(h)) > fitMean(dens(bestH)) + 1e-12) bestH = h
  }
  console.log(
    `| DENS h=${bestH} chosen on fit | ${both('fit', dens(bestH))} | ${both('check', dens(bestH))} |`,
  )
  const target = (r: Run) => {
    const best = Math.max(...GRID.map((t) => r.f1(t)))
    const at = GRID.filter((t) => r.f1(t) >= best - 1e-12)
    return at[Math.floor((at.length - 1) / 2)]!
  }
  const us = runs.fit.map(share)
  const ys = runs.fit.map(target)
  const mu = mean(us)
  const my = mean(ys)
  const b =
    us.reduce((s, u, i) => s + (u - mu) * (ys[i]! - my), 0) / us.reduce((s, u) => s + (u - mu) ** 2, 0)
  const a = my - b * mu
  const reg = (r: Run) => clamp(a + b * share(r))
  console.log(`REG a=${f4(a)} b=${f4(b)}; share range fit ${f4(Math.min(...us))}-${f4(Math.max(...us))}`)
  console.log(`| REG | ${both('fit', reg)} | ${both('check', reg)} |`)
}

// --- LOO stability ---------------------------------------------------------------------------------------------------
const looCache = new Map<Run, number>()
const loo = (r: Run) => {
  const hit = looCache.get(r)
  if (hit !== undefined) return hit
  const t = nearest(GRID, (t) => {
    const full = r.partition(t)
    let sum = 0
    for (const drop of r.articles) {
      const rest = r.articles.filter((a) => a !== drop)
      const p = new Map<string, string>()
      for (const s of storiesOf(rest, { pairModel: { ...PAIR_WEIGHTS, threshold: t } }))
        for (const id of s.articleIds) p.set(id, s.id)
      const q = new Map([...full].filter(([id]) => id !== drop.id))
      sum += agreement(p, q)
    }
    return sum / r.articles.length
  })
  looCache.set(r, t)
  return t
}
if (process.argv.includes('--loo')) {
  console.log(`| LOO | ${summary('fit', loo)} | ${summary('check', loo)} |`)
  if (verbose) for (const r of runs.fit) console.log(`   ${r.corpus} ${r.dated ? 'D' : 'N'} t=${loo(r)}`)
}

// --- PSEUDO ----------------------------------------------------------------------------------------------------------
const at = (name: string) => PAIR_FEATURES.indexOf(name as (typeof PAIR_FEATURES)[number])
const pseudo = (r: Run) => {
  const ordered = storyOrder(r.articles)
  const pos: [string, string][] = []
  const neg: [string, string][] = []
  for (const { a, b, features: f } of articlePairs(r.articles)) {
    const pair: [string, string] = [ordered[a]!.id, ordered[b]!.id]
    const shared = f[at('participants shared')]!
    const lead = f[at('lead overlap')]!
    if (shared >= 0.99 && lead >= 0.2 && f[at('year conflict')] === 0 && f[at('number conflict')] === 0)
      pos.push(pair)
    else if (shared === 0 && lead < 0.05 && f[at('cosine')]! >= 0.15) neg.push(pair)
  }
  if (pos.length === 0 || neg.length === 0) return DEFAULT
  return nearest(GRID, (t) => {
    const p = r.partition(t)
    const tp = pos.filter(([x, y]) => p.get(x) === p.get(y)).length
    const tn = neg.filter(([x, y]) => p.get(x) !== p.get(y)).length
    return (tp / pos.length + tn / neg.length) / 2
  })
}
if (process.argv.includes('--pseudo')) {
  console.log(`| PSEUDO | ${summary('fit', pseudo)} | ${summary('check', pseudo)} |`)
  if (verbose) for (const r of runs.fit) console.log(`   ${r.corpus} ${r.dated ? 'D' : 'N'} t=${pseudo(r)}`)
}

// --- COH -------------------------------------------------------------------------------------------------------
const linkMaps = new Map<Run, Map<string, number>>()
const linkOf = (r: Run) => {
  let m = linkMaps.get(r)
  if (!m) {
    const ordered = storyOrder(r.articles)
    m = new Map()
    for (const p of linkedPairs(r.articles, PAIR_WEIGHTS)) {
      const a = ordered[p.a]!.id
      const b = ordered[p.b]!.id
      m.set(`${a}|${b}`, p.link)
      m.set(`${b}|${a}`, p.link)
    }
    linkMaps.set(r, m)
  }
  return m
}
const cohesive = (r: Run, t: number, k: number) => {
  const links = linkOf(r)
  const groups = new Map<string, string[]>()
  for (const [id, g] of r.partition(t)) groups.set(g, [...(groups.get(g) ?? []), id])
  for (const members of groups.values()) {
    if (members.length < 2) continue
    for (const x of members) {
      let sum = 0
      for (const y of members) if (y !== x) sum += links.get(`${x}|${y}`) ?? 0
      if (sum / (members.length - 1) < k) return false
    }
  }
  return true
}
const coh = (k: number) => (r: Run) => GRID.find((t) => cohesive(r, t, k)) ?? 0.5
if (process.argv.includes('--coh')) {
  const fitMean = (choose: (r: Run) => number) => mean(runs.fit.map((r) => r.f1(choose(r))))
  let bestK = 0.1
  for (const k of [0.1, 0.15, 0.2, 0.25]) {
    console.log(`| COH k=${k} (fit only) | ${summary('fit', coh(k))} | |`)
    if (fitMean(coh(k)) > fitMean(coh(bestK)) + 1e-12) bestK = k
  }
  console.log(
    `| COH k=${bestK} chosen on fit | ${summary('fit', coh(bestK))} | ${summary('check', coh(bestK))} |`,
  )
}

// --- LEARN: borderline merges decided by a weight learned on the fit half --------------------------------------------
const groupFeatures = (r: Run, x: number[], y: number[]) => {
  const links = linkOf(r)
  let sum = 0
  let max = 0
  let cos = 0
  for (const i of x)
    for (const j of y) {
      const l = links.get(`${r.articles[i]!.id}|${r.articles[j]!.id}`) ?? 0
      sum += l
      max = Math.max(max, l)
      cos += r.cosine[i]![j]!
    }
  const n = x.length * y.length
  return [sum / n, max, cos / n, Math.log(n)]
}
const majority = (r: Run, g: number[]) => {
  const c = new Map<string, number>()
  for (const i of g) {
    const e = r.event.get(r.articles[i]!.id)!
    c.set(e, (c.get(e) ?? 0) + 1)
  }
  return [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
}
const learnedPartition = (r: Run, model: Logistic) =>
  mergedCells(
    r,
    cellsOf(r),
    (x, y) => {
      const f = groupFeatures(r, x, y)
      const z = model.bias + f.reduce((sum, v, k) => sum + v * model.weights[k]!, 0)
      return 1 / (1 + Math.exp(-z))
    },
    0.5,
    true,
  )
if (process.argv.includes('--learn')) {
  const features: number[][] = []
  const labels: number[] = []
  for (const r of runs.fit)
    for (const cells of cellsOf(r))
      for (let i = 0; i < cells.length; i++)
        for (let j = i + 1; j < cells.length; j++) {
          features.push(groupFeatures(r, cells[i]!, cells[j]!))
          labels.push(majority(r, cells[i]!) === majority(r, cells[j]!) ? 1 : 0)
        }
  const model = fitLogistic({ features, labels })
  console.log(
    `LEARN on ${labels.length} candidates (${labels.filter((l) => l === 1).length} of one event): bias ${f4(model.bias)}, weights ${model.weights.map(f4).join(' ')}`,
  )
  const score = (which: 'fit' | 'check') => {
    const by = (dated: boolean) =>
      mean(
        runs[which]
          .filter((r) => r.dated === dated)
          .map((r) => bcubed(learnedPartition(r, model), r.event).f1),
      )
    return `${f4(by(true))} / ${f4(by(false))}`
  }
  console.log(`| LEARN | ${score('fit')} | ${score('check')} |`)
}
