// A story's timeline: its dated events and the background dates its documents give
// (1921, 1994, 2016 ...), in order.
import type { Doc } from '../doc.js';
import type { CorpusEvent, Story, TimelineItem } from './types.js';

/** Sort key for partial ISO values: '199X' sorts as 1990, 'XXXX-10-03' last. */
function sortKey(v: string): string {
  return v.replace(/X/g, '0');
}

export function storyTimeline(story: Story, events: CorpusEvent[], docs: Map<string, Doc>): TimelineItem[] {
  const items: TimelineItem[] = [];
  const eventDates = new Set<string>();
  for (const e of events) {
    if (e.story !== story.id || !e.date || e.date.startsWith('X')) continue;
    const m = e.mentions[0];
    items.push({ date: e.date, kind: 'event', text: e.summary_en, doc: m.doc, evidence: m.evidence, event: e.id });
    eventDates.add(`${m.doc}:${e.date}`);
  }
  for (const id of story.documents) {
    const d = docs.get(id);
    if (!d) continue;
    for (const t of d.times) {
      if (t.kind === 'duration' || t.value.startsWith('X')) continue;
      if (!['year', 'decade', 'century', 'month'].includes(t.granularity)) continue;
      if (eventDates.has(`${d.id}:${t.value}`)) continue;
      const sentence = d.sentences.find((s) => s.start <= t.start && t.end <= s.end) ?? { start: t.start, end: t.end };
      if (items.some((x) => x.kind === 'background' && x.date === t.value && x.text === d.text.slice(sentence.start, sentence.end))) continue;
      items.push({ date: t.value, kind: 'background', text: d.text.slice(sentence.start, sentence.end), doc: d.id, evidence: sentence });
    }
  }
  return items.sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)) || a.kind.localeCompare(b.kind));
}
