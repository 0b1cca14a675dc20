import { describe, expect, it } from 'vitest'
import { readStructure } from '../structure/parse-article.ts'
import { extractWith } from './index.ts'
import { relativePronounSet } from './lexicon.ts'
import {
  SPEECH_FEATURE_COUNT,
  SPEECH_FEATURES,
  type SpeechModel,
  speechProbability,
  takes,
} from './speech-candidates.ts'
import { SPEECH_WEIGHTS } from './speech-weights.ts'
import { WordFlag } from './word-flags.ts'
import { readWords } from './words.ts'

const input = (text: string) => ({ text, ...readStructure(text) })

/** Every candidate of a text (none taken), as `layout: first words of what was said`. */
function candidates(text: string): string[] {
  const { candidates } = extractWith(input(text), {}, false, () => false)
  return candidates.map(({ features, start }) => {
    const layout = SPEECH_FEATURES.slice(0, 6).find((_, i) => features[i] === 1)
    return `${layout}: ${text.slice(start).split(/\s+/).slice(0, 2).join(' ')}`
  })
}

const indirect = (text: string, speech?: null) =>
  extractWith(input(text), {}, false, speech)
    .extraction.quotes.filter((quote) => quote.kind === 'indirect')
    .map((quote) => [quote.text, quote.speaker?.name ?? null])

// Our own sentences, one for each layout the annotation guideline counts.
const QUAKE =
  'وقع زلزال بقوة أربع درجات في الإقليم فجر اليوم. وأضاف المصدر ذاته أن الهزة سجلت على عمق ثلاثة كيلومترات.'
const ECONOMIST = 'بين الخبير الاقتصادي ماجد الراشد أن الأسعار سترتفع خلال الصيف المقبل.'
const MATCH =
  'فاز المنتخب على ضيفه بهدفين.\nوقال المدافع سعيد الكعبي عن المباراة:\nكانت صعبة لكننا لعبنا بروح عالية حتى النهاية.'

describe('candidates of reported speech the rules left', () => {
  it('finds a clause after a complementiser, a colon, a line NAME:, an attribution, a comma and a subject', () => {
    expect(candidates(QUAKE)).toEqual(['after complementiser: الهزة سجلت'])
    expect(candidates(MATCH)).toEqual(['after colon: كانت صعبة'])
    expect(candidates('الأرصاد الجوية: أمطار غزيرة على المرتفعات الجبلية هذا المساء')).toEqual([
      'line NAME:: أمطار غزيرة',
    ])
    expect(candidates('ووفق مصادر في الوزارة، تم تأجيل الامتحانات إلى الأسبوع المقبل.')).toEqual([
      'after attribution: تم تأجيل',
    ])
    expect(candidates('وقال المحافظ في كلمته نرحب بكم جميعا في هذا اليوم.')).toEqual([
      'after subject: في كلمته',
    ])
  })

  it('leaves no candidate where the rules already took the clause', () => {
    expect(candidates('وقال وزير المالية سامي الحداد إن العجز سينخفض هذا العام.')).toEqual([])
  })

  it('leaves the أن of a relative clause, of a conjunction or of a condition, and بين (between), to no speech', () => {
    const clauses = (text: string) => candidates(text).filter((c) => c.startsWith('after complementiser'))
    expect(clauses('وأكد الوزير خالد العمري دعم بلاده للقرار الذي يعني أن الحرب انتهت.')).toEqual([])
    expect(clauses('وأكد الوزير خالد العمري ضرورة العمل المشترك من أجل أن يتحقق السلام.')).toEqual([])
    expect(clauses('ودعت الوزارة المواطنين إلى إحضار بطاقة التطعيم (إن وجدت) لضمان تسجيل الجرعات.')).toEqual(
      [],
    )
    expect(candidates('وعقد اجتماع بين الطرفين أمس، وإبان الحرب أن الوضع صعب.')).toEqual([])
    expect(clauses('وتساءل كثيرون عن سبب الأمطار في هذا الوقت، وبما أن الصيف معروف بالحر.')).toEqual([])
  })

  it('reads every relative pronoun as a function word, the flag that spares other words the look-up', () => {
    const text = [...relativePronounSet].join(' ')
    const words = readWords(text, [], [{ text, start: 0, end: text.length, block: 0 }])
    expect(words).toHaveLength(relativePronounSet.size)
    expect(words.filter((word) => !(word.flags & WordFlag.FunctionWord)).map((word) => word.norm)).toEqual([])
  })

  it('reads the features the weights expect, by name', () => {
    const [quake] = extractWith(input(QUAKE), {}, false, () => false).candidates
    const named = Object.fromEntries(SPEECH_FEATURES.map((name, i) => [name, quake!.features[i]]))
    expect(named).toMatchObject({
      'after complementiser': 1,
      'after colon': 0,
      'other subject': 1,
      'opens clause': 1,
      'rules took it': 0,
      'impersonal or passive': 0,
    })
    const [economist] = extractWith(input(ECONOMIST), {}, false, () => false).candidates
    expect(economist!.features[SPEECH_FEATURES.indexOf('spelling also a function word')]).toBe(1)
    expect(economist!.features[SPEECH_FEATURES.indexOf('person subject')]).toBe(1)
  })
})

describe('the learned layer as shipped', () => {
  it('adds the clause of a verb whose subject the rules do not take, with the speaker the text names', () => {
    expect(indirect(ECONOMIST, null)).toEqual([])
    expect(indirect(ECONOMIST)).toEqual([['الأسعار سترتفع خلال الصيف المقبل', 'ماجد الراشد']])
    expect(indirect(QUAKE, null)).toEqual([])
    expect(indirect(QUAKE).map(([text]) => text)).toEqual(['الهزة سجلت على عمق ثلاثة كيلومترات'])
  })

  it('adds the words after a verb of saying and a colon at the end of its line', () => {
    const text =
      'فاز المنتخب على ضيفه بهدفين.\nوأضاف المدافع سعيد الكعبي:\nكانت صعبة لكننا لعبنا بروح عالية حتى النهاية.'
    expect(indirect(text)).toEqual([['كانت صعبة لكننا لعبنا بروح عالية حتى النهاية', 'سعيد الكعبي']])
  })

  it('takes only candidates of its layouts at or over its threshold, and checks its weights', () => {
    const features = new Float64Array(SPEECH_FEATURE_COUNT)
    features[SPEECH_FEATURES.indexOf('after comma')] = 1
    const model: SpeechModel = {
      bias: 5,
      weights: Array(SPEECH_FEATURE_COUNT).fill(0),
      threshold: 0.5,
      layouts: [0],
    }
    expect(speechProbability(model, features)).toBeGreaterThan(0.99)
    expect(takes(model, features)).toBe(false)
    expect(takes({ ...model, layouts: [4] }, features)).toBe(true)
    expect(takes({ ...model, layouts: [4], threshold: 2 }, features)).toBe(false)
    expect(() => speechProbability({ ...model, weights: [1] }, features)).toThrow(/weights/)
    expect(SPEECH_WEIGHTS.weights).toHaveLength(SPEECH_FEATURE_COUNT)
    expect(SPEECH_FEATURES).toHaveLength(SPEECH_FEATURE_COUNT)
  })
})
