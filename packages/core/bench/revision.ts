import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const core = join(import.meta.dirname, '..')
const git = (...args: string[]) => execFileSync('git', args, { cwd: core, encoding: 'utf8' }).trim()

/** The commit a bench compares the working tree with: the one named, else where this branch left `main`. */
export function revisionCommit(revision: string | undefined): string {
  return git('rev-parse', revision ?? git('merge-base', 'HEAD', 'main'))
}

/**
 * A module of the core's source at a commit (`path` inside `packages/core`), extracted once beside a link to this
 * package's node_modules, for a bench to load next to the working tree's.
 */
export async function loadAtRevision<T>(commit: string, path: string): Promise<T> {
  const repo = git('rev-parse', '--show-toplevel')
  const root = join(tmpdir(), `marsad-ab-${commit.slice(0, 12)}`)
  const source = join(root, 'packages/core', path)
  const modules = join(root, 'packages/core/node_modules')
  // The link is to the node_modules of the tree that first extracted it: once that tree is gone, extract again.
  if (!existsSync(source) || !existsSync(modules)) {
    rmSync(root, { recursive: true, force: true })
    mkdirSync(root, { recursive: true })
    const archive = execFileSync('git', ['archive', commit, 'packages/core/src', 'seeds'], {
      cwd: repo,
      maxBuffer: 1 << 28,
    })
    execFileSync('tar', ['-x', '-C', root], { input: archive })
    symlinkSync(join(core, 'node_modules'), modules)
  }
  return (await import(source)) as T
}
