import { describe, expect, it } from 'vitest'
import { CLUTTER_FEATURES } from '../src/structure/clutter-features.ts'
import { clutterProbability } from '../src/structure/clutter-model.ts'
import { type ClutterExample, TRAINING, trainAcrossCorpora, trainClutterModel } from './clutter-training.ts'

// Two made-up kinds of line: short ones with a date (clutter) and ones that end a sentence (article).
function examples(): ClutterExample[] {
  const width = CLUTTER_FEATURES.length
  const line = (short: boolean, k: number): ClutterExample => {
    const features = new Array<number>(width).fill(0)
    features[0] = 1
    features[1] = short ? 0 : 1
    features[2] = short ? 0.3 + (k % 3) * 0.1 : (k % 4) * 0.02
    features[3] = short ? 1 : 0
    return { features, clutter: short, candidate: true, where: `page:${k}` }
  }
  return Array.from({ length: 40 }, (_, k) => line(k % 2 === 0, k))
}

describe('training the clutter model', () => {
  const options = { ...TRAINING, l2: 0.01 }

  it('gives the same weights for the same examples, to one decimal', () => {
    const model = trainClutterModel(examples(), options)
    expect(model).toEqual(trainClutterModel(examples(), options))
    expect(model.clutter.every((w) => Math.round(w * 10) === w * 10)).toBe(true)
  })

  it('learns what tells the lines apart', () => {
    const model = trainClutterModel(examples(), options)
    const [short, long] = [examples()[0]!, examples()[1]!]
    expect(clutterProbability(model, short.features)).toBeGreaterThan(0.9)
    expect(clutterProbability(model, long.features)).toBeLessThan(0.1)
  })

  it('sets its threshold above every article line it was trained on', () => {
    const model = trainClutterModel(examples(), options)
    for (const example of examples().filter((e) => !e.clutter))
      expect(clutterProbability(model, example.features)).toBeLessThan(model.threshold)
  })

  it('names the article line that set its threshold: the likeliest clutter of those it may act on', () => {
    // Without a floor, so that an article line, not the floor, sets the threshold.
    const model = trainClutterModel(examples(), { ...options, floor: 0 })
    const articles = examples().filter((e) => !e.clutter)
    const highest = Math.max(...articles.map((e) => clutterProbability(model, e.features)))
    const setter = articles.find((e) => e.where === model.setBy)!
    expect(clutterProbability(model, setter.features)).toBe(highest)
  })

  it('counts a row of weight 2 as two rows', () => {
    const rows = examples()
    const twice = trainClutterModel([...rows, ...rows.filter((e) => e.candidate)], {
      ...options,
      candidateWeight: 1,
    })
    expect(trainClutterModel(rows, { ...options, candidateWeight: 2 }).clutter).toEqual(twice.clutter)
  })

  it('sets the threshold of a model of several corpora above what a model of the others sees in each', () => {
    const all = examples()
    const corpora = [all.slice(0, 20), all.slice(20)]
    const model = trainAcrossCorpora(corpora, options)
    expect(model.clutter).toEqual(trainClutterModel(all, options).clutter)
    for (const [k, held] of corpora.entries()) {
      const inner = trainClutterModel(corpora[1 - k]!, options)
      for (const example of held.filter((e) => !e.clutter))
        expect(clutterProbability(inner, example.features)).toBeLessThan(model.threshold)
    }
  })
})
