// `node eval/story-merges.ts --only <corpora> [--undated|--dated]` (round 37): per story corpus and run, the
// wrong merges (a predicted story holding two gold events) and wrong splits (a gold event held by two stories) of
// `storiesOf`, each with its articles (outlet, title, start of the lead) and the strongest link across the two parts
// with the pair features that fire. For reading the fit half's errors; prints article text to the terminal only.
import { PAIR_FEATURES } from '../src/cluster/pair-features.ts'
import { PAIR_WEIGHTS } from '../src/cluster/pair-weights.ts'
import { type Article, storiesOf, storyOrder } from '../src/index.ts'
import { bcubed } from '../test/stories/bcubed.ts'
import { loadGold, withCachedText } from './cache.ts'
import { linkedPairs } from './pair-training.ts'
import { parseCorpus } from './story-runs.ts'
import './deployed-lists.ts'

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? undefined : process.argv[i + 1]
}
const names = (arg('--only') ?? '').split(',').filter((c) => c.startsWith('stories-'))
const summary = process.argv.includes('--summary')
const runsWanted = process.argv.includes('--dated')
  ? [true]
  : process.argv.includes('--undated')
    ? [false]
    : [true, false]
const leadOf = (a: Article) => {
  const p = a.sentences.find((s) => a.blocks[s.block]?.kind !== 'heading')
  return (p?.text ?? '').replace(/\s+/g, ' ').slice(0, 160)
}
for (const name of names) {
  const gold = loadGold('stories', [name])[0]!
  const items = withCachedText(gold.articles)
  if (items.length === 0) continue
  const corpus = parseCorpus(name, items, runsWanted)
  const outlet = new Map(items.map((i) => [i.gold.sha256.slice(0, 16), i.gold.outlet]))
  const date = new Map(items.map((i) => [i.gold.sha256.slice(0, 16), i.gold.publishedAt ?? '-']))
  for (const run of corpus.runs) {
    const stories = storiesOf(run.articles)
    const predicted = new Map<string, string>()
    for (const s of stories) for (const id of s.articleIds) predicted.set(id, s.id)
    const f = bcubed(predicted, corpus.event)
    console.log(
      `\n=== ${name} ${run.dated ? 'dated' : 'undated'} P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}`,
    )
    if (summary) continue
    const ordered = storyOrder(run.articles)
    const byId = new Map(run.articles.map((a) => [a.id, a]))
    const link = new Map<string, { link: number; features: Float64Array }>()
    for (const p of linkedPairs(run.articles, PAIR_WEIGHTS)) {
      const x = ordered[p.a]!.id
      const y = ordered[p.b]!.id
      link.set(`${x}|${y}`, p)
      link.set(`${y}|${x}`, p)
    }
    const show = (id: string) => {
      const a = byId.get(id)!
      return `    ${id.slice(0, 6)} [${outlet.get(id)} ${date.get(id)}] ${(a.title ?? '').slice(0, 90)} || ${leadOf(a)}`
    }
    const best = (xs: string[], ys: string[]) => {
      let top: { link: number; features: Float64Array; x: string; y: string } | null = null
      for (const x of xs)
        for (const y of ys) {
          const l = link.get(`${x}|${y}`)
          if (l && (top === null || l.link > top.link)) top = { ...l, x, y }
        }
      if (top === null) return '    (no shared term)'
      const fired = PAIR_FEATURES.map((n, i) => [n, top!.features[i]!] as const)
        .filter(([n, v]) => v !== 0 && !['cosine²', 'log cosine', 'log days apart'].includes(n))
        .map(([n, v]) => `${n}=${Number(v.toFixed(2))}`)
      return `    max link ${top.link.toFixed(3)} ${top.x.slice(0, 6)}~${top.y.slice(0, 6)}: ${fired.join(' ')}`
    }
    for (const s of stories) {
      const events = new Map<string, string[]>()
      for (const id of s.articleIds) {
        const e = corpus.event.get(id)!
        events.set(e, [...(events.get(e) ?? []), id])
      }
      if (events.size < 2) continue
      console.log(`  MERGED story of ${s.articleIds.length}:`)
      const parts = [...events]
      for (const [e, ids] of parts) {
        console.log(`   event ${e} (${ids.length})`)
        for (const id of ids) console.log(show(id))
      }
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++)
          console.log(`   ${parts[i]![0]} ~ ${parts[j]![0]}:\n${best(parts[i]![1], parts[j]![1])}`)
    }
    const events = new Map<string, Map<string, string[]>>()
    for (const [id, s] of predicted) {
      const e = corpus.event.get(id)!
      const m = events.get(e) ?? new Map()
      m.set(s, [...(m.get(s) ?? []), id])
      events.set(e, m)
    }
    for (const [e, m] of events) {
      if (m.size < 2) continue
      console.log(`  SPLIT event ${e} into ${m.size}:`)
      const parts = [...m.values()]
      for (const ids of parts) {
        console.log('   part:')
        for (const id of ids) console.log(show(id))
      }
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++) console.log(best(parts[i]!, parts[j]!))
    }
  }
}
