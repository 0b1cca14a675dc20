import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker?.name ?? null)

describe('a name the lists lack after a role', () => {
  it('gives the words to the name after the role and its nisba when the article writes the name again', () => {
    const text =
      'أكد مدرب المنتخب الروماني فاليريو تيتا خلال المؤتمر الصحفي أن المباراة صعبة. وتابع تيتا أن الفوز هدفه.'
    expect(speakers(text)).toEqual(['فاليريو تيتا', 'تيتا'])
  })

  it('takes no noun in ة after a title for a name, even one the article writes again', () => {
    const text = 'أكدت الوزيرة ضرورة أن يلتزم الجميع بالقانون. وقالت الوزيرة إن ضرورة المرحلة تفرض ذلك.'
    expect(speakers(text)).toEqual(['الوزيرة', 'الوزيرة'])
  })

  it('takes no words the article never writes again', () => {
    const text = 'أكد مدرب المنتخب الروماني فاليريو تيتا خلال المؤتمر الصحفي أن المباراة صعبة.'
    expect(speakers(text)).not.toContain('فاليريو تيتا')
  })
})
