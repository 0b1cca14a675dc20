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

  /** Writes one value as JSON (a single line, or indented with --pretty), waiting while the reader catches up. */
  async print(value: unknown): Promise<void> {
    const json = JSON.stringify(value, null, this.options.pretty ? 2 : undefined)
    if (!this.out.write(`${json}\n`)) {
      await new Promise<void>((resolve) => this.out.once('drain', resolve))
    }
  }
}

export function formatError(error: CorpusError): string {
  return `${error.file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`
}
