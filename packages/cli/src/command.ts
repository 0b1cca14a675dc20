import type { CorpusError, CorpusFormat } from '@marsad/core'
import { Progress } from './progress.ts'
import type { Terminal } from './terminal.ts'

/** The flags every command takes. */
export interface CommandOptions {
  /** Indented JSON for people. */
  pretty: boolean
  /** Standard input is JSON lines rather than one article's text. */
  jsonl: boolean
}

/** One run of a command: where its JSON goes, where its problems go (counted, for the exit code), its progress. */
export class Run {
  problems = 0
  readonly options: CommandOptions
  private readonly terminal: Terminal
  private readonly out: NodeJS.WritableStream

  constructor(options: CommandOptions, terminal: Terminal, out: NodeJS.WritableStream = process.stdout) {
    this.options = options
    this.terminal = terminal
    this.out = out
  }

  get stdinFormat(): CorpusFormat {
    return this.options.jsonl ? 'jsonl' : 'txt'
  }

  readonly report = (error: CorpusError): void => {
    this.problems++
    this.terminal.problem(formatError(error))
  }

  progress(label: string): Progress {
    return new Progress(this.terminal, label)
  }

  /** Writes one value as JSON (`toJson`, controls escaped), waiting while the reader catches up. */
  async print(value: unknown): Promise<void> {
    if (!this.out.write(`${toJson(value, this.options)}\n`)) {
      await new Promise<void>((resolve) => this.out.once('drain', resolve))
    }
  }
}

/**
 * One value as JSON: a single line, or indented for people with `--pretty`. `JSON.stringify` escapes C0 controls
 * but leaves DEL and the C1 controls (U+009B is a terminal's CSI) raw; they are escaped too, which is still JSON.
 */
function toJson(value: unknown, options: CommandOptions): string {
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
  return `${escapeControls(where)}: ${escapeControls(error.message)}`
}
