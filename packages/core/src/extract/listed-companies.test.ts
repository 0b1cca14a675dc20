import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const organizations = (text: string) => entityNames(text, 'organization')

describe('companies listed by their short names in brackets', () => {
  it('reads each bracketed name after a noun of companies or shares', () => {
    const text =
      'وكانت أسهم شركات (النورس) و(الريادة القابضة) و(سنابل) الأكثر ارتفاعا في جلسة اليوم، ' +
      'أما الأكثر انخفاضا فكانت (المرجان) و(الواحة).'
    expect(organizations(text)).toEqual(
      expect.arrayContaining(['النورس', 'الريادة القابضة', 'سنابل', 'المرجان', 'الواحة']),
    )
  })

  it('leaves brackets in a sentence without companies, and a lone bracketed word', () => {
    expect(organizations('وصل عدد الزوار (الصغار) و(الكبار) إلى مستوى قياسي هذا العام.')).toEqual([])
    expect(organizations('أعلنت الشركة (وهي الأكبر في البلاد) عن أرباحها.')).toEqual([])
  })

  it('reads the electric current as no body', () => {
    expect(organizations('عاد التيار الكهربائي إلى الأحياء بعد انقطاع دام ساعات.')).toEqual([])
  })
})
