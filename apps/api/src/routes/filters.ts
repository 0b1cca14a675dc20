import { outletKey, resolveOutlet } from '@marsad/core'
import { dateKey, upperDateKey } from '../ingest/dates.ts'
import type { ArticleFilter } from '../storage/repository.ts'

/** The repository filter for the article filter parameters shared by lists and search. */
export function articleFilter(query: {
  story?: string | undefined
  entity?: string | undefined
  source?: string | undefined
  from?: string | undefined
  to?: string | undefined
}): ArticleFilter {
  const filter: ArticleFilter = {}
  if (query.story !== undefined) filter.story = query.story
  if (query.entity !== undefined) filter.entity = query.entity
  if (query.source !== undefined)
    filter.source = resolveOutlet({ name: query.source })?.key ?? outletKey(query.source)
  if (query.from !== undefined) filter.from = dateKey(query.from)
  if (query.to !== undefined) filter.to = upperDateKey(query.to)
  return filter
}
