/** Regions, seas and territories that are not states. `nisba` as in `countries`. */
export interface Region {
  name: string
  variants?: readonly string[]
  nisba?: readonly string[]
}

export const regions: readonly Region[] = [
  { name: 'الشرق الأوسط' },
  { name: 'شمال أفريقيا', variants: ['شمال إفريقيا'] },
  { name: 'الخليج', variants: ['الخليج العربي', 'منطقة الخليج'], nisba: ['خليجي'] },
  { name: 'الخليج الفارسي' },
  { name: 'بلاد الشام', variants: ['الشام'] },
  { name: 'المغرب العربي' },
  { name: 'شبه الجزيرة العربية' },
  { name: 'أوروبا', variants: ['أوربا'], nisba: ['أوروبي'] },
  { name: 'أوروبا الشرقية' },
  { name: 'آسيا', nisba: ['آسيوي'] },
  { name: 'آسيا الوسطى' },
  {
    name: 'أفريقيا',
    variants: ['إفريقيا', 'القارة الأفريقية', 'القارة السمراء'],
    nisba: ['أفريقي', 'إفريقي'],
  },
  { name: 'أمريكا اللاتينية', variants: ['أميركا اللاتينية'] },
  { name: 'أمريكا الشمالية', variants: ['أميركا الشمالية'] },
  { name: 'القوقاز' },
  { name: 'البلقان' },
  { name: 'القرن الأفريقي', variants: ['القرن الإفريقي'] },
  { name: 'منطقة الساحل', variants: ['الساحل الأفريقي'] },
  { name: 'البحر الأبيض المتوسط', variants: ['البحر المتوسط', 'شرق المتوسط'] },
  { name: 'البحر الأحمر' },
  { name: 'البحر الأسود' },
  { name: 'بحر العرب' },
  { name: 'بحر قزوين' },
  { name: 'بحر الصين الجنوبي' },
  { name: 'المحيط الهندي' },
  { name: 'المحيط الأطلسي' },
  { name: 'المحيط الهادئ' },
  { name: 'مضيق هرمز' },
  { name: 'باب المندب', variants: ['مضيق باب المندب'] },
  { name: 'قناة السويس' },
  { name: 'نهر النيل', variants: ['النيل'] },
  { name: 'نهر الفرات', variants: ['الفرات'] },
  { name: 'نهر دجلة', variants: ['دجلة'] },
  { name: 'قطاع غزة' },
  { name: 'الضفة الغربية', variants: ['الضفة المحتلة', 'الضفة الغربية المحتلة'] },
  { name: 'الأراضي الفلسطينية المحتلة' },
  { name: 'هضبة الجولان', variants: ['الجولان', 'الجولان المحتل'] },
  { name: 'سيناء', variants: ['شبه جزيرة سيناء'] },
  // A compass part of a state (شمال سوريا، جنوب لبنان) is no region here: the part word is read off and the state
  // named (the guideline's "compass part"), so a town of the state's list beside it is read too.
  { name: 'شرق الفرات' },
  // Iraq's governorates whose names are not those of their capitals (صلاح الدين، القادسية and المثنى are left out:
  // they are also a man's name, a club and a given name).
  { name: 'الأنبار' },
  { name: 'ميسان' },
  { name: 'ذي قار' },
  { name: 'ديالى' },
  { name: 'نينوى' },
  { name: 'واسط' },
  { name: 'دهوك' },
  { name: 'إقليم كردستان', variants: ['كردستان العراق', 'كردستان'] },
  { name: 'دارفور' },
  { name: 'الصحراء الغربية' },
  { name: 'شبه جزيرة القرم', variants: ['القرم'] },
  { name: 'دونباس' },
  { name: 'كشمير' },
  { name: 'القطب الشمالي' },
  // Seats named for their buildings that the annotators list as places (named sites), not as the bodies they house.
  { name: 'البيت الأبيض' },
  { name: 'السراي الحكومي', variants: ['السرايا الحكومية', 'السراي الكبير'] },
]

/** Compass words name a part of any place (شمال، الجنوب), and a capital is any state's: neither is a place's name. */
export const placePartWords: readonly string[] = ['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'عاصمة', 'العاصمة']

/** Nouns of a time zone: the place after them (بتوقيت مكة المكرمة، توقيت القدس) names the clock, not where news is. */
export const timeZoneNouns: readonly string[] = ['توقيت']

/** Compass nouns with the article, which name a region before a state's nisba (الجنوب اللبناني). */
export const compassNouns: readonly string[] = ['الجنوب', 'الشمال', 'الشرق', 'الغرب', 'الوسط']

/**
 * Nouns of a part of a whole, with the article: before a direction adjective they locate within a place (الجزء
 * الجنوبي من المدينة، الطرف الشمالي للبحيرة), they name no region.
 */
export const partNouns: readonly string[] = [
  'الجزء',
  'الطرف',
  'القسم',
  'الشطر',
  'الربع',
  'المدخل',
  'الجانب',
  'الشق',
]
