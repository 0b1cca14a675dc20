import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

/** The direct quotes of a text, each as its words and its speaker's name. */
function directs(text: string): [string, string | null][] {
  return extract(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker?.name ?? null])
}

describe('a short quoted fragment its clause gives to a speaker', () => {
  it('reads the words after the object of a verb of deeming as what its pronoun subject called it', () => {
    const text =
      'وانتقد الوزير سامي الخوري صمت الحكومة، وقد اعتبر الحملة الأمريكية "حربا تجارية جديدة" على البلاد.'
    expect(directs(text)).toEqual([['حربا تجارية جديدة', 'سامي الخوري']])
    // A named subject between the verb and its object is still the speaker.
    expect(directs('واعتبر الوزير سامي الخوري الاتفاق "خطوة متأخرة جداً".')).toEqual([
      ['خطوة متأخرة جداً', 'سامي الخوري'],
    ])
  })

  it('reads the words after a verb of naming with its pronoun as its subject’s, not as a name', () => {
    const text = 'وأكد الوزير سامي الخوري أن حكومته لا تهتم لما سماه بـ"خطاب التشكيك والتيئيس" في الأزمة.'
    expect(directs(text)).toEqual([['خطاب التشكيك والتيئيس', 'سامي الخوري']])
  })

  it('gives a participle of saying the quote later in its clause, past its object', () => {
    const text = 'وشكر الوزير سامي الخوري المنظمين، منوها بحضور السفير الحفل "رغم انشغالاته الكثيرة".'
    expect(directs(text)).toEqual([['رغم انشغالاته الكثيرة', 'سامي الخوري']])
  })

  it('leaves names and terms in quote marks as they were', () => {
    expect(directs('وقال المدير إن ما يسمى "صفقة القرن" انتهت.')).toEqual([])
    expect(directs('وأطلقت الوزارة حملة "معاً ضد الإدمان" أمس في العاصمة.')).toEqual([])
    // لافتات reads as a plural participle of لفت: a plural noun, which gives no speaker the words written on it.
    const banners =
      'ووقع على العقد الوزير سامي الخوري. وتزينت الشوارع بصور العروسين ولافتات كتب عليها "نفرح بالعروسين" بينما اصطف الآلاف على الطريق.'
    expect(directs(banners)).toEqual([])
  })
})
