import { describe, expect, it } from 'vitest'
import { speakerNames } from './test-helpers.ts'

describe('the person named after a long title', () => {
  it('gives the clause to the person a long title introduces, in quote marks or between commas', () => {
    expect(
      speakerNames('وأشار عضو اللجنة التنظيمية بالمهرجان “خالد العمري” أن المهرجان سيستمر أسبوعين.'),
    ).toEqual(['خالد العمري'])
    const text =
      'وصرح منسق لجنة الدفاع عن الأراضي في جنوب نابلس ومسافر القرى، خالد المصري، بأن قوة إسرائيلية وزعت إخطارات هدم.'
    expect(speakerNames(text)).toEqual(['خالد المصري'])
  })

  it('reads a title inside the title as a word of it, not as someone named before', () => {
    const text =
      'وكان رئيس الحكومة سعد الحريري قد دعا إلى جلسة. أكد وزير الخارجية اللبناني رئيس "التيار الوطني الحر" جبران باسيل ، أن فريقه السياسي غير مسؤول عن تعطيل الجلسات، مشيرا إلى أن التكتل لا يرفض عقد أي جلسة.'
    expect(speakerNames(text)).toEqual(['جبران باسيل', 'جبران باسيل'])
  })

  it('never takes a person the words were for', () => {
    const text =
      'وأكد الرئيس الروسي فلاديمير بوتين دعم بلاده. وتمنى الرئيس الروسي أيضاً للشرع «النجاح في مهامه الجديدة».'
    expect(speakerNames(text).at(-1)).not.toBe('الشرع')
  })

  it('never takes a person the speaker met or spoke with', () => {
    expect(
      speakerNames('وقال وزير الخارجية خلال لقائه نظيره الأردني أيمن الصفدي إن العلاقات متينة.'),
    ).toEqual(['وزير الخارجية'])
    expect(
      speakerNames('وأكد رئيس الوزراء في اتصال هاتفي مع الرئيس محمد بن زايد، أن البلدين يعملان معاً.'),
    ).not.toContain('محمد بن زايد')
  })

  it('gives the words to the person named after a description the lists lack, even before قائلاً', () => {
    const text =
      'وفي هذا الإطار، علّق نجم الفريق السابق خالد المنصوري قائلًا: "الفريق يملك أفضل إدارة في البطولة". وأضاف: "لا ننفق كثيراً".'
    expect(speakerNames(text)).toEqual(['خالد المنصوري', 'خالد المنصوري'])
    expect(
      speakerNames(
        'وفاز نادي الزمالك أمس. وقال نجم نادي الزمالك السابق خالد المنصوري إن الفريق سيفوز باللقب.',
      ),
    ).toEqual(['خالد المنصوري'])
    expect(speakerNames('وقال نجم الفريق إن الفريق سيفوز على خالد المنصوري.')).toEqual(['نجم الفريق'])
    expect(speakerNames('وقال نجم الفريق مع خالد المنصوري إن الفريق سيفوز.')).toEqual(['نجم الفريق'])
  })
})
