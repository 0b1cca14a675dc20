import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const quotes = (text: string) =>
  extract(text).quotes.map((q) => [q.kind, q.speaker?.entity ?? q.speaker?.name ?? null, q.verb ?? null])

describe('attribution layouts', () => {
  it('gives a headline’s quote to the speaker before its colon, with no verb', () => {
    const text =
      'وزير الخارجية الأردني أيمن الصفدي: "لن نقبل بأي تهجير للفلسطينيين"\nوقال الصفدي في مؤتمر صحفي إن الموقف ثابت.'
    expect(quotes(text)[0]).toEqual(['direct', 'person:ايمن-الصفدي', null])
  })

  it('reads a lead with a remark between the name and the colon, then إن', () => {
    const text =
      'المتحدث باسم الخارجية الصينية ماو نينغ، في المؤتمر الصحفي اليومي: إن بكين تدعم الحوار بين الطرفين.'
    const [quote] = extract(text).quotes
    expect(quote?.speaker?.entity).toBe('person:ماو-نينغ')
    expect(quote?.text).toBe('بكين تدعم الحوار بين الطرفين')
  })

  it('takes a body before a colon as a speaker, and a place before a colon as a dateline', () => {
    expect(quotes('منظمة الصحة العالمية: الوضع في المستشفيات كارثي ويتدهور.')).toEqual([
      ['indirect', 'organization:منظمة-الصحة-العالمية', null],
    ])
    expect(quotes('الرياض: افتتح المعرض الدولي للكتاب أبوابه أمس.')).toEqual([])
  })

  it('takes a name in quote marks after the verb as its subject', () => {
    const text = 'وأوضح «سامي الحداد»، مدير المستشفى، أن الأسرّة لا تكفي المرضى.'
    expect(quotes(text)).toEqual([['indirect', 'person:سامي-الحداد', 'أوضح']])
  })

  it('reads بيّن with its shadda, أبان and صرخ as verbs of speech, and بين (between) as no verb', () => {
    const text =
      'وبيّن وزير الزراعة سامي الحداد أن الموسم جيد. وأبان الوزير أن الأمطار كافية. وصرخ أحد المزارعين: "لقد خسرنا كل شيء هذا العام".'
    expect(quotes(text)).toEqual([
      ['indirect', 'person:سامي-الحداد', 'بيّن'],
      ['indirect', 'person:سامي-الحداد', 'أبان'],
      ['direct', 'أحد المزارعين', 'صرخ'],
    ])
    expect(quotes('وعقد اجتماع بين الطرفين أمس، وإبان الحرب أن الوضع صعب.')).toEqual([])
  })

  it('takes أكد … بأن and a quote before its speaker', () => {
    expect(quotes('وأكد وزير الزراعة سامي الحداد بأن الموسم سيكون جيداً هذا العام.')).toEqual([
      ['indirect', 'person:سامي-الحداد', 'أكد'],
    ])
    expect(quotes('"الوضع لا يحتمل أي تأخير"، قال رئيس البلدية كريم الساعدي للصحفيين.')).toEqual([
      ['direct', 'person:كريم-الساعدي', 'قال'],
    ])
  })
})
