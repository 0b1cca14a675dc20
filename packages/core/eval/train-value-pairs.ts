// `pnpm --filter @marsad/core train:value-pairs`: fits the learned decision that adds number differences to the
// rules' (`src/compare/value-pairs.ts`, mode `add` of `eval:differences-loo`) on the annotated disagreements of the
// development differences sets and writes `src/compare/value-pair-weights.ts`.
import { VALUE_PAIR_FEATURES } from '../src/compare/value-pairs.ts'
import { DEVELOPMENT, loadEventPairs, trainDecision } from './difference-pairs.ts'
import { writeWeightsModule } from './weights-module.ts'

const events = loadEventPairs()
if (events.length === 0) {
  console.log('value pair training skipped: the development story texts are not in the cache')
  process.exit(0)
}
const model = trainDecision(events, 'add')
writeWeightsModule(new URL('../src/compare/value-pair-weights.ts', import.meta.url), {
  type: 'ValuePairModel',
  from: './value-pairs.ts',
  name: 'VALUE_PAIR_WEIGHTS',
  doc: [
    'The learned decision over value pairs the rules do not show, fitted by `eval/train-value-pairs.ts` on our',
    `annotated number disagreements of the development differences sets ${DEVELOPMENT.join(', ')}. The threshold finds`,
    'the most of them while the pairs it adds keep a precision of 0.9 there. Generated: train again, never edit.',
  ],
  bias: model.bias,
  features: VALUE_PAIR_FEATURES,
  weights: model.weights,
  digits: 6,
  rest: [`threshold: ${model.threshold}`],
})
