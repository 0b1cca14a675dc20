import { describe, expect, it } from 'vitest'
import { speakerNames } from './test-helpers.ts'

// Round 37: whom a pronoun verb of saying (وأضاف، وأوضحت) refers to is one who spoke, not a noun that acts inside
// someone's reported words, nor the object of a verb that goes on with a subject already named.

describe('a subject inside reported words', () => {
  it('is no antecedent of the next pronoun verb of saying: the one who spoke goes on', () => {
    expect(
      speakerNames(
        'وقال المدرب سامي العلي إن هذا التجمع هو الأفضل، بعد أن واجه الفريق صعوبات في التجمعات السابقة. وأضاف: "المواجهة لم تكن سهلة أبدا".',
      ),
    ).toEqual(['سامي العلي', 'سامي العلي'])
    expect(
      speakerNames(
        'وقال رئيس المجلس نادر الخطيب إن المحافظ وافق على تخصيص 4000 دونم للحشد الشعبي وكذلك 4000 دونم للمهجرين. وأضاف: "سنبدأ التوزيع الشهر المقبل".',
      ),
    ).toEqual(['نادر الخطيب', 'نادر الخطيب'])
    expect(
      speakerNames(
        'وقال المدرب سامي العلي إن فريق الزمالك تدرب على الخطة. وأضاف: "لا ألوم أي لاعب على الخسارة".',
      ),
    ).toEqual(['سامي العلي', 'سامي العلي'])
  })

  it('leaves a verb after a comma with ف, or after حيث, which goes on with the narrative', () => {
    const text =
      'طلب النائب سامي حداد الكلام، مشيرا إلى أنه يعتصم في المجلس منذ شهر، فقاطعه الرئيس كريم العلي بالقول: توزع الأوراق.'
    expect(speakerNames(text).at(-1)).toBe('كريم العلي')
    const visit =
      'وقال المدير الجهوي سامي حداد إن الإقبال كبير حيث زار والي الولاية، السيد كريم العلي، عدة مراكز وأكد أن الامتحانات تسير جيدا.'
    expect(speakerNames(visit)).toEqual(['سامي حداد', 'كريم العلي'])
  })
})

describe('the noun after a verb of saying that goes on with a named subject', () => {
  it('is the verb’s object, and the named subject speaks next', () => {
    expect(
      speakerNames(
        'افتتح المعرض أمس. وأعربت سعاد الكعبي مديرة المدرسة عن سعادتها بالمعرض، تؤكد وعي الطلاب بأهمية البيئة. وأوضحت أن المبادرة ناجحة.',
      ),
    ).toEqual(['سعاد الكعبي'])
    expect(
      speakerNames(
        'وأشادت الوزيرة هدى السالم بالمشاركين في السباق، توضح روح التعاون بين الأندية. وأضافت أن السباق سيقام سنويا.',
      ),
    ).toEqual(['هدى السالم'])
    expect(
      speakerNames(
        'ونوه رئيس الاتحاد سامي حداد بأداء اللاعبين، يؤكد تطور المستوى الفني للبطولة. وأوضح أن الموسم المقبل سيكون أقوى.',
      ),
    ).toEqual(['سامي حداد'])
  })

  it('still reads a named body after such a verb as its subject', () => {
    expect(
      speakerNames('وصل الوفد إلى المدينة، وأكدت وزارة الصحة أن المستشفيات جاهزة. وأضافت أن الأدوية متوفرة.'),
    ).toEqual(['وزارة الصحة', 'وزارة الصحة'])
  })
})
