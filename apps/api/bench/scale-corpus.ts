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

/** Further sentences of an event, for articles of real length: its own names again, each report a different mix. */
const MORE_SENTENCES = [
  'وشارك في الاجتماع ممثلون عن {d} ووفد من بلدية {c} إلى جانب مستشاري {a} {b}.',
  'وتضمنت الوثيقة بنودا تتعلق بإعادة فتح الطرق بين {c} و{e} خلال {n} أسبوعا.',
  'وقال متحدث باسم {d} في تصريح صحفي إن الجانبين اتفقا على لجنة مشتركة تتابع التنفيذ في {e}.',
  'وأشار {b} إلى أن سكان {c} ينتظرون نتائج ملموسة قبل نهاية العام، وأن الحكومة ستنشر تقريرا عن ذلك.',
  'وكانت جولات سابقة من المحادثات بين {a} و{d} قد تعثرت بسبب الخلاف على إدارة {e}.',
  'ورحبت هيئات محلية في {c} بالاتفاق، ودعت {d} إلى الالتزام بما تم التوقيع عليه.',
  'ومن المقرر أن يعقد {a} {b} مؤتمرا صحفيا في {c} لعرض تفاصيل الخطة الجديدة.',
  'وأوضح مسؤول في مكتب {b} أن {n} موظفا سيعملون على متابعة الملف في {e} و{c}.',
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
 * With `chars`, paragraphs of the event's own further sentences (its names again) are added until the text is at
 * least that long (real articles run 2,000 to 3,000 characters; the generated ones about 400). Not the corpus's
 * common sentences: reports of unrelated events sharing most of their text would be one story.
 */
export function scaleArticle(index: number, perDay: number, chars = 0): ArticleInput {
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
  const paragraphs = [own.slice(0, 2).join(' '), ...common, own.slice(2).join(' ')]
  let length = paragraphs.join('\n').length
  for (let more = 0; length < chars; more++) {
    const paragraph = [0, 1]
      .map((k) => fill(MORE_SENTENCES[(index * 3 + more * 2 + k) % MORE_SENTENCES.length]!))
      .join(' ')
    paragraphs.push(paragraph)
    length += paragraph.length + 1
  }
  return {
    ...benchArticle(index),
    title: fill('اتفاق بين {a} و{d} في {c}'),
    publishedAt: new Date(time).toISOString(),
    text: paragraphs.join('\n'),
  }
}
