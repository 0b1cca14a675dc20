import type { ArticleInput } from '@marsad/core'
import { benchArticle } from './corpus.ts'

const START = Date.UTC(2024, 0, 1)
/** Articles per event: outlets report each event about four times, one after another. */
const PER_EVENT = 4
const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'
const EVENT_SENTENCES = [
  'أعلن {a} {b} في مدينة {c} عن اتفاق جديد يشمل {n} بلدة.',
  'وقال {a} إن المحادثات مع وفد {d} استمرت حتى ساعة متأخرة في {c}.',
  'وأكد مكتب {b} أن الاتفاق يدخل حيز التنفيذ خلال {n} يوما.',
  'وانتقد {d} شروط الاتفاق ووصفها بأنها غير كافية لسكان {c}.',
  'ومن المنتظر أن يزور {a} {b} منطقة {e} الأسبوع المقبل.',
  'وذكرت مصادر في {c} أن {d} طلب ضمانات إضافية بشأن {e}.',
]

/** A name made up for event `event`: a word no other event uses, so that events stay apart as real ones do. */
function inventedWord(event: number, slot: number): string {
  let value = (event * 5 + slot) * 2654435761
  let word = ''
  for (let i = 0; i < 5; i++) {
    word += LETTERS[(value >>> 0) % LETTERS.length]
    value = Math.imul(value ^ (value >>> 13), 1597334677)
  }
  return word
}

/**
 * The scale bench's article `index` as a stream brings it: `perDay` articles a day in time order, each one of an
 * event's few reports (its own names and places in four sentences, two of the bench corpus's common sentences).
 */
export function scaleArticle(index: number, perDay: number): ArticleInput {
  const event = Math.floor(index / PER_EVENT)
  const time = START + Math.floor((index * 86_400_000) / perDay)
  const fill = (template: string) =>
    template
      .replaceAll('{a}', inventedWord(event, 0))
      .replaceAll('{b}', inventedWord(event, 1))
      .replaceAll('{c}', inventedWord(event, 2))
      .replaceAll('{d}', inventedWord(event, 3))
      .replaceAll('{e}', inventedWord(event, 4))
      .replaceAll('{n}', String(3 + (event % 90)))
  const own = EVENT_SENTENCES.filter((_, i) => (i + index) % 3 !== 0).map(fill)
  const common = benchArticle(index).text.split('\n').slice(0, 1)
  return {
    ...benchArticle(index),
    title: fill('اتفاق بين {a} و{d} في {c}'),
    publishedAt: new Date(time).toISOString(),
    text: [own.slice(0, 2).join(' '), ...common, own.slice(2).join(' ')].join('\n'),
  }
}
