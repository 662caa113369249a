// Checks that an analysis follows the output contract (shared/spec/OUTPUT.md).
import assert from 'node:assert/strict';
import type { Doc } from '../src/doc.js';

const TYPES = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

export function assertSpan(text: string, s: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: span ${s.start}-${s.end} inside text of ${text.length}`);
}

export function assertContract(d: Doc): void {
  assert.match(d.id, /^[0-9a-f]{64}$/);
  assert.equal(typeof d.input, 'string');
  for (const k of ['title', 'outlet', 'url', 'published'] as const) assert.ok(k in d.source, `source.${k}`);
  if (d.source.published) assert.match(d.source.published, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(typeof d.language, 'string');
  assert.equal(typeof d.text, 'string');
  for (const k of ['sentences', 'entities', 'times', 'quantities', 'quotes', 'events'] as const) assert.ok(Array.isArray(d[k]), k);
  let last = 0;
  for (const s of d.sentences) {
    assertSpan(d.text, s, 'sentence');
    assert.ok(s.start >= last && s.end > s.start, 'sentences ordered and non-empty');
    last = s.end;
  }
  for (const e of d.entities) {
    for (const m of e.mentions) {
      assertSpan(d.text, m, `mention of ${e.id}`);
      assert.equal(d.text.slice(m.start, m.end), m.text, `mention text of ${e.id}`);
    }
  }
  for (const t of d.times) {
    assertSpan(d.text, t, 'time');
    assert.equal(d.text.slice(t.start, t.end), t.text);
  }
  for (const q of d.quantities) {
    assertSpan(d.text, q, 'quantity');
    assert.equal(d.text.slice(q.start, q.end), q.text);
  }
  for (const q of d.quotes) assertSpan(d.text, q, 'quote');
  for (const e of d.events) {
    assert.ok(TYPES.has(e.type), `event type ${e.type}`);
    assertSpan(d.text, e.evidence, 'event evidence');
  }
}
