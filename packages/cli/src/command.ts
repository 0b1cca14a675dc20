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

/**
 * One value as JSON: a single line, or indented for people with `--pretty`. `JSON.stringify` escapes C0 controls
 * but leaves DEL and the C1 controls (U+009B is a terminal's CSI) raw; they are escaped too, which is still JSON.
 */
export function toJson(value: unknown, options: CommandOptions): string {
  return JSON.stringify(value, null, options.pretty ? 2 : undefined).replace(
    /[\u007f-\u009f]/g,
    unicodeEscape,
  )
}

/**
 * Text from a corpus or the command line made safe for a terminal: every control character (C0, DEL, C1; line
 * breaks included) is written as a `\u` escape, so that no input can move the cursor, retitle or clear the screen.
 */
export function escapeControls(text: string): string {
  return text.replace(/\p{Cc}/gu, unicodeEscape)
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

export function formatError(error: CorpusError): string {
  const where = `${error.file}${error.line === undefined ? '' : `:${error.line}`}`
  return `marsad: ${escapeControls(where)}: ${escapeControls(error.message)}`
}
