// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: trained weights, not constants typed by hand
// Written by `pnpm --filter @marsad/core train:clutter` from our line labels of clutter-1, clutter-2, clutter-3, clutter-4, clutter-5, clutter-6, clutter-7, clutter-8, clutter-9, clutter-10, clutter-11, clutter-12: numbers, no page text.
import type { ClutterModel } from './clutter-model.ts'

/** The features the weights were trained on, in order (`checkClutterModel` compares them with the code's). */
export const clutterFeatureNames =
  'bias numberShare dateOrTime linkLike aboveBody belowBody previousClutter nextClutter nextBody shortRun noLetters nameLike markerWordShare afterTitle gluedWord'

export const clutterWeights: ClutterModel = {
  clutter: [-4, 3.6, 1.2, 0.1, 1.6, 1.6, 1.2, 1.2, 0.4, 2.3, 2.7, 2.3, 5, 1.1, 0.8],
  threshold: 0.7226,
}
