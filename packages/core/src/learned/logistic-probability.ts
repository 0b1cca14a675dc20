/**
 * The probability a logistic regression (every learned part of the core: the story link, the entity check, the
 * reported-speech layer, the value-pair decision, the clutter line model) with these weights gives to `features` (one weight per feature; `what`
 * names the model in the error when weights and features disagree, as after a feature was added without training).
 */
export function logisticProbability(
  model: { bias: number; weights: readonly number[] },
  features: ArrayLike<number>,
  count: number,
  what: string,
): number {
  if (model.weights.length !== count)
    throw new Error(`${what} model has ${model.weights.length} weights, expected ${count}`)
  let z = model.bias
  for (let i = 0; i < count; i++) z += model.weights[i]! * features[i]!
  return 1 / (1 + Math.exp(-z))
}
