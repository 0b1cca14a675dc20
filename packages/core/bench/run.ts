import { cpus, loadavg } from 'node:os'
import { benchExtraction } from './extract.bench.ts'
import { printTable } from './measure.ts'
import { seedTexts } from './seed-texts.ts'
import { benchScaling, benchTextEngine } from './text-engine.bench.ts'

const seeds = seedTexts()

// Figures depend on what else the machine runs: the load is printed so that a reader can weigh them.
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
console.log(
  `@marsad/core benchmarks, Node ${process.version}, one core of ${cpus().length}; load average ${load()}`,
)
printTable('Text engine (seed-sized articles)', benchTextEngine(seeds))
printTable('Extraction', benchExtraction(seeds))
printTable('Linear time (flat ns/char means linear)', benchScaling(seeds))
console.log(`\nload average at the end: ${load()}`)
