import type { SearchQuery } from './search-query.ts'

export type SearchQueryCase = SearchQuery & { query: string; rule: string }

const FORTY_WORDS =
  'أعلنت وزارة الخارجية السورية اليوم أن وفداً رسمياً سيزور موسكو الأسبوع المقبل لبحث ملفات التعاون الاقتصادي وإعادة الإعمار وعودة اللاجئين وتبادل الأسرى مع الجانب الروسي في إطار المفاوضات الجارية بين البلدين منذ سقوط النظام السابق وسط ترقب لنتائج الزيارة المرتقبة'

/**
 * Queries and what `parseSearchQuery` makes of them, pinned. The core's tests check the function against this
 * table, and the API's and the site's tests run the same queries through their own search (FTS5 MATCH, static
 * index lookup), so both read a query the way this table says or a test fails.
 */
export const searchQueryCases: readonly SearchQueryCase[] = [
  { rule: 'hamza folds', query: 'الاسد', terms: ['اسد'], phrases: [] },
  { rule: 'hamza folds', query: 'الأسد', terms: ['اسد'], phrases: [] },
  { rule: 'diacritics fold', query: 'مُحَمَّد', terms: ['محمد'], phrases: [] },
  { rule: 'plain word', query: 'محمد', terms: ['محمد'], phrases: [] },
  { rule: 'suffixes come off', query: 'مفاوضات', terms: ['مفاوض'], phrases: [] },
  { rule: 'prefixes come off', query: 'والمفاوضات', terms: ['مفاوض'], phrases: [] },
  { rule: 'function words drop', query: 'في المفاوضات', terms: ['مفاوض'], phrases: [] },
  { rule: 'function words alone stay', query: 'في من', terms: ['في', 'من'], phrases: [] },
  { rule: 'a function word alone stays', query: 'إلى', terms: ['الي'], phrases: [] },
  {
    rule: 'guillemets make a phrase',
    query: '«الجانب الروسي»',
    terms: ['جانب', 'روس'],
    phrases: [['جانب', 'روس']],
  },
  {
    rule: 'curly quotes make a phrase',
    query: '“خطة طارئة”',
    terms: ['خطه', 'طارئ'],
    phrases: [['خطه', 'طارئ']],
  },
  {
    rule: 'a phrase keeps its function words; repeats count once',
    query: '"الأسد في كانون" موسكو الأسد',
    terms: ['اسد', 'في', 'كان', 'موسكو'],
    phrases: [['اسد', 'في', 'كان']],
  },
  {
    rule: 'a phrase is something else: function words beside it drop',
    query: '«سقط نظام» في',
    terms: ['سقط', 'نظام'],
    phrases: [['سقط', 'نظام']],
  },
  { rule: 'a one-word phrase is a term', query: '«الأسد» الاسد', terms: ['اسد'], phrases: [] },
  { rule: 'an unpaired quote is punctuation', query: '"الأسد', terms: ['اسد'], phrases: [] },
  {
    rule: 'FTS5 syntax is words',
    query: 'NEAR(سوريا روسيا) AND * OR "title:x" col:دمشق^ -',
    terms: ['near', 'سوريا', 'روسيا', 'and', 'or', 'title', 'x', 'col', 'دمشق'],
    phrases: [['title', 'x']],
  },
  { rule: 'punctuation only', query: '" " ** ()', terms: [], phrases: [] },
  { rule: 'empty quotes', query: '«»', terms: [], phrases: [] },
  { rule: 'empty', query: '', terms: [], phrases: [] },
  { rule: 'spaces only', query: ' \t\n ', terms: [], phrases: [] },
  {
    rule: 'at most 16 parts: forty words keep the first sixteen content words',
    query: FORTY_WORDS,
    terms: [
      'اعلنت',
      'وزار',
      'خارج',
      'سور',
      'يوم',
      'وفد',
      'رسم',
      'سيزور',
      'موسكو',
      'اسبوع',
      'مقبل',
      'لبحث',
      'ملف',
      'تعا',
      'اقتصاد',
      'اعاد',
    ],
    phrases: [],
  },
]
