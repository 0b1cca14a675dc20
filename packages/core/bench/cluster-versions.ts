import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Article, Story } from '../src/index.ts'
import { parseCorpus } from '../test/stories/evaluate.ts'
import { generateCorpus } from '../test/stories/generate.ts'

// `node --expose-gc bench/cluster-versions.ts <articles> <rounds> <name>=<checkout> …`: clustering CPU of several
// versions of the core (each `<checkout>` a folder holding `packages/core`, e.g. a `git archive` of a commit with the
// worktree's `packages/core/node_modules` linked into it) on one generated corpus parsed once, alternated in one
// process round after round (each round starts one version later), so that every version meets the same load.
// Prints CPU seconds per run, the load average after each round, and whether the versions gave the same stories.

type Cluster = (articles: readonly Article[]) => Story[]

const [size = '20000', rounds = '3', ...specs] = process.argv.slice(2)
const versions: { name: string; cluster: Cluster }[] = []
for (const spec of specs) {
  const [name, folder] = spec.split('=')
  if (name === undefined || folder === undefined) throw new Error(`Expected <name>=<checkout>, got ${spec}`)
  const url = pathToFileURL(resolve(folder, 'packages/core/src/cluster/index.ts')).href
  versions.push({ name, cluster: (await import(url)).clusterStories })
}
if (versions.length === 0) throw new Error('Name at least one version: <name>=<checkout>')

const articles = parseCorpus(generateCorpus(Number(size)))
const seconds = new Map<string, number[]>(versions.map(({ name }) => [name, []]))
const grouping = new Map<string, string>()
for (let round = 0; round < Number(rounds); round++) {
  const line: string[] = []
  for (let i = 0; i < versions.length; i++) {
    const { name, cluster } = versions[(i + round) % versions.length]!
    globalThis.gc?.()
    const before = process.cpuUsage()
    const stories = cluster(articles)
    const used = process.cpuUsage(before)
    seconds.get(name)!.push((used.user + used.system) / 1e6)
    if (round === 0) grouping.set(name, stories.map((story) => story.articleIds.join(',')).join('|'))
    line.push(`${name} ${seconds.get(name)!.at(-1)!.toFixed(2)} s`)
  }
  const load = loadavg().map((value) => value.toFixed(1))
  console.log(`${size} articles, round ${round + 1}, load ${load.join(' ')}: ${line.join(', ')}`)
}
for (const [name, runs] of seconds) {
  const same =
    grouping.get(name) === grouping.get(versions[0]!.name) ? 'same stories as' : 'other stories than'
  console.log(`${name}: ${runs.map((s) => s.toFixed(2)).join(', ')} s CPU; ${same} ${versions[0]!.name}`)
}
