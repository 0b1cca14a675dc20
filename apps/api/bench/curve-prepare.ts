import { parentPort, workerData } from 'node:worker_threads'
import { prepareArticle } from '../src/ingest/prepare.ts'
import { scaleArticle } from './scale-corpus.ts'

// Parses the scale corpus for the ingest curve off the main thread: one chunk of `chunk` articles, in order, each time
// the main thread asks, so that it parses ahead of the writes by only the chunks asked for.
const { chunk, perDay } = workerData as { chunk: number; perDay: number }
let next = 0
parentPort!.on('message', async () => {
  const prepared = []
  for (let i = next; i < next + chunk; i++) {
    const input = scaleArticle(i, perDay)
    prepared.push(await prepareArticle(input, input.publishedAt!))
  }
  next += chunk
  parentPort!.postMessage(prepared)
})
