// Fixtures other packages test against, kept out of the main entry point so no bundle carries them.

export type { SearchQueryCase } from './search/search-query-cases.ts'
export { searchQueryCases } from './search/search-query-cases.ts'
