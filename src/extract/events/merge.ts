// One event per happening per document: the title and the lead often report what the body
// reports again; same-sentence repeats of one act are one event too.
import type { EventRecord } from '../../doc.js';

type Sentenced = EventRecord & { sentence: number; clause: number; flags?: string[] };


// A target the coder guessed (the other party of the conflict) does not tell two acts apart.
const key = (e: Sentenced) => `${e.type}|${e.source?.country ?? e.source?.entity ?? '-'}|${e.flags?.includes('guessed-target') ? '-' : e.target?.country ?? e.target?.entity ?? '-'}`;

const richness = (e: EventRecord) =>
  (e.source ? 2 : 0) + (e.target ? 2 : 0) + (e.location ? 1 : 0) + (e.date ? 1 : 0) + e.numbers.length + (e.claimed_by ? 1 : 0);

const country = (a: EventRecord['source']) => a?.country ?? a?.entity ?? null;
const fits = (x: string | null, y: string | null) => x === null || y === null || x === y;

/** Two readings of one sentence's act: parties that do not contradict each other (either way round). */
function compatible(a: EventRecord, b: EventRecord): boolean {
  const [as, at, bs, bt] = [country(a.source), country(a.target), country(b.source), country(b.target)];
  if (fits(as, bs) && fits(at, bt)) return true;
  // The other way round only for fighting told without a direction (اشتباكات، معارك), not for
  // two directed acts (A shells B; B shoots down A's helicopters).
  return a.mode === b.mode && a.mode === 'military' && fits(as, bt) && fits(at, bs);
}

// Talks between the same two parties in one report are one meeting or call, told again; the same
// country's deployments in one report are one mobilisation.
const sameSource = (a: EventRecord, b: EventRecord) => !!a.source?.entity && a.source.entity === b.source?.entity;

/** The same person (not just the same country) doing the same kind of act, said with the same word:
 * one statement reported twice ('مستعدة لتقديم تنازلات' ... 'تنازلات متبادلة'). */
function sameTeller(a: EventRecord, b: EventRecord): boolean {
  return a.quad.startsWith('verbal') && !!a.source?.entity && a.source.entity === b.source?.entity && a.trigger?.rule === b.trigger?.rule;
}

function sameLocation(a: EventRecord, b: EventRecord): boolean {
  return !a.location?.entity || !b.location?.entity || a.location.entity === b.location.entity;
}

function absorb(into: Sentenced, other: Sentenced): void {
  into.source ??= other.source;
  into.target ??= other.target;
  into.location ??= other.location;
  into.date ??= other.date;
  if (!into.numbers.length) into.numbers = other.numbers;
  into.claimed_by ??= other.claimed_by;
  into.confidence = Math.min(0.99, Math.max(into.confidence, other.confidence) + 0.05);
}

export function mergeEvents<T extends Sentenced>(events: T[], hasTitle: boolean): T[] {
  const out: T[] = [];
  for (const e of events) {
    const k = key(e);
    // One act reported twice in a sentence, or the same act (type and parties) anywhere in the document.
    // One act told twice in a clause (same type, parties that agree), or the headline's act told
    // again in the body.
    const same =
      out.find((o) => o.sentence === e.sentence && o.type === e.type && compatible(o, e) && (o.clause === e.clause || sameSource(o, e))) ??
      out.find((o) => o.type === e.type && sameTeller(o, e) && compatible(o, e)) ??
      out.find((o) => key(o) === k && (e.type === 'CONSULT' || e.type === 'MOBILIZE' || (hasTitle && (o.sentence === 0 || e.sentence === 0))) && (!o.date || !e.date || o.date === e.date) && (e.type === 'MOBILIZE' || sameLocation(o, e)));
    if (!same) {
      out.push(e);
      continue;
    }
    // Keep the body sentence over the headline, and the richer record.
    if ((same.sentence === 0 && hasTitle && e.sentence !== 0) || richness(e) > richness(same)) {
      absorb(e, same);
      out[out.indexOf(same)] = e;
    } else {
      absorb(same, e);
    }
  }
  return out;
}
