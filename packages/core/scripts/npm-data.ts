import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Unpacks the given files of a pinned npm package (`npm pack`, the registry's ordinary client) into a temporary
 * folder and returns the package's folder; `discard` removes it. Only data is read from it, never its code.
 */
export function unpack(spec: string, files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-data-'))
  const tarball = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' }).trim()
  execFileSync('tar', ['-xzf', tarball, '--wildcards', ...files.map((file) => `package/${file}`)], {
    cwd: dir,
  })
  return join(dir, 'package')
}

export function discard(unpacked: string): void {
  rmSync(join(unpacked, '..'), { recursive: true, force: true })
}
