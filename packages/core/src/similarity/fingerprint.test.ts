import { describe, expect, it } from 'vitest'
import { tokenize } from '../normalize/tokenize.ts'
import { containment, fingerprint, hashString, isNearDuplicate, resemblance } from './fingerprint.ts'

const print = (text: string) => fingerprint(tokenize(text).map((token) => hashString(token.text)))

const wire =
  'تلقى الرئيس المصري اليوم الثلاثاء اتصالا هاتفيا من نظيره الفرنسي تناول مستجدات الأوضاع في قطاع غزة وذكر المتحدث الرسمي باسم الرئاسة أن الاتصال شهد تأكيد أهمية التوصل إلى وقف فوري ومستدام لإطلاق النار وتكثيف إدخال المساعدات الإنسانية إلى أهالي القطاع وأضاف أن الرئيس جدد التحذير من تداعيات أي هجوم عسكري على مدينة رفح'
const rewrite =
  'بحث الرئيسان المصري والفرنسي في مكالمة هاتفية مساء الثلاثاء سبل التوصل إلى هدنة عاجلة في غزة في وقت تتواصل فيه المفاوضات غير المباشرة في القاهرة وحذر الرئيس بحسب بيان للرئاسة من أن اقتحام رفح سيؤدي إلى كارثة إنسانية'

describe('near-duplicate fingerprints', () => {
  it('finds a wire copy with a new opening and its last sentence dropped', () => {
    const copy = `القاهرة - ${wire.slice(0, wire.lastIndexOf('وأضاف'))}`
    expect(isNearDuplicate(print(wire), print(copy))).toBe(true)
    expect(containment(print(wire), print(copy))).toBeGreaterThan(0.8)
  })

  it('tells a rewrite by another outlet from a copy', () => {
    expect(resemblance(print(wire), print(rewrite))).toBeLessThan(0.2)
    expect(isNearDuplicate(print(wire), print(rewrite))).toBe(false)
  })

  it('rates identical texts 1 and texts too short to shingle 0', () => {
    expect(resemblance(print(wire), print(wire))).toBe(1)
    expect(resemblance(print('قال'), print('قال'))).toBe(0)
    expect(isNearDuplicate(print(''), print(''))).toBe(false)
  })
})
