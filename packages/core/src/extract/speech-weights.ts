import type { SpeechModel } from './speech-candidates.ts'

/**
 * The learned layer that adds reported speech the rules left, fitted by `eval/train-speech-model.ts` on our gold
 * indirect quotes of the development extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9, real-10, real-11, real-12, real-13, real-14, real-15, real-16, real-17, real-18, real-19; its threshold chosen
 * leave-one-batch-out inside them (above 1: no candidate is taken), with the layouts it judges. Generated: train
 * again, never edit.
 */
export const SPEECH_WEIGHTS: SpeechModel = {
  bias: -0.1276,
  weights: [
    1.362, // after complementiser
    -0.228, // after colon
    -1.134, // line NAME:
    0, // after attribution
    0, // after comma
    0, // after subject
    0.2922, // participle
    -1.777, // clause verb
    -0.4853, // log distance
    0.7735, // comma between
    0.0935, // verbs between
    0.5918, // person subject
    -0.2533, // body subject
    0.2353, // place subject
    0.2699, // other subject
    -0.3739, // adjacent
    -0.08945, // opens clause
    0.01121, // block start
    0.1143, // log clause words
    -0.9649, // clause opens with verb
    -0.1336, // clause opens with function word
    0.2015, // first person opener
    0.2955, // speaker before
    -0.5609, // after function word
    0.9068, // spelling also a function word
    0.6165, // transmission verb
    -0.7938, // quote marks between
    -2.676, // impersonal or passive
    -1.187, // preposition on the verb
    -0.2788, // quote marks in the clause
    0, // verb before complementiser
    2.058, // rules took it
  ],
  threshold: 0.45,
  layouts: [0, 1, 2],
}
