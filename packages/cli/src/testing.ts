import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const main = join(import.meta.dirname, 'main.ts')

/** The repository's two seed articles (two outlets' reports of one event). */
export const seeds = join(import.meta.dirname, '../../../seeds')
export const kommersantSeed = join(seeds, '000_c46bd0adb6ed7856.txt')
export const alarabySeed = join(seeds, '003_52349cd9e965743e.txt')

/** Runs `marsad` with the arguments as a Node process, as a user would, and collects what it printed. */
export async function marsad(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const result = await run(process.execPath, [main, ...args], { maxBuffer: 64 << 20 }).catch((error) => error)
  return {
    stdout: result.stdout as string,
    stderr: result.stderr as string,
    code: (result.code as number) ?? 0,
  }
}
