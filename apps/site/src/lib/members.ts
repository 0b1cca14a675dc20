import type { Story } from '@marsad/core'
import type { ArticleSummary } from '../api/types.ts'

/** A listed story's members, in the story's order, from a page's `articles` (`include=articles`). */
export function membersOf(
  story: Story,
  articles: Record<string, ArticleSummary> | undefined,
): ArticleSummary[] {
  return story.articleIds.flatMap((id) => articles?.[id] ?? [])
}
