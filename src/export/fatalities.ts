// ACLED's conservative fatality rule applied to an event's killed counts:
// - a count of killed and wounded together («143 ألف شهيد وجريح», «20 بين قتيل وجريح») is no fatality figure;
// - a vague count («عشرات», «مئات») gives the figure ACLED records for it (10 for tens, 100 for hundreds ...),
//   a bounded one («أكثر من 110») its number as written, never more;
// - of several figures for one event, the lowest (ACLED: "the most conservative estimate available").
import { normalizeArabic } from '../arabic/index.js';
import type { Doc, EventRecord, Quantity } from '../doc.js';
import { fatalityWords } from './tables.js';

/** Characters after a count that may hold «(قتيل) وجريح». */
const LOOKAHEAD = 40;

/** The quantity of the document that an event's killed number came from (same value, inside its sentence). */
function sourceQuantity(e: Pick<EventRecord, 'evidence'>, doc: Doc | null, value: number): Quantity | null {
  if (!doc) return null;
  const killed = doc.quantities.filter((q) => q.kind === 'killed' && q.value === value);
  return killed.find((q) => q.start >= e.evidence.start && q.end <= e.evidence.end) ?? null;
}

/**
 * True when the count is a killed-and-wounded total: followed by «و + wounded noun» within a few words
 * («143 ألف شهيد وجريح»), or preceded by «و + wounded verb or noun» («قتل وأصاب عشرات الآلاف»).
 */
export function isKilledAndWounded(doc: Doc, q: Quantity): boolean {
  const { inCount, after, before } = fatalityWords();
  if (inCount?.test(normalizeArabic(q.text))) return true;
  if (after?.test(normalizeArabic(doc.text.slice(q.end, q.end + LOOKAHEAD)))) return true;
  return !!before?.test(normalizeArabic(doc.text.slice(Math.max(0, q.start - LOOKAHEAD), q.start)));
}

/** The figure ACLED would record for one reported count, or null when it is not a count of the dead. */
export function fatalityFigure(doc: Doc | null, q: Quantity | null, value: number): number | null {
  if (!q || !doc) return value;
  if (isKilledAndWounded(doc, q)) return null;
  if (q.approximate && !/[\d\u0660-\u0669\u06F0-\u06F9]/.test(q.text)) {
    const text = normalizeArabic(`${q.text} ${doc.text.slice(q.end, q.end + 12)}`);
    const vague = fatalityWords().vague.find((v) => text.includes(v.words));
    if (vague) return Math.min(vague.value, q.value);
  }
  return Math.min(q.value, q.min ?? q.value);
}

/** ACLED's `fatalities` for an event: the lowest of its killed figures, 0 when none is reported. */
export function acledFatalities(e: Pick<EventRecord, 'numbers' | 'evidence'>, doc: Doc | null): number {
  const figures = e.numbers
    .filter((n) => n.kind === 'killed' && Number.isFinite(n.value) && n.value >= 0)
    .map((n) => fatalityFigure(doc, sourceQuantity(e, doc, n.value), n.value))
    .filter((v): v is number => v != null);
  return figures.length ? Math.min(...figures) : 0;
}
