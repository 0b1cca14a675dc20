import { DEVELOPMENT_CLUTTER, DEVELOPMENT_EXTRACTION, DEVELOPMENT_STORIES } from './development-batches.ts'

// The command line the censuses of unannotated pages share: which development batches' texts to read (`--fit`, the
// odd-numbered half, or `--only a,b`), never a held-out one.

/** The value after `flag` on the command line, if any. */
export function arg(flag: string): string | undefined {
  const at = process.argv.indexOf(flag)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const development: readonly string[] = [
  ...DEVELOPMENT_EXTRACTION,
  ...DEVELOPMENT_STORIES,
  ...DEVELOPMENT_CLUTTER,
]
const odd = (name: string) => Number(name.slice(name.lastIndexOf('-') + 1)) % 2 === 1

/** The batches a census reads: the fit half with `--fit`, else those `--only` names; throws on a held-out name. */
export function censusBatches(): string[] {
  const batches = process.argv.includes('--fit') ? development.filter(odd) : (arg('--only')?.split(',') ?? [])
  for (const name of batches)
    if (!development.includes(name)) throw new Error(`${name}: not a development batch`)
  if (batches.length === 0) throw new Error('name the batches: --fit or --only real-1,stories-3')
  return batches
}
