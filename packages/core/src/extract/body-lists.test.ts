import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const organizations = (text: string) => entityNames(text, 'organization')

describe('bodies listed with a sibling of the same head', () => {
  it('reads each item of the list as a body, to the next comma and و', () => {
    expect(
      organizations(
        'افتتحت الوزارة ثلاثة مراكز هي: مركز الطب النووي، ومركز عمان لأبحاث الدم، ومركز صحة الطفل والأسرة.',
      ),
    ).toEqual(['مركز الطب النووي', 'مركز عمان لأبحاث الدم', 'مركز صحة الطفل والأسرة'])
  })

  it('keeps a place in an item as a place', () => {
    const names = entityNames('شارك رؤساء بلدية القرقف، وبلدية وادي خالد، في الاجتماع.', 'location')
    expect(names).toContain('وادي خالد')
  })

  it('reads no item where the head is a common noun in the clause', () => {
    expect(
      organizations('زار الوزير مركز قطر للتبرع بالأعضاء، ثم توجه إلى مركز المدينة القديمة لتفقد الأسواق.'),
    ).toEqual(['مركز قطر للتبرع بالأعضاء'])
  })
})
