import { readdir, readFile, stat } from 'node:fs/promises'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import { type ArticleInput, readCorpusBytes } from '@marsad/core'

/** A corpus file and what identifies its current content. */
export type CorpusFileInfo = { path: string; mtimeMs: number; size: number }

/** An article input, or a part of the corpus that was skipped, each with where it was read. */
export type CorpusRecord =
  | { ok: true; input: ArticleInput; origin: string }
  | { ok: false; origin: string; message: string }

/** The corpus file names the CLI and the API also read. */
export const corpusFileName = /\.(txt|jsonl|ndjson)$/i

/**
 * Where the corpus lives: the repository's `seeds/` and every path of `MARSAD_CORPUS` (separated like `PATH`).
 * Relative `MARSAD_CORPUS` paths are taken from where the command was typed (`INIT_CWD` under pnpm), so that
 * `MARSAD_CORPUS=./news pnpm start` at the repository root means the root's `news/`.
 */
export function corpusRoots(options: { seeds: string; env?: Record<string, string | undefined> }): string[] {
  const env = options.env ?? process.env
  const base = env.INIT_CWD || process.cwd()
  const extra = (env.MARSAD_CORPUS ?? '')
    .split(delimiter)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (isAbsolute(part) ? part : resolve(base, part)))
  return [options.seeds, ...extra]
}

/**
 * The corpus files under the given files and folders, as the CLI reads them: a folder gives its `.txt`, `.jsonl`
 * and `.ndjson` files sorted by name (not its subfolders), a file is taken as it is. A path that does not exist
 * is an error: a mistyped `MARSAD_CORPUS` must not build an empty site silently.
 */
export async function listCorpusFiles(roots: readonly string[]): Promise<CorpusFileInfo[]> {
  const found = new Map<string, CorpusFileInfo>()
  for (const root of roots) {
    const info = await stat(root).catch(() => null)
    if (!info) throw new Error(`corpus path not found: ${root}`)
    const paths = info.isDirectory()
      ? (await readdir(root))
          .filter((name) => corpusFileName.test(name))
          .sort()
          .map((name) => join(root, name))
      : [root]
    for (const path of paths) {
      if (found.has(path)) continue
      const file = path === root ? info : await stat(path)
      if (file.isFile()) found.set(path, { path, mtimeMs: file.mtimeMs, size: file.size })
    }
  }
  return [...found.values()]
}

/** A key that changes whenever a corpus file is added, removed or rewritten. */
export function corpusKey(files: readonly CorpusFileInfo[]): string {
  return files.map((file) => `${file.path}\0${file.mtimeMs}\0${file.size}`).join('\n')
}

/** Reads one corpus file with the core's reader (one article per `.txt`, one per line of JSON Lines). */
export async function readCorpusRecords(file: CorpusFileInfo): Promise<CorpusRecord[]> {
  const { articles, errors } = readCorpusBytes(file.path, await readFile(file.path))
  return [
    ...articles.map((input): CorpusRecord => ({ ok: true, input, origin: file.path })),
    ...errors.map(
      (error): CorpusRecord => ({
        ok: false,
        origin: error.line === undefined ? error.file : `${error.file}:${error.line}`,
        message: error.message,
      }),
    ),
  ]
}
