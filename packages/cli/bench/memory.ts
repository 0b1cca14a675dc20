// `pnpm --filter @marsad/cli bench [sizes…] [--cli path/to/main.ts]`: peak memory (max RSS) and time of
// `marsad analyze` over JSON-lines files of 1,000 and 10,000 articles made from the seeds (distinct ids), output to
// /dev/null, one fresh process per size. Flat memory is the point: the peak should barely move with the size. Give
// another checkout's src/main.ts to compare two versions on the same machine.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { finished } from 'node:stream/promises'
import { alarabySeed, kommersantSeed } from '../src/testing.ts'

const args = process.argv.slice(2)
const cliAt = args.indexOf('--cli')
const cli = cliAt >= 0 ? resolve(args.splice(cliAt, 2)[1]!) : join(import.meta.dirname, '../src/main.ts')
const sizes = args.length > 0 ? args.map(Number) : [1_000, 10_000]
const seeds = [kommersantSeed, alarabySeed].map((file) => readFileSync(file, 'utf8'))
// Reported by the child itself as it exits, so nothing else is measured.
const reportPeak = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-bench-'))
try {
  console.log(`marsad analyze ${cli}, load average ${loadavg()[0]!.toFixed(1)}`)
  for (const size of sizes) {
    const file = join(dir, `articles-${size}.jsonl`)
    const out = createWriteStream(file)
    for (let i = 0; i < size; i++) {
      const line = `${JSON.stringify({ id: `bench-${i}`, text: seeds[i % seeds.length] })}\n`
      if (!out.write(line)) await new Promise<void>((done) => out.once('drain', () => done()))
    }
    out.end()
    await finished(out)
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', reportPeak, cli, 'analyze', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const code = await new Promise<number | null>((done) => child.on('close', done))
    const seconds = (performance.now() - started) / 1000
    const peak = /maxrss (\d+)/.exec(stderr)
    if (code !== 0 || !peak) throw new Error(`marsad analyze exited with ${code}:\n${stderr}`)
    console.log(
      `${size.toLocaleString('en').padStart(7)} articles: peak RSS ${(Number(peak[1]) / 1024).toFixed(0).padStart(5)} MB, ${seconds.toFixed(1)} s (${Math.round(size / seconds)} articles/s)`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
