/** The part of a stream the terminal needs: stderr, or a stand-in in tests. */
export interface TerminalStream {
  isTTY?: boolean
  write(text: string): boolean
}

/**
 * Standard error as the CLI uses it: problems, one per line, and on a terminal a status line that rewrites itself
 * (progress), cleared before a problem is written. Red for problems only on a terminal, and never when NO_COLOR is set
 * (no-color.org).
 */
export class Terminal {
  private statusShown = false
  readonly showsStatus: boolean
  private readonly color: boolean

  private readonly stream: TerminalStream

  constructor(stream: TerminalStream, options: { quiet?: boolean; env?: NodeJS.ProcessEnv } = {}) {
    this.stream = stream
    const env = options.env ?? {}
    this.showsStatus = stream.isTTY === true && !options.quiet
    this.color = stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'
  }

  /** A problem: `marsad: …` on its own line. */
  problem(message: string): void {
    this.clearStatus()
    this.stream.write(`${this.color ? `\x1b[31mmarsad:\x1b[39m` : 'marsad:'} ${message}\n`)
  }

  /** Replaces the status line, on a terminal and without --quiet; nothing otherwise. */
  status(line: string): void {
    if (!this.showsStatus) return
    this.stream.write(`\r${line}\x1b[K`)
    this.statusShown = true
  }

  clearStatus(): void {
    if (!this.statusShown) return
    this.stream.write('\r\x1b[K')
    this.statusShown = false
  }
}
