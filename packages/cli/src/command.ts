import type { CorpusError } from '@marsad/core'

/** What a command prints: output lines to stdout, problems to stderr (and a failing exit code). */
export interface CommandResult {
  output: string[]
  errors: CorpusError[]
}

export function formatError(error: CorpusError): string {
  return `marsad: ${error.file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`
}
