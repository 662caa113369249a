// The GSR span records (openeventdata/arabic_event_gsr, MIT): who attacked or protested against whom, as
// marked by several annotators, and the measures of how well coded events name those sides. Each field
// (named or not, country, sector) is decided by the majority of annotators; values tied for the majority
// are all accepted. Shared by scripts/eval-gsr-spans.ts and scripts/train-sides.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc, EventActor, EventRecord } from '../src/doc.js';
import { cameoCountry, cameoSector } from '../src/export/tables.js';

interface Role {
  main?: string;
  role?: string;
}
interface Span {
  source_actor: string[];
  verb: string[];
  target_actor: string[];
  source_role: Role | string;
  target_role: Role | string;
}
export interface SpanRecord {
  id: string;
  text: string;
  event_type: string;
  spans: Span[];
}

/** A side as the annotators' majority sees it: null when the majority names nobody. */
export interface GoldSide {
  countries: Set<string | null>;
  sectors: Set<string | null>;
  /** Whitespace words any annotator marked for this side. */
  words: Set<string>;
}
export interface GoldSides {
  source: GoldSide | null;
  target: GoldSide | null;
  verbs: Set<string>;
}

export function readSpans(file: string): SpanRecord[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SpanRecord);
}

export function spanFiles(dir: string): string[] {
  return ['assault', 'protest'].map((t) => path.join(dir, `${t}.spans.dev.jsonl`));
}

const noCode = (v: string | undefined) => (!v || v === 'None' || v === 'UNKNOWN' ? null : v);

/** The values tied for the most votes. */
function majority<T>(values: T[]): Set<T> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = Math.max(...counts.values());
  return new Set([...counts].filter(([, n]) => n === top).map(([v]) => v));
}

function goldSide(spans: Span[], side: 'source' | 'target'): GoldSide | null {
  const roles = spans.map((s) => s[`${side}_role`]);
  const named = roles.filter((r): r is Role => typeof r === 'object' && r.main !== undefined);
  // Named when at least half the annotators name it (one of two is enough).
  if (!named.length || named.length * 2 < spans.length) return null;
  const words = new Set(spans.filter((s) => typeof s[`${side}_role`] === 'object').flatMap((s) => s[`${side}_actor`]));
  return { countries: majority(named.map((r) => noCode(r.main))), sectors: majority(named.map((r) => noCode(r.role))), words };
}

export function goldSides(r: SpanRecord): GoldSides {
  return { source: goldSide(r.spans, 'source'), target: goldSide(r.spans, 'target'), verbs: new Set(r.spans.flatMap((s) => s.verb)) };
}

/** CAMEO's country field of an actor: an international body is IGO; a generic actor whose country was inferred
 * from the place, not named (id ...:in-XXX), has none, as CAMEO annotators code a country only when it is named. */
function actorCountry(a: EventActor): string | null {
  if (!a.country && a.sector === 'IGO') return 'IGO';
  if (a.entity && /^rasad:generic:.*:in-[A-Z]{3}$/.test(a.entity)) return null;
  // As the exports code it (src/export/tables.ts): al-Qaeda IMG, Romania ROM.
  return cameoCountry(a) || null;
}

/** The event a sentence's record is about: of its type, its trigger among the annotators' verbs, else the first. */
export function pickEvent(doc: Doc, type: string, verbs: Set<string>): EventRecord | null {
  const events = doc.events.filter((e) => e.type === type);
  const onVerb = events.find((e) => e.trigger && e.trigger.text.split(/\s+/).some((w) => verbs.has(w)));
  return onVerb ?? events[0] ?? null;
}

/** The whitespace words of the sentence an actor's mentions cover. */
export function actorWords(doc: Doc, a: EventActor | null): Set<string> {
  const out = new Set<string>();
  const e = a?.entity ? doc.entities.find((x) => x.id === a.entity) : null;
  if (!e) return out;
  for (const m of e.mentions) {
    const s = m.start - (doc.text.slice(0, m.start).match(/\S*$/)?.[0].length ?? 0);
    const rest = doc.text.slice(s).match(/^\S*/)![0];
    const endWord = doc.text.slice(s, Math.max(m.end, s + rest.length));
    for (const w of endWord.split(/\s+/)) if (w) out.add(w.replace(/^[«"(]+|[»")،,.:]+$/g, ''));
  }
  return out;
}

export interface Tally {
  sentences: number;
  detected: number;
  /** Detected events whose gold names a source or a target. */
  scored: number;
  goldSource: number;
  goldTarget: number;
  noSource: number;
  noTarget: number;
  sourceCountry: number;
  targetCountry: number;
  sourceSector: number;
  targetSector: number;
  victimsAsAttackers: number;
  allRight: number;
}

export function emptyTally(): Tally {
  return { sentences: 0, detected: 0, scored: 0, goldSource: 0, goldTarget: 0, noSource: 0, noTarget: 0, sourceCountry: 0, targetCountry: 0, sourceSector: 0, targetSector: 0, victimsAsAttackers: 0, allRight: 0 };
}

/** Adds one sentence's record and its analysis to the tally. */
export function tallySentence(t: Tally, doc: Doc, r: SpanRecord): void {
  t.sentences++;
  const gold = goldSides(r);
  const ev = pickEvent(doc, r.event_type, gold.verbs);
  if (!ev) return;
  t.detected++;
  if (!gold.source && !gold.target) return;
  t.scored++;
  let all = true;
  const side = (g: GoldSide | null, a: EventActor | null, which: 'source' | 'target') => {
    if (!g) {
      if (a) all = false;
      return;
    }
    which === 'source' ? t.goldSource++ : t.goldTarget++;
    if (!a) {
      which === 'source' ? t.noSource++ : t.noTarget++;
      all = false;
      return;
    }
    const country = g.countries.has(actorCountry(a));
    const sector = g.sectors.has(cameoSector(a.sector));
    if (which === 'source') {
      t.sourceCountry += +country;
      t.sourceSector += +sector;
    } else {
      t.targetCountry += +country;
      t.targetSector += +sector;
    }
    if (!country || !sector) all = false;
  };
  side(gold.source, ev.source, 'source');
  side(gold.target, ev.target, 'target');
  if (all) t.allRight++;
  if (ev.source && gold.target) {
    const words = actorWords(doc, ev.source);
    const inTarget = [...words].some((w) => gold.target!.words.has(w));
    const inSource = [...words].some((w) => gold.source?.words.has(w));
    if (inTarget && !inSource) t.victimsAsAttackers++;
  }
}

export function addTally(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const k of Object.keys(out) as (keyof Tally)[]) out[k] = a[k] + b[k];
  return out;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

/** A share of the gold sides, and of those the coder named. */
const both = (n: number, gold: number, missing: number) => `${pct(n, gold)} (${pct(n, gold - missing)})`;

/** The measures as a row of a Markdown table. */
export function tallyRow(name: string, t: Tally): string {
  return `| ${name} | ${t.sentences} | ${t.detected} | ${t.scored} | ${pct(t.noSource, t.goldSource)} | ${pct(t.noTarget, t.goldTarget)} | ${both(t.sourceCountry, t.goldSource, t.noSource)} | ${both(t.targetCountry, t.goldTarget, t.noTarget)} | ${both(t.sourceSector, t.goldSource, t.noSource)} | ${both(t.targetSector, t.goldTarget, t.noTarget)} | ${t.victimsAsAttackers} | ${pct(t.allRight, t.scored)} |`;
}

export const TALLY_HEADER = [
  '| set | sentences | detected | scored | no source | no target | source country | target country | source sector | target sector | victims as attackers | all right |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

export const TALLY_NOTE =
  'Country and sector: share of the gold sides coded right (in brackets: of those the coder named a side for). ' +
  '"scored": detected events of the type whose gold (majority of annotators) names a source or a target.';
