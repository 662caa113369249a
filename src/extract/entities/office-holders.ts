// The holder of an office a title alone stands for ('الرئيس الأذربيجاني'): a person of the document holding it, else the
// KB holder on the document's date; and the office a counterpart (نظيره) mirrors. Internal to src/extract/entities/.
import type { DocState } from './state.js';
import type { Index } from '../../kb/kb-index.js';

/** The person whose office a counterpart (نظيره) mirrors: the last person with an office before word i. */
export function antecedentOffice(s: DocState, i: number): string | null {
  let best: { at: number; office: string } | null = null;
  for (const m of s.mentions) {
    if (m.last >= i || s.typeOf(m) !== 'PERSON') continue;
    const e = s.entities.get(m.id)!;
    if (!e.offices.size) continue;
    if (!best || m.last > best.at) best = { at: m.last, office: [...e.offices][0].split('|')[0] };
  }
  return best?.office ?? null;
}

/** The holder of office|scope: a person of the document, else the KB holder on the date (unique). */
export function holderOf(s: DocState, office: string, scope: string, country: string | null): string | null {
  // 'رئيس بعثة الأمم المتحدة في ليبيا', 'رئيس البرلمان الليبي': the head of a body other than the government heads that
  // body, not the state.
  if (office === 'head_of_state' && scope !== country && !scope.startsWith('rasad:org:government:')) return holderIn(s, office, scope);
  return holderIn(s, office, scope) ?? (country && country !== scope ? holderIn(s, office, country) : null);
}

function holderIn(s: DocState, office: string, scope: string): string | null {
  const key = `${office}|${scope}`;
  let docHit: string | null = null;
  for (const [id, e] of s.entities) if (e.info.type === 'PERSON' && e.offices.has(key)) docHit = id;
  if (docHit) return docHit;
  return kbHolder(s.idx, key, s.date)?.id ?? null;
}

/** The one KB holder of `office|scope` on a day (YYYY-MM-DD; terms' bounds are YYYY, YYYY-MM or YYYY-MM-DD; any term when
 * there is no day), with the role of the term, or null when none or several hold it. */
export function kbHolder(idx: Index, key: string, day: string | null): { id: string; role: string } | null {
  const list = idx.holders.get(key) ?? [];
  const valid = day ? list.filter((h) => (!h.start || h.start <= day) && (!h.end || day <= h.end)) : list;
  return valid.length && valid.every((h) => h.person.id === valid[0].person.id) ? { id: valid[0].person.id, role: valid[0].role } : null;
}
