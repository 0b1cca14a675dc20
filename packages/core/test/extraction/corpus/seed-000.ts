import type { GoldArticle } from '../gold.ts'

// Seed 000: the Kremlin's account of Putin's call with al-Sharaa. The publication date is the day after the call.
export const seed000: GoldArticle = {
  id: 'seed-000',
  seed: '000_c46bd0adb6ed7856',
  publishedAt: '2025-02-13',
  quotes: [
    {
      kind: 'direct',
      text: 'تبادل مفصل لوجهات النظر حول الوضع الحالي في سوريا',
      speaker: ['المكتب الصحافي للكرملين', 'الكرملين'],
    },
    {
      kind: 'direct',
      text: 'أهمية تنفيذ مجموعة من التدابير للتطبيع المستدام في البلاد، وتكثيف الحوار بين السوريين بمشاركة القوى السياسية الرائدة والمجموعات العرقية والدينية من السكان',
      speaker: ['الجانب الروسي', 'الكرملين'],
    },
    {
      kind: 'direct',
      text: 'النجاح في حل المهام التي تواجه القيادة السورية الجديدة',
      speaker: ['فلاديمير بوتين', 'بوتين', 'الرئيس الروسي'],
    },
    { kind: 'direct', text: 'بنّاءة وموضوعية وعملية', speaker: ['الكرملين'] },
    {
      kind: 'direct',
      text: 'مستعدة لتقديم الدعم للشعب السوري، انطلاقاً من حقيقة أن السوريين أنفسهم هم الذين يجب أن يقرروا مستقبل بلادهم من خلال الحوار الشامل',
      speaker: ['فلاديمير بوتين', 'بوتين'],
    },
    {
      kind: 'direct',
      text: 'ستواصل الحوار مع السلطات السورية الجديدة حول جميع المواضيع',
      speaker: ['ديمتري بيسكوف', 'الناطق باسم الكرملين'],
    },
    {
      kind: 'indirect',
      text: 'الطرفين اتفقا في ختامها على مواصلة هذه الاتصالات في المستقبل',
      speaker: ['الكرملين'],
    },
    {
      kind: 'indirect',
      text: 'بلاده قد تتوصل إلى تفاهمات مع روسيا حول استمرار الوجود العسكري في حال لبّت هذه الخطوة المصالح السورية',
      speaker: ['مرهف أبو قصرة', 'وزير الدفاع'],
    },
  ],
  entities: [
    { kind: 'person', name: 'فلاديمير بوتين', aliases: ['بوتين'] },
    { kind: 'person', name: 'أحمد الشرع', aliases: ['الشرع'] },
    { kind: 'person', name: 'بشار الأسد' },
    { kind: 'person', name: 'ميخائيل بوغدانوف' },
    { kind: 'person', name: 'مرهف أبو قصرة' },
    { kind: 'person', name: 'ديمتري بيسكوف' },
    { kind: 'organization', name: 'الكرملين' },
    { kind: 'location', name: 'سوريا' },
    { kind: 'location', name: 'روسيا' },
    { kind: 'location', name: 'موسكو' },
    { kind: 'location', name: 'دمشق' },
    { kind: 'location', name: 'حميميم' },
    { kind: 'location', name: 'طرطوس' },
    { kind: 'location', name: 'الاتحاد السوفياتي' },
  ],
  dates: [{ text: 'قبل أسبوعين', value: '2025-01-30' }],
  sources: [{ name: 'الكرملين', kind: 'organization' }],
}
