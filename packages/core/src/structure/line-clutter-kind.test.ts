import { describe, expect, it } from 'vitest'
import { lineClutterKind } from './line-clutter-kind.ts'

describe('lineClutterKind', () => {
  it('names the clutter a line is on its own', () => {
    expect(lineClutterKind('اقرأ أيضاً: افتتاح الجسر الجديد فوق النهر')).toBe('navigation')
    expect(lineClutterKind('اقرأ أيضا')).toBe('navigation')
    expect(lineClutterKind('شارك على فيسبوك تويتر واتساب')).toBe('share')
    expect(lineClutterKind('جميع الحقوق محفوظة © 2025')).toBe('boilerplate')
    expect(lineClutterKind('صحيفة الوادي', 'صحيفة الوادي')).toBe('boilerplate')
  })

  it('reads a prompt to follow the site’s channel on a platform as a share line, not a headline about one', () => {
    expect(lineClutterKind('تابع قناة أخبار الوادي على تلغرام')).toBe('share')
    expect(lineClutterKind('للمشاركة في المجموعة الخاصة لقناة الوادي على واتساب اضغط هنا')).toBe('share')
    expect(lineClutterKind('انضموا إلى صفحتنا على فيسبوك')).toBe('share')
    expect(lineClutterKind('اشترك مجانا بقناة الوادي على يوتيوب')).toBe('share')
    expect(lineClutterKind('يمكنكم مشاركتنا بتعليقاتكم عبر فيسبوك و تويتر')).toBe('share')
    expect(lineClutterKind('الوزارة تطلق قناة رسمية على تلغرام')).toBeNull()
    expect(lineClutterKind('تابع الوزير جولته في مدارس المدينة')).toBeNull()
    expect(lineClutterKind('تابع ملايين المشاهدين قناة المهرجان على يوتيوب أمس.')).toBeNull()
  })

  it('reads a follow prompt after a clause of purpose, and a platform named with the article or spelled otherwise', () => {
    expect(lineClutterKind('ليصلك جديد أخبار الوادي اشترك بقناتنا على التلغرام')).toBe('share')
    expect(lineClutterKind('لمتابعة آخر الأخبار انضموا إلى قناة الوادي على تليجرام')).toBe('share')
    expect(lineClutterKind('اشترك في قناة نشرة الواحة على التليكرام')).toBe('share')
    expect(lineClutterKind('تابعوا صفحتنا على الفيسبوك')).toBe('share')
    expect(lineClutterKind('لماذا اشترك الملايين في قناة المهرجان على يوتيوب')).toBeNull()
    expect(lineClutterKind('لبنان اشترك في قناة المهرجان على يوتيوب')).toBeNull()
    expect(lineClutterKind('ليصلك جديد أخبار الوادي اشترك الجمهور في حفل الافتتاح')).toBeNull()
  })

  it('reads the writer or editor named after الكاتب or المحرر as a byline, not a line about a writer', () => {
    expect(lineClutterKind('الكاتب : نشرة الواحة')).toBe('byline')
    expect(lineClutterKind('الكاتبة: سلمى العمري')).toBe('byline')
    expect(lineClutterKind('المحرر الرياضي سامر العمري')).toBe('byline')
    expect(lineClutterKind('الكاتب والروائي سامر العمري يفوز بالجائزة')).toBeNull()
    expect(lineClutterKind('المحرر يرد على القراء')).toBeNull()
  })

  it('reads an editor’s initials set apart by slashes or dots as a byline', () => {
    expect(lineClutterKind('ع/س.م')).toBe('byline')
    expect(lineClutterKind('ر.ك')).toBe('byline')
    expect(lineClutterKind('و')).toBeNull()
    expect(lineClutterKind('ص.ب 1234')).toBeNull()
  })

  it('reads an image written as a tag, whatever its alt text says, as the picture’s line', () => {
    expect(
      lineClutterKind(
        '<image>https://example.org/uploads/bridge.jpg alt="بلدية الوادي تفتتح الجسر الجديد"</image>',
      ),
    ).toBe('caption')
    expect(
      lineClutterKind('![بلدية الوادي تفتتح الجسر الجديد](https://example.org/uploads/bridge.jpg)'),
    ).toBe('caption')
    expect(lineClutterKind('بلدية الوادي تفتتح الجسر الجديد')).toBeNull()
  })

  it('reads the comment footer of a blog platform’s template as boilerplate', () => {
    expect(lineClutterKind('ليست هناك تعليقات:')).toBe('boilerplate')
    expect(lineClutterKind('إرسال تعليق')).toBe('boilerplate')
    expect(lineClutterKind('ليست هناك تعليقات رسمية على القرار حتى الآن.')).toBeNull()
  })

  it('reads a colloquial "see also" with its title as navigation', () => {
    expect(lineClutterKind('شوف كمان: موعد امتحانات الشهادة الإعدادية في المحافظة')).toBe('navigation')
    expect(lineClutterKind('اقرأ كمان: أسعار الخضار اليوم في سوق العبور')).toBe('navigation')
  })

  it('reads a line that says two words three times as a menu, but not a sentence that lists with commas', () => {
    expect(lineClutterKind('صوت الوادي رياضة صوت الوادي اقتصاد صوت الوادي فنون')).toBe('navigation')
    expect(
      lineClutterKind(
        'وشملت جولة الوزير مدرسة الأمل في الحي الشمالي، ومدرسة الأمل في الحي الغربي، ومدرسة الأمل في الحي الشرقي',
      ),
    ).toBeNull()
  })

  it('reads a wire story’s end mark alone on its line as boilerplate, not the word in a sentence', () => {
    expect(lineClutterKind('إنتهى')).toBe('boilerplate')
    expect(lineClutterKind('انتهى')).toBe('boilerplate')
    expect(lineClutterKind('انتهى الاجتماع')).toBeNull()
    expect(lineClutterKind('انتهى الاجتماع بعد ساعتين من النقاش بين الوزراء.')).toBeNull()
  })

  it('reads a rule of tatweel or dashes, the headers of link lists and a photo credited after a dash', () => {
    expect(lineClutterKind('ـــــــــــــــ')).toBe('boilerplate')
    expect(lineClutterKind('-----')).toBe('boilerplate')
    expect(lineClutterKind('أهم الأخبار')).toBe('navigation')
    expect(lineClutterKind('أكمل القراءة')).toBe('navigation')
    expect(lineClutterKind('مواضيع:')).toBe('navigation')
    expect(lineClutterKind('وزير النقل يتفقد أعمال توسعة الطريق الساحلي شمال المدينة - رويترز')).toBe(
      'caption',
    )
    expect(lineClutterKind('عمال يرممون واجهة السوق القديم في وسط العاصمة – أ ف ب')).toBe('caption')
  })

  it('reads a masthead whose fields the scraper ran together as boilerplate, not a headline naming a title', () => {
    expect(lineClutterKind('رئيس مجلس الإدارة ورئيس التحريرسامي الخطيب')).toBe('boilerplate')
    // After the outlet's name, left to the article: its names count the outlet.
    expect(lineClutterKind('صحيفة الواحة 24 رئيس التحريرسامي الخطيب')).toBeNull()
    expect(lineClutterKind('المدير العام:ماهر علي رئيس التحرير: سامي الخطيب')).toBe('boilerplate')
    expect(lineClutterKind('رئيس التحرير يلتقي وزير الإعلام في مكتبه')).toBeNull()
  })

  it('reads two staff titles joined by و as a masthead, not a title joined to other words', () => {
    expect(lineClutterKind('رئيس التحرير والمشرف العام')).toBe('boilerplate')
    expect(lineClutterKind('المدير العام ومدير النشر')).toBe('boilerplate')
    expect(lineClutterKind('رئيس التحرير ووزير الإعلام يبحثان خطة جديدة')).toBeNull()
  })

  it('reads a "for more about" link with its title as navigation, not a sentence that opens so', () => {
    expect(lineClutterKind('للمزيد عن أخبار البلدية')).toBe('navigation')
    expect(lineClutterKind('للمزيد حول مواعيد الامتحانات')).toBe('navigation')
    expect(lineClutterKind('للمزيد عن الخطة، قال الوزير إن التمويل جاهز.')).toBeNull()
  })

  it('reads the links to the previous and next topic, in the Maghreb’s word for next too, as navigation', () => {
    expect(lineClutterKind('الموضوع السابق')).toBe('navigation')
    expect(lineClutterKind('الموضوع الموالي')).toBe('navigation')
    expect(lineClutterKind('الخبر الموالي')).toBe('navigation')
  })

  it('reads the controls of a site’s theme and its comment form as boilerplate', () => {
    expect(lineClutterKind('زر الذهاب إلى الأعلى')).toBe('boilerplate')
    expect(lineClutterKind('إرسال التعليق')).toBe('boilerplate')
    expect(lineClutterKind('لن يتم نشر عنوان بريدك الإلكتروني.')).toBe('boilerplate')
  })

  it('reads the place and day a wire report was filed, with its agency, as a date line', () => {
    expect(lineClutterKind('المنامة في 2 مايو /وكالة الواحة/')).toBe('dateline')
    expect(lineClutterKind('صنعاء في 12/5/2024 (الواحة)')).toBe('dateline')
    expect(lineClutterKind('غزة في 7 أكتوبر')).toBeNull()
  })

  it('reads a content system’s stamp with its weekday bare of the article as a date line', () => {
    expect(lineClutterKind('ثلاثاء, 08/17/2021 - 09:30')).toBe('dateline')
    expect(lineClutterKind('جمعة, 15/03/2024 - 11:05')).toBe('dateline')
    expect(lineClutterKind('جمعة مباركة للجميع')).toBeNull()
  })

  it('reads how long ago a page was posted as a date line, its number in the dual as in digits', () => {
    expect(lineClutterKind('منذ 3 ساعات')).toBe('dateline')
    expect(lineClutterKind('منذ يومين')).toBe('dateline')
    expect(lineClutterKind('منذ ساعتين')).toBe('dateline')
    expect(lineClutterKind('منذ أسبوعين')).toBe('dateline')
    expect(lineClutterKind('منذ يومين والمدينة بلا كهرباء')).toBeNull()
    expect(lineClutterKind('منذ 40 ثانية')).toBe('dateline')
    expect(lineClutterKind('12 ثانية ago')).toBe('dateline')
    expect(lineClutterKind('ثانية واحدة تفصل بين المتسابقين')).toBeNull()
    expect(lineClutterKind('الجولة الثانية')).toBeNull()
  })

  it('reads a place, في and a numeric date as a wire report’s date line, an agency or none after it', () => {
    expect(lineClutterKind('مدينة الواحة في 12/3/2024')).toBe('dateline')
    expect(lineClutterKind('مدينة الواحة في 12/3/2024 /وكالة/')).toBe('dateline')
    expect(lineClutterKind('غزة في 7 أكتوبر')).toBeNull()
    expect(lineClutterKind('الانتخابات في 2025')).toBeNull()
  })

  it('reads a full date with the outlet after a slash, bar or dash as a date line, not a title ending with a year', () => {
    expect(lineClutterKind('الخميس 3 أبريل 2025 الساعة 9 صباحاً / نشرة الواحة')).toBe('dateline')
    expect(lineClutterKind('الخميس 3 أبريل 2025 - نشرة الواحة')).toBe('dateline')
    expect(lineClutterKind('الحكومة تعلن موازنة 2025 - نشرة الواحة')).toBeNull()
    expect(lineClutterKind('2025 عام الإصلاح - نشرة الواحة')).toBeNull()
  })

  it('reads a credit cut from the lead it heads, ending in a dash, as a byline', () => {
    expect(lineClutterKind('وكالة الأنباء المحلية -')).toBe('byline')
    expect(lineClutterKind('حاوره في عمّان / سامر يوسف –')).toBe('byline')
    expect(lineClutterKind('الوزير يفتتح المعرض - ويعد بدعم الناشرين')).toBeNull()
  })

  it("leaves the article's own lines that look like them alone", () => {
    // A dateline credit before the lead, a full sentence that ends with its source, a heading with the word.
    expect(lineClutterKind('بيروت - رويترز')).not.toBe('caption')
    expect(lineClutterKind('وقال الوزير إن الأعمال ستنتهي في الربيع المقبل. - رويترز')).not.toBe('caption')
    expect(lineClutterKind('أهم الأخبار الاقتصادية في أسبوع تراجع فيه الذهب')).toBeNull()
    expect(lineClutterKind('بلغت الزيادة 25 - 30 في المئة')).toBeNull()
  })

  it("reads a comment form's required field, a name and a star, as boilerplate", () => {
    expect(lineClutterKind('الاسم الكامل *')).toBe('boilerplate')
    expect(lineClutterKind('نص الرد *')).toBe('boilerplate')
    // Bold markup is no star of a field, nor a mark after a sentence.
    expect(lineClutterKind('**نتائج الجولة الأولى**')).toBeNull()
    expect(lineClutterKind('وأضاف المدير أن المعرض يفتح أبوابه غدا *')).toBeNull()
  })

  it('reads a suggested article and a "for more details" link as navigation', () => {
    expect(lineClutterKind('مقال مقترح: البلدية تفتتح حديقة جديدة في الحي الشرقي')).toBe('navigation')
    expect(lineClutterKind('للمزيد من التفاصيل: انقر على الرابط')).toBe('navigation')
    expect(lineClutterKind('مقال مقترح من الطلاب يفوز بجائزة المدرسة')).toBeNull()
  })

  it('leaves a sentence of the article alone', () => {
    expect(lineClutterKind('وقال المهندس المسؤول إن الجسر سيخفف الزحام عن وسط المدينة.')).toBeNull()
    expect(lineClutterKind('خطة النقل')).toBeNull()
  })
})
