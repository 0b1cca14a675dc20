import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const speakers = (text: string) => extract(text).quotes.map((quote) => quote.speaker?.name ?? null)

describe('speakers named by an office and a name', () => {
  it('keeps an acting office in the role, so the name after it speaks', () => {
    const text =
      'قال المدير العام للشركة بالإنابة العميد الركن سامي حداد للصحفيين إن "العمل مستمر حتى الصباح".\n\nوأضاف: "لن نتوقف قبل إخراج الجميع".'
    const { quotes, entities } = extract(text)
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['سامي حداد', 'سامي حداد'])
    expect(entities.find((entity) => entity.name === 'سامي حداد')?.roles[0]).toContain('بالإنابة')
    expect(speakers('وقال الوزير بالوكالة نادر الخطيب إن "الموازنة جاهزة".')).toEqual(['نادر الخطيب'])
  })
})
