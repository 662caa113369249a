// The claims board: for each corpus event, who claims it, who denies it, who reports it; a
// denial ('نفت وزارة الدفاع تكبّدها أي خسائر') is paired with the claims it answers: claims by
// someone else of an act that the denier is said to have done or suffered, in the same story,
// within a few days.
import type { Doc } from '../doc.js';
import type { ClaimItem, ClaimParty, CorpusEvent } from './types.js';

const DAY = 86400000;
const CLAIMABLE = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'AID', 'RETREAT', 'SANCTION', 'PROTEST']);

function near(a: string | null, b: string | null, days: number): boolean {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return true;
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY <= days;
}

/**
 * The claim a denial answers: a claimable act in the same story, within three days, naming the
 * denier's country as doer or target, told by someone else; the same place and the same report
 * count most ('نفت وزارة الدفاع في أذربيجان تكبّدها أي خسائر في محور جبرائيل' answers the Armenian
 * claim of a destroyed depot at Jabrayil).
 */
function bestClaimFor(d: CorpusEvent, events: CorpusEvent[]): CorpusEvent | null {
  const country = d.source?.country;
  if (!country) return null;
  let best: { ev: CorpusEvent; score: number } | null = null;
  for (const ev of events) {
    if (!CLAIMABLE.has(ev.type) || ev.story !== d.story) continue;
    if (ev.source?.country !== country && ev.target?.country !== country) continue;
    if (!near(d.date ?? d.first_report.published, ev.date ?? ev.first_report.published, 3)) continue;
    const told = ev.mentions.map((m) => m.claimed_by).filter((x): x is string => !!x);
    if (told.length && told.every((t) => t === d.source?.entity)) continue;
    let score = 0;
    if (d.location?.entity && ev.location?.entity === d.location.entity) score += 4;
    if (ev.mentions.some((m) => d.mentions.some((x) => x.doc === m.doc))) score += 2;
    if (ev.target?.country === country) score += 1;
    if (ev.mentions.some((m) => m.modality === 'claimed' || m.claimed_by)) score += 1;
    if (!best || score > best.score) best = { ev, score };
  }
  return best && best.score >= 3 ? best.ev : null;
}

export function claimsBoard(events: CorpusEvent[], docs: Map<string, Doc>): ClaimItem[] {
  const entityName = (docId: string, id: string | null) => {
    if (!id) return { name: null, country: null };
    const e = docs.get(docId)?.entities.find((x) => x.id === id);
    return { name: e?.name_en ?? null, country: e?.country ?? null };
  };
  const denials = events.filter((e) => e.type === 'REJECT' && e.source);
  const answers = new Map<CorpusEvent, CorpusEvent>();
  for (const d of denials) {
    const best = bestClaimFor(d, events);
    if (best) answers.set(d, best);
  }
  const board: ClaimItem[] = [];
  for (const ev of events) {
    if (!CLAIMABLE.has(ev.type)) continue;
    const claimed_by: ClaimParty[] = [];
    const denied_by: ClaimParty[] = [];
    for (const m of ev.mentions) {
      if (m.modality === 'denied') {
        const who = entityName(m.doc, m.claimed_by);
        denied_by.push({ entity: m.claimed_by, name_en: who.name, country: who.country, doc: m.doc, sentence: m.sentence });
      } else if (m.claimed_by) {
        const who = entityName(m.doc, m.claimed_by);
        if (!claimed_by.some((c) => c.entity === m.claimed_by)) claimed_by.push({ entity: m.claimed_by, name_en: who.name, country: who.country, doc: m.doc, sentence: m.sentence });
      }
    }
    // Denials by a party the claim names as doer or target, answering it (see bestClaimFor).
    for (const d of denials) {
      if (answers.get(d) !== ev) continue;
      const m = d.mentions[0];
      if (!denied_by.some((x) => x.doc === m.doc && x.sentence === m.sentence)) {
        denied_by.push({ entity: d.source!.entity, name_en: d.source!.name_en, country: d.source!.country, doc: m.doc, sentence: m.sentence });
      }
    }
    if (!claimed_by.length && !denied_by.length) continue;
    board.push({
      event: ev.id,
      type: ev.type,
      summary_en: ev.summary_en,
      date: ev.date,
      claimed_by,
      denied_by,
      reported_by: [...new Set(ev.mentions.map((m) => m.outlet).filter((o): o is string => !!o))],
    });
  }
  // Disputed events first.
  return board.sort((a, b) => Number(b.denied_by.length > 0) - Number(a.denied_by.length > 0) || (a.date ?? '').localeCompare(b.date ?? ''));
}
