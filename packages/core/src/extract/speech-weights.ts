import type { SpeechModel } from './speech-candidates.ts'

/**
 * The learned layer that adds reported speech the rules left, fitted by `eval/train-speech-model.ts` on our gold
 * indirect quotes of the development extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9, real-10, real-11; its threshold chosen
 * leave-one-batch-out inside them (above 1: no candidate is taken), with the layouts it judges. Generated: train
 * again, never edit.
 */
export const SPEECH_WEIGHTS: SpeechModel = {
  bias: -0.03407,
  weights: [
    1.171, // after complementiser
    -0.2397, // after colon
    -0.9315, // line NAME:
    0, // after attribution
    0, // after comma
    0, // after subject
    -0.2816, // participle
    -0.1179, // clause verb
    0.2076, // log distance
    0.9744, // comma between
    -0.3043, // verbs between
    -0.03484, // person subject
    -1.6, // body subject
    0.3148, // place subject
    -0.5294, // other subject
    -0.08561, // adjacent
    -0.3034, // opens clause
    -0.001229, // block start
    -0.1036, // log clause words
    -1.236, // clause opens with verb
    0.394, // clause opens with function word
    -0.8063, // first person opener
    0.3633, // speaker before
    -0.9723, // after function word
    0.9988, // spelling also a function word
    0.4242, // transmission verb
    -0.6131, // quote marks between
    -1.98, // impersonal or passive
    0.5037, // preposition on the verb
    -0.502, // quote marks in the clause
    0, // verb before complementiser
    2.64, // rules took it
  ],
  threshold: 0.55,
  layouts: [0, 1, 2],
}
