/**
 * A text's UTF-16 code units copied into a typed array kept from text to text, for loops that read every code unit.
 * `text.charCodeAt(i)` in a compiled loop dispatches on the string's representation (sequential, cons, sliced, thin,
 * external; one or two bytes) at every code unit, some 12 to 15 instructions that V8 does not hoist out of the loop;
 * a typed array's element is one load. In Node the copy is one call (`Buffer.write` as UTF-16LE, which flattens the
 * string and copies it); elsewhere a loop copies it.
 *
 * Whoever keeps one knows when its code units are read: a pass copies its text, reads the units, and copies no other
 * text into the same `CodeUnits` until it is done. The text copied last is not copied again, unless it was longer
 * than `LONGEST_KEPT`.
 */
export class CodeUnits {
  /** The code units of the text copied last, then whatever an earlier, longer text left. */
  units = new Uint16Array(0)
  private copied: string | undefined
  private writer: BufferLike | undefined
  private readonly buffers: BufferClass | null

  /** `buffers`: Node's `Buffer` where there is one; `null` copies by a loop (as in browsers). */
  constructor(buffers: BufferClass | null = NodeBuffer) {
    this.buffers = buffers
  }

  /** Copies `text`'s code units to `units[0]` … `units[text.length - 1]` and returns `units`. */
  copy(text: string): Uint16Array {
    // The same string as the last: the passes over one article (`ARTICLE_UNITS`) copy it once.
    if (text === this.copied) return this.units
    const length = text.length
    if (length > this.units.length) this.grow(length)
    const { units, writer } = this
    if (writer !== undefined) writer.write(text, 0, 'utf16le')
    else for (let i = 0; i < length; i++) units[i] = text.charCodeAt(i)
    this.copied = text
    // A text longer than any article (a whole request body) is not kept, nor the buffer it needed: kept, they would
    // hold three times its size for the life of the process. The caller reads the returned units until its pass ends.
    if (length > LONGEST_KEPT) {
      this.grow(0)
      this.copied = undefined
    }
    return units
  }

  private grow(length: number): void {
    // Room for twice the text, so that a run of growing texts grows the buffer a few times only.
    const bytes = new ArrayBuffer(Math.max(length * 2, 1024) * 2)
    this.units = new Uint16Array(bytes)
    this.writer = this.buffers?.from(bytes)
  }
}

/** The longest text, in code units, whose copy a `CodeUnits` keeps for the next text: 1 Mi, some 500 news articles. */
export const LONGEST_KEPT = 1 << 20

interface BufferLike {
  write(text: string, offset: number, encoding: 'utf16le'): number
}

interface BufferClass {
  from(bytes: ArrayBuffer): BufferLike
}

// Node's `Buffer`, when there is one (not in browsers, nor in Workers without Node's compatibility), and when the
// platform is little-endian (x64, arm64), so that UTF-16LE is the typed array's own order.
const NodeBuffer: BufferClass | null =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    ? ((globalThis as unknown as { Buffer?: BufferClass }).Buffer ?? null)
    : null

/**
 * The article's code units, shared by the passes that read every code unit of the whole article text (the fused
 * heading's word counts, the words' pass, `contentId`): each copies the text at its start, which copies it once an
 * article, and none calls another while it reads the units.
 */
export const ARTICLE_UNITS = new CodeUnits()
