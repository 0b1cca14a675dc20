import { parentPort, workerData } from 'node:worker_threads'
import { prepareArticle } from '../src/ingest/prepare.ts'
import { scaleArticle } from './scale-corpus.ts'

// Parses the scale bench's articles [from, to) in chunks, off the main thread.
const { from, to, chunk, perDay } = workerData as { from: number; to: number; chunk: number; perDay: number }
for (let start = from; start < to; start += chunk) {
  const prepared = []
  for (let i = start; i < Math.min(to, start + chunk); i++) {
    const input = scaleArticle(i, perDay)
    prepared.push(await prepareArticle(input, input.publishedAt!))
  }
  parentPort!.postMessage(prepared)
}
