import { type StoryTimeline, storyTimeline } from '@marsad/core'
import type { StoryDetail } from '../api/types.ts'

const timelines = new WeakMap<StoryDetail, StoryTimeline>()

/**
 * A story's timeline, as the API's `/v1/stories/{id}/timeline` answers it (the core's `storyTimeline` of the
 * members and the coverage), from the story answer the page already holds: one API request less per page. The
 * client hands back the same object while the API answers 304, so it is computed once per change of the story.
 */
export function timelineOf(detail: StoryDetail): StoryTimeline {
  let timeline = timelines.get(detail)
  if (!timeline) {
    timeline = storyTimeline(detail.models ?? [], detail.coverage)
    timelines.set(detail, timeline)
  }
  return timeline
}
