import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

/** Each entity of a kind as `name [aliases]`, so a test shows which forms were joined. */
function bodies(text: string, kind: 'organization' | 'media' = 'organization'): string[] {
  return extract(text)
    .entities.filter((e) => e.kind === kind)
    .map((e) => [e.name, ...e.aliases].join(' | '))
}

describe('a body named in full and then by a shorter form', () => {
  it('joins the head with its complement after ل as a genitive', () => {
    const found = bodies(
      'قالت الهيئة الوطنية للكهرباء إن الانقطاع سينتهي. وأضافت هيئة الكهرباء أن الفرق تعمل.',
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('هيئة الكهرباء')
  })

  it('joins the complement alone when it names no body of its own', () => {
    const found = bodies(
      'أعلنت المديرية العامة للدفاع المدني حالة التأهب. وتمكنت فرق الدفاع المدني من إخماد الحريق.',
    )
    expect(found).toHaveLength(1)
  })

  it('keeps two bodies where the complement opens with a body head', () => {
    const found = bodies('قالت الأمانة العامة للمجلس الأعلى إن المجلس الأعلى سيجتمع.')
    expect(found).toEqual(['الأمانة العامة للمجلس الأعلى', 'المجلس الأعلى'])
  })

  it('leaves a shorter form that fits two fuller names alone', () => {
    const found = bodies(
      'دعا الاتحاد العام التونسي للشغل إلى الإضراب، وساندته الاتحاد الجهوي للشغل. وقال اتحاد الشغل إن المطالب مشروعة.',
    )
    expect(found).toHaveLength(3)
  })

  it('reads a construct unit by its definite head as the same council', () => {
    const found = bodies('صوّت مجلس محافظة نينوى على الموازنة. وقال مجلس المحافظة إن التصويت كان بالإجماع.')
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('مجلس المحافظة')
  })

  it('joins a name without some of its adjectives, or with them in another order', () => {
    expect(
      bodies('قال الجيش الوطني السوداني إنه صد الهجوم. وأكد الجيش السوداني سيطرته على المدينة.'),
    ).toHaveLength(1)
    expect(
      bodies('أعلن الجيش الوطني الشعبي مقتل مسلحين. وقال الجيش الشعبي الوطني إن العملية مستمرة.'),
    ).toHaveLength(1)
  })

  it('keeps a court of a part of a city apart from the city court', () => {
    const found = bodies('أحالت محكمة جنايات القاهرة القضية إلى محكمة جنايات جنوب القاهرة للاختصاص.')
    expect(found).toHaveLength(2)
  })

  it('joins a generic noun before a body the text names bare', () => {
    const found = bodies(
      'سيطرت قوات سوريا الديمقراطية على القرية. وقال تنظيم قوات سوريا الديمقراطية إنه انسحب.',
    )
    expect(found).toHaveLength(1)
  })

  it('joins a club by the first word of its name with the article', () => {
    const found = bodies('فاز نادي وفاق سطيف بالكأس. وقال رئيس الوفاق إن الفريق يستحق اللقب.')
    expect(found).toHaveLength(1)
  })

  it('joins a club named with its head to its bare name', () => {
    const found = bodies(
      'خسر الفريق أمام النصر السعودي بهدف في المباراة الأولى من الدوري. وأعلن نادي النصر السعودي تعاقده مع المدرب، وقال المدرب إن الجولة صعبة.',
    )
    expect(found).toEqual([expect.stringContaining('نادي النصر السعودي')])
  })

  it('joins the short name in brackets after the full one with the same short name elsewhere', () => {
    const found = bodies(
      'حزب "تواصل" يعقد مؤتمره. وافتتح حزب التجمع الوطني للإصلاح والتنمية (تواصل) أشغال المؤتمر أمس.',
    )
    expect(found).toHaveLength(1)
  })
})

describe('an outlet named with and without its head or ending', () => {
  it('joins the name with its ending to the bare name', () => {
    const found = bodies(
      'وقالت البوصلة الإخبارية إن الطريق أغلق. ونقلت البوصلة عن شهود أن السير توقف.',
      'media',
    )
    expect(found).toHaveLength(1)
  })
})
