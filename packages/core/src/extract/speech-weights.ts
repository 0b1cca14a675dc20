import type { SpeechModel } from './speech-candidates.ts'

/**
 * The learned layer that adds reported speech the rules left, fitted by `eval/train-speech-model.ts` on our gold
 * indirect quotes of the development extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9, real-10, real-11; its threshold chosen
 * leave-one-batch-out inside them (above 1: no candidate is taken), with the layouts it judges. Generated: train
 * again, never edit.
 */
export const SPEECH_WEIGHTS: SpeechModel = {
  bias: 0.003734,
  weights: [
    0.8244, // after complementiser
    -0.1449, // after colon
    -0.6795, // line NAME:
    0, // after attribution
    0, // after comma
    0, // after subject
    0.1246, // participle
    -0.06103, // clause verb
    0.2932, // log distance
    0.4617, // comma between
    -0.06477, // verbs between
    0.2906, // person subject
    -0.4549, // body subject
    -0.004071, // place subject
    -0.2355, // other subject
    -0.03367, // adjacent
    -0.00483, // opens clause
    -0.253, // block start
    -0.03831, // log clause words
    -0.3955, // clause opens with verb
    0.2137, // clause opens with function word
    -0.1336, // first person opener
    0.3211, // speaker before
    -0.2209, // after function word
    0.2082, // spelling also a function word
    0.05086, // transmission verb
    -0.3402, // quote marks between
    -0.6432, // impersonal or passive
    0.07952, // preposition on the verb
    -0.2681, // quote marks in the clause
    0, // verb before complementiser
    1.659, // rules took it
  ],
  threshold: 0.7,
  layouts: [0, 1, 2],
}
