import type { ReadProgress } from './read-articles.ts'
import type { Terminal } from './terminal.ts'

/** How often the status line is redrawn at most. */
const REDRAW_MS = 100

export interface ProgressFigures {
  articles: number
  elapsedMs: number
  read: ReadProgress
}

/** `1,234 articles · 850/s · 42% · about 0:12 left`: the share and time left only when the inputs' size is known. */
export function progressLine(label: string, { articles, elapsedMs, read }: ProgressFigures): string {
  const parts = [`${label}: ${articles.toLocaleString('en')} ${articles === 1 ? 'article' : 'articles'}`]
  if (elapsedMs >= 1000) parts.push(`${Math.round(articles / (elapsedMs / 1000)).toLocaleString('en')}/s`)
  if (read.totalBytes > 0) {
    const share = Math.min(1, read.bytes / read.totalBytes)
    parts.push(`${Math.floor(share * 100)}%`)
    if (elapsedMs >= 1000 && share > 0 && share < 1)
      parts.push(`about ${clock((elapsedMs * (1 - share)) / share)} left`)
  }
  return parts.join(' · ')
}

function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  const minutes = Math.floor(seconds / 60)
  const hours = Math.floor(minutes / 60)
  const ss = String(seconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes % 60).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`
}

/** Counts articles as a command handles them and shows the count, rate and time left on the terminal's status line. */
export class Progress {
  readonly read: ReadProgress = { bytes: 0, totalBytes: 0 }
  private articles = 0
  private readonly started = performance.now()
  private drawn = 0
  private readonly terminal: Terminal
  private readonly label: string

  constructor(terminal: Terminal, label: string) {
    this.terminal = terminal
    this.label = label
  }

  article(): void {
    this.articles++
    if (!this.terminal.showsStatus) return
    const now = performance.now()
    if (now - this.drawn < REDRAW_MS) return
    this.drawn = now
    this.terminal.status(
      progressLine(this.label, { articles: this.articles, elapsedMs: now - this.started, read: this.read }),
    )
  }

  /** A step after reading, such as clustering, that shows no count. */
  step(text: string): void {
    this.terminal.status(`${this.label}: ${text}`)
  }

  done(): void {
    this.terminal.clearStatus()
  }
}
