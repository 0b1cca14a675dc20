import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const names = (text: string, kind: 'person' | 'media') =>
  extract(text)
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name)

const body =
  'أعلنت وزارة النقل اليوم افتتاح الطريق الجديد بين المدينتين بعد عامين من العمل. وقال الوزير سامر الخطيب إن الطريق يختصر الرحلة إلى النصف.'

describe('a writer named only on a byline', () => {
  it('is no person when the line gives a name and an outlet', () => {
    const text = `افتتاح طريق جديد بين المدينتين\nهشام البدراوي – نبض المدينة\n${body}`
    expect(names(text, 'person')).toEqual(['سامر الخطيب'])
  })

  it('is no person after a writer’s opener either', () => {
    const text = `افتتاح طريق جديد بين المدينتين\nمتابعة – هشام البدراوي:\n${body}`
    expect(names(text, 'person')).toEqual(['سامر الخطيب'])
  })

  it('stays a person when the text names him too', () => {
    const text = `افتتاح طريق جديد بين المدينتين\nهشام البدراوي – نبض المدينة\n${body} وأكد هشام البدراوي أن الطريق آمن.`
    expect(names(text, 'person')).toContain('هشام البدراوي')
  })
})
