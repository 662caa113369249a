// What GET /api/stories serves, built from documents: each story with its timeline and the
// number of corpus events in it, and the syndicated copies.
import type { Doc } from '../doc.js';
import { buildStories } from '../corpus/index.js';
import type { Duplicate, Story, TimelineItem } from '../corpus/types.js';

export interface StoriesPayload {
  stories: (Story & { timeline: TimelineItem[]; events: number })[];
  duplicates: Duplicate[];
}

export function storiesPayload(docs: Doc[]): StoriesPayload {
  const view = buildStories(docs);
  const count = new Map<string, number>();
  for (const e of view.events) if (e.story) count.set(e.story, (count.get(e.story) ?? 0) + 1);
  return {
    stories: view.stories.map((s) => ({ ...s, timeline: view.timelines[s.id] ?? [], events: count.get(s.id) ?? 0 })),
    duplicates: view.duplicates,
  };
}
