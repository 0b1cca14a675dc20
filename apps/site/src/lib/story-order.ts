import { parseIsoDate } from './format.ts'

type Dated = { story: { id: string; timeSpan: { end: string } | null; articleIds: string[] } }

const time = (entry: Dated) => parseIsoDate(entry.story.timeSpan?.end)?.getTime() ?? null

/**
 * Newest first: by the latest member date; stories without dates after all dated ones, larger stories first,
 * then by id so that the order never depends on how the store listed them.
 */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const [ta, tb] = [time(a), time(b)]
    if (ta !== tb) return ta === null ? 1 : tb === null ? -1 : tb - ta
    return b.story.articleIds.length - a.story.articleIds.length || a.story.id.localeCompare(b.story.id)
  })
}
