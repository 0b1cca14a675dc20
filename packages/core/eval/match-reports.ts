// Our own sentences for the diagnosis tests: two reports of a match against Spain, one of the same team's match
// against Portugal, and a weather report, with their events.
export const MATCH_REPORTS: Readonly<Record<string, string>> = {
  'spain-1':
    'فاز المنتخب المغربي على منتخب إسبانيا بركلات الترجيح في دور الستة عشر من كأس العالم بعد تعادل سلبي.',
  'spain-2':
    'تأهل منتخب المغرب إلى ربع النهائي بعد فوزه على إسبانيا بركلات الترجيح إثر تعادل سلبي في كأس العالم.',
  portugal:
    'فاز المنتخب المغربي على منتخب البرتغال بهدف نظيف في ربع نهائي كأس العالم ليبلغ نصف النهائي لأول مرة.',
  rain: 'تتوقع هيئة الأرصاد هطول أمطار غزيرة على المناطق الساحلية خلال عطلة نهاية الأسبوع.',
}

export const MATCH_EVENTS: ReadonlyMap<string, string> = new Map([
  ['spain-1', 'spain'],
  ['spain-2', 'spain'],
  ['portugal', 'portugal'],
  ['rain', 'rain'],
])
