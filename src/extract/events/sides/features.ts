// Features of a candidate side of an act: where the actor stands from the trigger, what governs it, what it is,
// what the trigger is, and what the hand-written rules chose. The model (./model.ts) weighs them; no feature
// decides alone. Word lists are data (data/lexicon/side_cues.tsv).
import { loadTsv } from '../../../data-files.js';
import { normalizeArabic } from '../../../arabic/normalize.js';
import type { ActorMention } from '../actors.js';
import type { TriggerHit } from '../triggers.js';
import type { Word } from '../../../arabic/words.js';
import { once } from '../../../once.js';

export interface SideCues {
  /** Cue class -> matching-form stems: agent (برصاص, على يد), victim (مقتل, جرحى), count (عشرات), ... */
  classes: Map<string, Set<string>>;
  /** Stem -> the classes it belongs to, in the order of `classes`: one look-up per reading. */
  byStem: Map<string, string[]>;
}

export function parseSideCues(rows: Record<string, string>[], file = 'lexicon/side_cues.tsv'): SideCues {
  const classes = new Map<string, Set<string>>();
  rows.forEach((r, i) => {
    if (!/^[a-z]+$/.test(r.class ?? '') || !r.words) throw new Error(`${file} row ${i + 1}: a class and words are required`);
    const set = classes.get(r.class) ?? new Set<string>();
    for (const w of r.words.split('|')) if (w.trim()) set.add(normalizeArabic(w.trim()));
    classes.set(r.class, set);
  });
  const byStem = new Map<string, string[]>();
  for (const [c, set] of classes) for (const w of set) byStem.set(w, [...(byStem.get(w) ?? []), c]);
  return { classes, byStem };
}

export const sideCues = once(() => parseSideCues(loadTsv('lexicon/side_cues.tsv')));

/** The cue classes a word belongs to (by any clitic reading). */
function cueClasses(w: Word | undefined, cues: SideCues): string[] {
  if (!w || w.kind !== 'word') return [];
  // In the order first found (most words have no class or one); two or more in the order of `classes`.
  const found: string[] = [];
  const addClasses = (stem: string) => {
    const cs = cues.byStem.get(stem);
    if (cs) for (const c of cs) if (!found.includes(c)) found.push(c);
  };
  for (const r of w.readings) {
    addClasses(r.stem);
    addClasses(r.stem.startsWith('ال') ? r.stem.slice(2) : r.stem);
  }
  if (found.length < 2) return found;
  return [...cues.classes.keys()].filter((c) => found.includes(c));
}

/** The trigger's voice: passive when written so ('قُتل', 'أُصيب'), after an auxiliary of the passive ('تم استهداف',
 * 'جرى اعتقال'), or a verb whose subject is who suffered ('استشهد', 'اغتيل': the passive class of side_cues.tsv). */
export function voiceOf(hit: TriggerHit, words: Word[], cues: SideCues): 'passive' | 'active' {
  const w = words[hit.first];
  if (hit.pos === 'verb' && /^[وف]?[\u0621-\u064a]\u064f/.test(w.text)) return 'passive';
  if (cueClasses(w, cues).includes('passive') || cueClasses(words[hit.first - 1], cues).includes('passive')) return 'passive';
  return 'active';
}

/** What stands right after the trigger: a candidate actor, punctuation, a number, or another word. */
function nextKind(hit: TriggerHit, words: Word[], candidates: ActorMention[]): string {
  const w = words[hit.last + 1];
  if (!w) return 'end';
  // Loops, not callbacks made per call: V8 holds a per-call closure's optimised code weakly and drops it at every full collection.
  for (const c of candidates) if (c.first === hit.last + 1) return 'cand';
  return w.kind === 'word' ? 'word' : w.kind;
}

const bucket = (d: number) => (d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 8 ? '6-8' : '9+');

/** The verb's agreement suffix: what it says of its subject's person, number and gender. */
export function verbAgreement(hit: TriggerHit, words: Word[]): string {
  if (hit.pos !== 'verb') return 'noun';
  const w = words[hit.first].norm;
  if (hit.tense !== 'perfect') return /^[وف]?[سل]?ت/.test(w) ? 'impf-t' : /^[وف]?[سل]?ن/.test(w) ? 'impf-n' : /ون$|وا$/.test(w) ? 'impf-pl' : 'impf-y';
  if (/وا$/.test(w)) return 'pl';
  if (/تا$|ا$/.test(w)) return 'du';
  if (/ت$/.test(w)) return 'f';
  if (/نا$/.test(w)) return '1pl';
  return 'm';
}

/** The candidate's number, from its surface: a sound plural, a dual, a counted noun, else singular. */
function candidateNumber(text: string, counted: boolean): string {
  const n = normalizeArabic(text.split(/\s+/)[0] ?? '');
  if (counted || /(ون|ين|ات)$/.test(n)) return 'pl';
  if (/(ان|تان|تين)$/.test(n)) return 'du';
  return 'sg';
}

/** The candidate's gender as its first word shows it: a feminine ending ('قوات', 'طائرة', 'امرأة'), else masculine. */
function candidateGender(text: string): string {
  return /(ه|ات)$/.test(normalizeArabic(text.split(/\s+/)[0] ?? '')) ? 'f' : 'm';
}

export interface FeatureInput {
  words: Word[];
  text: string;
  hit: TriggerHit;
  /** The candidates of the act, in text order. */
  candidates: ActorMention[];
  rule: { source: ActorMention | null; target: ActorMention | null };
  clause: [number, number];
}

/** Feature strings of candidate k of the act. */
export function candidateFeatures(input: FeatureInput, k: number, cues: SideCues = sideCues()): string[] {
  const { words, hit, candidates, rule, clause } = input;
  const a = candidates[k];
  const f: string[] = ['bias'];
  // (f.push, not a closure made per call: V8 holds a per-call closure's optimised code weakly and drops it at every full collection.)
  const type = hit.entry.type;
  const frame = hit.entry.frame[0] ?? 'none';
  // The rules' choice, or a wider mention holding it.
  const holds = (r: ActorMention | null) => !!r && (r === a || (r.entity.id === a.entity.id && r.start === a.start) || (r.first >= 0 && a.start <= r.start && r.end <= a.end));
  const isRuleSource = holds(rule.source);
  const isRuleTarget = holds(rule.target);
  if (isRuleSource) f.push('rule=source');
  if (isRuleTarget) f.push('rule=target');
  if (isRuleSource) f.push(`rule=source|type=${type}`);
  if (isRuleTarget) f.push(`rule=target|type=${type}`);
  if (a.first < 0) {
    // Not in the sentence: the speaker of the quote or a side the rules inferred.
    f.push('offsentence');
    return f;
  }
  const dir = a.last < hit.first ? 'before' : a.first > hit.last ? 'after' : 'inside';
  const dist = dir === 'before' ? hit.first - a.last : dir === 'after' ? a.first - hit.last : 0;
  const pos = hit.pos;
  f.push(`dir=${dir}`);
  f.push(`dir=${dir}|d=${bucket(dist)}`);
  f.push(`dir=${dir}|pos=${pos}`);
  f.push(`dir=${dir}|pos=${pos}|type=${type}`);
  f.push(`dir=${dir}|frame=${frame}`);
  f.push(`dir=${dir}|lemma=${hit.entry.lemma}`);
  // Rank among the candidates on its side of the trigger: the nearest before is the usual subject.
  const sameSide: ActorMention[] = [];
  for (const c of candidates) if (c.first >= 0 && (dir === 'before' ? c.last < hit.first : c.first > hit.last)) sameSide.push(c);
  const rank = dir === 'before' ? sameSide.length - sameSide.indexOf(a) : sameSide.indexOf(a) + 1;
  f.push(`dir=${dir}|rank=${Math.min(rank, 3)}`);
  f.push(`dir=${dir}|rank=${Math.min(rank, 3)}|pos=${pos}`);
  const prep = a.prep ?? 'none';
  f.push(`prep=${prep}`);
  f.push(`prep=${prep}|dir=${dir}`);
  f.push(`prep=${prep}|frame=${frame}`);
  f.push(`prep=${prep}|type=${type}`);
  f.push(`form=${a.form}`);
  f.push(`form=${a.form}|dir=${dir}`);
  f.push(`etype=${a.entity.type}`);
  f.push(`etype=${a.entity.type}|type=${type}`);
  f.push(`sector=${a.sector ?? 'none'}`);
  f.push(`sector=${a.sector ?? 'none'}|type=${type}`);
  f.push(`sector=${a.sector ?? 'none'}|dir=${dir}`);
  if (a.place) f.push(`place|dir=${dir}`);
  if (a.entity.id.startsWith('rasad:generic:')) {
    f.push('generic');
    // The generic actor's family (protesters, gunmen, casualties, a struck market): who they are says much of the
    // part they take in an act of each type.
    const kind = a.entity.id.split(':')[2];
    f.push(`kind=${kind}|type=${type}`);
    f.push(`kind=${kind}|dir=${dir}`);
    f.push(`kind=${kind}`);
  }
  if (a.headed) f.push('headed');
  if (a.first < clause[0] || a.last >= clause[1]) f.push('other-clause');
  const voice = voiceOf(hit, words, cues);
  f.push(`voice=${voice}|dir=${dir}`);
  f.push(`voice=${voice}|dir=${dir}|rank=${Math.min(rank, 3)}`);
  f.push(`next=${nextKind(hit, words, candidates)}|dir=${dir}`);
  // An object pronoun on the verb ('قتلهم', 'استهدفته'): the one it acted on was named before.
  if (hit.pos === 'verb' && words[hit.last].readings.some((r) => r.enclitic && /^(ه|ها|هم|هما|هن)$/.test(r.enclitic))) f.push(`verb-object|dir=${dir}`);
  const agree = verbAgreement(hit, words);
  const counted = cueClasses(words[a.first - 1], cues).includes('count') || words[a.first - 1]?.kind === 'number';
  const num = candidateNumber(input.text.slice(a.start, a.end), counted);
  f.push(`agree=${agree}|num=${num}|dir=${dir}`);
  f.push(`agree=${agree}|gen=${candidateGender(input.text.slice(a.start, a.end))}|dir=${dir}`);
  if (counted) f.push(`counted|dir=${dir}`);
  const first = words[a.first];
  if (first && /^[وفبلك]?(ال|لل)/.test(first.norm)) f.push('definite');
  // Construct state: a definite noun right after it ('مقاتلي الحركة').
  const next = words[a.last + 1];
  if (next && next.kind === 'word' && /^ال/.test(next.norm)) f.push('construct');
  // Cue words just before the candidate: agents ('برصاص', 'على يد'), victims ('مقتل', 'جرحى'), claims.
  for (const back of [1, 2]) for (const c of cueClasses(words[a.first - back], cues)) f.push(`cue${back}=${c}|dir=${dir}`);
  const prev = words[a.first - 1];
  if (prev && prev.kind === 'word') f.push(`prev=${prev.readings[prev.readings.length - 1].stem}|dir=${dir}`);
  // The words between the candidate and the trigger, when few.
  const [from, to] = dir === 'before' ? [a.last + 1, hit.first] : [hit.last + 1, a.first];
  if (dir !== 'inside' && to - from <= 4) {
    for (let i = from; i < to; i++) {
      const w = words[i];
      if (w.kind === 'punct') f.push(`between-punct=${w.text}`);
      else for (const c of cueClasses(w, cues)) f.push(`between=${c}|dir=${dir}`);
    }
    if (to === from) {
      f.push(`adjacent|dir=${dir}`);
      // Right after a verbal noun it is the noun's object ('اغتيال X'); right after a verb, its subject or object.
      f.push(`adjacent|dir=${dir}|pos=${pos}|voice=${voice}`);
    }
  } else if (dir !== 'inside') f.push(`far|dir=${dir}`);
  // Inside a relative clause or a reported clause that the trigger is not part of ('التي تسيطر عليها قوات صالح').
  for (let i = a.first - 1; i >= Math.max(0, a.first - 8); i--) {
    const w = words[i];
    if (w.kind === 'punct' || i === hit.last) break;
    if (cueClasses(w, cues).includes('relative')) {
      f.push(`in-relative|dir=${dir}`);
      break;
    }
  }
  let others = 0;
  for (const c of candidates) if (c !== a && c.first >= 0 && (dir === 'before' ? c.first > a.last && c.last < hit.first : c.first > hit.last && c.last < a.first)) others++;
  f.push(`between-actors=${Math.min(others, 2)}|dir=${dir}`);
  return f;
}
