import { clusterStories } from '../src/cluster/index.ts'
import { parseCorpus } from '../test/stories/evaluate.ts'
import { generateCorpus } from '../test/stories/generate.ts'
const articles = parseCorpus(generateCorpus(20000))
const t = process.cpuUsage()
clusterStories(articles)
console.log((process.cpuUsage(t).user / 1e6).toFixed(2))
