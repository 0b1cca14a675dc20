import type { SpeechModel } from './speech-candidates.ts'

/**
 * The learned layer that adds reported speech the rules left, fitted by `eval/train-speech-model.ts` on our gold
 * indirect quotes of the development extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9; its threshold chosen
 * leave-one-batch-out inside them (above 1: no candidate is taken), with the layouts it judges. Generated: train
 * again, never edit.
 */
export const SPEECH_WEIGHTS: SpeechModel = {
  bias: -0.3145,
  weights: [
    0.8092, // after complementiser
    -0.04025, // after colon
    -0.769, // line NAME:
    0, // after attribution
    0, // after comma
    0, // after subject
    0.1472, // participle
    -0.08793, // clause verb
    0.365, // log distance
    0.3008, // comma between
    -0.05894, // verbs between
    0.2819, // person subject
    -0.3266, // body subject
    -0.2377, // place subject
    -0.2826, // other subject
    -0.1577, // adjacent
    -0.05673, // opens clause
    -0.2856, // block start
    0.06287, // log clause words
    -0.3979, // clause opens with verb
    0.1054, // clause opens with function word
    -0.1205, // first person opener
    0.1733, // speaker before
    -0.172, // after function word
    0.1351, // spelling also a function word
    0.05064, // transmission verb
    -0.2327, // quote marks between
    -0.5942, // impersonal or passive
    0.1233, // preposition on the verb
    -0.1476, // quote marks in the clause
    0, // verb before complementiser
    1.773, // rules took it
  ],
  threshold: 0.65,
  layouts: [0, 1, 2],
}
