import type { CorpusError } from '@marsad/core'

/** What a command prints: output lines to stdout, problems to stderr (and a failing exit code). */
export interface CommandResult {
  output: string[]
  errors: CorpusError[]
}

/** The flags every command takes: `--pretty` indents the JSON, `--jsonl` reads standard input as JSON lines. */
export interface CommandOptions {
  pretty: boolean
  jsonl: boolean
}

/** The format standard input is read in, by `--jsonl`. */
export function stdinFormat(options: CommandOptions): 'jsonl' | 'txt' {
  return options.jsonl ? 'jsonl' : 'txt'
}

/** One value as JSON: a single line, or indented for people with `--pretty`. */
export function toJson(value: unknown, options: CommandOptions): string {
  return JSON.stringify(value, null, options.pretty ? 2 : undefined)
}

export function formatError(error: CorpusError): string {
  return `marsad: ${error.file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`
}
