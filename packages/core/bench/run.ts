import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { printTable } from './measure.ts'
import { benchScaling, benchTextEngine } from './text-engine.bench.ts'

const seedsDir = join(import.meta.dirname, '../../../seeds')
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedsDir, name), 'utf8'))

console.log(`@marsad/core benchmarks, Node ${process.version}, one core`)
printTable('Text engine', benchTextEngine(seeds))
printTable('Linear time (flat ns/char means linear)', benchScaling(seeds))
