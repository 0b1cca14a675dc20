import { describe, expect, it } from 'vitest'
import { weightsModuleSource } from './weights-module.ts'

describe('weightsModuleSource', () => {
  it('writes the bias and each weight rounded, named by its feature, then the other fields', () => {
    const source = weightsModuleSource({
      type: 'ToyModel',
      from: './toy.ts',
      name: 'TOY_WEIGHTS',
      doc: ['A toy model.', 'Generated.'],
      bias: 0.123456789,
      features: ['first', 'second'],
      weights: [1.23456789, -2],
      digits: 3,
      rest: ['threshold: 0.5', 'layouts: [0, 2]'],
    })
    expect(source).toBe(`import type { ToyModel } from './toy.ts'

/**
 * A toy model.
 * Generated.
 */
export const TOY_WEIGHTS: ToyModel = {
  bias: 0.123,
  weights: [
    1.23, // first
    -2, // second
  ],
  threshold: 0.5,
  layouts: [0, 2],
}
`)
  })
})
