// The source of a generated weights file of one logistic model (`src/**/\*-weights.ts`): the training scripts of the
// story link, the value-pair decision and the reported-speech layer write theirs through it, in one layout.
import { readFileSync, writeFileSync } from 'node:fs'

export interface WeightsModule {
  /** The model's type and the module it is imported from, relative to the weights file. */
  type: string
  from: string
  /** The exported constant. */
  name: string
  /** The doc comment's lines, without the ` * ` before each. */
  doc: readonly string[]
  bias: number
  /** One per weight, in order: written after each weight as a comment. */
  features: readonly string[]
  weights: readonly number[]
  /** Significant digits kept of each weight and the bias. */
  digits: number
  /** The fields after `weights`, each as `key: value` source. */
  rest: readonly string[]
}

export function weightsModuleSource(module: WeightsModule): string {
  const round = (value: number) => Number(value.toPrecision(module.digits))
  const weights = module.features.map((name, i) => `    ${round(module.weights[i]!)}, // ${name}`)
  return `import type { ${module.type} } from '${module.from}'

/**
${module.doc.map((line) => ` * ${line}`).join('\n')}
 */
export const ${module.name}: ${module.type} = {
  bias: ${round(module.bias)},
  weights: [
${weights.join('\n')}
  ],
${module.rest.map((field) => `  ${field},`).join('\n')}
}
`
}

/** Writes the module to `path` (a file URL relative to the caller) and prints it. */
export function writeWeightsModule(path: URL, module: WeightsModule): void {
  const source = weightsModuleSource(module)
  writeFileSync(path, source)
  console.log(source)
}

/**
 * The batches of one kind (`clutter`, `differences`) a shipped weights file names, which its comment gives as the
 * data it was fitted on: every other batch of that kind is one the shipped weights never saw.
 */
export function batchesNamedIn(path: string | URL, kind: string): Set<string> {
  return new Set(readFileSync(path, 'utf8').match(new RegExp(`${kind}-\\d+`, 'g')) ?? [])
}
