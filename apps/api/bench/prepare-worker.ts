import { parentPort, workerData } from 'node:worker_threads'
import { prepareArticle } from '../src/ingest/prepare.ts'
import { benchArticle } from './corpus.ts'

// Prepares the bench corpus's articles [from, to) in chunks, off the main thread.
const { from, to, chunk, ingestedAt } = workerData as {
  from: number
  to: number
  chunk: number
  ingestedAt: string
}
for (let start = from; start < to; start += chunk) {
  const writes = []
  for (let i = start; i < Math.min(to, start + chunk); i++) {
    writes.push((await prepareArticle(benchArticle(i), ingestedAt)).write)
  }
  parentPort!.postMessage(writes)
}
