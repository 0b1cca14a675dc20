import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests.
const LEAD =
  'افتتح وزير الثقافة صباح اليوم الدورة الجديدة لمعرض الكتاب بمشاركة أكثر من ثلاثمئة دار نشر من عشرين بلداً.'
const MORE = 'وأضاف الوزير أن المعرض يستقبل زواره يومياً من العاشرة صباحاً حتى العاشرة مساءً طوال أيامه العشرة.'

describe('the credit over the lead of a page with no title', () => {
  it('reads a writer’s name on the page’s first line, straight above the lead, as a byline', () => {
    expect(kindsOf(`سامر الحلبي\n${LEAD}\n${MORE}`).get('سامر الحلبي')).toBe('byline')
  })

  it('reads an outlet’s name that ends in its number as a byline', () => {
    expect(kindsOf(`الواحة 24\n${LEAD}\n${MORE}`).get('الواحة 24')).toBe('byline')
  })

  it('keeps a title of five words, and a short one that ends as a sentence does', () => {
    const title = 'معرض الكتاب يفتح أبوابه للزوار'
    expect(kindsOf(`${title}\n${LEAD}\n${MORE}`).get(title)).toBe('heading')
    const question = 'ماذا في المعرض؟'
    expect(kindsOf(`${question}\n${LEAD}\n${MORE}`).get(question)).not.toMatch(/byline/)
  })

  it('leaves a name under the title to the rules of the head: the title stays the title', () => {
    const title = 'معرض الكتاب يفتح أبوابه للزوار'
    const kinds = kindsOf(`${title}\nسامر الحلبي\n${LEAD}\n${MORE}`)
    expect(kinds.get(title)).toBe('heading')
    expect(kinds.get('سامر الحلبي')).toBe('byline')
  })

  it('reads an outlet, a place or a writer split by a dash or a slash on the page’s first line as a byline', () => {
    for (const credit of [
      'نشرة الواحة- سامر بن خالد الحلبي',
      'أخبار الجالية في المهجر – برلين',
      'الواحة / سامر الحلبي',
    ]) {
      expect(kindsOf(`${credit}\n${LEAD}\n${MORE}`).get(credit), credit).toBe('byline')
    }
  })

  it('keeps a title split by a dash whose parts are phrases, or that says more than four words in a part', () => {
    for (const title of [
      'الكتاب في المعرض - عام على الدورة',
      'الثقافة - الوزير يفتتح معرض الكتاب الجديد',
      'الكتاب في المعرض / عام على الدورة',
    ]) {
      expect(kindsOf(`${title}\n${LEAD}\n${MORE}`).get(title), title).not.toBe('byline')
    }
  })

  it('keeps a short line that a phrase of the writer opens (a function word first)', () => {
    const line = 'في معرض الكتاب'
    expect(kindsOf(`${line}\n${LEAD}\n${MORE}`).get(line)).not.toBe('byline')
  })
})

describe('the credit between the lead and the next paragraph', () => {
  it('reads OUTLET-PLACE under the lead as a byline, and keeps a subheading split by a colon', () => {
    const kinds = kindsOf(
      `معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\nنشرة الواحة-دمشق\n${MORE}\nجناح الأطفال: قراءة ورسم\n${LEAD}`,
    )
    expect(kinds.get('نشرة الواحة-دمشق')).toBe('byline')
    expect(kinds.get('جناح الأطفال: قراءة ورسم')).toBe('heading')
  })

  it('reads a credit of a place and its city in brackets with the outlet’s number after it as a byline', () => {
    const credit = 'حي السلام (الواحة) 24'
    expect(kindsOf(`معرض الكتاب يفتح أبوابه للزوار\n${credit}\n${LEAD}\n${MORE}`).get(credit)).toBe('byline')
  })
})

describe('a credit’s label of several openers', () => {
  it('reads `كتب بواسطة:` and `إعداد ومتابعة :` with what follows as bylines', () => {
    const title = 'معرض الكتاب يفتح أبوابه للزوار'
    for (const credit of [
      'كتب بواسطة: سامر الحلبي | نشر في  twitter',
      'إعـداد ومتابعة : سامر الحلبي – الواحة',
    ]) {
      expect(kindsOf(`${title}\n${credit}\n${LEAD}\n${MORE}`).get(credit), credit).toBe('byline')
    }
  })
})
