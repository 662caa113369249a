// Who held a disputed place on a date (data/kb/control.tsv): Stepanakert was Azerbaijan's by law and
// Armenia's side's in fact until 2023, so shelling it in 2020 was shelling the Armenian side.
import { loadTsv } from '../data-files.js';
import { once } from '../once.js';

export interface ControlSpan {
  place: string;
  heldBy: string;
  from: string;
  to: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const spans = once(() => parseControl(loadTsv('kb/control.tsv')));

export function parseControl(rows: Record<string, string>[]): Map<string, ControlSpan[]> {
  const out = new Map<string, ControlSpan[]>();
  rows.forEach((r, i) => {
    if (!r.place || !/^[A-Z]{3}$/.test(r.held_by ?? '')) throw new Error(`control.tsv row ${i + 1}: needs a place and an ISO alpha-3 held_by`);
    if (!ISO_DATE.test(r.from ?? '') || (r.to && !ISO_DATE.test(r.to))) throw new Error(`control.tsv row ${i + 1}: from/to must be ISO dates`);
    if (r.to && r.to < r.from) throw new Error(`control.tsv row ${i + 1}: ends before it starts`);
    const list = out.get(r.place) ?? [];
    list.push({ place: r.place, heldBy: r.held_by, from: r.from, to: r.to || null });
    out.set(r.place, list);
  });
  return out;
}

/**
 * The side holding a place on a date (a day, month or year: '2020-10-07', '2020-10', '2020'). Null when
 * the table says nothing about the place then.
 */
export function holderOf(place: string, date: string | null): string | null {
  const list = spans().get(place);
  if (!list) return null;
  const day = date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : null;
  // With no date, the latest holding in the table: a disputed place is news while it is disputed.
  if (!day) return [...list].sort((a, b) => b.from.localeCompare(a.from))[0].heldBy;
  for (const s of list) {
    // A month or a year counts when any day of it falls in the span.
    const first = day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
    const last = day.length === 4 ? `${day}-12-31` : day.length === 7 ? `${day}-31` : day;
    if (last >= s.from && (!s.to || first <= s.to)) return s.heldBy;
  }
  return null;
}
