// Loaded with `node --import` into the build the benchmark times: at exit, writes the process's CPU time (user
// and system, every thread) to `MARSAD_BENCH_CPU_FILE`. On a shared machine the wall time depends on the load;
// the CPU time much less.
import { writeFileSync } from 'node:fs'

const file = process.env.MARSAD_BENCH_CPU_FILE
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage()
    writeFileSync(file, JSON.stringify({ userMs: user / 1000, systemMs: system / 1000 }))
  })
}
