import type { SpeechModel } from './speech-candidates.ts'

/**
 * The learned layer that adds reported speech the rules left, fitted by `eval/train-speech-model.ts` on our gold
 * indirect quotes of the development extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9, real-10, real-11, real-12; its threshold chosen
 * leave-one-batch-out inside them (above 1: no candidate is taken), with the layouts it judges. Generated: train
 * again, never edit.
 */
export const SPEECH_WEIGHTS: SpeechModel = {
  bias: 0.1524,
  weights: [
    1.501, // after complementiser
    -0.666, // after colon
    -0.835, // line NAME:
    0, // after attribution
    0, // after comma
    0, // after subject
    -0.2353, // participle
    -0.5169, // clause verb
    -0.009536, // log distance
    1.072, // comma between
    -0.2703, // verbs between
    -0.07805, // person subject
    -1.459, // body subject
    0.2661, // place subject
    -0.4523, // other subject
    -0.3042, // adjacent
    -0.5711, // opens clause
    0.0999, // block start
    -0.09747, // log clause words
    -1.14, // clause opens with verb
    0.3085, // clause opens with function word
    -0.6827, // first person opener
    0.4202, // speaker before
    -0.8937, // after function word
    0.9854, // spelling also a function word
    0.4565, // transmission verb
    -0.6741, // quote marks between
    -2.015, // impersonal or passive
    0.5852, // preposition on the verb
    -0.442, // quote marks in the clause
    0, // verb before complementiser
    2.608, // rules took it
  ],
  threshold: 0.45,
  layouts: [0, 1, 2],
}
