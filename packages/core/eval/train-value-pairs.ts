// `pnpm --filter @marsad/core train:value-pairs`: fits the learned decision that adds number differences to the
// rules' (`src/compare/value-pairs.ts`, mode `add` of `eval:differences-loo`) on the annotated disagreements of the
// development differences sets and writes `src/compare/value-pair-weights.ts`.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { VALUE_PAIR_FEATURES } from '../src/compare/value-pairs.ts'
import { DEVELOPMENT, loadEventPairs, trainDecision } from './difference-pairs.ts'

const events = loadEventPairs()
if (events.length === 0) {
  console.log('value pair training skipped: the development story texts are not in the cache')
  process.exit(0)
}
const model = trainDecision(events, 'add')
const round = (value: number) => Number(value.toPrecision(6))
const lines = VALUE_PAIR_FEATURES.map((name, i) => `    ${round(model.weights[i]!)}, // ${name}`)
const source = `import type { ValuePairModel } from './value-pairs.ts'

/**
 * The learned decision over value pairs the rules do not show, fitted by \`eval/train-value-pairs.ts\` on our
 * annotated number disagreements of the development differences sets ${DEVELOPMENT.join(', ')}. The threshold finds
 * the most of them while the pairs it adds keep a precision of 0.9 there. Generated: train again, never edit.
 */
export const VALUE_PAIR_WEIGHTS: ValuePairModel = {
  bias: ${round(model.bias)},
  weights: [
${lines.join('\n')}
  ],
  threshold: ${model.threshold},
}
`
writeFileSync(fileURLToPath(new URL('../src/compare/value-pair-weights.ts', import.meta.url)), source)
console.log(source)
