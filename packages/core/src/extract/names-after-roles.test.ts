import { describe, expect, it } from 'vitest'
import { entityNames, extract, speakerNames } from './test-helpers.ts'

describe('a name the lists lack after a role', () => {
  it('gives the words to the name after the role and its nisba when the article writes the name again', () => {
    const text =
      'أكد مدرب المنتخب الروماني فاليريو تيتا خلال المؤتمر الصحفي أن المباراة صعبة. وتابع تيتا أن الفوز هدفه.'
    // The family name alone is a mention of the full name, whose name the second speaker carries.
    expect(speakerNames(text)).toEqual(['فاليريو تيتا', 'فاليريو تيتا'])
  })

  it('keeps the arm or staff of a rank (ركن، شرطة، طيار) in the title, not in the name', () => {
    expect(entityNames('وقال العميد ركن سامي النعيمي إن القوات تقدمت.', 'person')).toEqual(['سامي النعيمي'])
    expect(entityNames('وأوضح اللواء شرطة هاني عبد الله، في تصريح، أن الحملة مستمرة.', 'person')).toEqual([
      'هاني عبد الله',
    ])
  })

  it('takes the name after a team’s player, keeper or striker named by its pronoun (مهاجمه)', () => {
    expect(entityNames('وتقدم الفريق عبر مهاجمه فريد الملالي الذي استغل الفرصة.', 'person')).toEqual([
      'فريد الملالي',
    ])
    expect(entityNames('وتألق حارسه ناصر الحمداني في اللقاء.', 'person')).toEqual(['ناصر الحمداني'])
  })

  it('takes a transliterated name shaped like a present verb after a title, but not a verb of news', () => {
    expect(entityNames('وأوضح مساعد مدرب المنتخب سيرجيو رومانو بأن الفريق جاهز.', 'person')).toEqual([
      'سيرجيو رومانو',
    ])
    expect(entityNames('وقال الوزير الفرنسي سيعلن قراره غدا.', 'person')).toEqual([])
    expect(entityNames('وكان الرئيس يتابع تطورات الأزمة.', 'person')).toEqual([])
  })

  it('takes no noun in ة after a title for a name, even one the article writes again', () => {
    const text = 'أكدت الوزيرة ضرورة أن يلتزم الجميع بالقانون. وقالت الوزيرة إن ضرورة المرحلة تفرض ذلك.'
    expect(speakerNames(text)).toEqual(['الوزيرة', 'الوزيرة'])
  })

  it('takes no phrase opening with a noun in ة for a name, but a woman’s given name in ة', () => {
    const text =
      'إعلان حالة الطوارئ في المدينة. وأعلن رئيس البلدية حالة الطوارئ في المدينة، مؤكداً أن الفرق تعمل ليلاً.'
    expect(entityNames(text, 'person')).toEqual([])
    expect(speakerNames(text)).toEqual(['رئيس البلدية'])
    const named = 'قالت مديرة المدرسة فاطمة الزين إن الدروس تستأنف. وأضافت الزين أن الطلاب عادوا.'
    expect(entityNames(named, 'person')).toEqual(['فاطمة الزين'])
  })

  it('takes no words the article never writes again', () => {
    const text = 'أكد مدرب المنتخب الروماني فاليريو تيتا خلال المؤتمر الصحفي أن المباراة صعبة.'
    expect(speakerNames(text)).not.toContain('فاليريو تيتا')
  })

  it('ends the name at a second role in apposition, and names the person as an entity the speech links to', () => {
    const text =
      'عبّر المدرب الهولندي ماتياس فيرديك المدير الفني للنادي عن حزنه للخسارة. وقال فيرديك وفقا للصحفي سامي يوسف: "لعبنا جيدا في الشوط الأول".'
    const { quotes, entities } = extract(text)
    const coach = entities.find((entity) => entity.name === 'ماتياس فيرديك')
    expect(coach?.kind).toBe('person')
    expect(quotes.map((quote) => quote.speaker?.entity)).toEqual([coach!.id])
  })

  it('makes no person of a clause noun with a particle or of a phrase with the article after a role', () => {
    const text =
      'أكد المدرب لمباراة الغد صعوبة المواجهة، وأضاف أن لمباراة الغد أهمية. وطالب الوكيل العام بالتحقيق، وأكد أن العام صعب.'
    const persons = entityNames(text, 'person')
    expect(persons).not.toContain('لمباراة الغد')
    expect(persons).not.toContain('الوكيل العام')
  })
})

describe('words of respect before a speaker', () => {
  it('passes the royal adjective of صاحب السمو to the title and name after it', () => {
    const text =
      'قال صاحب السمو الملكي الأمير فهد بن سالم بن عبدالله أمير المنطقة الجنوبية، أمس: «نحن سعداء بهذا اليوم».'
    expect(speakerNames(text)).toEqual(['فهد بن سالم بن عبدالله'])
  })

  it('reads two words in quote marks right after the verb, then a role, as the speaker’s name', () => {
    const text =
      'وقالت "آنا يوهانسون" مديرة قسم الإسكان في البلدية لصحيفة "المساء" إن "عدد القادمين ازداد قليلا".'
    expect(speakerNames(text)).toEqual(['آنا يوهانسون'])
    const body = 'وقال "حزب الأمة" في بيان إن الوضع صعب.'
    expect(speakerNames(body)).toEqual(['حزب الأمة'])
  })

  it('keeps a portfolio with a possessive pronoun in the role (وزير خارجيته), not in the name after it', () => {
    const text = 'استقبل الرئيس ووزير خارجيته سامي العتيبي وفدا رسميا، فيما حضرت وزيرة ماليتها ليلى الحسني.'
    expect(entityNames(text, 'person')).toEqual(['سامي العتيبي', 'ليلى الحسني'])
  })

  it('reads a place’s head after a title as the place the role is of, not as a name', () => {
    const text = 'زار الوزير عمالة أكادير إداوتنان الأسبوع الماضي، واستقبله رئيس مجلس محافظة كركوك.'
    expect(entityNames(text, 'person')).toEqual([])
  })
})
