import { describe, expect, it } from 'vitest'
import { extractArticle } from '../extract/index.ts'
import { TermTable } from '../similarity/term-table.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { articleSignals } from './signals.ts'
import { leadTimeWords, monthsApart, weekdaysApart, withDayOf } from './time-words.ts'

const timeWords = (text: string): number => {
  const article = parseArticle({ id: 'x', text })
  const { dates } = extractArticle(article)
  return leadTimeWords(dates, text.length)
}

const SUNDAY = 1 << 0
const THURSDAY = 1 << 4
const SATURDAY = 1 << 6
const MAY = 1 << (7 + 4)

describe('the time words of a lead', () => {
  it('reads the weekday of an undated report, whatever words come around it', () => {
    expect(timeWords('يلتقي الفريقان اليوم السبت في نهائي البطولة على الملعب الأولمبي.')).toBe(SATURDAY)
    expect(timeWords('افتتح الوزير مساء السبت المعرض الدولي للكتاب بحضور مئات الناشرين.')).toBe(SATURDAY)
  })

  it('counts the day a report of yesterday was written as well: a report of that day may tell the same news', () => {
    expect(timeWords('فاز المنتخب الوطني على ضيفه بهدفين نظيفين مساء أمس السبت في الملعب الأولمبي.')).toBe(
      SATURDAY | SUNDAY,
    )
    const yesterday = timeWords('أعلنت الوزارة أمس السبت وفاة الشاعر الكبير عن عمر ناهز تسعين عاماً.')
    const today = timeWords('أعلنت الوزارة صباح الأحد وفاة الشاعر الكبير عن عمر ناهز تسعين عاماً.')
    expect(weekdaysApart(yesterday, today)).toBe(false)
    expect(weekdaysApart(yesterday, timeWords('فاز المنتخب على ضيفه مساء الخميس في الملعب الأولمبي.'))).toBe(
      true,
    )
  })

  it('keeps the day before yesterday its own day', () => {
    expect(timeWords('افتتح الوزير أمس الأول الخميس المعرض الدولي للكتاب بحضور مئات الناشرين.')).toBe(
      THURSDAY,
    )
  })

  it('reads a month in either calendar as one month', () => {
    expect(timeWords('افتتح الوزير المعرض الدولي للكتاب في 14 أيار بحضور مئات الناشرين.')).toBe(MAY)
    expect(timeWords('افتتح الوزير المعرض الدولي للكتاب في 14 مايو بحضور مئات الناشرين.')).toBe(MAY)
  })

  it('gives a full date its weekday and month', () => {
    // 2024-05-25 was a Saturday.
    expect(timeWords('أعلنت اللجنة النتائج في 25 مايو 2024 بعد فرز جميع الأصوات.')).toBe(SATURDAY | MAY)
  })

  it('leaves out a date still to come: it dates another event', () => {
    expect(
      timeWords('تأهل المنتخب إلى المباراة النهائية المقررة يوم السبت المقبل بعد فوزه على منافسه.'),
    ).toBe(0)
  })

  it('reads only the lead', () => {
    const text =
      'استقبل الرئيس وفداً برلمانياً في القصر الجمهوري. وقال المتحدث إن اللقاء تناول الملفات الإقليمية.'
    const article = parseArticle({ id: 'x', text: `${text} وكانت زيارة سابقة قد جرت يوم الأحد.` })
    expect(leadTimeWords(extractArticle(article).dates, text.length)).toBe(0)
  })
})

describe('weekdays and months apart', () => {
  const day = (d: number) => 1 << d
  it('tells two days apart, and the same day named in another way is one', () => {
    expect(weekdaysApart(day(6), day(6))).toBe(false)
    expect(weekdaysApart(day(6) | day(0), day(6))).toBe(false)
    expect(weekdaysApart(day(6), day(0))).toBe(true)
    expect(weekdaysApart(day(6), day(2))).toBe(true)
  })

  it('needs both leads to name a day or a month', () => {
    expect(weekdaysApart(day(3), 0)).toBe(false)
    expect(monthsApart(MAY, 0)).toBe(false)
    expect(monthsApart(MAY, 1 << 7)).toBe(true)
    expect(monthsApart(MAY | (1 << 7), 1 << 7)).toBe(false)
  })
})

describe('the day of a dated article', () => {
  // 2024-05-25 was a Saturday.
  const saturday = Date.UTC(2024, 4, 25)
  const FRIDAY = 1 << 5
  const signalTimeWords = (text: string, publishedAt?: string) => {
    const article = parseArticle({ id: 'x', text, ...(publishedAt !== undefined && { publishedAt }) })
    return articleSignals({ ...article, ...extractArticle(article) }, new TermTable()).timeWords
  }

  it('gives a lead that names no weekday its date and the day before', () => {
    expect(withDayOf(MAY, saturday)).toBe(MAY | SATURDAY | FRIDAY)
    expect(withDayOf(0, null)).toBe(0)
  })

  it('gives a page of a publication date the two days before it as well', () => {
    const THURSDAY = 1 << 4
    expect(withDayOf(0, saturday, 2)).toBe(SATURDAY | FRIDAY | THURSDAY)
    expect(withDayOf(1 << 2, saturday, 2)).toBe(1 << 2)
  })

  it('keeps a weekday the lead names', () => {
    expect(withDayOf(1 << 2, saturday)).toBe(1 << 2)
  })

  it('sets a dated report apart from an undated one of another weekday, not from one of the day before', () => {
    const dated = signalTimeWords(
      'افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات الناشرين من عشرين دولة.',
      '2024-05-25',
    )
    const friday = signalTimeWords(
      'افتتح وزير الثقافة مساء أمس الجمعة معرض الكتاب الدولي بمشاركة مئات الناشرين.',
    )
    const tuesday = signalTimeWords(
      'افتتح وزير الثقافة يوم الثلاثاء معرض الكتاب الدولي بمشاركة مئات الناشرين.',
    )
    expect(weekdaysApart(dated, friday)).toBe(false)
    expect(weekdaysApart(dated, tuesday)).toBe(true)
  })

  it('keeps a page published two days after a Friday with the undated reports of that Friday', () => {
    // 2024-05-26 was a Sunday.
    const sunday = signalTimeWords(
      'جرفت السيول سيارتين في الوادي وارتفعت حصيلة الضحايا إلى سبعة أشخاص.',
      '2024-05-26',
    )
    const friday = signalTimeWords('جرفت السيول مساء أمس الجمعة سيارتين في الوادي وأودت بحياة ثلاثة أشخاص.')
    const wednesday = signalTimeWords('جرفت السيول يوم الأربعاء سيارتين في الوادي وأودت بحياة ثلاثة أشخاص.')
    expect(weekdaysApart(sunday, friday)).toBe(false)
    expect(weekdaysApart(sunday, wednesday)).toBe(true)
  })
})
