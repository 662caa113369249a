// Features of a sentence in which the coder found a trigger of some type, for the learned
// check that the sentence reports the event happening (rather than recalling, discussing or
// elaborating on it). Text-only features: words, their stems, trigger shape, dates, numbers.
import { lightStem } from '../../arabic/stem.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

const TIME_WORDS = new Set(['امس', 'اليوم', 'الليله', 'صباح', 'مساء', 'فجر', 'ظهر', 'فجرا', 'ليلا', 'صباحا', 'مساءا', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);
const BOW_WEIGHT = 0.5;
const COUNT_WORDS = new Set(['الاف', 'الف', 'مئات', 'عشرات', 'ملايين', 'مليون', 'الالاف', 'المئات', 'العشرات', 'حشود', 'نحو', 'حوالي', 'قرابه']);
const RELATIVE = new Set(['الذي', 'التي', 'اللذين', 'اللتين', 'الذين', 'اللذان', 'اللتان']);

export type Features = Map<string, number>;

function add(f: Features, k: string, v = 1): void {
  f.set(k, (f.get(k) ?? 0) + v);
}

export function reportFeatures(words: Word[], sentence: number, hits: TriggerHit[], title: boolean, flags: string[] = []): Features {
  const f: Features = new Map();
  const ws = words.filter((w) => w.sentence === sentence);
  add(f, 'bias');
  for (const fl of new Set(flags)) add(f, `flag=${fl}`);
  // Every candidate carries the flag: the rules would have dropped the sentence.
  if (hits.length && flags.filter((x) => x === 'unconcrete' || x === 'unreported').length >= hits.length) add(f, 'flag=all-doubtful');
  if (flags.includes('two-sided')) add(f, 'flag=some-two-sided');
  if (title) add(f, 'title');
  let digits = 0;
  for (const w of ws) {
    if (w.kind === 'number') digits++;
    if (w.kind !== 'word') {
      if (w.text === '؟' || w.text === '?') add(f, 'qmark');
      if (w.text === '«' || w.text === '"' || w.text === '“') add(f, 'quote');
      continue;
    }
    const stem = w.readings[0].stem;
    add(f, `w=${lightStem(stem)}`, BOW_WEIGHT);
    if (TIME_WORDS.has(stem) || TIME_WORDS.has(stem.replace(/^ال/, ''))) add(f, 'time');
  }
  if (digits) add(f, 'digits');
  const hasCount = digits > 0 || ws.some((w) => w.kind === 'word' && w.readings.some((r) => COUNT_WORDS.has(r.stem)));
  const hasTime = f.has('time');
  if (hasCount && hasTime) add(f, 'count&time');
  add(f, `len=${Math.min(6, Math.floor(ws.length / 10))}`);
  for (const h of hits) {
    const w = words[h.first];
    const r = w.readings.find((x) => x.proclitics.length || x.enclitic) ?? w.readings[0];
    add(f, `trig=${h.entry.lemma}`);
    add(f, `trig=${h.entry.lemma}|${h.pos}|${h.tense ?? '-'}`);
    add(f, `pos=${h.pos}|${h.tense ?? '-'}`);
    add(f, `def=${h.proclitics.includes('ال') || r.proclitics.includes('ال')}`);
    const prev = words[h.first - 1];
    const next = words[h.last + 1];
    if (prev?.kind === 'word') {
      add(f, `prev=${lightStem(prev.readings[0].stem)}`);
      if (RELATIVE.has(prev.readings[0].stem)) add(f, 'relative');
    }
    if (next?.kind === 'word') add(f, `next=${lightStem(next.readings[0].stem)}`);
    const prev2 = words[h.first - 2];
    if (prev2?.kind === 'word' && prev?.kind === 'word') add(f, `prev2=${lightStem(prev2.readings[0].stem)}_${lightStem(prev.readings[0].stem)}`);
    // A count next to the trigger introduces a new group ('آلاف المتظاهرين', 'تظاهر مئات', '40 متظاهرا').
    const isCount = (c: Word | undefined) => !!c && (c.kind === 'number' || (c.kind === 'word' && c.readings.some((r) => COUNT_WORDS.has(r.stem))));
    if (isCount(words[h.first - 1]) || isCount(words[h.first - 2])) add(f, 'count-before');
    if (isCount(words[h.last + 1]) || isCount(words[h.last + 2])) {
      add(f, 'count-after');
      add(f, `count-after|${h.pos}|${h.tense ?? '-'}`);
    }
    if (hasCount) add(f, `trig=${h.entry.lemma}&count`);
    if (hasTime) add(f, `trig=${h.entry.lemma}&time`);
    add(f, `at=${Math.min(3, Math.floor((h.first - (ws[0]?.index ?? 0)) / 5))}`);
  }
  return f;
}
