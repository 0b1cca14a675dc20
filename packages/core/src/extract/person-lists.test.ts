import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')

describe('names listed after a person', () => {
  it('reads each item of a comma list after a name, family names with the article included', () => {
    expect(people('وشارك في العرض الممثلون "خالد القرقني، أيوب الرياحي، علي المزوغي، سعد الجازوي".')).toEqual(
      ['خالد القرقني', 'أيوب الرياحي', 'علي المزوغي', 'سعد الجازوي'],
    )
  })

  it('reads names joined by و after a name, a word no list knows opening one', () => {
    expect(people('وضم الوفد اللاعب أحمد صبري ووسام كاظم وعلي حسين.')).toEqual([
      'أحمد صبري',
      'وسام كاظم',
      'علي حسين',
    ])
  })

  it('reads names joined by و whose next item opens with a word no list knows', () => {
    expect(people('وتألق في الموسم اللاعب أحمد صبري ونجمو الهاشمي وسيدو داركو.')).toEqual([
      'أحمد صبري',
      'نجمو الهاشمي',
      'سيدو داركو',
    ])
  })

  it('reads a list item after a comma that opens with و', () => {
    expect(people('وحضر اللاعب أحمد صبري، وشعيب الكناني، وعلي حسين.')).toEqual([
      'أحمد صبري',
      'شعيب الكناني',
      'علي حسين',
    ])
  })

  it('reads the first item of a list before a listed person, after a colon or a quote mark', () => {
    expect(people('وقررت المحكمة هدم منازل تعود للمواطنين: سليم عطوة، وأسامة حمد، ومحمد أبو سالم.')).toEqual([
      'سليم عطوة',
      'أسامة حمد',
      'محمد أبو سالم',
    ])
    expect(people('وشارك الفنانون "نعيمة صبري، أيوب القيب، صلاح الأحمر".')).toEqual([
      'نعيمة صبري',
      'أيوب القيب',
      'صلاح الأحمر',
    ])
    expect(people('وتضم اللجنة: الإدارة العامة، أحمد صبري، وعلي حسين.')).toEqual(['أحمد صبري', 'علي حسين'])
  })

  it('reads no name from a clause joined by و or a comma after a name', () => {
    expect(people('وقال الوزير أحمد صبري وأكد الحاضرون أهمية المشروع.')).toEqual(['أحمد صبري'])
    expect(people('واستقبل الوزير أحمد صبري، الوفود المشاركة في المؤتمر.')).toEqual(['أحمد صبري'])
    expect(people('والتقى الوزير أحمد صبري ووفد الشركة في مكتبه.')).toEqual(['أحمد صبري'])
  })
})

describe('a role of two words after a listed person', () => {
  it('is no item of the list where news writes its noun as an ordinary word and no item follows', () => {
    expect(people('وقال سالم حداد، راعي المهرجان، إن الدورة ناجحة.')).toEqual(['سالم حداد'])
    expect(people('وكرم المهرجان سالم حداد، راعي الخطيب.')).toEqual(['سالم حداد'])
    expect(people('وكرم المهرجان سالم حداد، راعي الخطيب، وسامي ناجي.')).toEqual([
      'سالم حداد',
      'راعي الخطيب',
      'سامي ناجي',
    ])
  })
})
