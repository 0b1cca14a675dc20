import { clusterStories } from '../src/cluster/index.ts'
import { parseCorpus } from '../test/stories/evaluate.ts'
import { generateCorpus } from '../test/stories/generate.ts'

// One point of the clustering curve (`pnpm bench:curves`), run in a process of its own so that its RSS is that of
// one size alone: the cluster bench's generated corpus of argv[2] articles, parsed, then clustered. Prints JSON: the
// CPU time of the clustering (the best of the runs) and the peak RSS of the process (articles and story index held).
const size = Number(process.argv[2])
if (!Number.isInteger(size) || size <= 0)
  throw new Error(`cluster-curve: a size in articles, not "${process.argv[2]}"`)
const articles = parseCorpus(generateCorpus(size))
globalThis.gc?.()
const rssBefore = process.memoryUsage().rss
const runs = size >= 100_000 ? 1 : 2
let cpu = Number.POSITIVE_INFINITY
let stories = 0
for (let i = 0; i < runs; i++) {
  const start = process.cpuUsage()
  stories = clusterStories(articles).length
  const used = process.cpuUsage(start)
  cpu = Math.min(cpu, (used.user + used.system) / 1000)
}
// The peak: the story index is garbage once clusterStories returns.
const rss = process.resourceUsage().maxRSS * 1024
process.stdout.write(`${JSON.stringify({ size, cpuMs: cpu, rss, rssBefore, stories })}\n`)
