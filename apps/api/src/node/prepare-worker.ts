import { parentPort } from 'node:worker_threads'
import { ArticleInputError } from '@marsad/core'
import { prepareArticle } from '../ingest/prepare.ts'

// A thread of `PreparePool`: parses the articles it is sent with the core and answers each with its stored forms,
// or with the core's refusal (its issues) or the failure's message.
parentPort!.on('message', async ({ id, input, ingestedAt }) => {
  try {
    parentPort!.postMessage({ id, prepared: await prepareArticle(input, ingestedAt) })
  } catch (error) {
    const failure =
      error instanceof ArticleInputError
        ? { issues: [...error.issues] }
        : { message: error instanceof Error ? error.message : String(error) }
    parentPort!.postMessage({ id, failure })
  }
})
