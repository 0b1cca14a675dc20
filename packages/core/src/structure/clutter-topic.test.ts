import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests: a page about a water project, with another story's headline printed above its title.
const TITLE = 'افتتاح محطة تحلية المياه الجديدة في المدينة الساحلية'
const LEAD =
  'افتتح وزير الموارد المائية صباح اليوم محطة تحلية المياه الجديدة في المدينة الساحلية بطاقة إنتاجية تبلغ مئة ألف متر مكعب يومياً.'
const SECOND =
  'وقال الوزير إن المحطة ستغطي حاجة أكثر من نصف مليون نسمة، وإن العمل جار لإنشاء محطتين أخريين في الجنوب قبل نهاية العام.'
const OTHER = 'منتخب الشباب يتأهل إلى نهائي البطولة القارية بعد فوز مثير على ضيفه'

describe('a headline of another story above the title', () => {
  it('reads a headline that shares no word with the body as a link to another story', () => {
    const kinds = kindsOf(`${OTHER}\n${TITLE}\n${LEAD}\n${SECOND}`)
    expect(kinds.get(OTHER)).toBe('navigation')
    expect(kinds.get(TITLE)).not.toBe('navigation')
  })

  it('keeps a title that names one thing its body tells, however it says the rest', () => {
    const title = 'الوزير يعد بإنهاء أزمة العطش قبل حلول الصيف المقبل'
    expect(kindsOf(`${title}\n${LEAD}\n${SECOND}`).get(title)).not.toBe('navigation')
  })

  it('keeps a title of few words of content, and any title over a body too short to judge', () => {
    const short = 'أخيراً… الماء يصل إلى البيوت'
    expect(kindsOf(`${short}\n${LEAD}\n${SECOND}`).get(short)).not.toBe('navigation')
    expect(kindsOf(`${OTHER}\nبدأ العمل اليوم.`).get(OTHER)).not.toBe('navigation')
  })
})

describe('a short line above the title, about something else', () => {
  const WIDGET = 'أسعار صرف الدولار واليورو في البنوك'

  it('reads a line of three to five words of content that shares none with the body as another story’s, above a title that names the body’s story', () => {
    const kinds = kindsOf(`${WIDGET}\n${TITLE}\n${LEAD}\n${SECOND}`)
    expect(kinds.get(WIDGET)).toBe('navigation')
    expect(kinds.get(TITLE)).not.toBe('navigation')
  })

  it('leaves a masthead’s items between bars to the article’s names', () => {
    const masthead = 'شعار قناة الواحة الفضائية | Al Waha TV'
    expect(kindsOf(`${masthead}\n${TITLE}\n${LEAD}\n${SECOND}`).get(masthead)).not.toBe('navigation')
  })

  it('keeps such a line when no title under it names the body’s story: it may be the title said in other words', () => {
    const title = 'أخيراً… الماء يصل إلى البيوت'
    const kinds = kindsOf(`${WIDGET}\n${title}\n${LEAD}\n${SECOND}`)
    expect(kinds.get(WIDGET)).not.toBe('navigation')
    expect(kinds.get(title)).not.toBe('navigation')
  })
})

describe('lines above the title that are no headline', () => {
  it('leaves a line that introduces what follows, and a masthead naming the site’s staff, to the other rules', () => {
    const intro = 'نعرض لكم زوارنا الكرام أهم وأحدث الأخبار المتداولة في التقرير الآتي:'
    const masthead = 'صحيفة الشروق اليومية المستقلة رئيس مجلس الإدارة سامي الخطيب'
    for (const line of [intro, masthead])
      expect(kindsOf(`${line}\n${TITLE}\n${LEAD}\n${SECOND}`).get(line)).toMatch(/^(?:paragraph|heading)$/)
  })
})

describe('a title over paragraphs that end with no full stop', () => {
  // The paragraphs end open, so the first line to end a sentence is a notice under them, where the body is sought.
  const lead =
    'افتتح وزير الموارد المائية صباح اليوم محطة تحلية المياه الجديدة في المدينة الساحلية بطاقة إنتاجية تبلغ مئة ألف متر مكعب يومياً'
  const short = 'افتتحت المحطة، بحضور المحافظ، بعد عامين من العمل'
  const second =
    'وقال الوزير إن المحطة ستغطي حاجة أكثر من نصف مليون نسمة، وإن العمل جار لإنشاء محطتين أخريين في الجنوب قبل نهاية العام'
  const notice =
    'يستخدم موقعنا ملفات صغيرة لحفظ تفضيلاتك وتحسين عرض الصفحات، ويمكنك تغيير إعدادات المتصفح في أي وقت وقبول الشروط أو رفضها.'

  it('keeps the title and its lead when the lead, a line of running text under it, names what the title says', () => {
    for (const opening of [lead, short]) {
      const kinds = kindsOf(`${TITLE}\n${opening}\n${second}\n${notice}`)
      expect(kinds.get(TITLE)).not.toBe('navigation')
      expect(kinds.get(opening)).not.toBe('navigation')
    }
  })

  it('still reads another story’s headline above such a title as a link when it names nothing of the lead', () => {
    const kinds = kindsOf(`${OTHER}\n${TITLE}\n${lead}\n${second}\n${notice}`)
    expect(kinds.get(OTHER)).toBe('navigation')
    expect(kinds.get(TITLE)).not.toBe('navigation')
  })
})

describe('a page keeps the line that opens it', () => {
  // Written for these tests: a title-less page whose paragraphs write no full stop at their end.
  const OPENING =
    'تعيش المدينة الساحلية أزمة مياه خانقة منذ شهور مع توقف محطة التحلية القديمة عن العمل وانقطاع المياه عن آلاف البيوت في الأحياء الشرقية والغربية في ظل ارتفاع درجات الحرارة وغياب أي خطة واضحة لدى البلدية لتوزيع المياه على السكان بالصهاريج أو لإصلاح الشبكة المتهالكة قبل حلول الصيف'
  const NEXT =
    'ما يزيد عن مئتي ألف ساكن يشترون المياه من الصهاريج بأسعار مرتفعة منذ بداية الصيف. البلدية تقول إن إصلاح المحطة يحتاج إلى قطع غيار لم تصل بعد'
  const LAST = 'في ظل هذا الواقع تتراكم شكاوى السكان لدى البلدية. ويأمل السكان أن تعود المياه قبل نهاية الشهر'
  const TICKER =
    'منتخب الشباب يتأهل إلى نهائي البطولة القارية بعد فوز مثير على ضيفه في مباراة حضرها آلاف المشجعين في الملعب الكبير وسط أجواء احتفالية في شوارع العاصمة حتى ساعات الصباح'

  it('gives back a long first line with no comma that tells of what the body tells, when nothing above the body is left', () => {
    expect(kindsOf(`${OPENING}\n${NEXT}\n${LAST}`).get(OPENING)).toBe('paragraph')
  })

  it('leaves a ticker of another story in its place', () => {
    expect(kindsOf(`${TICKER}\n${NEXT}\n${LAST}`).get(TICKER)).toBe('navigation')
  })

  it('leaves a credit over the lead in its place, though it names the lead’s place', () => {
    const credit = 'صحيفة الساحل – المدينة الساحلية'
    const lead =
      'افتتح وزير الموارد المائية صباح اليوم محطة تحلية المياه الجديدة في المدينة الساحلية بطاقة تبلغ مئة ألف متر مكعب يومياً.'
    expect(kindsOf(`${credit}\n${lead}\n${SECOND}`).get(credit)).toBe('byline')
  })
})
