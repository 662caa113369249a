// Modality and attribution of an event from the cue words before its trigger in the clause
// (data/lexicon/modality.tsv): claimed, denied, negated, conditional, threatened, intended.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import type { Modality } from '../../doc.js';
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';
import { once } from '../../once.js';

export type CueKind = 'claimed' | 'report' | 'denied' | 'negated' | 'conditional' | 'threatened' | 'intended';

interface Cue {
  kind: CueKind;
  words: string[];
  scope: 'before' | 'adjacent';
}

const loadCues = once(() =>
  loadTsv('lexicon/modality.tsv').flatMap((r) =>
    r.cue.split('|').map((c): Cue => ({ kind: r.kind as CueKind, words: normalizeArabic(c.trim()).split(' '), scope: r.scope as Cue['scope'] })),
  ),
);

export interface CueHit {
  kind: CueKind;
  /** Word index of the cue's first word. */
  at: number;
  cue: string;
}

function cueAt(words: Word[], i: number, cue: Cue): boolean {
  return cue.words.every((cw, k) => {
    const w = words[i + k];
    return !!w && w.kind === 'word' && w.readings.some((r) => r.stem === cw && r.proclitics.every((p) => p === 'و' || p === 'ف' || (cw === 'حال' && p === 'ب')));
  });
}

const cueIndex = once(() => {
  const index = new Map<string, Cue[]>();
  for (const c of loadCues()) {
    const list = index.get(c.words[0]) ?? [];
    list.push(c);
    index.set(c.words[0], list);
  }
  return index;
});
function cuesStartingWith(w: Word): Cue[] {
  const out: Cue[] = [];
  for (const r of w.readings) for (const c of cueIndex().get(r.stem) ?? []) if (!out.includes(c)) out.push(c);
  return out;
}

/** Cues in words [from, to) (the clause before a trigger), nearest first. */
export function cuesBefore(words: Word[], from: number, to: number): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = to - 1; i >= from; i--) {
    if (words[i].kind !== 'word') continue;
    for (const c of cuesStartingWith(words[i])) {
      if (c.scope === 'adjacent' && i < to - 2) continue;
      if (cueAt(words, i, c)) hits.push({ kind: c.kind, at: i, cue: words.slice(i, i + c.words.length).map((w) => w.text).join(' ') });
    }
  }
  return hits;
}

/** Report cues that are nouns ('في بيان'): they name the channel of the statement around them, not a new one. */
const NOMINAL_REPORT = eventWords('nominal_report');

/** The modality the nearest decisive cue gives; 'report' cues only attribute. */
export function modalityOf(hits: CueHit[], futureVerb: boolean): Modality {
  const order: CueKind[] = ['negated', 'denied', 'conditional', 'threatened', 'intended', 'claimed'];
  for (const h of hits) {
    // A speech verb nearer than a denial opens a new statement: 'نفت ... تكبدها خسائر، مضيفة أن قواتها تواصل تقدمها'.
    if (h.kind === 'report' && !NOMINAL_REPORT.has(normalizeArabic(h.cue.replace(/^[وف]/, '')))) return futureVerb ? 'intended' : 'asserted';
    if (h.kind === 'report') continue;
    if (order.includes(h.kind)) return h.kind as Modality;
  }
  return futureVerb ? 'intended' : 'asserted';
}
