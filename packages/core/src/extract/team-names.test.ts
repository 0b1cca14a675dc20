import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const organizations = (text: string) => entityNames(text, 'organization')

describe('the sides of a match named by their bare name', () => {
  it('reads the side after ضد، أمام or مواجهة in a text about matches', () => {
    const text =
      'خسر فريق النجمة الجبلية المباراة أمام الكواكب بهدفين مقابل هدف في الجولة الخامسة من الدوري. ' +
      'وقال مدرب الفريق إن اللاعبين يستعدون لمواجهة الرمال الأسبوع المقبل.'
    expect(organizations(text)).toEqual(expect.arrayContaining(['الكواكب', 'الرمال']))
  })

  it('reads a club named after فريق as a side wherever it stands', () => {
    const text =
      'الشعلاوي يتصدر الدوري بعد جولة صعبة. وحقق فريق الشعلاوي فوزه الرابع على التوالي في المباراة ' +
      'التي أقيمت على ملعبه بهدف نظيف.'
    expect(organizations(text)).toContain('الشعلاوي')
  })

  it('leaves a common noun with its adjective after the frame', () => {
    const text =
      'انتصر الفريق في المباراة على خصم قوي بهدف نظيف، وقال المدرب إن اللاعبين يستحقون النقاط أمام خصم عنيد.'
    expect(organizations(text)).toEqual([])
  })

  it("reads the other side after ضيفه، مضيفه or نظيره, with a nisba or a people's plural that ends its name", () => {
    const text =
      'فاز فريق الشعلة بهدف نظيف على ضيفه الكواكب الساحلي في الجولة الثالثة من الدوري، وقال المدرب إن ' +
      'اللاعبين يستعدون لمواجهة نظيره البناؤون العرب في المباراة المقبلة.'
    expect(organizations(text)).toEqual(expect.arrayContaining(['الكواكب الساحلي', 'البناؤون العرب']))
  })

  it("keeps a country's nisba out of a side's name", () => {
    const text =
      'تعادل الفريق في المباراة أمام البحارة الإيراني بهدف لمثله في الجولة الأولى من الدوري، وقال المدرب إن ' +
      'النقطة مهمة.'
    expect(organizations(text)).toContain('البحارة')
  })

  it('reads a club whose name is an ordinary word after فريق or نادي when الرياضي follows it', () => {
    const text =
      'حقق فريق الأمل الرياضي فوزه الثاني في الدوري بهدفين في المباراة، وقال مدرب الأمل إن اللاعبين قدموا ' +
      'شوطا ثانيا جيدا.'
    expect(organizations(text)).toContain('الأمل الرياضي')
  })

  it('reads no side outside a text about matches', () => {
    expect(organizations('خرج المحتجون في مسيرة ضد الغلاء ووقفوا أمام المبنى ساعات.')).toEqual([])
  })
})

describe('a club named after its town', () => {
  it('never takes the word that frames the side (ضيفه، مضيفه) into the name of the side after it', () => {
    const sides = organizations('وتغلب فريق شباب بلوزداد على ضيفه وفاق سطيف بهدفين دون رد في الجولة الأولى.')
    expect(sides).toContain('وفاق سطيف')
    expect(sides.some((name) => name.startsWith('ضيفه'))).toBe(false)
  })

  const match = 'سجل اللاعب هدفين في المباراة. '

  it('reads a word before a known place in a match’s frame as a club, the town named too', () => {
    expect(
      entityNames(`${match}وقال مدرب الفريق إن مواجهة هلال القدس كانت قوية في الدوري.`, 'organization'),
    ).toEqual(['هلال القدس'])
    expect(
      entityNames(`${match}وقال مدرب الفريق إن مواجهة هلال القدس كانت قوية في الدوري.`, 'location'),
    ).toEqual(['القدس'])
  })

  it('reads a side in quote marks in its frame', () => {
    expect(organizations(`${match}وحقق الفريق في الدوري الفوز على "أهلي الخليل" بهدف نظيف.`)).toEqual([
      'أهلي الخليل',
    ])
  })

  it('leaves a place after a frame with the article alone', () => {
    expect(organizations(`${match}وقال المدرب إن الدوري صعب وإن مواجهة الفريق كانت في القدس.`)).toEqual([])
  })
})

describe('a club of a town no list knows, and a side opening its clause', () => {
  const match = 'سجل اللاعب هدفين في المباراة. '

  it('reads a word before an unknown name in a match’s frame as a club', () => {
    expect(organizations(`${match}وقال مدرب الفريق إن الدوري صعب بعد الفوز على شباب قسنطيلة أمس.`)).toEqual([
      'شباب قسنطيلة',
    ])
  })

  it('reads a club named after its town before a verb of a match’s outcome', () => {
    expect(
      organizations(`هلال القدس يهزم منافسه في الدوري\n${match}وقال مدرب الفريق إن الفوز مستحق.`),
    ).toContain('هلال القدس')
  })
})

describe('an ordinary word before a state in a match’s frame, round 17', () => {
  it('reads no club where the word governs the state’s name (attacks of, at the expense of)', () => {
    const text =
      'صمد دفاع الفريق أمام هجمات السنغال في المباراة، وحقق المنتخب فوزا على حساب الأرجنتين في الجولة الثانية ' +
      'من البطولة بهدفين. وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة.'
    expect(organizations(text)).toEqual([])
  })

  it('still reads a club whose opener is an ordinary word (شباب) before its town', () => {
    const text = 'خسر الفريق أمام شباب بلوزداد بهدف في المباراة الأولى من الدوري، وقال المدرب إن الجولة صعبة.'
    expect(organizations(text)).toEqual(['شباب بلوزداد'])
  })
})

describe('a town named as a side of a match', () => {
  const locations = (text: string) => entityNames(text, 'location')

  it('is the club named after it in a side’s frame, and wherever the match text names it bare again', () => {
    const text =
      'تغلب فريق النسور على ضيفه الزرقاء بهدفين دون رد في الجولة السابعة من الدوري، ' +
      'وتراجع الزرقاء إلى المركز التاسع، وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة.'
    expect(organizations(text)).toContain('الزرقاء')
    expect(locations(text)).not.toContain('الزرقاء')
  })

  it('stays the town after a preposition of place', () => {
    const text =
      'تغلب فريق النسور على ضيفه الزرقاء بهدفين دون رد في الجولة السابعة من الدوري، ' +
      'وأقيمت المباراة في الزرقاء بحضور مدرب المنتخب.'
    expect(organizations(text)).toContain('الزرقاء')
    expect(locations(text)).toContain('الزرقاء')
  })

  it('leaves a state the other side of a national team', () => {
    const text =
      'خسر المنتخب أمام زامبيا بهدف نظيف في المباراة الأولى من البطولة، وقال المدرب إن اللاعبين سيعودون.'
    expect(locations(text)).toContain('زامبيا')
  })
})

describe('a club named after نادي or فريق and its town', () => {
  it('reads a known town right after فريق as the club, there and where the text names it bare', () => {
    const text =
      'خسر فريق الزرقاء المباراة أمام ضيفه بهدفين في الجولة الرابعة من الدوري، وبقي الزرقاء سابعا برصيد عشر نقاط.'
    expect(entityNames(text, 'organization')).toContain('الزرقاء')
    expect(entityNames(text, 'location')).not.toContain('الزرقاء')
  })

  it('leaves a state after فريق its place', () => {
    const text = 'سجل اللاعب هدفين في المباراة، وقال مدرب فريق مصر إن الدوري صعب.'
    expect(entityNames(text, 'location')).toContain('مصر')
  })

  it('makes the club named with نادي and the bare side one entity', () => {
    const { entities } = extract(
      'تغلب نادي طبرق على ضيفه بهدف في الجولة الخامسة من الدوري، وكان الفريق قد خسر أمام طبرق في مباراة الذهاب.',
    )
    const clubs = entities.filter((e) => e.kind === 'organization')
    expect(clubs).toHaveLength(1)
    expect([clubs[0]!.name, ...clubs[0]!.aliases]).toEqual(expect.arrayContaining(['طبرق', 'نادي طبرق']))
  })
})

describe('a side read from the standings', () => {
  const match = 'انتهت المباراة بالتعادل في الجولة العاشرة من الدوري. '

  it('reads the word before رصيده or بالمركز as a side, even an ordinary word', () => {
    const sides = organizations(`${match}ورفع الميناء رصيده إلى 20 نقطة، واحتفظ الكهرباء بالمركز الثالث.`)
    expect(sides).toEqual(expect.arrayContaining(['الميناء', 'الكهرباء']))
  })

  it('reads a club named after its town before رصيده', () => {
    expect(organizations(`${match}ورفع شباب الخليل رصيده إلى 20 نقطة.`)).toContain('شباب الخليل')
  })

  it('reads a side in quote marks before رصيده or after رصيد', () => {
    const text = `${match}ورفع "هلال غزة" رصيده إلى 20 نقطة، وتوقف رصيد "شباب الخليل" عند 12 نقطة.`
    expect(organizations(text)).toEqual(expect.arrayContaining(['هلال غزة', 'شباب الخليل']))
  })

  it('leaves a verb before a state and a word of matches before the frame', () => {
    const text = `${match}وحلت السنغال بالمركز الثاني، ورفع الفريق رصيده إلى 20 نقطة.`
    expect(organizations(text)).toEqual([])
  })

  it('reads no side from the standings outside a text about matches', () => {
    expect(organizations('رفع المصرف رصيده من الذهب إلى عشرين طنا.')).toEqual([])
  })
})

describe("a bare name that is an ordinary word, vouched for by the text's own frames", () => {
  it("reads a bare name that is an ordinary word where the text sets it in a side's place twice", () => {
    expect(
      organizations(
        'فاز فريق الشعلة على ضيفه الأمل بهدفين في الجولة الثالثة من الدوري، وقال مدرب الأمل بعد المباراة إن اللاعبين قدموا ما عليهم.',
      ),
    ).toContain('الأمل')
    expect(
      organizations(
        'تقام مباراة الميناء ضد الكواكب مساء اليوم في الجولة الأخيرة من الدوري، وقال مدرب الميناء إن الفريق جاهز.',
      ),
    ).toContain('الميناء')
    expect(
      organizations(
        'وقال مدرب الصخرة إن مباراة الصخرة والشعلة في الجولة الأخيرة من الدوري صعبة، وإن لاعبي الصخرة جاهزون لحصد النقاط.',
      ),
    ).toContain('الصخرة')
  })

  it("leaves an ordinary word set in a side's place once, or twice with no side's frame", () => {
    expect(
      organizations(
        'وقال مدرب الفريق إن مباراة الإياب صعبة، وإن الفريق سيلعب مباراة الإياب أمام الجمهور في الجولة الأخيرة من الدوري.',
      ),
    ).toEqual([])
  })
})
