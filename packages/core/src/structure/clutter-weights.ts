// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: trained weights, not constants typed by hand
// Written by `pnpm --filter @marsad/core train:clutter` from our line labels of clutter-1, clutter-2, clutter-3, clutter-4, clutter-5, clutter-6, clutter-7: numbers, no page text.
import type { ClutterModel } from './clutter-model.ts'

/** The features the weights were trained on, in order (`checkClutterModel` compares them with the code's). */
export const clutterFeatureNames =
  'bias numberShare dateOrTime linkLike aboveBody belowBody previousClutter nextClutter nextBody shortRun noLetters nameLike markerWordShare afterTitle gluedWord'

export const clutterWeights: ClutterModel = {
  clutter: [-4.1, 2.5, 1.2, 0.4, 1.5, 1.8, 1.4, 1.2, 0.5, 2.9, 2.4, 2, 3.5, 1.4, 1.1],
  threshold: 0.8003,
}
